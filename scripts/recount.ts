/**
 * npm run db:recount — counts the stances per date stated and lists who took each stance on each
 * event again (lib/model/stance-days.ts, stance-takers.ts), for the configured Neo4j: needed only
 * after stances were changed past the app (both are kept by its writers, and a reader notices a
 * changed number of stances by itself).
 */
import { rebuildBesideGraph } from '../lib/model';
import { connectionConfig, createDriver } from '../lib/neo4j';
import { exitWithError } from './cli';
import { loadDotEnv } from './dotenv';

async function main(): Promise<void> {
  loadDotEnv();
  const config = connectionConfig();
  const driver = createDriver(config);
  const db = { driver, database: config.database };
  try {
    const started = Date.now();
    if (await rebuildBesideGraph(db))
      console.log(
        `Counted the stances per date stated and listed their actors per event again in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    else console.log('An import is writing: it counts and lists them again when it is done.');
  } finally {
    await driver.close();
  }
}

main().catch(exitWithError);
