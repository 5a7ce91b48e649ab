// How many actors of one label ({{label}}) match the filters of actors-page.
// Parameters: $nameContains (lower-case text or null).
MATCH (n:{{label}})
WHERE
  // filters:begin (actors-page and actors-count share these lines)
  $nameContains IS NULL
  OR toLower(n.name) CONTAINS $nameContains
  OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $nameContains)
  // filters:end
RETURN count(n) AS count
