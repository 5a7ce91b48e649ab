// Events by key, for node(id:) and event(id:).
// Parameters: $keys (list of strings). Returns one row per key found: key, event.
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN key, e {.key, .date, .datePrecision, .status, .mode, .topic, label: [l IN labels(e) WHERE l IN ['Warrant', 'Strike', 'Meeting']][0], dateFrom: toString(e.dateFrom), dateTo: toString(e.dateTo), charges: coalesce(e.charges, []), reportCount: coalesce(e.reportCount, 0)} AS event
