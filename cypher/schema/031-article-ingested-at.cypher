// The change feed reads the articles ingested since its cursor from this index (cypher/feed/changes.cypher).
CREATE RANGE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt)
