// The shortest connection between two actors through events and roles, at most {{maxHops}}
// relationships long ({{maxHops}}: 1 to 6, checked in code; a bound Cypher cannot take as a
// parameter), with the two actors themselves, so that one round trip answers path(from:, to:).
// Parameters: $from, $to (actor keys, different). Returns one row: from and to (null when no actor
// has the key), nodes and steps (null when either is missing or no path is that short).
OPTIONAL MATCH (a:Actor {key: $from})
OPTIONAL MATCH (b:Actor {key: $to})
OPTIONAL MATCH p = shortestPath((a)-[:{{traversedEdges}}*..{{maxHops}}]-(b))
RETURN
  a {.key, .name, label: [l IN labels(a) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(a.aliases, [])} AS from,
  b {.key, .name, label: [l IN labels(b) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(b.aliases, [])} AS to,
  [n IN nodes(p) | n {.*, text: null, labels: labels(n), dateFrom: toString(n.dateFrom), dateTo: toString(n.dateTo), publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key, to: endNode(r).key, role: r.role, sources: coalesce(r.sources, [])}] AS steps
