// Workers claim queued articles in queue order straight from this index, without sorting the
// whole queue (see cypher/queue/claim-articles.cypher).
CREATE RANGE INDEX article_status_queued_at IF NOT EXISTS FOR (n:Article) ON (n.status, n.queuedAt)
