import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(__dirname) };

/** The integration files that kill or restart a Neo4j of their own. */
const RESTARTING = ['tests/integration/import-kill.test.ts', 'tests/integration/local-neo4j.test.ts'];

/**
 * Three projects, run one after another (sequence.groupOrder) by `npm test` in one vitest run:
 * - unit: pure functions, no database, seconds;
 * - integration: the data layer and route handlers against a real local Neo4j (tests/setup/neo4j.global.ts);
 * - browser: the built app in Debian's Chromium (tests/setup/app.global.ts), against the same Neo4j,
 *   which the integration files leave holding just the seed;
 * - integration-restart, beside browser: the files that stop and start Neo4j instances of their own.
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
          sequence: { groupOrder: 0 },
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
          // Neo4j instances of their own, stopped and started in the tests: nothing shared, so they run
          // beside the browser project, whose build and pages leave the CPU idle much of the time.
          name: 'integration-restart',
          include: RESTARTING,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts', 'tests/setup/app.global.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 90_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
