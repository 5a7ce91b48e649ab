// Recomputes actors' aliases from the articles that still mention them (after a revision
// removed an article's mentions).
// Parameters: $actorKeys
UNWIND $actorKeys AS actorKey
MATCH (n:Actor {key: actorKey})
SET n.aliases = COLLECT {
  MATCH (:Article)-[m:MENTIONS]->(n)
  UNWIND m.aliases AS alias
  WITH DISTINCT alias
  WHERE alias <> n.name
  RETURN alias
  ORDER BY alias
}
