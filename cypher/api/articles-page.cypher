// A page of articles in keyset order: by (sort, id), starting strictly after $after. Sort values
// are integers: YYYYMMDD of publishedAt (negated for PUBLISHED_DESC); undated articles sort last.
// Parameters: $mentions (an actor key or null: only articles mentioning it), $statuses (list or null),
//   $from, $to (YYYY-MM-DD or null: publication day), $titleContains (lower-case text or null).
//   $order ('PUBLISHED_DESC' | 'PUBLISHED_ASC'), $after ({sort, key} or null), $limit (page size + 1).
// Optional blocks (src/api/db.ts): count (each row also has `total`, the articles matched before the cursor);
//   after (kept when $after is set); PUBLISHED_DESC or PUBLISHED_ASC, the block of $order.
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
{{#count}}
// totalCount from the same walk: every matching article is counted before the cursor and the page cut.
WITH collect(a) AS matched
UNWIND matched AS a
WITH a, size(matched) AS total
{{/count}}
{{#after}}
// Past a cursor: the articles after it in (sort, id) order. The sort value is computed as in
// the RETURN below; publishedAt is read once, into a variable.
WITH a, a.publishedAt AS published{{#count}}, total{{/count}}
WITH a, published.year * 10000 + published.month * 100 + published.day AS day{{#count}}, total{{/count}}
WHERE [CASE $order WHEN 'PUBLISHED_ASC' THEN coalesce(day, 1000000000) ELSE coalesce(-day, 1000000000) END, a.id]
  > [$after.sort, $after.key]
{{/after}}
// Sorted by the date itself, which orders as the sort value does (undated last, then by id):
// computing the value for every match cost half of a dense actor's page.
WITH a{{#count}}, total{{/count}}
ORDER BY
  a.publishedAt IS NULL,
  {{#PUBLISHED_DESC}}a.publishedAt DESC,{{/PUBLISHED_DESC}}
  {{#PUBLISHED_ASC}}a.publishedAt,{{/PUBLISHED_ASC}}
  a.id
LIMIT $limit
WITH a, a.publishedAt AS published{{#count}}, total{{/count}}
WITH a, published.year * 10000 + published.month * 100 + published.day AS day{{#count}}, total{{/count}}
WITH a, CASE $order WHEN 'PUBLISHED_ASC' THEN coalesce(day, 1000000000) ELSE coalesce(-day, 1000000000) END AS sort{{#count}}, total{{/count}}
RETURN sort, a {.id, .title, .url, .status, .extractorVersion, .lastError, publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article{{#count}}, total{{/count}}
