// Full-text search over canonical names and every alias an article used. Eventually consistent:
// Lucene takes the updates in a background thread, not in each writer's commit while the writer
// still holds its locks. Writers whose callers search next wait for it (src/graph/search-index.ts).
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (n:Person|State|Court|Organization|Place) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}
