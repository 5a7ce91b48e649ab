import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import { graphGauges } from '../../src/metrics/graph-gauges.js';
import { appMetrics } from '../../src/metrics/registry.js';
import { projectRoot } from '../../src/project-root.js';

describe('the README', () => {
  it('lists every metric newsgraph records', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    // Listing metrics collects nothing, so the gauges need no real graph here.
    const names = [...appMetrics().getMetricsAsArray(), ...graphGauges({} as GraphConnection).getMetricsAsArray()]
      .map((metric) => metric.name)
      .filter((name) => name.startsWith('newsgraph_'));
    expect(names.length).toBeGreaterThan(8);
    expect(names.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
