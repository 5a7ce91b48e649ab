// One actor by key with what its page asks for read along, for actor(id:): one round trip where
// the loaders would send one statement per list and one more per level of nested actors.
// Parameters: $key (actor key). Returns one row when the actor exists: actor, and per block:
//   lists: $lists = [{relation, types, label, first, actors}]: for each, the actor's `first`
//     newest events linked by one of `types` (of `label`, or any when null) in actor-events'
//     order, each with its actors (as event-actors) when `actors`; a list without events is absent.
//   counterparts: the first $counterpartsFirst counterparts, as actor-counterparts.
//   roles: the first $rolesFirst offices the actor holds ($rolesCurrent as in roles-held), as
//     roles-held (the part between the roles markers is the same text in both).
MATCH (n:Actor {key: $key})
{{#lists}}
CALL (n) {
  UNWIND $lists AS list
  CALL (n, list) {
    // {{walkEdges}}: every type of the lists asked (from the allow-list), so that the walk follows
    // only those of a dense actor's relationships.
    MATCH (n)-[r:{{walkEdges}}]-(e:Event)
    WHERE type(r) IN list.types AND (list.label IS NULL OR list.label IN labels(e))
    WITH DISTINCT e
    ORDER BY e.date IS NULL, e.dateFrom DESC, e.key
    WITH list, collect(e) AS events
    UNWIND events[0..list.first] AS e
    RETURN e {
      .*,
      label: [l IN labels(e) WHERE l IN {{eventLabels}}][0],
      dateFrom: toString(e.dateFrom),
      dateTo: toString(e.dateTo),
      actors: COLLECT {
        MATCH (e)-[r:{{eventEdges}}]-(a:Actor)
        WHERE list.actors
        WITH r, a
        ORDER BY type(r), toLower(a.name), a.key
        RETURN {role: type(r), sources: coalesce(r.sources, []), actor: a {.key, .name, label: [l IN labels(a) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(a.aliases, [])}}
      }
    } AS event
  }
  WITH list, collect(event) AS events
  RETURN collect({relation: list.relation, events: events}) AS lists
}
{{/lists}}
{{#counterparts}}
CALL (n) {
  MATCH (n)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Actor)
  WHERE o <> n
  WITH o, count(DISTINCT m) AS meetings
  ORDER BY meetings DESC, toLower(o.name), o.key
  LIMIT $counterpartsFirst
  RETURN collect({meetingCount: meetings, actor: o {.key, .name, label: [l IN labels(o) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(o.aliases, [])}}) AS counterparts
}
{{/counterparts}}
RETURN n {.key, .name, label: [l IN labels(n) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(n.aliases, [])} AS actor
{{#lists}}, lists{{/lists}}
{{#counterparts}}, counterparts{{/counterparts}}
{{#roles}},
  // roles:begin
  COLLECT {
    MATCH (n)-[r:HOLDS_ROLE]->(h:Actor)
    WHERE $rolesCurrent IS NULL OR coalesce(r.current, true) = $rolesCurrent
    WITH n, r, h
    ORDER BY size(coalesce(r.sources, [])) DESC, r.role, h.key
    LIMIT $rolesFirst
    RETURN {
      role: r.role,
      current: coalesce(r.current, true),
      since: r.since,
      until: r.until,
      person: n {.key, .name, label: [l IN labels(n) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(n.aliases, [])},
      holder: h {.key, .name, label: [l IN labels(h) WHERE l IN ['Person', 'State', 'Court', 'Organization', 'Place']][0], aliases: coalesce(h.aliases, [])},
      sources: coalesce(r.sources, []),
      evidenceArticles: coalesce(r.evidenceArticles, []),
      evidenceTexts: coalesce(r.evidenceTexts, []),
      evidenceStarts: coalesce(r.evidenceStarts, []),
      evidenceEnds: coalesce(r.evidenceEnds, [])
    }
  } AS roles
  // roles:end
{{/roles}}
