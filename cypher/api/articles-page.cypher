// A page of articles in keyset order: by (sort, id), starting strictly after $after. Sort values
// are integers: YYYYMMDD of publishedAt (negated for PUBLISHED_DESC); undated articles sort last.
// Parameters: $mentions (an actor key or null: only articles mentioning it), $statuses (list or null),
//   $from, $to (YYYY-MM-DD or null: publication day), $titleContains (lower-case text or null).
//   $order ('PUBLISHED_DESC' | 'PUBLISHED_ASC'), $after ({sort, key} or null), $limit (page size + 1).
// Optional block (src/api/db.ts): count (each row also has `total`, the articles matched before the cursor).
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
WITH a, a.publishedAt.year * 10000 + a.publishedAt.month * 100 + a.publishedAt.day AS day
WITH a, CASE $order WHEN 'PUBLISHED_ASC' THEN coalesce(day, 1000000000) ELSE coalesce(-day, 1000000000) END AS sort
// [sort, id] as one list value: the planner then keeps the top rows instead of sorting them all.
WITH a, [sort, a.id] AS position
{{#count}}
// totalCount from the same walk: every matching article is counted before the cursor and the page cut.
WITH collect({a: a, position: position}) AS matched
UNWIND matched AS row
WITH row.a AS a, row.position AS position, size(matched) AS total
{{/count}}
WHERE $after IS NULL OR position > [$after.sort, $after.key]
WITH a, position{{#count}}, total{{/count}}
ORDER BY position
LIMIT $limit
RETURN position[0] AS sort, a {.id, .title, .url, .status, .extractorVersion, .lastError, publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article{{#count}}, total{{/count}}
