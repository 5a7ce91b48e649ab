// Number of articles in each queue status.
// Parameters: $idPrefix (string or null: only ids starting with it)
UNWIND ['queued', 'processing', 'done', 'failed'] AS status
OPTIONAL MATCH (a:Article {status: status})
WHERE $idPrefix IS NULL OR a.id STARTS WITH $idPrefix
RETURN status, count(a) AS count
