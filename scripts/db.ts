/**
 * npm run db:start | db:stop | db:status — manage the project's local Neo4j.
 * NEO4J_LOCAL_BOLT_PORT and NEO4J_LOCAL_DATA_DIR choose the instance (docs/development.md).
 */
import { localPasswordPath } from '../lib/config/local-neo4j';
import {
  LocalNeo4jError,
  NO_JAVA_MESSAGE,
  javaAvailable,
  logPath,
  optionsFromEnv,
  resolveClasspath,
  start,
  status,
  stop,
} from '../neo4j-local/manager';
import { exitWithError } from './cli';
import { loadDotEnv } from './dotenv';

async function main(command: string | undefined): Promise<void> {
  loadDotEnv();
  const options = optionsFromEnv();
  switch (command) {
    case 'install': {
      // Fetches Neo4j's jars ahead of the first start (CI does this before the tests).
      if (!javaAvailable()) throw new LocalNeo4jError(NO_JAVA_MESSAGE);
      const started = Date.now();
      const classpath = await resolveClasspath((line) => console.log(line));
      console.log(
        `Neo4j 5.26 is ready to start: ${classpath.split(':').length} jars (${((Date.now() - started) / 1000).toFixed(1)} s).`,
      );
      return;
    }
    case 'start': {
      const result = await start(options, (line) => console.log(line));
      const { status: s } = result;
      console.log(
        result.alreadyRunning
          ? `Neo4j is already running (pid ${s.pid}) at ${s.uri}, data in ${s.dataDir}.`
          : `Neo4j 5.26 started (pid ${s.pid}) at ${s.uri}, data in ${s.dataDir}. Log: ${logPath(s.dataDir)}`,
      );
      // Where, never what: the app and the scripts read it themselves.
      console.log(`User neo4j; its password is in ${localPasswordPath(s.dataDir)} (readable by you only).`);
      return;
    }
    case 'stop': {
      const result = await stop(options);
      console.log(
        result.wasRunning
          ? `Neo4j (pid ${result.pid}) stopped cleanly; data kept in ${options.dataDir}.`
          : `No local Neo4j is running for ${options.dataDir}.`,
      );
      return;
    }
    case 'status': {
      const s = await status(options);
      console.log(
        s.running
          ? `running: pid ${s.pid}, ${s.uri}, data in ${s.dataDir}`
          : `stopped: nothing running for ${s.dataDir} (port ${s.port})`,
      );
      return;
    }
    default:
      throw new LocalNeo4jError('usage: tsx scripts/db.ts install|start|stop|status');
  }
}

main(process.argv[2]).catch(exitWithError);
