// The offices and memberships people hold in each actor (a state, court or organisation), best
// supported first, with the supporting articles and their evidence.
// Parameters: $keys (actor keys), $first (roles per actor), $current (true: offices held now,
// false: former ones, null: all). Returns one row per actor found: key, roles.
UNWIND $keys AS key
MATCH (h:Actor {key: key})
RETURN
  key,
  COLLECT {
    MATCH (n:Person)-[r:HOLDS_ROLE]->(h)
    WHERE $current IS NULL OR coalesce(r.current, true) = $current
    WITH n, r, h
    ORDER BY size(coalesce(r.sources, [])) DESC, r.role, n.key
    LIMIT $first
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
