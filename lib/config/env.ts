import { z } from 'zod';
import { ConfigError } from './errors';
import { LOCAL_NEO4J_USERNAME, localCredentials, localDataDir } from './local-neo4j';

export { ConfigError } from './errors';

/** Where the local Neo4j (neo4j-local/) listens unless NEO4J_LOCAL_BOLT_PORT says otherwise. */
export const DEFAULT_LOCAL_BOLT_PORT = 7687;

const port = z
  .string()
  .regex(/^\d+$/, 'must be a port number from 1024 to 65535')
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1024, 'must be a port number from 1024 to 65535')
      .max(65535, 'must be a port number from 1024 to 65535'),
  );

const positiveInt = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`));

/** Empty strings in a .env file mean "not set". */
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));

/**
 * The environment the app and its scripts read. docker-compose.yml passes exactly these names
 * (tests/unit/docker-compose.test.ts checks that).
 */
export const envSchema = z.object({
  NEO4J_URI: optionalString.refine(
    (uri) => uri === undefined || /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri),
    'must look like bolt://host:7687 or neo4j://host:7687 (also +s / +ssc)',
  ),
  NEO4J_USERNAME: optionalString,
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  NEO4J_LOCAL_BOLT_PORT: optionalString.pipe(port.optional()),
  NEO4J_LOCAL_DATA_DIR: optionalString,
  /** The Cypher console's per-transaction timeout, in milliseconds. */
  QUERY_TIMEOUT_MS: optionalString.pipe(positiveInt('QUERY_TIMEOUT_MS', 100, 120_000).optional()),
  /** The most rows the Cypher console returns before it stops reading. */
  QUERY_ROW_CAP: optionalString.pipe(positiveInt('QUERY_ROW_CAP', 1, 100_000).optional()),
  /** Console queries a client may send a minute (half of it at once); 429 past it. */
  QUERY_RATE_PER_MINUTE: optionalString.pipe(positiveInt('QUERY_RATE_PER_MINUTE', 1, 1_000_000).optional()),
  /** The largest file POST /api/import takes, in bytes. */
  IMPORT_MAX_BYTES: optionalString.pipe(positiveInt('IMPORT_MAX_BYTES', 1_024, 10 * 1024 ** 3).optional()),
  /** How long a read graph version is trusted before Neo4j is asked again (lib/graph/version.ts). */
  STANCEGRAPH_VERSION_TTL_MS: optionalString.pipe(positiveInt('STANCEGRAPH_VERSION_TTL_MS', 0, 60_000).optional()),
  /** Seals the sign-in cookie (lib/auth/session.ts); unset: a local secret kept in .stancegraph/. */
  STANCEGRAPH_SESSION_SECRET: optionalString.refine(
    (secret) => secret === undefined || secret.length >= 32,
    'must be at least 32 characters (e.g. the output of: openssl rand -base64 32)',
  ),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}. See .env.example.`);
  }
  return result.data;
}

export interface Neo4jConnectionConfig {
  uri: string;
  username: string | undefined;
  password: string | undefined;
  database: string | undefined;
  /** True when no NEO4J_URI was given and the project's own local Neo4j is meant. */
  local: boolean;
}

/**
 * The Neo4j the app talks to: NEO4J_URI with NEO4J_USERNAME / NEO4J_PASSWORD if set; otherwise the
 * local one on loopback, as `neo4j` with the password its manager keeps in the data folder
 * (lib/config/local-neo4j.ts), unless NEO4J_PASSWORD is set. `root` is what a relative
 * NEO4J_LOCAL_DATA_DIR is relative to (the app's working folder, as for neo4j-local/manager.ts).
 */
export function neo4jConnection(env: Env, root: string = process.cwd()): Neo4jConnectionConfig {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      local: false,
    };
  }
  const boltPort = env.NEO4J_LOCAL_BOLT_PORT ?? DEFAULT_LOCAL_BOLT_PORT;
  const credentials =
    env.NEO4J_PASSWORD !== undefined
      ? { username: env.NEO4J_USERNAME ?? LOCAL_NEO4J_USERNAME, password: env.NEO4J_PASSWORD }
      : localCredentials(localDataDir(env.NEO4J_LOCAL_DATA_DIR, root));
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    ...credentials,
    database: env.NEO4J_DATABASE,
    local: true,
  };
}

const DEFAULT_QUERY_TIMEOUT_MS = 5_000;
const DEFAULT_QUERY_ROW_CAP = 5_000;

export function consoleLimits(env: Env): { timeoutMs: number; rowCap: number } {
  return {
    timeoutMs: env.QUERY_TIMEOUT_MS ?? DEFAULT_QUERY_TIMEOUT_MS,
    rowCap: env.QUERY_ROW_CAP ?? DEFAULT_QUERY_ROW_CAP,
  };
}

/** A person at the console sends a query every few seconds; a script looping on it, far more. */
const DEFAULT_QUERY_RATE_PER_MINUTE = 60;

export function consoleRate(env: Env): { perMinute: number; burst: number } {
  const perMinute = env.QUERY_RATE_PER_MINUTE ?? DEFAULT_QUERY_RATE_PER_MINUTE;
  return { perMinute, burst: Math.max(1, Math.floor(perMinute / 2)) };
}

/** 100 MB: room for about a million stance rows. */
const DEFAULT_IMPORT_MAX_BYTES = 100 * 1024 * 1024;

export function importMaxBytes(env: Env): number {
  return env.IMPORT_MAX_BYTES ?? DEFAULT_IMPORT_MAX_BYTES;
}

/** A write on another app instance shows on this one within this long: a quarter of a second. */
const DEFAULT_VERSION_TTL_MS = 250;

export function versionTtlMs(env: Env): number {
  return env.STANCEGRAPH_VERSION_TTL_MS ?? DEFAULT_VERSION_TTL_MS;
}
