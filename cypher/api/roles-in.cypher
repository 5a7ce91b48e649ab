// The offices and memberships people hold in each actor (a state, court or organisation), best
// supported first, with the supporting articles and their evidence.
// Parameters: $keys (actor keys), $rolesFirst (roles per actor), $rolesCurrent (true: offices
// held now, false: former ones, null: all). Returns one row per actor found: key, roles.
UNWIND $keys AS key
MATCH (h:Actor {key: key})
RETURN
  key,
  COLLECT {
    MATCH (n:Person)-[r:HOLDS_ROLE]->(h)
    WHERE $rolesCurrent IS NULL OR coalesce(r.current, true) = $rolesCurrent
    WITH n, r, h
    ORDER BY size(coalesce(r.sources, [])) DESC, r.role, n.key
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
