// The ingestion queue finds queued, processing and failed articles by status.
CREATE RANGE INDEX article_status IF NOT EXISTS FOR (n:Article) ON (n.status)
