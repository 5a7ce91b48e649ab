// The shortest connection between two actors through events and roles, at most {{maxHops}}
// relationships long ({{maxHops}}: 1 to 6, checked in code; a bound Cypher cannot take as a
// parameter). No row when there is none. The caller checks that both actors exist.
// Parameters: $from, $to (actor keys, different).
MATCH (a:Actor {key: $from})
MATCH (b:Actor {key: $to})
MATCH p = shortestPath((a)-[:{{traversedEdges}}*..{{maxHops}}]-(b))
RETURN
  [n IN nodes(p) | n {.*, text: null, labels: labels(n), dateFrom: toString(n.dateFrom), dateTo: toString(n.dateTo), publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key, to: endNode(r).key, role: r.role, sources: coalesce(r.sources, [])}] AS steps
