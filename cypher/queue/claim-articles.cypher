// Claims up to $limit articles for one worker: queued ones whose nextAttemptAt has passed, and
// processing ones whose lease expired (a crashed worker's claim). Reads take no locks in Neo4j,
// so each candidate is write-locked first and checked again after the lock: of two workers that
// read the same candidate, the second sees the first one's claim and skips it. $candidates
// (more than $limit) lets a worker that lost the race for the head of the queue claim the next ones.
// Parameters: $workerId (string), $limit (integer), $candidates (integer >= $limit), $leaseMs (integer),
//             $maxAttempts (integer), $idPrefix (string or null: only ids starting with it),
//             $ingestRun (string or null: only articles queued by that ingest run)
CALL () {
  // Queued articles in queue order, read from the (status, queuedAt) index: a claim reads a few
  // dozen index entries however long the queue is. The hint keeps that plan on a young database,
  // whose statistics can make the planner prefer the (status) index and sort the whole queue, or
  // scan the whole (status, queuedAt) index and filter it: SEEK rules out the scan as well.
  MATCH (a:Article)
  USING INDEX SEEK a:Article(status, queuedAt)
  WHERE a.status = 'queued' AND a.queuedAt IS NOT NULL
    AND a.nextAttemptAt <= datetime()
    AND ($idPrefix IS NULL OR a.id STARTS WITH $idPrefix)
    AND ($ingestRun IS NULL OR a.ingestRun = $ingestRun)
  RETURN a
  ORDER BY a.status, a.queuedAt, a.id
  LIMIT $candidates
  UNION
  // Claims whose lease expired: as few as the workers that crashed.
  MATCH (a:Article)
  WHERE a.status = 'processing' AND a.leaseUntil < datetime() AND a.attempts < $maxAttempts
    AND ($idPrefix IS NULL OR a.id STARTS WITH $idPrefix)
    AND ($ingestRun IS NULL OR a.ingestRun = $ingestRun)
  RETURN a
  ORDER BY a.queuedAt, a.id
  LIMIT $candidates
}
WITH a
ORDER BY a.queuedAt, a.id
LIMIT $candidates
SET a._lock = true
REMOVE a._lock
WITH a
WHERE CASE a.status
    WHEN 'queued' THEN a.nextAttemptAt <= datetime()
    WHEN 'processing' THEN a.leaseUntil < datetime() AND a.attempts < $maxAttempts
    ELSE false
  END
WITH a
LIMIT $limit
SET a.status = 'processing',
    a.claimedBy = $workerId,
    a.claimToken = randomUUID(),
    a.claimedAt = datetime(),
    a.leaseUntil = datetime() + duration({milliseconds: $leaseMs}),
    a.attempts = coalesce(a.attempts, 0) + 1
RETURN a.id AS id,
       a.title AS title,
       a.url AS url,
       CASE WHEN a.publishedAt IS NULL THEN null ELSE toString(a.publishedAt) END AS publishedAt,
       a.text AS text,
       a.textHash AS textHash,
       a.ingestedTextHash AS ingestedTextHash,
       a.attempts AS attempts,
       a.claimToken AS claimToken
