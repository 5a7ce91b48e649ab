// The events linked to each event either way (an arrest's warrants, a warrant's arrests), newest first.
// Parameters: $keys (event keys). Returns one row per event found: key, links.
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN
  key,
  COLLECT {
    MATCH (e)-[r:{{eventLinks}}]-(o:Event)
    WITH r, o
    ORDER BY o.date IS NULL, o.dateFrom DESC, o.key
    RETURN {type: type(r), outgoing: startNode(r) = e, sources: coalesce(r.sources, []), event: o {.*, label: [l IN labels(o) WHERE l IN {{eventLabels}}][0], dateFrom: toString(o.dateFrom), dateTo: toString(o.dateTo)}}
  } AS links
