// Records which actors an article mentions, and by which names.
// Parameters: $articleId, $actors: [{key, aliases}]
MATCH (a:Article {id: $articleId})
UNWIND $actors AS actor
MATCH (n:Actor {key: actor.key})
MERGE (a)-[m:MENTIONS]->(n)
SET m.aliases = actor.aliases
