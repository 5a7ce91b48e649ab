/**
 * Readable one-line summaries of an extraction, so that test tables compare short strings:
 * entities as "Type:Name", roles as "Person -> Body : role", events as "WARRANT …".
 */

import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import { extractDocument, type ExtractMeta } from '../../src/extract/index.js';

export interface Summary {
  entities: string[];
  roles: string[];
  events: string[];
  doc: ExtractionDocument;
}

export function summarize(text: string, meta: ExtractMeta = {}): Summary {
  const doc = extractDocument(text, { publishedAt: '2024-05-20', ...meta });
  const name = (id: string | null): string => (id === null ? '?' : (doc.entities.find((e) => e.id === id)?.name ?? id));
  const names = (ids: readonly string[]): string => ids.map(name).join(' + ');
  const events = doc.events.map((e) => {
    switch (e.type) {
      case 'Warrant':
        return `WARRANT ${name(e.issuer)} -> ${names(e.subjects)} [${e.status}]`;
      case 'Strike':
        return `STRIKE ${names(e.perpetrators)} -> ${names(e.targets) || '-'} @ ${names(e.locations) || '-'}`;
      case 'Meeting':
        return `MEETING ${names(e.participants)} (${e.mode})`;
      case 'Arrest': {
        const parts = [`${e.kind.toUpperCase()} ${name(e.person)}`, `by ${name(e.authority)}`];
        if (e.handedTo !== null) parts.push(`to ${name(e.handedTo)}`);
        if (e.locations.length > 0) parts.push(`@ ${names(e.locations)}`);
        if (e.warrant !== null) parts.push(`on ${e.warrant}`);
        return parts.join(' ');
      }
      default:
        return unreachable(e);
    }
  });
  return {
    entities: doc.entities.map((e) => `${e.type}:${e.name}`),
    roles: doc.relations.map((r) => `${name(r.from)} -> ${name(r.to)} : ${r.role}`),
    events,
    doc,
  };
}

function unreachable(event: never): never {
  throw new Error(`unknown event ${JSON.stringify(event)}`);
}
