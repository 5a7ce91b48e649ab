// How many articles match the filters of articles-page.
// Parameters: $mentions (an actor key or null: only articles mentioning it), $statuses (list or null),
//   $from, $to (YYYY-MM-DD or null: publication day), $titleContains (lower-case text or null).
CALL () {
  WITH $mentions AS mentions
  WHERE mentions IS NULL
  MATCH (a:Article)
  RETURN a
  UNION ALL
  WITH $mentions AS mentions
  WHERE mentions IS NOT NULL
  MATCH (:Actor {key: mentions})<-[:MENTIONS]-(a:Article)
  RETURN DISTINCT a
}
WITH a
WHERE
  // filters:begin (articles-page and articles-count share these lines)
  // Each line is a block kept only when its parameter is set (src/api/paging.ts).
  true
  {{#statuses}}AND a.status IN $statuses{{/statuses}}
  {{#from}}AND a.publishedAt >= date($from){{/from}}
  {{#to}}AND a.publishedAt <= date($to){{/to}}
  {{#titleContains}}AND toLower(a.title) CONTAINS $titleContains{{/titleContains}}
  // filters:end
RETURN count(a) AS count
