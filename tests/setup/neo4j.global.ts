/**
 * Global setup of the integration and browser projects: a real Neo4j 5.26 of the tests' own
 * (port TEST_PORTS.shared, tests/ports.ts; data in .neo4j-local/test-data, wiped first), beside and
 * never touching the development database. Seeded with the first event.
 *
 * One instance per vitest process: when `npm test` runs the integration and browser projects in one
 * run, the second project's setup takes the instance the first one started (a start costs about 40 s
 * here), and the last teardown stops it. The integration files leave it holding just the seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../lib/neo4j';
import { FIRST_EVENT_SEED_DIR, seedFromDir } from '../../lib/seed';
import { PROJECT_ROOT, boltUri, start, stop, type LocalNeo4jOptions } from '../../neo4j-local/manager';
import { TEST_PORTS } from '../ports';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export const TEST_DATA_DIR = path.join(PROJECT_ROOT, '.neo4j-local', 'test-data');

const options: LocalNeo4jOptions = {
  port: TEST_PORTS.shared,
  dataDir: TEST_DATA_DIR,
};

// Each project loads this file as a module of its own, so what they share lives on globalThis.
const RUNNING = Symbol.for('stancegraph.testNeo4j');
interface Running {
  uri: string;
  projects: number;
}
const holder = globalThis as { [RUNNING]?: Running };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const running = (holder[RUNNING] ??= { uri: await startSeeded(), projects: 0 });
  running.projects += 1;
  process.env.STANCEGRAPH_TEST_NEO4J_URI = running.uri;
  project.provide('neo4jUri', running.uri);
  return async () => {
    running.projects -= 1;
    if (running.projects > 0) return;
    delete holder[RUNNING];
    await stop(options);
  };
}

async function startSeeded(): Promise<string> {
  await stop(options);
  fs.rmSync(options.dataDir, { recursive: true, force: true });
  const started = Date.now();
  await start(options, (line) => console.log(`[test neo4j] ${line}`));
  const uri = boltUri(options.port);
  const driver = createDriver({ uri, username: undefined, password: undefined, database: undefined, local: true });
  try {
    await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
  } finally {
    await driver.close();
  }
  console.log(`[test neo4j] up and seeded at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return uri;
}
