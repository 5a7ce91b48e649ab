// A page of actors of one label ({{label}}: Person, State, Court, Organization or Place), in keyset
// order: by (sort, key), starting strictly after $after.
// Parameters: $nameContains (lower-case text or null), $order ('NAME_ASC' | 'MENTIONS_DESC'),
//   $after ({sort, key} or null), $limit (page size + 1, to tell whether a next page exists).
MATCH (n:{{label}})
WHERE
  // filters:begin (actors-page and actors-count share these lines)
  $nameContains IS NULL
  OR toLower(n.name) CONTAINS $nameContains
  OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $nameContains)
  // filters:end
WITH n, CASE $order WHEN 'MENTIONS_DESC' THEN -COUNT { (n)<-[:MENTIONS]-() } ELSE toLower(n.name) END AS sort
// [sort, key] as one list value: the planner then keeps the top rows instead of sorting them all.
WITH n, [sort, n.key] AS position
WHERE $after IS NULL OR position > [$after.sort, $after.key]
WITH n, position
ORDER BY position
LIMIT $limit
RETURN position[0] AS sort, n {.key, .name, label: [l IN labels(n) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(n.aliases, [])} AS actor
