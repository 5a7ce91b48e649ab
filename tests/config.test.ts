import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../src/config.js';
import { projectRoot } from '../src/project-root.js';
import { NewsgraphError } from '../src/errors.js';

function configError(env: NodeJS.ProcessEnv): NewsgraphError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof NewsgraphError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('defaults to the local server on 127.0.0.1:7687 when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.usesLocalNeo4j).toBe(true);
    expect(config.neo4j).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      user: 'neo4j',
      password: 'newsgraph',
      database: 'neo4j',
    });
    expect(config.api).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.localNeo4j.boltPort).toBe(7687);
    expect(config.localNeo4j.home).toMatch(/\.neo4j[/\\]server$/);
  });

  it('uses NEO4J_URI and credentials when given, and stops managing a local server', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://graph.example.org:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret-pw',
      NEO4J_DATABASE: 'news',
    });
    expect(config.usesLocalNeo4j).toBe(false);
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://graph.example.org:7687',
      user: 'reader',
      password: 'secret-pw',
      database: 'news',
    });
  });

  it('makes a relative NEO4J_LOCAL_HOME absolute, so stop and status find the server start recorded', () => {
    expect(loadConfig({ NEO4J_LOCAL_HOME: '.neo4j/elsewhere' }).localNeo4j.home).toBe(
      join(process.cwd(), '.neo4j', 'elsewhere'),
    );
  });

  it('gives the API a connection that waits API_NEO4J_TIMEOUT_MS to connect and a query timeout for a busy pool', () => {
    const config = loadConfig({ API_NEO4J_TIMEOUT_MS: '1500', API_QUERY_TIMEOUT_MS: '8000' });
    expect(config.apiNeo4j).toEqual({
      ...config.neo4j,
      timeouts: { connectMs: 1500, acquireMs: 8000, retryMs: 0 },
      maxConnections: 32,
    });
    expect(loadConfig({ API_NEO4J_MAX_CONNECTIONS: '8' }).apiNeo4j.maxConnections).toBe(8);
    expect(config.neo4j.maxConnections).toBeUndefined();
    expect(config.neo4j.timeouts).toBeUndefined();
    expect(config.apiPolicy.neo4jTimeoutMs).toBe(1500);
  });

  it('derives the default URI from NEO4J_LOCAL_BOLT_PORT', () => {
    expect(loadConfig({ NEO4J_LOCAL_BOLT_PORT: '7999' }).neo4j.uri).toBe('bolt://127.0.0.1:7999');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).api.port).toBe(4000);
  });

  it.each([
    ['PORT', 'abc', /PORT must be a port number \(got "abc"\)/],
    ['PORT', '70000', /PORT must be between 1 and 65535 \(got "70000"\)/],
    ['NEO4J_LOCAL_BOLT_PORT', '12.5', /NEO4J_LOCAL_BOLT_PORT must be a whole number \(got "12.5"\)/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI must be a Bolt URI .* \(got "http:\/\/localhost:7474"\)/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/],
    ['NODE_ENV', 'staging', /NODE_ENV must be one of development, production, test \(got "staging"\)/],
    ['NEO4J_LOCAL_HEAP', 'lots', /NEO4J_LOCAL_HEAP must be a size such as 512m or 2g \(got "lots"\)/],
    ['NEO4J_USER', '   ', /NEO4J_USER must not be empty/],
  ])('rejects %s=%j with a message naming the variable and the value', (name, value, message) => {
    const error = configError({ [name]: value });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(message);
  });

  it('reports every bad variable at once', () => {
    const error = configError({ PORT: 'x', LOG_LEVEL: 'y' });
    expect(error.message).toContain('PORT');
    expect(error.message).toContain('LOG_LEVEL');
  });
});

describe('README', () => {
  it('documents every configuration variable in its table', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    for (const name of Object.keys(CONFIG_VARIABLES)) expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });
});
