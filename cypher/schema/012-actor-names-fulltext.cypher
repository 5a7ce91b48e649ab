// Full-text search over canonical names and every alias an article used.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Person|State|Court|Organization|Place) ON EACH [n.name, n.aliases]
