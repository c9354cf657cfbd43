/**
 * A real Neo4j of one test file's own, beside the shared test database, for a file that kills or
 * restarts the database: its own port and data folder (.neo4j-local/<name>). Every other file uses the
 * shared one (tests/integration/shared-neo4j.ts).
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { localCredentials } from '@/lib/config/local-neo4j';
import { createDriver } from '@/lib/neo4j';
import { PROJECT_ROOT, boltUri, type LocalNeo4jOptions } from '@/neo4j-local/manager';

/**
 * For a test that starts a JVM in its body: a start takes about 40 s on an idle two-core machine and
 * over 70 s when other test runs share it, past the project's 60 s test timeout.
 */
export const JVM_START_TIMEOUT = 180_000;

export interface OwnNeo4j {
  options: LocalNeo4jOptions;
  /** A new driver to this instance, with the password its start made (the caller closes it). */
  connect(): Driver;
}

export function ownNeo4j(name: string, port: number): OwnNeo4j {
  const options: LocalNeo4jOptions = { port, dataDir: path.join(PROJECT_ROOT, '.neo4j-local', name) };
  const uri = boltUri(port);
  return {
    options,
    connect: () => createDriver({ uri, ...localCredentials(options.dataDir), database: undefined, local: true }),
  };
}
