// First statement of an article's processing transaction: write-locks the article and proves the
// claim is still ours, so no other worker can claim, re-queue or finish it until we commit.
// Parameters: $id (string), $claimToken (string)
MATCH (a:Article {id: $id})
SET a._lock = true
REMOVE a._lock
WITH a
WHERE a.status = 'processing' AND a.claimToken = $claimToken
RETURN a.id AS id
