/**
 * The shared test database (tests/setup/neo4j.global.ts) holds exactly the first event's seed whenever
 * a file starts: files run one at a time, and the read-only ones (api, questions, query-console) count
 * on that. A file that writes more than it can take back item by item calls `restoreSeed` in its
 * afterAll, which brings the store back to the state the global setup left, for a few seconds instead
 * of a Neo4j of the file's own (about 40 s to start here).
 *
 * Accounts (lib/auth) are not part of the seed: a file that signs in makes its own and takes them away
 * again with `removeAccounts` (restoreSeed removes them too), schema and all, so that no User label
 * is left for the read-only files to count.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { USER_SCHEMA_STATEMENTS } from '@/lib/model';
import { closeDriver, createDriver, getDriver } from '@/lib/neo4j';
import { FIRST_EVENT_SEED_DIR, seedFromDir } from '@/lib/seed';
import { PROJECT_ROOT } from '@/neo4j-local/manager';

/** The shared database's Bolt address, for child processes (the CLIs). */
export const sharedUri = (): string => inject('neo4jUri');

const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs `npm run import` (scripts/import.ts) against the shared database; `heapMb` bounds its heap. */
export function importCli(
  args: string[],
  { heapMb, timeout = 60_000 }: { heapMb?: number; timeout?: number } = {},
): SpawnSyncReturns<string> {
  const heap = heapMb === undefined ? {} : { NODE_OPTIONS: `--max-old-space-size=${heapMb}` };
  return spawnSync(process.execPath, [TSX, 'scripts/import.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: sharedUri(), ...heap },
    timeout,
  });
}

/** Imports a file through the CLI in a heap of `heapMb`, which must be enough: its JSON report. */
export function importInHeap(file: string, heapMb: number): unknown {
  const result = importCli([file, '--json'], { heapMb, timeout: 240_000 });
  expect(result.stderr).not.toMatch(/heap out of memory/);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

/** A driver of its own to the shared database, with its credentials (the caller closes it). */
export function sharedDriver(): Driver {
  return createDriver({ uri: inject('neo4jUri'), ...inject('neo4jAuth'), database: undefined, local: true });
}

/** Deletes every node, drops every index and constraint (the importer adds its own), then seeds again. */
export async function restoreSeed(driver: Driver): Promise<void> {
  // IN TRANSACTIONS needs an implicit transaction, which executeQuery does not give.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const record of constraints.records)
    await driver.executeQuery(`DROP CONSTRAINT ${quoteName(record.get('name'))}`);
  // Lookup indexes are Neo4j's own, there from the start.
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
  for (const record of indexes.records) await driver.executeQuery(`DROP INDEX ${quoteName(record.get('name'))}`);
  await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
}

/** A schema name from SHOW, as a Cypher identifier. */
function quoteName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/** Every account and sign-in count, and the constraints and index the user commands added. */
export async function removeAccounts(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (u:User) DELETE u');
  await driver.executeQuery('MATCH (t:SignInThrottle) DELETE t');
  for (const statement of USER_SCHEMA_STATEMENTS) {
    const [, kind, name] = /^CREATE (CONSTRAINT|INDEX) (\w+)/.exec(statement)!;
    await driver.executeQuery(`DROP ${kind} ${quoteName(name)} IF EXISTS`);
  }
}

/**
 * For a file that writes to the shared database: its driver, the seed restored after its tests, and a
 * scratch folder for the files it imports (`file(name, lines)` writes one and returns its path).
 */
export function writingFile(prefix: string): { driver(): Driver; file(name: string, lines: string[]): string } {
  let driver: Driver | undefined;
  let dir: string;
  beforeAll(() => {
    driver = getDriver();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `stancegraph-${prefix}-`));
  });
  afterAll(async () => {
    if (driver) await restoreSeed(driver);
    await closeDriver();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    driver: () => driver!,
    file(name, lines) {
      const target = path.join(dir, name);
      fs.writeFileSync(target, `${lines.join('\n')}\n`);
      return target;
    },
  };
}
