// Full-text search over canonical names and every alias an article used. Eventually consistent:
// Lucene takes the updates in the background instead of in every writer's commit, where they
// cost ~3-4 ms per article (bench:ingest: 82 → 102 articles/s into an empty graph). Writers
// that must answer searches at once wait for it (src/graph/search-index.ts).
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (n:Person|State|Court|Organization|Place) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}
