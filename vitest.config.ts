import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(__dirname) };

/** The integration files that kill or restart a Neo4j of their own. */
const RESTARTING = ['tests/integration/import-kill.test.ts', 'tests/integration/local-neo4j.test.ts'];

/**
 * Four projects in one vitest run, in three steps (sequence.groupOrder):
 * 0. unit (pure functions, no database) beside integration-restart (the files that stop and start
 *    Neo4j instances of their own), two files at a time; meanwhile the global setups start the shared
 *    Neo4j (tests/setup/neo4j.global.ts) and build the app (tests/setup/app.global.ts) in the background;
 * 1. integration: the data layer and route handlers against the shared Neo4j, one file at a time,
 *    once the build is done (they measure response times);
 * 2. browser: the built app in Debian's Chromium against the same Neo4j, which the integration files
 *    leave holding just the seed.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Pure functions: one worker runs every file, without a fresh module graph per file.
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          // Beside JVM starts and the app's build, a test parsing a large input takes several times
          // its quiet second or so.
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: RESTARTING,
          globalSetup: ['tests/setup/neo4j.global.ts'],
          setupFiles: ['tests/setup/integration-env.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Neo4j instances of their own, on ports and folders of their own: nothing shared.
          name: 'integration-restart',
          include: RESTARTING,
          // Short-lived JVMs: without the C2 compiler a start takes about a fifth less CPU.
          env: { NEO4J_LOCAL_JAVA_OPTS: '-XX:TieredStopAtLevel=1' },
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts', 'tests/setup/app.global.ts'],
          setupFiles: ['tests/setup/app-ready.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 90_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
