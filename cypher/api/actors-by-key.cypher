// Actors by key, for node(id:), actor(id:) and every field that names an actor by key.
// Parameters: $keys (list of strings). Returns one row per key found: key, actor.
UNWIND $keys AS key
MATCH (n:Actor {key: key})
RETURN key, n {.key, .name, label: [l IN labels(n) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(n.aliases, [])} AS actor
