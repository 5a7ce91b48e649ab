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
  ($statuses IS NULL OR a.status IN $statuses)
  AND ($from IS NULL OR a.publishedAt >= date($from))
  AND ($to IS NULL OR a.publishedAt <= date($to))
  AND ($titleContains IS NULL OR toLower(a.title) CONTAINS $titleContains)
  // filters:end
RETURN count(a) AS count
