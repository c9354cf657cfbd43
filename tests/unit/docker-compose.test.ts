import { createRequire } from 'node:module';
/** No Docker engine here: the compose file is checked by parsing it against the app's own config. */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { envSchema } from '@/lib/config/env';

const root = path.resolve(__dirname, '..', '..');
const compose = YAML.parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const appEnvNames = Object.keys(envSchema.shape);

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    const [volume] = neo4j.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-/);
  });

  it.each(['app', 'seed'])(
    'passes the %s only env names the app config reads, pointing at the neo4j service',
    (name) => {
      const service = compose.services[name];
      const names = Object.keys(service.environment);
      expect(names.filter((n) => !appEnvNames.includes(n))).toEqual([]);
      expect(service.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
      expect(envSchema.safeParse(service.environment).success).toBe(true);
      expect(service.depends_on.neo4j.condition).toBe('service_healthy');
    },
  );

  it('builds the app from the Dockerfile (standalone output) and seeds once before it starts', () => {
    expect(compose.services.app.build).toEqual({ context: '.', target: 'app' });
    expect(compose.services.seed.build).toEqual({ context: '.', target: 'seed' });
    expect(compose.services.seed.restart).toBe('no');
    expect(compose.services.app.depends_on.seed.condition).toBe('service_completed_successfully');
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/AS seed\b/);
    expect(dockerfile).toMatch(/AS app\b/);
    expect(dockerfile).toContain('.next/standalone');
    expect(createRequire(import.meta.url)(path.join(root, 'next.config.js')).output).toBe('standalone');
  });
});
