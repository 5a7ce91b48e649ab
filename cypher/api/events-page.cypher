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
// Optional blocks (src/api/db.ts): after (kept when $after is set); DATE_DESC, DATE_ASC or
// REPORTS_DESC, the block of $order; count (each row also has `total`, the events matched before the
// cursor), actors (each event's actors, as event-actors), sources (its first $sourcesFirst
// sources, as event-sources).
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
  // {{walkEdges}}: the anchor's types, filled in by the caller from the allow-list of event
  // relationship types: the walk follows only those of a dense actor's relationships, and no
  // filter on type(r) is left to do.
  MATCH (:Actor {key: anchor.key})-[:{{walkEdges}}]-(e:{{label}})
  RETURN DISTINCT e
}
WITH e
WHERE
  // filters:begin (events-page and events-count share these lines)
  // Each line is a block kept only when its parameter is set (src/api/paging.ts): a filter
  // nobody asked for costs nothing per event.
  true
  {{#labels}}AND any(l IN labels(e) WHERE l IN $labels){{/labels}}
  {{#attributeIn}}AND all(filter IN $attributeIn WHERE e[filter.field] IN filter.values){{/attributeIn}}
  {{#attributeContains}}AND all(filter IN $attributeContains WHERE any(value IN coalesce(e[filter.field], []) WHERE toLower(value) CONTAINS filter.text)){{/attributeContains}}
  {{#linkedBy}}AND all(filter IN $linkedBy WHERE EXISTS { (e)<-[r:{{eventLinks}}]-(:Event) WHERE type(r) = filter.type } = filter.exists){{/linkedBy}}
  {{#from}}AND e.dateTo >= date($from){{/from}}
  {{#to}}AND e.dateFrom <= date($to){{/to}}
  {{#actorFilters}}AND all(filter IN $actorFilters WHERE EXISTS {
    MATCH (:Actor {key: filter.key})-[r:{{eventEdges}}]-(e)
    WHERE type(r) IN filter.types
  }){{/actorFilters}}
  // filters:end
{{#count}}
// totalCount from the same walk: every matching event is counted before the cursor and the page cut.
WITH collect(e) AS matched
UNWIND matched AS e
WITH e, size(matched) AS total
{{/count}}
// The date to sort on, read once: undated events have none (their dateFrom is only a window).
WITH e, CASE WHEN e.date IS NOT NULL THEN e.dateFrom END AS day{{#count}}, total{{/count}}
{{#after}}
// Past a cursor: the events after it in (sort, key) order, with the sort value computed as in the
// RETURN below.
WITH e, day, day.year * 10000 + day.month * 100 + day.day AS number{{#count}}, total{{/count}}
WITH e, day, CASE $order
    WHEN 'REPORTS_DESC' THEN -coalesce(e.reportCount, 0)
    WHEN 'DATE_ASC' THEN coalesce(number, 1000000000)
    ELSE coalesce(-number, 1000000000)
  END AS sort{{#count}}, total{{/count}}
WHERE [sort, e.key] > [$after.sort, $after.key]
{{/after}}
// Sorted by the date itself, which orders as the sort value does (undated last, then by key):
// computing the value for every match cost more than the rest of a dense actor's page.
WITH e, day{{#count}}, total{{/count}}
ORDER BY
  {{#DATE_DESC}}day IS NULL, day DESC,{{/DATE_DESC}}
  {{#DATE_ASC}}day,{{/DATE_ASC}}
  {{#REPORTS_DESC}}coalesce(e.reportCount, 0) DESC,{{/REPORTS_DESC}}
  e.key
LIMIT $limit
WITH e, day.year * 10000 + day.month * 100 + day.day AS number{{#count}}, total{{/count}}
WITH e, CASE $order
    WHEN 'REPORTS_DESC' THEN -coalesce(e.reportCount, 0)
    WHEN 'DATE_ASC' THEN coalesce(number, 1000000000)
    ELSE coalesce(-number, 1000000000)
  END AS sort{{#count}}, total{{/count}}
// The optional reads along (after LIMIT: for the page's events only) are those of event-actors and
// event-sources, for a query that asks for the events' actors or sources.
RETURN sort, e {.*, label: [l IN labels(e) WHERE l IN {{eventLabels}}][0], dateFrom: toString(e.dateFrom), dateTo: toString(e.dateTo)} AS event
{{#count}}, total{{/count}}
{{#actors}}, COLLECT {
    MATCH (e)-[r:{{eventEdges}}]-(n:Actor)
    WITH r, n
    ORDER BY type(r), toLower(n.name), n.key
    RETURN {role: type(r), sources: coalesce(r.sources, []), actor: n {.key, .name, label: [l IN labels(n) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(n.aliases, [])}}
  } AS actors{{/actors}}
{{#sources}}, COLLECT {
    MATCH (a:Article)-[r:REPORTS]->(e)
    WITH a, r
    ORDER BY a.publishedAt IS NULL, a.publishedAt, a.id
    LIMIT $sourcesFirst
    RETURN {
      article: a {.id, .title, .url, .status, .extractorVersion, .lastError, publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)},
      texts: coalesce(r.evidenceTexts, []),
      starts: coalesce(r.evidenceStarts, []),
      ends: coalesce(r.evidenceEnds, [])
    }
  } AS sources{{/sources}}
