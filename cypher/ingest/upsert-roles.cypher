// Offices and memberships: (Person)-[:HOLDS_ROLE {role}]->(State|Court|Organization), with
// the supporting articles and their evidence sentences (parallel lists, one entry per article).
// Parameters: $articleId, $roles: [{personKey, holderKey, role, evidenceText, evidenceStart, evidenceEnd}]
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
