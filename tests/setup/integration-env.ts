import { beforeAll, inject } from 'vitest';
import { waitUntilReady } from './readiness';

// Route handlers and repositories read NEO4J_URI and its credentials when they first need the driver;
// the CLIs the files start inherit them.
process.env.NEO4J_URI = inject('neo4jUri');
process.env.NEO4J_USERNAME = inject('neo4jAuth').username;
process.env.NEO4J_PASSWORD = inject('neo4jAuth').password;
delete process.env.NEO4J_DATABASE;
// The console's per-client rate limit is tested on its own (query-console.test.ts); the rest send many queries at once.
process.env.QUERY_RATE_PER_MINUTE ??= '1000000';

const WAIT_MS = 10 * 60_000;

// The global setup starts the shared Neo4j in the background (tests/setup/neo4j.global.ts).
beforeAll(() => waitUntilReady('neo4j', inject('neo4jUri'), 'The test Neo4j', WAIT_MS), WAIT_MS + 5_000);
