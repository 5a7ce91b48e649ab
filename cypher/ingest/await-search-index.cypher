// Returns once the eventually consistent full-text index (actor_names) holds every transaction
// committed so far, so that a search right after an ingest finds what it wrote.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
