/**
 * The one Neo4j driver of the server. Nothing else creates a driver for the app: routes and pages pass
 * `appDb()` to repository code, which reads and writes through `readQuery` / `writeQuery` on the `Db` it
 * is given. Server-only: never import this from a client component.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import { neo4jConnection, parseEnv, type Neo4jConnectionConfig } from './config/env';
import { LocalPasswordMissingError } from './config/local-neo4j';

interface DriverCache {
  driver: Driver;
  config: Neo4jConnectionConfig;
}

// Cached on globalThis so that Next.js hot reloads in development reuse the pool instead of leaking it.
const globalForNeo4j = globalThis as unknown as { __stancegraphNeo4j?: DriverCache };

/** Reads the local Neo4j's password file when no NEO4J_URI is set; the caller never logs the result. */
export function connectionConfig(): Neo4jConnectionConfig {
  return neo4jConnection(parseEnv(process.env));
}

export function createDriver(config: Neo4jConnectionConfig): Driver {
  // No username: no token is sent (a server with authentication refuses the connection).
  const auth = config.username !== undefined ? neo4j.auth.basic(config.username, config.password ?? '') : undefined;
  return neo4j.driver(config.uri, auth, {
    // Fail fast when the database is away, so the API answers 503 quickly instead of hanging.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    // Retries cover a blip, not an outage: answer 503 within about a second when Neo4j is down.
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: false,
  });
}

export function getDriver(): Driver {
  if (!globalForNeo4j.__stancegraphNeo4j) {
    const config = connectionConfig();
    globalForNeo4j.__stancegraphNeo4j = { driver: createDriver(config), config };
  }
  return globalForNeo4j.__stancegraphNeo4j.driver;
}

/**
 * Where repository code reads and writes: a driver and the database on it (the server's default when
 * `database` is undefined). Every function of lib/ that touches Neo4j takes one as its first argument;
 * the app's routes pass `appDb()`, scripts and tests the instance they opened.
 */
export interface Db {
  driver: Driver;
  database?: string;
  /**
   * False when every query goes to one server (a bolt:// address), which sees each write it
   * committed: then queries skip the driver's bookmarks, which cost about 1 ms of the app's CPU per
   * query (2.1 ms instead of 0.9 in a micro-benchmark). Unset: bookmarks, as a cluster needs.
   */
  routed?: boolean;
}

/** The app's database: the one driver of this module and the configured database name. */
export function appDb(): Db {
  const driver = getDriver();
  const config = globalForNeo4j.__stancegraphNeo4j!.config;
  return { driver, database: config.database, routed: !config.uri.startsWith('bolt') };
}

/** The driver's bookmark manager for `db`, or none where one server sees every write (Db.routed). */
const bookmarksFor = (db: Db) => (db.routed === false ? { bookmarkManager: null } : {});

/**
 * A session of `db` that shares its bookmarks with readQuery / writeQuery where they are kept, so
 * what it writes is what the next read sees, on whichever server of a cluster that read lands.
 */
export function openSession(db: Db, mode: 'READ' | 'WRITE'): Session {
  return db.driver.session({
    database: db.database,
    defaultAccessMode: mode,
    ...(db.routed === false ? {} : { bookmarkManager: db.driver.executeQueryBookmarkManager }),
  });
}

export async function closeDriver(): Promise<void> {
  const cached = globalForNeo4j.__stancegraphNeo4j;
  globalForNeo4j.__stancegraphNeo4j = undefined;
  await cached?.driver.close();
}

/**
 * How long a read waits for Neo4j before it gives up (the API then answers 503). A paused or
 * overloaded server keeps the socket open and never answers, which no driver timeout covers once a
 * query is sent; the reads behind a page take well under a second on a million stances.
 */
const READ_DEADLINE_MS = 6_000;

/**
 * For the reads that scan a large part of the graph on purpose (the timeline's counts, the congruence
 * network over all of time: seconds on a million stances); still short of the server's 60 s timeout.
 */
export const ANALYSIS_DEADLINE_MS = 30_000;

/** A read that Neo4j did not answer within READ_DEADLINE_MS. */
class Neo4jTimeoutError extends Error {
  constructor(ms: number) {
    super(`Neo4j did not answer within ${ms / 1000} s.`);
    this.name = 'Neo4jTimeoutError';
  }
}

/**
 * `work`, or a Neo4jTimeoutError after `ms`. The abandoned query finishes (or fails) on its own when
 * the server answers again, and its connection goes back to the pool then.
 */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Neo4jTimeoutError(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** A read on `db`, routed to readers, in a managed read transaction; gives up after `deadlineMs`. */
export function readQuery<T extends RecordShape = RecordShape>(
  db: Db,
  cypher: string,
  params: Record<string, unknown> = {},
  { deadlineMs = READ_DEADLINE_MS }: { deadlineMs?: number } = {},
): Promise<QueryResult<T>> {
  const read = db.driver.executeQuery<QueryResult<T>>(cypher, params, {
    routing: neo4j.routing.READ,
    database: db.database,
    ...bookmarksFor(db),
  });
  return withDeadline(read, deadlineMs);
}

let writesEnded = 0;

/**
 * How many writes of this process have ended (committed or not) since it started: what has been
 * read from the database before a write ended may be out of date after it (lib/graph/version.ts).
 */
export function localWritesEnded(): number {
  return writesEnded;
}

/** A write on `db` in one managed write transaction: all of it or nothing. */
export async function writeQuery<T extends RecordShape = RecordShape>(
  db: Db,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult<T>> {
  try {
    return await db.driver.executeQuery<QueryResult<T>>(cypher, params, {
      routing: neo4j.routing.WRITE,
      database: db.database,
      ...bookmarksFor(db),
    });
  } finally {
    writesEnded += 1;
  }
}

/** Several statements in one write transaction: all of them or (on any failure) none. */
export async function inWriteTransaction<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(db, 'WRITE');
  try {
    return await session.executeWrite(work);
  } finally {
    writesEnded += 1;
    await session.close();
  }
}

const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';

/**
 * inWriteTransaction, tried again when Neo4j breaks a deadlock by rolling this transaction back. The
 * importer writes batches side by side, seconds each; the driver's own retries end a second after the
 * first failure (maxTransactionRetryTime, kept short for the API's reads), so a batch that met the one
 * beside it twice ended the import. Up to `attempts` tries, each after a short random wait, so that
 * the two do not meet again in step.
 */
export async function inWriteTransactionRetryingDeadlocks<T>(
  db: Db,
  work: (tx: ManagedTransaction) => Promise<T>,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await inWriteTransaction(db, work);
    } catch (error) {
      if (attempt >= attempts || (error as { code?: string }).code !== DEADLOCK) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt * (0.5 + Math.random())));
    }
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/**
 * A read past its deadline, or no connection to be had in time: the database is there (it took the
 * connection) but does not answer, as when it is paused or swamped.
 */
function isNotAnswering(error: Error): boolean {
  return error instanceof Neo4jTimeoutError || /Connection acquisition timed out/i.test(error.message);
}

/** True for errors that mean "the database cannot be reached or used right now" (-> 503). */
export function isNeo4jUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // The local Neo4j was never started in its data folder, so it made no password yet.
  if (error instanceof LocalPasswordMissingError) return true;
  if (isNotAnswering(error)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  // Connection refused / reset surface as plain errors from the socket layer.
  return /ECONNREFUSED|ECONNRESET|Failed to connect|Connection was closed|Pool is closed/i.test(error.message);
}

/** A short, user-facing reason for a 503. */
export function unavailableReason(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    // A rate limit follows three wrong passwords in a row, so it has the same cause.
    return 'Neo4j refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD (for the local Neo4j, leave them unset; after resetting its password, restart the app).';
  }
  if (error instanceof LocalPasswordMissingError) {
    return 'The local Neo4j has not been started yet (it has no password). Start it (npm run db:start); the page recovers when it is up.';
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return 'The Neo4j database named by NEO4J_DATABASE does not exist.';
  }
  if (error instanceof Error && isNotAnswering(error)) {
    return 'The graph database (Neo4j) is not answering: it may be paused or overloaded. Try again shortly.';
  }
  return 'The graph database (Neo4j) is unreachable. Start it (npm run db:start) or check NEO4J_URI; the page recovers when it is back.';
}

/** Integers for Cypher (LIMIT, SKIP, ...): plain JS numbers travel as floats. */
export function int(value: number) {
  return neo4j.int(value);
}
