// A page of events of one label ({{label}}: an event kind, or Event for all), in keyset
// order: by (sort, key), starting strictly after $after. Sort values are integers: YYYYMMDD of
// dateFrom (negated for DATE_DESC) or minus the report count; undated events sort last (their
// dateFrom is only the window before their first report, which the date filters do use).
// Parameters:
//   $anchor: {key, types} or null: an actor the events must link to by one of `types` (relationship
//     types), used as the starting point; the caller picks it among the actor filters.
//   $actorFilters: [{key, types}]: further actors each event must link to.
//   $labels: event labels or null ({{label}} Event with a type filter);
//   $attributeIn: [{field, values}]: enum attributes (a warrant's status…) that must be one of the values;
//   $attributeContains: [{field, text}]: list attributes (charges…) with a value containing the lower-case text;
//   $linkedBy: [{type, exists}]: whether an event links to it by that type (executed warrants: EXECUTES);
//   $from, $to: YYYY-MM-DD or null, overlapping [dateFrom, dateTo].
//   $order ('DATE_DESC' | 'DATE_ASC' | 'REPORTS_DESC'), $after ({sort, key} or null),
//   $limit (page size + 1, to tell whether a next page exists).
CALL () {
  // Without an actor to start from, scan the label; with one, walk from it (the WITH … WHERE
  // comes first, so the branch that does not apply reads nothing).
  WITH $anchor AS anchor
  WHERE anchor IS NULL
  MATCH (e:{{label}})
  RETURN e
  UNION ALL
  WITH $anchor AS anchor
  WHERE anchor IS NOT NULL
  MATCH (:Actor {key: anchor.key})-[r:{{eventEdges}}]-(e:{{label}})
  WHERE type(r) IN anchor.types
  RETURN DISTINCT e
}
WITH e
WHERE
  // filters:begin (events-page and events-count share these lines)
  ($labels IS NULL OR any(l IN labels(e) WHERE l IN $labels))
  AND all(filter IN $attributeIn WHERE e[filter.field] IN filter.values)
  AND all(filter IN $attributeContains WHERE any(value IN coalesce(e[filter.field], []) WHERE toLower(value) CONTAINS filter.text))
  AND all(filter IN $linkedBy WHERE EXISTS { (e)<-[r:{{eventLinks}}]-(:Event) WHERE type(r) = filter.type } = filter.exists)
  AND ($from IS NULL OR e.dateTo >= date($from))
  AND ($to IS NULL OR e.dateFrom <= date($to))
  AND all(filter IN $actorFilters WHERE EXISTS {
    MATCH (:Actor {key: filter.key})-[r:{{eventEdges}}]-(e)
    WHERE type(r) IN filter.types
  })
  // filters:end
WITH e, CASE WHEN e.date IS NOT NULL THEN e.dateFrom.year * 10000 + e.dateFrom.month * 100 + e.dateFrom.day END AS day
WITH e, CASE $order
    WHEN 'REPORTS_DESC' THEN -coalesce(e.reportCount, 0)
    WHEN 'DATE_ASC' THEN coalesce(day, 1000000000)
    ELSE coalesce(-day, 1000000000)
  END AS sort
// [sort, key] as one list value: the planner then keeps the top rows instead of sorting them all.
WITH e, [sort, e.key] AS position
WHERE $after IS NULL OR position > [$after.sort, $after.key]
WITH e, position
ORDER BY position
LIMIT $limit
RETURN position[0] AS sort, e {.*, label: [l IN labels(e) WHERE l IN {{eventLabels}}][0], dateFrom: toString(e.dateFrom), dateTo: toString(e.dateTo)} AS event
