// Edges from actors to events (ISSUED, CARRIED_OUT, ATTENDED), each with the ids of the
// articles that support it.
// Parameters: $articleId, $links: [{actorKey, eventKey, type}]
UNWIND $links AS link
MATCH (n:Actor {key: link.actorKey})
MATCH (e:Event {key: link.eventKey})
MERGE (n)-[r:$(link.type)]->(e)
SET r.sources = COLLECT {
  UNWIND coalesce(r.sources, []) + $articleId AS source
  WITH DISTINCT source
  RETURN source
  ORDER BY source
}
