// First statement of writing an article, in its transaction:
// 1. takes the ResolutionLocks of the surnames and event anchors the article resolves, so that
//    concurrent writers decide identities one after the other (sorted: a fixed lock order);
// 2. withdraws what the article contributed before, keeping whatever other articles also
//    support (fact edges, between events too, lose this article from `sources` and go when none is left; events no
//    article reports and actors no article mentions are deleted);
// 3. returns what identity resolution needs: the people who share a surname with a person of
//    the document, and the events an incoming strike or meeting may be another report of (same
//    type, around its anchor actor, found by key or, for a person, by surname; with a period
//    that overlaps). The writer makes the final choices.
// Parameters: $articleId, $lockKeys (sorted strings), $surnameKeys (strings),
//   $probes: [{probe, type, anchorKey, anchorSurname, from, to}] (one of anchorKey/anchorSurname;
//   from/to 'YYYY-MM-DD' or null)
// Returns: eventKeys and actorKeys the article touched before, people [{key, name, surnameKey}],
//   candidates [{probe, key, dateFrom, dateTo, attributes (the node's properties), links: [{edge, key}]}] (the candidate's actors by
//   relationship type; the writer reads them by role through the kind's descriptor)
// Slots eventEdges, anchorEdges, withdrawEventLinks: relationship types from the event kinds' descriptors, filled
// when the registry loads (src/graph/event-cypher.ts).
// replan=skip: see write-contributions.cypher.
CYPHER replan=skip
CALL () {
  UNWIND $lockKeys AS lockKey
  MERGE (lock:ResolutionLock {key: lockKey})
  SET lock._lock = true
  REMOVE lock._lock
}
OPTIONAL MATCH (a:Article {id: $articleId})
WITH
  a,
  COLLECT { MATCH (a)-[:REPORTS]->(e:Event) RETURN e.key } AS eventKeys,
  COLLECT { MATCH (a)-[:MENTIONS]->(n:Actor) RETURN n.key } AS actorKeys
CALL (a) {
  MATCH (a)-[:REPORTS]->(:Event)-[r:{{eventEdges}}]-(:Actor)
  WHERE $articleId IN r.sources
  SET r.sources = [s IN r.sources WHERE s <> $articleId]
  WITH r
  WHERE size(r.sources) = 0
  DELETE r
}
{{withdrawEventLinks}}
CALL (a) {
  MATCH (a)-[:MENTIONS]->(:Person)-[r:HOLDS_ROLE]->(:Actor)
  WHERE $articleId IN r.sources
  WITH r, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] <> $articleId] AS keep
  SET
    r.sources = [s IN r.sources WHERE s <> $articleId],
    r.evidenceArticles = [i IN keep | r.evidenceArticles[i]],
    r.evidenceTexts = [i IN keep | r.evidenceTexts[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceCurrent = [i IN keep | coalesce(r.evidenceCurrent[i], true)],
    r.evidenceSince = [i IN keep | coalesce(r.evidenceSince[i], '')],
    r.evidenceUntil = [i IN keep | coalesce(r.evidenceUntil[i], '')]
  WITH r
  // Held now, since, until: what the newest articles still supporting it say.
  CALL (r) {
    WITH r
    WHERE size(r.sources) > 0
    WITH r, COLLECT {
      UNWIND range(0, size(r.evidenceArticles) - 1) AS i
      MATCH (x:Article {id: r.evidenceArticles[i]})
      RETURN i
      ORDER BY x.publishedAt IS NULL, x.publishedAt DESC, x.id
    } AS newestFirst
    SET
      r.current = coalesce(r.evidenceCurrent[head(newestFirst)], true),
      r.since = head([i IN newestFirst WHERE r.evidenceSince[i] <> '' | r.evidenceSince[i]]),
      r.until = head([i IN newestFirst WHERE r.evidenceUntil[i] <> '' | r.evidenceUntil[i]])
  }
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
RETURN
  eventKeys,
  actorKeys,
  COLLECT {
    UNWIND $surnameKeys AS surnameKey
    MATCH (p:Person {surnameKey: surnameKey})
    RETURN {key: p.key, name: p.name, surnameKey: p.surnameKey}
  } AS people,
  COLLECT {
    UNWIND $probes AS probe
    CALL (probe) {
      MATCH (:Actor {key: probe.anchorKey})-[:{{anchorEdges}}]-(e:Event)
      RETURN e
      UNION
      MATCH (:Person {surnameKey: probe.anchorSurname})-[:{{anchorEdges}}]-(e:Event)
      RETURN e
    }
    WITH probe, e
    WHERE
      probe.type IN labels(e)
      AND (probe.from IS NULL OR e.dateTo IS NULL OR e.dateTo >= date(probe.from))
      AND (probe.to IS NULL OR e.dateFrom IS NULL OR e.dateFrom <= date(probe.to))
    RETURN {
      probe: probe.probe,
      key: e.key,
      dateFrom: toString(e.dateFrom),
      dateTo: toString(e.dateTo),
      attributes: properties(e),
      links: COLLECT { MATCH (e)-[r:{{eventEdges}}]-(x:Actor) RETURN {edge: type(r), key: x.key} }
    }
  } AS candidates
