// Articles by id (without their text, which article-texts reads only when asked for).
// Parameters: $ids (list of strings). Returns one row per id found: id, article.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a {.id, .title, .url, .status, .extractorVersion, .lastError, publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
