// Every actor of each event with its role (the relationship type) and the supporting article ids.
// Parameters: $keys (event keys). Returns one row per event found: key, actors.
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN
  key,
  COLLECT {
    MATCH (e)-[r:{{eventEdges}}]-(n:Actor)
    WITH r, n
    ORDER BY type(r), toLower(n.name), n.key
    RETURN {role: type(r), sources: coalesce(r.sources, []), actor: n {.key, .name, label: [l IN labels(n) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(n.aliases, [])}}
  } AS actors
