/**
 * npm run db:recount — counts the stances per date stated again (lib/model/stance-days.ts), for the
 * configured Neo4j: needed only after stances were changed past the app (the counts are kept by its
 * writers, and a reader notices a changed number of stances by itself).
 */
import { rebuildStanceDays } from '../lib/model';
import { connectionConfig, createDriver } from '../lib/neo4j';
import { exitWithError } from './cli';
import { loadDotEnv } from './dotenv';

async function main(): Promise<void> {
  loadDotEnv();
  const config = connectionConfig();
  const driver = createDriver(config);
  try {
    const started = Date.now();
    if (await rebuildStanceDays({ driver, database: config.database }))
      console.log(`Counted the stances per date stated again in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    else console.log('An import is writing: it counts them again when it is done.');
  } finally {
    await driver.close();
  }
}

main().catch(exitWithError);
