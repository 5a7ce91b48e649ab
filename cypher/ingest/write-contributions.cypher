// Writes one article's contributions in one round trip: its actors (merged onto their keys,
// with every name the article used), MENTIONS, events with the article's REPORTS and evidence,
// the event-actor edges with their supporting `sources`, and HOLDS_ROLE relations.
// Lists are sorted by key, so concurrent writers lock shared nodes in the same order.
// Parameters:
//   $articleId, $extractorVersion (recorded on the article with what it contributed)
//   $rekeys:   [{fromKey, toKey, name}]  surname-only people who now get their full name
//   $actors:   [{key, type, name, aliases, surnameKey}]
//   $events:   [{key, type, date, attributes, evidenceTexts, evidenceStarts, evidenceEnds}]
//              attributes: the kind's attributes as this article states them ({status, charges}…)
//   $links:    [{actorKey, eventKey, type}]  type: a relationship type of the event kinds
//   $eventLinks: [{fromKey, toKey, type}]  relationships between events (an arrest EXECUTES a warrant)
//   $roles:    [{personKey, holderKey, role, current, since, until, evidenceText, evidenceStart, evidenceEnd}]
//              current: false when the article calls the office a former one; since/until: the
//              dates it gives for the office ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'), '' when none
//   $refreshKeys: keys of the events whose derived properties to recompute; $undatedWindowDays
//   $aliasRefreshKeys: keys of the actors whose aliases to recompute (the article's former actors)
//   $claimToken: null, or the queue claim under which the article is written: then nothing is
//     written unless the claim still holds, and the article ends as done (see src/queue/article-queue.ts)
// Slots mergeEventEdges, writeEventLinks, deriveAttributes: built from the event kinds' descriptors when the
// registry loads (src/graph/event-cypher.ts): one MERGE per relationship type in its direction,
// and each attribute's derivation from all reports.
// replan=skip: every pattern here is anchored on a unique key, so the first plan stays right as
// the graph grows, and replanning this statement costs ~0.4 s of server CPU each time.
CYPHER replan=skip
MATCH (a:Article {id: $articleId})
// The SET write-locks the article before its claim is read, so the check holds until commit.
SET a.extractorVersion = $extractorVersion, a.entityCount = size($actors), a.eventCount = size($events)
WITH a
WHERE $claimToken IS NULL OR (a.status = 'processing' AND a.claimToken = $claimToken)
CALL () {
  UNWIND $rekeys AS rekey
  MATCH (p:Person {key: rekey.fromKey})
  SET p.key = rekey.toKey, p.name = rekey.name, p.aliases = [alias IN p.aliases WHERE alias <> rekey.name]
}
CALL (a) {
  UNWIND $actors AS actor
  MERGE (n:Actor {key: actor.key})
  ON CREATE
    SET n:$(actor.type), n.name = actor.name, n.aliases = [], n.surnameKey = actor.surnameKey
  // Only write to an existing actor when this article adds a name: the states and courts most
  // articles mention would otherwise be write-locked by every concurrent writer.
  WITH a, n, actor, [alias IN actor.aliases WHERE alias <> n.name AND NOT alias IN n.aliases] AS fresh
  CALL (n, fresh) {
    WITH n, fresh
    WHERE size(fresh) > 0
    SET n.aliases = COLLECT {
      UNWIND n.aliases + fresh AS alias
      WITH DISTINCT alias
      RETURN alias
      ORDER BY alias
    }
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
    r += event.attributes,
    r.date = event.date,
    r.evidenceTexts = event.evidenceTexts,
    r.evidenceStarts = event.evidenceStarts,
    r.evidenceEnds = event.evidenceEnds
}
// One static MERGE per edge type: a dynamic type (`[r:$(link.type)]`) lets the planner choose a
// scan of every relationship, which it does while the graph is small.
CALL () {
  UNWIND $links AS link
  MATCH (n:Actor {key: link.actorKey})
  MATCH (e:Event {key: link.eventKey})
  CALL (n, e, link) {
    {{mergeEventEdges}}
  }
  SET r.sources = COLLECT {
    UNWIND coalesce(r.sources, []) + $articleId AS source
    WITH DISTINCT source
    RETURN source
    ORDER BY source
  }
}
{{writeEventLinks}}
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
    r.evidenceEnds = coalesce(r.evidenceEnds, []) + role.evidenceEnd,
    r.evidenceCurrent = coalesce(r.evidenceCurrent, [x IN coalesce(r.evidenceArticles, []) | true]) + role.current,
    r.evidenceSince = coalesce(r.evidenceSince, [x IN coalesce(r.evidenceArticles, []) | '']) + role.since,
    r.evidenceUntil = coalesce(r.evidenceUntil, [x IN coalesce(r.evidenceArticles, []) | '']) + role.until
  // Held now: what the newest supporting article says (an older report that it was held stays);
  // since/until: the dates the newest supporting article that gives one gives (null: none does).
  WITH r, COLLECT {
    UNWIND range(0, size(r.evidenceArticles) - 1) AS i
    MATCH (x:Article {id: r.evidenceArticles[i]})
    RETURN i
    ORDER BY x.publishedAt IS NULL, x.publishedAt DESC, x.id
  } AS newestFirst
  SET
    r.current = coalesce(r.evidenceCurrent[head(newestFirst)], true),
    r.since = head([i IN newestFirst WHERE r.evidenceSince[i] <> '' | r.evidenceSince[i]]),
    r.until = head([i IN newestFirst WHERE r.evidenceUntil[i] <> '' | r.evidenceUntil[i]])
}
// Derived properties of every event the article touches, now or before, from all its reports,
// so that adding or withdrawing one article gives the same result whatever the order:
// - date: the most precise date any report gives (newest report first among equals), with
//   datePrecision and the period it covers (dateFrom, dateTo); an undated event covers the
//   $undatedWindowDays before its reports;
// - each attribute as its descriptor's `combine` says (src/events/kind.ts): e.g. a warrant's
//   status is what the newest report that knows it says, its charges all reports' charges.
CALL () {
  UNWIND $refreshKeys AS eventKey
  MATCH (e:Event {key: eventKey})
  WITH
    e,
    COLLECT {
      MATCH (a:Article)-[r:REPORTS]->(e)
      WITH a, r
      ORDER BY coalesce(a.publishedAt, date('0001-01-01')) DESC, a.id
      RETURN {r: r, date: r.date, publishedAt: a.publishedAt, day: coalesce(a.publishedAt, date('0001-01-01'))}
    } AS reports
  WITH
    e,
    reports,
    reduce(best = null, x IN reports |
      CASE WHEN x.date IS NOT NULL AND (best IS NULL OR size(x.date) > size(best)) THEN x.date ELSE best END
    ) AS date,
    [x IN reports WHERE x.publishedAt IS NOT NULL | x.publishedAt] AS published
  WITH
    e,
    reports,
    date,
    published,
    CASE size(date)
      WHEN 4 THEN date(date + '-01-01')
      WHEN 7 THEN date(date + '-01')
      WHEN 10 THEN date(date)
      ELSE CASE WHEN size(published) > 0 THEN reduce(m = published[0], p IN published | CASE WHEN p < m THEN p ELSE m END) - duration({days: $undatedWindowDays}) END
    END AS dateFrom
  SET
    e.date = date,
    e.datePrecision = CASE size(date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.dateFrom = dateFrom,
    e.dateTo = CASE size(date)
      WHEN 4 THEN date(date + '-12-31')
      WHEN 7 THEN dateFrom + duration({months: 1}) - duration({days: 1})
      WHEN 10 THEN dateFrom
      ELSE CASE WHEN size(published) > 0 THEN reduce(m = published[0], p IN published | CASE WHEN p > m THEN p ELSE m END) END
    END,
    e.reportCount = size(reports)
  {{deriveAttributes}}
}
// After a revision: aliases of the actors the article mentioned before, from the articles that
// still mention them (adding names above never removes one).
CALL () {
  UNWIND $aliasRefreshKeys AS actorKey
  MATCH (n:Actor {key: actorKey})
  SET n.aliases = COLLECT {
    MATCH (:Article)-[m:MENTIONS]->(n)
    UNWIND m.aliases AS alias
    WITH DISTINCT alias
    WHERE alias <> n.name
    RETURN alias
    ORDER BY alias
  }
}
// When the article's reports were written, by the server's clock, for the change feed
// (src/api/subscriptions): stamped last, in real time, so the stamp is as near the commit as
// the statement allows (the statement's own clock starts before planning and lock waits).
CALL (a) {
  MATCH (a)-[r:REPORTS]->(:Event)
  SET r.writtenAt = datetime.realtime()
}
CALL (a) {
  WITH a
  WHERE $claimToken IS NOT NULL
  SET a.status = 'done',
      a.ingestedAt = datetime.realtime(),
      a.ingestedTextHash = a.textHash,
      a.claimedBy = null,
      a.claimToken = null,
      a.leaseUntil = null,
      a.nextAttemptAt = null,
      a.lastError = null,
      a.failedAt = null
}
RETURN count(*) AS written
