// Writes the properties derived from all reports of each event.
// Parameters: $events: [{key, date, dateFrom, dateTo, status, charges, mode, topic}]
UNWIND $events AS event
MATCH (e:Event {key: event.key})
SET
  e.date = event.date,
  e.datePrecision = CASE size(event.date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
  e.dateFrom = date(event.dateFrom),
  e.dateTo = date(event.dateTo),
  e.status = event.status,
  e.charges = event.charges,
  e.mode = event.mode,
  e.topic = event.topic,
  e.reportCount = event.reportCount
