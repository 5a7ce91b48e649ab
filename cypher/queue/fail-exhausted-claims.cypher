// Fails articles whose claim expired (the worker crashed or was killed mid-article) after they
// were claimed $maxAttempts times, so an article that kills its worker cannot loop forever.
// Parameters: $maxAttempts (integer), $idPrefix (string or null: only ids starting with it),
//             $ingestRun (string or null: only articles queued by that ingest run)
MATCH (a:Article)
WHERE a.status = 'processing' AND a.leaseUntil < datetime() AND a.attempts >= $maxAttempts
  AND ($idPrefix IS NULL OR a.id STARTS WITH $idPrefix)
  AND ($ingestRun IS NULL OR a.ingestRun = $ingestRun)
SET a._lock = true
REMOVE a._lock
WITH a
WHERE a.status = 'processing' AND a.leaseUntil < datetime() AND a.attempts >= $maxAttempts
SET a.status = 'failed',
    a.failedAt = datetime(),
    a.lastError = 'gave up after ' + toString(a.attempts) + ' attempts: the claim of worker ' + a.claimedBy +
      ' expired before it finished (the worker stopped mid-article)' + coalesce('; last error: ' + a.lastError, ''),
    a.claimedBy = null,
    a.claimToken = null,
    a.leaseUntil = null,
    a.nextAttemptAt = null
RETURN a.id AS id, a.lastError AS error
