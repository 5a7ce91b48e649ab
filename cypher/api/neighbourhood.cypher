// The nodes around an actor or event, up to $hops (1 or 2) relationships away through events and
// roles, most reported or mentioned first, and the relationships between them. No row when no
// actor or event has the key.
// Parameters: $key, $hops (1 or 2), $limit (most nodes besides the centre).
CALL () {
  MATCH (c:Actor {key: $key})
  RETURN c
  UNION
  MATCH (c:Event {key: $key})
  RETURN c
}
CALL (c) {
  MATCH (c)-[:{{traversedEdges}}]-(n)
  WITH DISTINCT n
  ORDER BY coalesce(n.reportCount, COUNT { (n)<-[:MENTIONS]-() }) DESC, n.key
  LIMIT $limit + 1
  RETURN collect(n) AS near
}
CALL (c, near) {
  UNWIND CASE WHEN $hops >= 2 THEN near[0..$limit] ELSE [] END AS m
  MATCH (m)-[:{{traversedEdges}}]-(n)
  WHERE n <> c AND NOT n IN near
  WITH DISTINCT n
  ORDER BY coalesce(n.reportCount, COUNT { (n)<-[:MENTIONS]-() }) DESC, n.key
  LIMIT $limit + 1
  RETURN collect(n) AS far
}
WITH c, [c] + (near + far)[0..$limit] AS found, size(near) + size(far) > $limit AS truncated
RETURN
  [n IN found | n {.*, text: null, labels: labels(n), dateFrom: toString(n.dateFrom), dateTo: toString(n.dateTo), publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)}] AS nodes,
  truncated,
  COLLECT {
    UNWIND found AS x
    MATCH (x)-[r:{{traversedEdges}}]->(y)
    WHERE y IN found
    RETURN {type: type(r), from: x.key, to: y.key, role: r.role, sources: coalesce(r.sources, [])}
  } AS relationships
