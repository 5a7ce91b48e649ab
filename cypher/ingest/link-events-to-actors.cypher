// Edges from events to actors (AGAINST, TARGETED, AT, KILLED), each with the ids of the
// articles that support it.
// Parameters: $articleId, $links: [{actorKey, eventKey, type}]
UNWIND $links AS link
MATCH (n:Actor {key: link.actorKey})
MATCH (e:Event {key: link.eventKey})
MERGE (e)-[r:$(link.type)]->(n)
SET r.sources = COLLECT {
  UNWIND coalesce(r.sources, []) + $articleId AS source
  WITH DISTINCT source
  RETURN source
  ORDER BY source
}
