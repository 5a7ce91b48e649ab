// The change feed's one read per poll (src/graph/change-feed.ts): the reports and the article
// ingests written at or after $sinceMs (epoch milliseconds; null: $overlapMs before now), by the
// Neo4j server's clock, which every writer stamps with (REPORTS.writtenAt, Article.ingestedAt).
// Both are read from range indexes (cypher/schema/030, 031), so a poll costs what it returns.
// Parameters: $sinceMs (integer or null), $overlapMs (integer)
// Returns one row: nowMs (this read's clock), reports [{articleId, eventKey, labels, atMs,
//   actorKeys, firstReport}], articles [{id, atMs}]
WITH datetime() AS now
WITH now, datetime({epochMillis: coalesce($sinceMs, now.epochMillis - $overlapMs)}) AS since
RETURN
  now.epochMillis AS nowMs,
  COLLECT {
    MATCH (a:Article)-[r:REPORTS]->(e:Event)
    WHERE r.writtenAt >= since
    RETURN {
      articleId: a.id,
      eventKey: e.key,
      labels: labels(e),
      atMs: r.writtenAt.epochMillis,
      // Every actor of the event in any role, whatever kind of event it is.
      actorKeys: COLLECT { MATCH (e)--(n:Actor) RETURN DISTINCT n.key },
      // No report of the event was written before this one: the event is new to the graph.
      firstReport: NOT EXISTS {
        MATCH (:Article)-[o:REPORTS]->(e)
        WHERE o <> r AND (o.writtenAt IS NULL OR o.writtenAt < r.writtenAt)
      }
    }
  } AS reports,
  COLLECT {
    MATCH (a:Article)
    WHERE a.ingestedAt >= since
    RETURN {id: a.id, atMs: a.ingestedAt.epochMillis}
  } AS articles
