// How many events of one label ({{label}}) match the filters of events-page.
// Parameters:
//   $anchor: {key, types} or null: an actor the events must link to by one of `types` (relationship
//     types), used as the starting point; the caller picks it among the actor filters.
//   $actorFilters: [{key, types}]: further actors each event must link to.
//   $labels: event labels or null ({{label}} Event with a type filter);
//   $attributeIn: [{field, values}]: enum attributes (a warrant's status…) that must be one of the values;
//   $attributeContains: [{field, text}]: list attributes (charges…) with a value containing the lower-case text;
//   $linkedBy: [{type, exists}]: whether an event links to it by that type (executed warrants: EXECUTES);
//   $from, $to: YYYY-MM-DD or null, overlapping [dateFrom, dateTo].
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
RETURN count(e) AS count
