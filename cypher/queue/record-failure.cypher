// After the processing transaction failed: keeps the error and either puts the article back on
// the queue after a delay ($retry) or ends it as failed. Only while the claim is still ours.
// Parameters: $id (string), $claimToken (string), $error (string), $retry (boolean), $delayMs (integer)
MATCH (a:Article {id: $id})
SET a._lock = true
REMOVE a._lock
WITH a
WHERE a.status = 'processing' AND a.claimToken = $claimToken
SET a.status = CASE WHEN $retry THEN 'queued' ELSE 'failed' END,
    a.lastError = $error,
    a.nextAttemptAt = CASE WHEN $retry THEN datetime() + duration({milliseconds: $delayMs}) ELSE null END,
    a.failedAt = CASE WHEN $retry THEN null ELSE datetime() END,
    a.claimedBy = null,
    a.claimToken = null,
    a.leaseUntil = null
RETURN a.status AS status, a.attempts AS attempts
