// The actors each actor attended meetings with, most shared meetings first.
// Parameters: $keys (actor keys), $first (counterparts per actor). Returns one row per actor found: key, counterparts.
UNWIND $keys AS key
MATCH (n:Actor {key: key})
RETURN
  key,
  COLLECT {
    MATCH (n)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Actor)
    WHERE o <> n
    WITH o, count(DISTINCT m) AS meetings
    ORDER BY meetings DESC, toLower(o.name), o.key
    LIMIT $first
    RETURN {meetingCount: meetings, actor: o {.key, .name, label: [l IN labels(o) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(o.aliases, [])}}
  } AS counterparts
