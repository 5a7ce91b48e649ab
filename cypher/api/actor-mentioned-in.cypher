// The articles that mention each actor, newest first (undated last).
// Parameters: $keys (actor keys), $first (articles per actor). Returns one row per actor found: key, articles.
UNWIND $keys AS key
MATCH (n:Actor {key: key})
RETURN
  key,
  COLLECT {
    MATCH (a:Article)-[:MENTIONS]->(n)
    WITH a
    ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
    LIMIT $first
    RETURN a {.id, .title, .url, .status, .extractorVersion, .lastError, publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)}
  } AS articles
