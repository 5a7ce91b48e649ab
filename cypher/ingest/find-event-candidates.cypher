// Events already in the graph that an incoming event may be another report of: same type,
// sharing its anchor actor (a perpetrator, participant or, failing those, a target), with a
// period that overlaps the incoming one. The writer makes the final choice. Each anchor's
// ResolutionLock is taken first, so concurrent writers about the same actor decide in turn.
// Parameters: $probes: [{probe, type, anchorKey, from, to}] (from/to: 'YYYY-MM-DD' or null)
CALL () {
  UNWIND $probes AS probe
  WITH DISTINCT probe.type + ':' + probe.anchorKey AS lockKey
  ORDER BY lockKey
  MERGE (lock:ResolutionLock {key: lockKey})
  SET lock._lock = true
  REMOVE lock._lock
}
UNWIND $probes AS probe
MATCH (:Actor {key: probe.anchorKey})-[:CARRIED_OUT|ATTENDED|TARGETED]-(e:Event)
WHERE
  probe.type IN labels(e)
  AND (probe.from IS NULL OR e.dateTo IS NULL OR e.dateTo >= date(probe.from))
  AND (probe.to IS NULL OR e.dateFrom IS NULL OR e.dateFrom <= date(probe.to))
WITH DISTINCT probe, e
RETURN
  probe.probe AS probe,
  e.key AS key,
  toString(e.dateFrom) AS dateFrom,
  toString(e.dateTo) AS dateTo,
  COLLECT { MATCH (x:Actor)-[:CARRIED_OUT]->(e) RETURN x.key } AS perpetrators,
  COLLECT { MATCH (e)-[:TARGETED]->(x:Actor) RETURN x.key } AS targets,
  COLLECT { MATCH (e)-[:AT]->(x:Actor) RETURN x.key } AS locations,
  COLLECT { MATCH (x:Actor)-[:ATTENDED]->(e) RETURN x.key } AS participants
