// Records which extractor produced an article's contributions, and what it found.
// Parameters: $articleId, $extractorVersion, $entityCount, $eventCount
MATCH (a:Article {id: $articleId})
SET a.extractorVersion = $extractorVersion, a.entityCount = $entityCount, a.eventCount = $eventCount
