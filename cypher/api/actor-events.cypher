// The events each actor is linked to by one of the given relationship types, newest first
// (undated last): warrants issued (ISSUED), against (AGAINST), strikes carried out (CARRIED_OUT),
// suffered (TARGETED, KILLED), meetings (ATTENDED), events at a place (AT).
// Parameters: $keys (actor keys), $types (relationship types), $label (Warrant|Strike|Meeting or null for
// any), $first (events per actor). Returns one row per actor found: key, events.
UNWIND $keys AS key
MATCH (n:Actor {key: key})
RETURN
  key,
  COLLECT {
    MATCH (n)-[r:ISSUED|AGAINST|CARRIED_OUT|TARGETED|AT|KILLED|ATTENDED]-(e:Event)
    WHERE type(r) IN $types AND ($label IS NULL OR $label IN labels(e))
    WITH DISTINCT e
    ORDER BY e.date IS NULL, e.dateFrom DESC, e.key
    LIMIT $first
    RETURN e {.key, .date, .datePrecision, .status, .mode, .topic, label: [l IN labels(e) WHERE l IN ['Warrant', 'Strike', 'Meeting']][0], dateFrom: toString(e.dateFrom), dateTo: toString(e.dateTo), charges: coalesce(e.charges, []), reportCount: coalesce(e.reportCount, 0)}
  } AS events
