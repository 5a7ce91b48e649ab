// Every article's report of the given events, for recomputing their derived properties.
// Parameters: $eventKeys
UNWIND $eventKeys AS eventKey
MATCH (a:Article)-[r:REPORTS]->(e:Event {key: eventKey})
RETURN
  e.key AS key,
  a.id AS articleId,
  toString(a.publishedAt) AS publishedAt,
  r.date AS date,
  r.status AS status,
  r.charges AS charges,
  r.mode AS mode,
  r.topic AS topic
