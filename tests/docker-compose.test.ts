/**
 * No Docker engine runs here, so docker-compose.yml is checked by reading it: the services
 * exist, wait for a healthy Neo4j, and are configured with variables loadConfig accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../src/cli/run.js';
import { CONFIG_VARIABLES, loadConfig } from '../src/config.js';
import { projectRoot } from '../src/project-root.js';
import { captureIO } from './setup/capture-io.js';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}

const compose = parse(readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const services = compose.services;

/** Compose's `${NAME:-default}` with nothing set in the environment. */
function interpolateDefaults(value: string | number): string {
  return String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

function environmentOf(name: string): NodeJS.ProcessEnv {
  const environment = services[name]?.environment ?? {};
  return Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, interpolateDefaults(value)]));
}

describe('docker-compose.yml', () => {
  it('runs neo4j:5.26-community with a data volume and a health check that runs a query', () => {
    const neo4j = services.neo4j;
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(neo4j?.healthcheck?.test.join(' ')).toMatch(/cypher-shell .*RETURN 1/);
  });

  it.each(['api', 'worker'])('builds %s from the project and starts it once Neo4j is healthy', (name) => {
    const service = services[name];
    expect(service?.build).toBe('.');
    expect(service?.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it.each(['api', 'worker'])('runs %s with a command the newsgraph CLI has', async (name) => {
    const io = captureIO();
    await run(['--help'], io);
    const command = services[name]?.command?.[0];
    expect(command).toBeDefined();
    expect(io.out()).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it.each(['api', 'worker'])('configures %s only with variables the configuration module reads', (name) => {
    const names = Object.keys(environmentOf(name));
    expect(names.length).toBeGreaterThan(0);
    for (const variable of names) expect(Object.keys(CONFIG_VARIABLES)).toContain(variable);
  });

  it.each(['api', 'worker'])('gives %s a configuration that loads and points at the neo4j service', (name) => {
    const config = loadConfig(environmentOf(name));
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.usesLocalNeo4j).toBe(false);
    expect(config.env).toBe('production');
  });

  it('uses the same password for the server and its clients', () => {
    const auth = interpolateDefaults(services.neo4j?.environment?.NEO4J_AUTH ?? '');
    expect(auth).toBe(`neo4j/${environmentOf('api').NEO4J_PASSWORD}`);
    expect(environmentOf('worker').NEO4J_PASSWORD).toBe(environmentOf('api').NEO4J_PASSWORD);
  });

  it('publishes the API port the api service listens on', () => {
    const config = loadConfig(environmentOf('api'));
    expect(config.api.host).toBe('0.0.0.0');
    expect(services.api?.environment?.PORT).toBe(config.api.port);
    expect((services.api as { ports?: string[] }).ports).toContain(`${config.api.port}:${config.api.port}`);
  });
});
