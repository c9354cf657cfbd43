/**
 * Global setup of the integration and browser projects: a real Neo4j 5.26 of the tests' own
 * (port TEST_PORTS.shared, tests/ports.ts; data in .neo4j-local/test-data, wiped first), beside and
 * never touching the development database. Seeded with the first event.
 *
 * It starts in the background, so the unit project and the files with Neo4j instances of their own run
 * meanwhile: the URI is provided at once, and tests/setup/integration-env.ts (and the app's start, in
 * tests/setup/app.global.ts) wait for `testNeo4jReady()`.
 *
 * One instance per vitest process: when `npm test` runs the integration and browser projects in one
 * run, the second project's setup takes the instance the first one started, and the last teardown
 * stops it. The integration files leave it holding just the seed.
 *
 * Its credentials are provided at once too (`neo4jAuth`): the password file is made (or kept from
 * the last run) before the background start, which wipes the store but not that file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { localCredentials, localPasswordPath } from '../../lib/config/local-neo4j';
import { createDriver } from '../../lib/neo4j';
import { FIRST_EVENT_SEED_DIR, seedFromDir } from '../../lib/seed';
import { PROJECT_ROOT, boltUri, ensurePassword, start, stop, type LocalNeo4jOptions } from '../../neo4j-local/manager';
import { TEST_PORTS } from '../ports';
import { heavyWorkDone, recordReadiness } from './readiness';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The shared test Neo4j's user and password (its data folder's password file). */
    neo4jAuth: { username: string; password: string };
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
  auth: { username: string; password: string };
  ready: Promise<string>;
  projects: number;
}
const holder = globalThis as { [RUNNING]?: Running };

/** The shared test Neo4j's URI once it is up and seeded (rejects if it could not start). */
export function testNeo4jReady(): Promise<string> {
  const running = holder[RUNNING];
  if (!running) return Promise.reject(new Error('tests/setup/neo4j.global.ts must run first.'));
  return running.ready;
}

/** Its user and password, for the app the browser project starts against it. */
export function testNeo4jAuth(): { username: string; password: string } {
  const running = holder[RUNNING];
  if (!running) throw new Error('tests/setup/neo4j.global.ts must run first.');
  return running.auth;
}

export default function setup(project: TestProject): () => Promise<void> {
  const uri = boltUri(options.port);
  if (!holder[RUNNING]) {
    ensurePassword(options.dataDir);
    const auth = localCredentials(options.dataDir);
    const ready = startSeeded();
    // The integration files measure response times: they start once the app's build, which the
    // browser project's setup starts beside them, no longer takes the CPU.
    recordReadiness(
      'neo4j',
      uri,
      ready.then(async () => await heavyWorkDone()),
    ).catch(() => {});
    ready.catch(() => {}); // the waiting set-up files report a failed start
    holder[RUNNING] = { uri, auth, ready, projects: 0 };
  }
  const running = holder[RUNNING];
  running.projects += 1;
  process.env.STANCEGRAPH_TEST_NEO4J_URI = running.uri;
  project.provide('neo4jUri', running.uri);
  project.provide('neo4jAuth', running.auth);
  return async () => {
    running.projects -= 1;
    if (running.projects > 0) return;
    delete holder[RUNNING];
    await running.ready.catch(() => {});
    await stop(options);
  };
}

/** A new store every run; the password file stays, since its credentials were provided to the files already. */
function wipeStore(): void {
  for (const entry of fs.readdirSync(options.dataDir)) {
    const file = path.join(options.dataDir, entry);
    if (file !== localPasswordPath(options.dataDir)) fs.rmSync(file, { recursive: true, force: true });
  }
}

async function startSeeded(): Promise<string> {
  await stop(options);
  wipeStore();
  const started = Date.now();
  await start(options, (line) => console.log(`[test neo4j] ${line}`));
  const uri = boltUri(options.port);
  const driver = createDriver({ uri, ...localCredentials(options.dataDir), database: undefined, local: true });
  try {
    // A JVM just started, on a machine busy building the app and starting other JVMs, may take longer
    // than a read's deadline to answer its first queries: try the seed (all or nothing) again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
        break;
      } catch (error) {
        if (attempt === 3 || (error as Error).name !== 'Neo4jTimeoutError') throw error;
        console.log(`[test neo4j] seeding again (${(error as Error).message})`);
      }
    }
  } finally {
    await driver.close();
  }
  console.log(`[test neo4j] up and seeded at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return uri;
}
