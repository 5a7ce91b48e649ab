// The queue state of given articles (ids not found are left out).
// Parameters: $ids: list of strings
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.status AS status, a.lastError AS error, a.source AS source, a.attempts AS attempts
