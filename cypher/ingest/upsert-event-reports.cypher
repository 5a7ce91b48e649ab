// Creates or finds each event and records the article's report of it, with the evidence
// sentences and what this article says of it (date, status, charges, mode, topic).
// Parameters: $articleId, $events: [{key, type (Warrant|Strike|Meeting), date, status, charges,
//   mode, topic, evidenceTexts, evidenceStarts, evidenceEnds}]
MATCH (a:Article {id: $articleId})
UNWIND $events AS event
MERGE (e:Event {key: event.key})
SET e:$(event.type)
MERGE (a)-[r:REPORTS]->(e)
SET
  r.date = event.date,
  r.status = event.status,
  r.charges = event.charges,
  r.mode = event.mode,
  r.topic = event.topic,
  r.evidenceTexts = event.evidenceTexts,
  r.evidenceStarts = event.evidenceStarts,
  r.evidenceEnds = event.evidenceEnds
