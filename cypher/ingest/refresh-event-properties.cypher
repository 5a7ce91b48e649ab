// An event's own properties, derived from every article that reports it, so that adding or
// withdrawing one article gives the same result whatever the order:
// - date: the most precise date any report gives (newest report first among equals), with
//   datePrecision and the period it covers (dateFrom, dateTo); an undated event covers the
//   $undatedWindowDays before its reports;
// - status (warrants): what the newest report that knows it says ("unknown" never overrides
//   a known status; same-day reports that disagree give the later stage);
// - charges: all reports' charges; mode: the newest known mode; topic: the newest topic.
// Parameters: $eventKeys, $undatedWindowDays
UNWIND $eventKeys AS eventKey
MATCH (e:Event {key: eventKey})
WITH
  e,
  COLLECT {
    MATCH (a:Article)-[r:REPORTS]->(e)
    WITH a, r
    ORDER BY coalesce(a.publishedAt, date('0001-01-01')) DESC, a.id
    RETURN {
      date: r.date, status: r.status, charges: r.charges, mode: r.mode, topic: r.topic,
      publishedAt: a.publishedAt, day: coalesce(a.publishedAt, date('0001-01-01'))
    }
  } AS reports
WITH
  e,
  reports,
  ['unknown', 'threatened', 'considered', 'requested', 'issued', 'withdrawn'] AS stages,
  [x IN reports WHERE x.status IS NOT NULL AND x.status <> 'unknown'] AS known,
  reduce(best = null, x IN reports |
    CASE WHEN x.date IS NOT NULL AND (best IS NULL OR size(x.date) > size(best)) THEN x.date ELSE best END
  ) AS date,
  [x IN reports WHERE x.publishedAt IS NOT NULL | x.publishedAt] AS published
WITH
  e,
  reports,
  date,
  published,
  CASE
    WHEN size(known) = 0 THEN CASE WHEN any(x IN reports WHERE x.status = 'unknown') THEN 'unknown' END
    ELSE reduce(best = null, x IN [k IN known WHERE k.day = known[0].day] |
      CASE
        WHEN best IS NULL THEN x.status
        WHEN [i IN range(0, 5) WHERE stages[i] = x.status][0] > [i IN range(0, 5) WHERE stages[i] = best][0] THEN x.status
        ELSE best
      END)
  END AS status,
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
  e.status = status,
  e.charges = COLLECT {
    UNWIND reports AS x
    UNWIND coalesce(x.charges, []) AS charge
    WITH DISTINCT charge
    RETURN charge
    ORDER BY charge
  },
  e.mode = head([x IN reports WHERE x.mode IS NOT NULL AND x.mode <> 'unknown' | x.mode] + [x IN reports WHERE x.mode IS NOT NULL | x.mode]),
  e.topic = head([x IN reports WHERE x.topic IS NOT NULL | x.topic]),
  e.reportCount = size(reports)
