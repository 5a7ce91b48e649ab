// Last statement of an article's processing transaction (after lock-claim): marks it done.
// Parameters: $id (string), $claimToken (string)
MATCH (a:Article {id: $id})
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
