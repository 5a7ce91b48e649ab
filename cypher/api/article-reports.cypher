// The events each article reports, newest first, with this article's evidence sentences.
// Parameters: $ids (article ids), $first (events per article). Returns one row per article found: id, reports.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN
  id,
  COLLECT {
    MATCH (a)-[r:REPORTS]->(e:Event)
    WITH r, e
    ORDER BY e.date IS NULL, e.dateFrom DESC, e.key
    LIMIT $first
    RETURN {
      event: e {.*, label: [l IN labels(e) WHERE l IN {{eventLabels}}][0], dateFrom: toString(e.dateFrom), dateTo: toString(e.dateTo)},
      texts: coalesce(r.evidenceTexts, []),
      starts: coalesce(r.evidenceStarts, []),
      ends: coalesce(r.evidenceEnds, [])
    }
  } AS reports
