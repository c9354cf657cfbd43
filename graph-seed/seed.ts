/**
 * npm run seed [-- --dir <folder>] [-- --if-empty]
 * Validates the seed folder (default: graph-seed/first-event) and MERGEs it into the configured Neo4j.
 * Invalid data is reported by file and item, and nothing is written.
 */
import path from 'node:path';
import { connectionConfig, createDriver } from '../lib/neo4j';
import { FIRST_EVENT_SEED_DIR, countGraph, isGraphEmpty, seedFromDir } from '../lib/seed';
import { exitWithError } from '../scripts/cli';
import { loadDotEnv } from '../scripts/dotenv';

function argValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  loadDotEnv();
  const dir = path.resolve(argValue('--dir') ?? FIRST_EVENT_SEED_DIR);
  const config = connectionConfig();
  const driver = createDriver(config);
  const db = { driver, database: config.database };
  try {
    if (process.argv.includes('--if-empty') && !(await isGraphEmpty(db))) {
      console.log(`The database at ${config.uri} already has data; not seeding.`);
      return;
    }
    const before = await countGraph(db);
    const seed = await seedFromDir(db, dir);
    const after = await countGraph(db);
    console.log(
      `Seeded ${path.relative(process.cwd(), dir) || dir} into ${config.uri}: ${seed.actors.length} actors, ` +
        `${seed.events.length} events, ${seed.sources.length} sources, ${seed.stances.length} stances, ` +
        `${seed.relations.length} relations. Graph: ${before.nodes} -> ${after.nodes} nodes, ` +
        `${before.relationships} -> ${after.relationships} relationships.`,
    );
  } finally {
    await driver.close();
  }
}

main().catch(exitWithError);
