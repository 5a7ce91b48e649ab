// Full-text search over actors' names and aliases (index actor_names), ranked by Lucene's score
// with a mild boost for much-mentioned actors, so the Khan people mean comes first.
// Parameters: $query (a Lucene query built by src/api/lucene.ts: user text escaped), $labels (actor
// labels or null for all), $candidates (hits read from the index), $first (hits returned).
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $candidates}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score * (1 + 0.1 * log10(1 + COUNT { (node)<-[:MENTIONS]-() })) AS ranked
ORDER BY ranked DESC, node.key
LIMIT $first
RETURN node {.key, .name, label: [l IN labels(node) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(node.aliases, [])} AS actor, ranked AS score
