// Removes what one article contributed to the graph, keeping whatever other articles also
// support: fact edges lose this article from `sources` and go when none is left; events no
// article reports and actors no article mentions are deleted.
// Parameters: $articleId
// Returns: the keys of the events and actors it touched, whose derived properties need refreshing.
MATCH (a:Article {id: $articleId})
WITH
  a,
  COLLECT { MATCH (a)-[:REPORTS]->(e:Event) RETURN e.key } AS eventKeys,
  COLLECT { MATCH (a)-[:MENTIONS]->(n:Actor) RETURN n.key } AS actorKeys
CALL (a) {
  MATCH (a)-[:REPORTS]->(:Event)-[r:ISSUED|AGAINST|CARRIED_OUT|TARGETED|AT|KILLED|ATTENDED]-(:Actor)
  WHERE $articleId IN r.sources
  SET r.sources = [s IN r.sources WHERE s <> $articleId]
  WITH r
  WHERE size(r.sources) = 0
  DELETE r
}
CALL (a) {
  MATCH (a)-[:MENTIONS]->(:Person)-[r:HOLDS_ROLE]->(:Actor)
  WHERE $articleId IN r.sources
  WITH r, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] <> $articleId] AS keep
  SET
    r.sources = [s IN r.sources WHERE s <> $articleId],
    r.evidenceArticles = [i IN keep | r.evidenceArticles[i]],
    r.evidenceTexts = [i IN keep | r.evidenceTexts[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]]
  WITH r
  WHERE size(r.sources) = 0
  DELETE r
}
CALL (a) {
  MATCH (a)-[report:REPORTS]->(e:Event)
  DELETE report
  WITH DISTINCT e
  WHERE NOT EXISTS { (:Article)-[:REPORTS]->(e) }
  DETACH DELETE e
}
CALL (a) {
  MATCH (a)-[mention:MENTIONS]->(n:Actor)
  DELETE mention
  WITH DISTINCT n
  WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
  DETACH DELETE n
}
RETURN eventKeys, actorKeys
