// Whether an article exists (an unknown id has nothing to withdraw).
// Parameters: $articleId
MATCH (a:Article {id: $articleId})
RETURN a.id AS id
