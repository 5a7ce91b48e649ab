// Failed articles with their errors, most recent first.
// Parameters: $limit (integer), $idPrefix (string or null: only ids starting with it)
MATCH (a:Article {status: 'failed'})
WHERE $idPrefix IS NULL OR a.id STARTS WITH $idPrefix
RETURN a.id AS id,
       a.title AS title,
       a.source AS source,
       a.lastError AS error,
       a.attempts AS attempts,
       coalesce(a.rejected, false) AS rejected,
       toString(a.failedAt) AS failedAt
ORDER BY a.failedAt DESC, a.id
LIMIT $limit
