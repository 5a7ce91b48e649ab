// Gives claims a stopping worker never started back to the queue, undoing their attempt count.
// Parameters: $claims: list of {id, claimToken}
UNWIND $claims AS claim
MATCH (a:Article {id: claim.id})
SET a._lock = true
REMOVE a._lock
WITH a, claim
WHERE a.status = 'processing' AND a.claimToken = claim.claimToken
SET a.status = 'queued',
    a.attempts = a.attempts - 1,
    a.nextAttemptAt = datetime(),
    a.claimedBy = null,
    a.claimToken = null,
    a.leaseUntil = null
RETURN a.id AS id
