// Actors whose name or an alias may be the name looked up (the caller compares normalised names
// exactly), with how often they are mentioned, to prefer the better-known of namesakes.
// Parameters: $query (a Lucene query built by src/api/lucene.ts), $label (actor label or null).
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: 100}) YIELD node
WHERE $label IS NULL OR $label IN labels(node)
RETURN node {.key, .name, label: [l IN labels(node) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(node.aliases, [])} AS actor, COUNT { (node)<-[:MENTIONS]-() } AS mentions
