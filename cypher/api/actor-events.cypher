// The events each actor is linked to by one of the given relationship types, newest first
// (undated last): the event lists of actors (warrants issued: ISSUED, meetings: ATTENDED…, as the
// event kinds' descriptors declare them), events at a place (AT).
// Parameters: $keys (actor keys), $types (relationship types), $label (an event label or null for
// any), $first (events per actor). Returns one row per actor found: key, events.
UNWIND $keys AS key
MATCH (n:Actor {key: key})
RETURN
  key,
  COLLECT {
    MATCH (n)-[r:{{eventEdges}}]-(e:Event)
    WHERE type(r) IN $types AND ($label IS NULL OR $label IN labels(e))
    WITH DISTINCT e
    ORDER BY e.date IS NULL, e.dateFrom DESC, e.key
    LIMIT $first
    RETURN e {.*, label: [l IN labels(e) WHERE l IN {{eventLabels}}][0], dateFrom: toString(e.dateFrom), dateTo: toString(e.dateTo)}
  } AS events
