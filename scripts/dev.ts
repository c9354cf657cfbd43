/**
 * npm run dev — the app on http://localhost:3000 backed by a real Neo4j.
 *
 * With NEO4J_URI set (environment or .env.local), that server is used and nothing else is started.
 * Without it, the project's local Neo4j 5.26 is started (or found running), seeded if empty, and
 * stopped again on exit if this command started it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { sessionSecret } from '../lib/auth/secret';
import { parseEnv } from '../lib/config/env';
import { connectionConfig, createDriver } from '../lib/neo4j';
import { applySchema } from '../lib/model';
import { FIRST_EVENT_SEED_DIR, isGraphEmpty, seedFromDir } from '../lib/seed';
import { optionsFromEnv, start, stop } from '../neo4j-local/manager';
import { exitWithError } from './cli';
import { loadDotEnv } from './dotenv';

async function seedIfEmpty(): Promise<void> {
  const config = connectionConfig();
  const driver = createDriver(config);
  const db = { driver, database: config.database };
  try {
    if (await isGraphEmpty(db)) {
      console.log('The database is empty: loading the first event (graph-seed/first-event)...');
      const seed = await seedFromDir(db, FIRST_EVENT_SEED_DIR);
      console.log(
        `Seeded ${seed.actors.length} actors, ${seed.stances.length} stances, ${seed.relations.length} relations.`,
      );
    } else {
      // A database from before a model change is moved onto the current model (lib/model/migrate.ts).
      await applySchema(db);
    }
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const env = parseEnv(process.env);
  // Made (or read) now rather than by the first request, so that a problem with it shows at start.
  sessionSecret();
  let startedLocal: ReturnType<typeof optionsFromEnv> | undefined;

  if (env.NEO4J_URI) {
    console.log(`Using the Neo4j at ${env.NEO4J_URI} (NEO4J_URI); not starting a local one.`);
  } else {
    const options = optionsFromEnv();
    console.log(
      `Starting the local Neo4j 5.26 on 127.0.0.1:${options.port} (data in ${path.relative(process.cwd(), options.dataDir)})...`,
    );
    const result = await start(options, (line) => console.log(line));
    if (result.alreadyRunning) console.log(`Found it already running (pid ${result.status.pid}).`);
    else startedLocal = options;
  }
  await seedIfEmpty();

  const port = process.env.PORT || '3000';
  const nextBin = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'bin', 'next');
  const next = spawn(
    process.execPath,
    [nextBin, 'dev', '-H', process.env.HOST || '127.0.0.1', '-p', port, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
    },
  );

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) next.kill('SIGTERM');
    if (startedLocal) {
      console.log('Stopping the local Neo4j...');
      await stop(startedLocal).catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  next.on('exit', (code) => void shutdown(code ?? 0));
}

main().catch(exitWithError);
