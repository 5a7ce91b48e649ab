// First step of writing an article, in its transaction: withdraws what the article contributed
// before, keeping whatever other articles also support (fact edges lose this article from
// `sources` and go when none is left; events no article reports and actors no article mentions
// are deleted). In the same round trip it returns the people already in the graph who share a
// surname with a person of the incoming document, for cross-article resolution, after taking
// the ResolutionLock of each surname so that concurrent writers decide one after the other.
// Parameters: $articleId, $surnameKeys (sorted list of strings, may be empty)
// Returns: eventKeys and actorKeys the article touched before, and people [{key, name, surnameKey}].
OPTIONAL MATCH (a:Article {id: $articleId})
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
CALL () {
  UNWIND $surnameKeys AS surnameKey
  MERGE (lock:ResolutionLock {key: 'surname:' + surnameKey})
  SET lock._lock = true
  REMOVE lock._lock
}
RETURN
  eventKeys,
  actorKeys,
  COLLECT {
    UNWIND $surnameKeys AS surnameKey
    MATCH (p:Person {surnameKey: surnameKey})
    RETURN {key: p.key, name: p.name, surnameKey: p.surnameKey}
  } AS people
