// The articles that report each event, earliest first, with their evidence sentences.
// Parameters: $keys (event keys), $first (articles per event). Returns one row per event found: key, sources.
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN
  key,
  COLLECT {
    MATCH (a:Article)-[r:REPORTS]->(e)
    WITH a, r
    ORDER BY a.publishedAt IS NULL, a.publishedAt, a.id
    LIMIT $first
    RETURN {
      article: a {.id, .title, .url, .status, .extractorVersion, .lastError, publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)},
      texts: coalesce(r.evidenceTexts, []),
      starts: coalesce(r.evidenceStarts, []),
      ends: coalesce(r.evidenceEnds, [])
    }
  } AS sources
