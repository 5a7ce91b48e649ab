/** The writer's and the API's Cypher take the event kinds' labels and relationship types from the descriptors. */
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, EventKinds, eventKinds } from '../../src/events/index.js';
import { cypher } from '../../src/graph/cypher-registry.js';

describe('Cypher built from the event kinds', () => {
  it('merges every relationship type of every kind in its own direction, statically', () => {
    const write = cypher().get('ingest/write-contributions');
    for (const { edge, direction } of eventKinds.edges) {
      const pattern = direction === 'actor-to-event' ? `MERGE (n)-[r:${edge}]->(e)` : `MERGE (e)-[r:${edge}]->(n)`;
      expect(write).toContain(pattern);
    }
    expect(write).not.toContain('{{');
    expect(
      write
        .split('\n')
        .filter((line) => !line.startsWith('//'))
        .join('\n'),
    ).not.toContain('[r:$(');
  });

  it('derives every attribute of every kind from the reports', () => {
    const write = cypher().get('ingest/write-contributions');
    for (const kind of eventKinds.list) for (const a of kind.attributes) expect(write).toContain(`e.${a.field} =`);
  });

  it('withdraws and reads every relationship type the kinds declare', () => {
    const prepare = cypher().get('ingest/prepare-article');
    expect(prepare).toContain(`[r:${eventKinds.edgeTypes.join('|')}]`);
    expect(cypher().get('api/event-actors')).toContain(eventKinds.edgeTypes.join('|'));
  });

  it('refuses a name that could break out of a statement', () => {
    const [warrant] = EVENT_KINDS;
    expect(() => new EventKinds([{ ...warrant!, type: 'Warrant) DETACH DELETE (n' }])).toThrow(/not a label name/);
    const role = { ...warrant!.roles[0]!, edge: 'ISSUED]->() DELETE' };
    expect(() => new EventKinds([{ ...warrant!, roles: [role, warrant!.roles[1]!] }])).toThrow(/relationship/);
  });
});
