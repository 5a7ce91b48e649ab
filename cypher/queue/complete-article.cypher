// Last statement of an article's processing transaction: marks it done if the claim still
// holds. The article is write-locked before its claim is read, so the check holds until commit.
// (writeArticleContributions does the same in its own last statement when given the claim.)
// Parameters: $id (string), $claimToken (string)
MATCH (a:Article {id: $id})
SET a._lock = true
REMOVE a._lock
WITH a
WHERE a.status = 'processing' AND a.claimToken = $claimToken
SET a.status = 'done',
    a.ingestedAt = datetime(),
    a.ingestedTextHash = a.textHash,
    a.claimedBy = null,
    a.claimToken = null,
    a.leaseUntil = null,
    a.nextAttemptAt = null,
    a.lastError = null,
    a.failedAt = null
RETURN a.id AS id
