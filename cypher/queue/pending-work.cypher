// How much is left for a worker running until idle: queued and processing articles, and how long
// until the next one becomes claimable (a retry's nextAttemptAt or a claim's lease end).
// Parameters: $idPrefix (string or null: only ids starting with it),
//             $ingestRun (string or null: only articles queued by that ingest run)
MATCH (a:Article)
WHERE a.status IN ['queued', 'processing'] AND ($idPrefix IS NULL OR a.id STARTS WITH $idPrefix)
  AND ($ingestRun IS NULL OR a.ingestRun = $ingestRun)
WITH count(a) AS pending, min(CASE a.status WHEN 'queued' THEN a.nextAttemptAt ELSE a.leaseUntil END) AS nextAt
RETURN pending,
       CASE WHEN nextAt IS NULL THEN null ELSE duration.inSeconds(datetime(), nextAt).milliseconds END AS dueInMs
