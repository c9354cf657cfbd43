/**
 * A real Neo4j of one test file's own, beside the shared test database, for files that write freely or
 * stop the database: its own port and data folder (.neo4j-local/<name>), wiped when it starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '@/lib/neo4j';
import { FIRST_EVENT_SEED_DIR, seedFromDir } from '@/lib/seed';
import { PROJECT_ROOT, boltUri, start, stop, type LocalNeo4jOptions } from '@/neo4j-local/manager';

export interface OwnNeo4j {
  options: LocalNeo4jOptions;
  uri: string;
  /** A new driver to this instance (the caller closes it). */
  connect(): Driver;
  /** Stops anything left from an earlier run, wipes the data, starts, optionally seeds the first event. */
  fresh(seed?: 'first-event'): Promise<Driver>;
  stop(): Promise<void>;
}

export function ownNeo4j(name: string, port: number): OwnNeo4j {
  const options: LocalNeo4jOptions = { port, dataDir: path.join(PROJECT_ROOT, '.neo4j-local', name) };
  const uri = boltUri(port);
  const connect = () => createDriver({ uri, username: undefined, password: undefined, database: undefined, local: true });
  return {
    options,
    uri,
    connect,
    async fresh(seed) {
      await stop(options);
      fs.rmSync(options.dataDir, { recursive: true, force: true });
      await start(options);
      const driver = connect();
      if (seed === 'first-event') await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
      return driver;
    },
    async stop() {
      await stop(options);
    },
  };
}
