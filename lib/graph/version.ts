/**
 * The graph's version, which every read answer is cached under (lib/api/read-cache.ts): a counter
 * every editor's write, import and seed counts up in its transaction, a token drawn when the counter
 * is made (so a store emptied and filled again never repeats an earlier version), and the store's
 * node and relationship counts (read from Neo4j's count store, without a scan), which also change
 * when nodes are added or removed by anything else. A script that only sets properties must count
 * the version up itself (bumpGraphVersion), or the app keeps answering what it read before.
 */
import { toNumber } from './mappers';
import { parseEnv, versionTtlMs } from '../config/env';
import { localWritesEnded, readQuery, type Db } from '../neo4j';
import type { Tx } from '../model';

const READ_VERSION = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.token, '0') AS token, coalesce(v.n, 0) AS n, nodes, relationships`;

async function readVersion(db: Db): Promise<string> {
  const [record] = (await readQuery(db, READ_VERSION)).records;
  const counts = ['n', 'nodes', 'relationships'].map((k) => toNumber(record.get(k)));
  return [record.get('token') as string, ...counts].join('.');
}

/**
 * How long a version read from Neo4j is trusted when this process has written nothing since: the
 * longest a write by another process (another app instance, `npm run import`) takes to show here.
 * Each instance then asks Neo4j a few times a second instead of once per request.
 */
let ttlMs: number | undefined;

interface KnownVersion {
  db: Db;
  version: string;
  /** When the read began, and how many of this process's writes had ended by then. */
  readAt: number;
  writesEnded: number;
}

let known: KnownVersion | null = null;

/**
 * The graph's version as of this call: read again unless the last read began less than the TTL ago
 * and after every write of this process had ended, so a writer here reads its own write at once.
 */
export async function graphVersion(db: Db): Promise<string> {
  const now = Date.now();
  const writes = localWritesEnded();
  if (
    known &&
    known.db.driver === db.driver &&
    known.db.database === db.database &&
    known.writesEnded === writes &&
    now - known.readAt < (ttlMs ??= versionTtlMs(parseEnv(process.env)))
  ) {
    return known.version;
  }
  const version = await readVersion(db);
  // Keep the read only if no newer one was kept meanwhile.
  if (!known || known.readAt <= now) known = { db, version, readAt: now, writesEnded: writes };
  return version;
}

/** Counts the graph's version up, in the writing transaction. */
export async function bumpGraphVersion(tx: Tx): Promise<void> {
  await tx.run(
    `MERGE (v:GraphVersion {id: 'graph'})
     ON CREATE SET v.token = left(replace(randomUUID(), '-', ''), 8)
     SET v.n = coalesce(v.n, 0) + 1`,
  );
}
