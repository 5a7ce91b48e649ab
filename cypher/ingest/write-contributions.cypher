// Writes one article's contributions in one round trip: its actors (merged onto their keys,
// with every name the article used), MENTIONS, events with the article's REPORTS and evidence,
// the event-actor edges with their supporting `sources`, and HOLDS_ROLE relations.
// Lists are sorted by key, so concurrent writers lock shared nodes in the same order.
// Parameters:
//   $articleId, $extractorVersion (recorded on the article with what it contributed)
//   $rekeys:   [{fromKey, toKey, name}]  surname-only people who now get their full name
//   $actors:   [{key, type, name, aliases, surnameKey}]
//   $events:   [{key, type, date, status, charges, mode, topic, evidenceTexts, evidenceStarts, evidenceEnds}]
//   $outgoing: [{actorKey, eventKey, type}]  ISSUED | CARRIED_OUT | ATTENDED (actor → event)
//   $incoming: [{actorKey, eventKey, type}]  AGAINST | TARGETED | AT | KILLED (event → actor)
//   $roles:    [{personKey, holderKey, role, evidenceText, evidenceStart, evidenceEnd}]
MATCH (a:Article {id: $articleId})
SET a.extractorVersion = $extractorVersion, a.entityCount = size($actors), a.eventCount = size($events)
WITH a
CALL () {
  UNWIND $rekeys AS rekey
  MATCH (p:Person {key: rekey.fromKey})
  SET p.key = rekey.toKey, p.name = rekey.name, p.aliases = [alias IN p.aliases WHERE alias <> rekey.name]
}
CALL (a) {
  UNWIND $actors AS actor
  MERGE (n:Actor {key: actor.key})
  ON CREATE
    SET n.name = actor.name, n.aliases = []
  SET n:$(actor.type)
  SET
    n.surnameKey = actor.surnameKey,
    n.aliases = COLLECT {
      UNWIND n.aliases + actor.aliases AS alias
      WITH DISTINCT alias
      WHERE alias <> n.name
      RETURN alias
      ORDER BY alias
    }
  MERGE (a)-[m:MENTIONS]->(n)
  SET m.aliases = actor.aliases
}
CALL (a) {
  UNWIND $events AS event
  MERGE (e:Event {key: event.key})
  SET e:$(event.type)
  MERGE (a)-[r:REPORTS]->(e)
  SET
    r.date = event.date,
    r.status = event.status,
    r.charges = event.charges,
    r.mode = event.mode,
    r.topic = event.topic,
    r.evidenceTexts = event.evidenceTexts,
    r.evidenceStarts = event.evidenceStarts,
    r.evidenceEnds = event.evidenceEnds
}
CALL () {
  UNWIND $outgoing AS link
  MATCH (n:Actor {key: link.actorKey})
  MATCH (e:Event {key: link.eventKey})
  MERGE (n)-[r:$(link.type)]->(e)
  SET r.sources = COLLECT {
    UNWIND coalesce(r.sources, []) + $articleId AS source
    WITH DISTINCT source
    RETURN source
    ORDER BY source
  }
}
CALL () {
  UNWIND $incoming AS link
  MATCH (n:Actor {key: link.actorKey})
  MATCH (e:Event {key: link.eventKey})
  MERGE (e)-[r:$(link.type)]->(n)
  SET r.sources = COLLECT {
    UNWIND coalesce(r.sources, []) + $articleId AS source
    WITH DISTINCT source
    RETURN source
    ORDER BY source
  }
}
CALL () {
  UNWIND $roles AS role
  MATCH (p:Person {key: role.personKey})
  MATCH (o:Actor {key: role.holderKey})
  MERGE (p)-[r:HOLDS_ROLE {role: role.role}]->(o)
  WITH r, role, coalesce(r.sources, []) AS sources
  WHERE NOT $articleId IN sources
  SET
    r.sources = COLLECT {
      UNWIND sources + $articleId AS source
      RETURN source
      ORDER BY source
    },
    r.evidenceArticles = coalesce(r.evidenceArticles, []) + $articleId,
    r.evidenceTexts = coalesce(r.evidenceTexts, []) + role.evidenceText,
    r.evidenceStarts = coalesce(r.evidenceStarts, []) + role.evidenceStart,
    r.evidenceEnds = coalesce(r.evidenceEnds, []) + role.evidenceEnd
}
RETURN count(*) AS written
