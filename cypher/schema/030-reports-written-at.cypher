// The change feed reads the reports written since its cursor from this index (cypher/feed/changes.cypher).
CREATE RANGE INDEX reports_written_at IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.writtenAt)
