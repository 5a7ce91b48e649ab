// Keeps inputs that are not articles at all (a malformed JSON line, a binary file) visible as
// failed Articles with the reason and where they came from, instead of dropping them.
// Parameters: $rejects: list of {id, source, error, excerpt (string or null)}
UNWIND $rejects AS reject
MERGE (a:Article {id: reject.id})
SET a.status = 'failed',
    a.rejected = true,
    a.source = reject.source,
    a.lastError = reject.error,
    a.excerpt = reject.excerpt,
    a.attempts = 0,
    a.queuedAt = coalesce(a.queuedAt, datetime()),
    a.failedAt = datetime(),
    a.nextAttemptAt = null,
    a.claimedBy = null,
    a.claimToken = null,
    a.leaseUntil = null
RETURN a.id AS id
