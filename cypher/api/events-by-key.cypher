// Events by key, for node(id:) and event(id:).
// Parameters: $keys (list of strings). Returns one row per key found: key, event.
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN key, e {.*, label: [l IN labels(e) WHERE l IN {{eventLabels}}][0], dateFrom: toString(e.dateFrom), dateTo: toString(e.dateTo)} AS event
