// The full text of articles, read only when a client asks for Article.text.
// Parameters: $ids (list of strings). Returns one row per id found: id, text.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text
