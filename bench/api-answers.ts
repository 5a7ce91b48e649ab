/**
 * Whether newsgraph and the peer answer a request of the mix alike: each response is reduced to
 * the same plain shape (names, statuses in lower case, dates, counts, evidence), lists whose order
 * neither API defines (participants, targets, roles) sorted, and the two are compared as JSON.
 */
import type { QueryKind } from './api-mix.js';

// GraphQL responses are untyped JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const names = (actors: Json): string[] => ((actors ?? []) as Json[]).map((a) => a.name as string);
const sortedNames = (actors: Json): string[] => names(actors).sort();
const lower = (value: unknown): string | null => (typeof value === 'string' ? value.toLowerCase() : null);
const byJson = (a: unknown, b: unknown): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

function evidence(texts: Json, starts: Json, ends: Json) {
  return ((texts ?? []) as string[]).map((text, i) => ({ text, start: starts?.[i] ?? null, end: ends?.[i] ?? null }));
}

/** newsgraph's response data in the shared shape. */
export function newsgraphAnswer(kind: QueryKind, data: Json): unknown {
  switch (kind) {
    case 'warrants':
      return {
        total: data.warrants.totalCount,
        items: data.warrants.nodes.map((w: Json) => ({
          issuers: w.issuer ? [w.issuer.name] : [],
          subjects: sortedNames(w.subjects),
          status: lower(w.status),
          date: w.date?.value ?? null,
          precision: lower(w.date?.precision),
          charges: [...w.charges].sort(),
          sources: w.sources.map((s: Json) => ({
            title: s.article.title,
            url: s.article.url,
            publishedAt: s.article.publishedAt,
            evidence: s.evidence.map((e: Json) => ({ text: e.text, start: e.start, end: e.end })),
          })),
        })),
      };
    case 'search':
      return data.search.map((hit: Json) => ({
        label: hit.actor.__typename,
        name: hit.actor.name,
        aliases: hit.actor.aliases,
        score: Number(hit.score.toFixed(6)),
      }));
    case 'actor': {
      const actor = data.actor;
      if (!actor) return null;
      return {
        name: actor.name,
        aliases: actor.aliases,
        warrantsAgainst: actor.warrantsAgainst.map((w: Json) => ({
          issuers: w.issuer ? [w.issuer.name] : [],
          status: lower(w.status),
          date: w.date?.value ?? null,
        })),
        meetings: actor.meetings.map((m: Json) => ({
          date: m.date?.value ?? null,
          participants: sortedNames(m.participants),
        })),
        counterparts: actor.counterparts.map((c: Json) => ({ name: c.actor.name, meetingCount: c.meetingCount })),
        roles: actor.roles.map((r: Json) => ({ role: r.role, holder: r.holder.name })).sort(byJson),
      };
    }
    case 'strikes':
      return {
        hasNextPage: data.strikes.pageInfo.hasNextPage,
        items: data.strikes.nodes.map((s: Json) => ({
          date: s.date?.value ?? null,
          targets: sortedNames(s.targets),
          locations: sortedNames(s.locations),
        })),
      };
    case 'path':
      return data.path === null
        ? null
        : {
            length: data.path.length,
            nodes: data.path.nodes.map((n: Json) => ({ label: n.__typename, name: n.name ?? null })),
            steps: data.path.steps.map((s: Json) => s.type),
          };
    case 'articles':
      return {
        total: data.articles.totalCount,
        items: data.articles.nodes.map((a: Json) => ({ title: a.title, publishedAt: a.publishedAt })),
      };
  }
}

/** The peer's response data in the shared shape. */
export function peerAnswer(kind: QueryKind, data: Json): unknown {
  switch (kind) {
    case 'warrants': {
      const page = data.courts[0]?.warrantsIssuedConnection ?? { totalCount: 0, edges: [] };
      return {
        total: page.totalCount,
        items: page.edges.map(({ node: w }: Json) => ({
          issuers: names(w.issuers),
          subjects: sortedNames(w.subjects),
          status: lower(w.status),
          date: w.date,
          precision: lower(w.datePrecision),
          charges: [...(w.charges ?? [])].sort(),
          sources: w.reportsConnection.edges.map(({ node: a, properties: p }: Json) => ({
            title: a.title,
            url: a.url,
            publishedAt: a.publishedAt,
            evidence: evidence(p.evidenceTexts, p.evidenceStarts, p.evidenceEnds),
          })),
        })),
      };
    }
    case 'search':
      return data.search.map((hit: Json) => ({
        label: hit.label,
        name: hit.name,
        aliases: hit.aliases,
        score: Number(hit.score.toFixed(6)),
      }));
    case 'actor': {
      const actor = data.people[0];
      if (!actor) return null;
      return {
        name: actor.name,
        aliases: actor.aliases ?? [],
        warrantsAgainst: actor.warrantsAgainst.map((w: Json) => ({
          issuers: names(w.issuers),
          status: lower(w.status),
          date: w.date,
        })),
        meetings: actor.meetings.map((m: Json) => ({ date: m.date, participants: sortedNames(m.participants) })),
        counterparts: actor.counterparts.map((c: Json) => ({ name: c.name, meetingCount: c.meetingCount })),
        roles: actor.rolesConnection.edges
          .map(({ node, properties }: Json) => ({ role: properties.role, holder: node.name }))
          .sort(byJson),
      };
    }
    case 'strikes': {
      const page = data.states[0]?.strikesCarriedOutConnection ?? { pageInfo: { hasNextPage: false }, edges: [] };
      return {
        hasNextPage: page.pageInfo.hasNextPage,
        items: page.edges.map(({ node: s }: Json) => ({
          date: s.date,
          targets: sortedNames(s.targets),
          locations: sortedNames(s.locations),
        })),
      };
    }
    case 'path':
      return data.path === null
        ? null
        : {
            length: data.path.length,
            nodes: data.path.nodes.map((n: Json) => ({ label: n.label, name: n.name ?? null })),
            steps: data.path.steps,
          };
    case 'articles': {
      const page = data.states[0]?.mentionedInConnection ?? { totalCount: 0, edges: [] };
      return {
        total: page.totalCount,
        items: page.edges.map(({ node: a }: Json) => ({ title: a.title, publishedAt: a.publishedAt })),
      };
    }
  }
}

export interface AnswerCheck {
  kind: QueryKind;
  same: boolean;
  /** The first difference, when there is one. */
  detail?: string;
}

/** Compares the two responses of one request; GraphQL errors on either side are a difference. */
export function compareAnswers(kind: QueryKind, newsgraph: Json, peer: Json): AnswerCheck {
  if (newsgraph.errors || peer.errors) {
    return {
      kind,
      same: false,
      detail: `errors: ${JSON.stringify(newsgraph.errors ?? null)} / ${JSON.stringify(peer.errors ?? null)}`,
    };
  }
  const ours = JSON.stringify(newsgraphAnswer(kind, newsgraph.data));
  const theirs = JSON.stringify(peerAnswer(kind, peer.data));
  if (ours === theirs) return { kind, same: true };
  let at = 0;
  while (at < ours.length && ours[at] === theirs[at]) at += 1;
  return {
    kind,
    same: false,
    detail: `newsgraph …${ours.slice(Math.max(0, at - 60), at + 80)}… / peer …${theirs.slice(Math.max(0, at - 60), at + 80)}…`,
  };
}
