// The actors each article mentions, by name.
// Parameters: $ids (article ids), $first (actors per article). Returns one row per article found: id, actors.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN
  id,
  COLLECT {
    MATCH (a)-[:MENTIONS]->(n:Actor)
    WITH n
    ORDER BY toLower(n.name), n.key
    LIMIT $first
    RETURN n {.key, .name, label: [l IN labels(n) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(n.aliases, [])}
  } AS actors
