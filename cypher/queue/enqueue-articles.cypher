// Puts a batch of submitted articles on the queue, deciding per article under its write lock:
// new id → queued; same text already done, queued or processing → unchanged (only the ingestRun
// tag of one still on the queue may change);
// changed text, or a failed article submitted again → requeued with attempts reset.
// Parameters: $articles: list of {id, title, url, publishedAt ('YYYY-MM-DD' or null), text, textHash, source},
//             $ingestRun (string or null: the `newsgraph ingest` run that queues them, which then processes them)
UNWIND $articles AS input
MERGE (a:Article {id: input.id})
  ON CREATE SET a._new = true
// Take the write lock before reading the status, so a concurrent claim or enqueue is not missed.
SET a._lock = true
REMOVE a._lock
WITH a, input,
  CASE
    WHEN a._new THEN 'queued'
    WHEN a.textHash = input.textHash AND a.status IN ['done', 'queued', 'processing'] THEN 'unchanged'
    ELSE 'requeued'
  END AS outcome
REMOVE a._new
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END |
  SET a.status = 'queued',
      a.title = input.title,
      a.url = input.url,
      a.publishedAt = CASE WHEN input.publishedAt IS NULL THEN null ELSE date(input.publishedAt) END,
      a.text = input.text,
      a.textHash = input.textHash,
      a.source = input.source,
      a.ingestRun = $ingestRun,
      a.queuedAt = datetime(),
      a.nextAttemptAt = datetime(),
      a.attempts = 0,
      a.claimedBy = null,
      a.claimToken = null,
      a.leaseUntil = null,
      a.lastError = null,
      a.failedAt = null,
      a.rejected = null
)
// An ingest run also waits for its unchanged articles still on the queue (e.g. left by an interrupted run).
FOREACH (_ IN CASE WHEN outcome = 'unchanged' AND a.status <> 'done' AND $ingestRun IS NOT NULL THEN [1] ELSE [] END |
  SET a.ingestRun = $ingestRun
)
RETURN a.id AS id, outcome, a.status AS status
