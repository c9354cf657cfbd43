/**
 * The graph's version, which every read answer is cached under (lib/api/read-cache.ts): a counter
 * every editor's write and every import counts up in its transaction, and the store's node and
 * relationship counts (read from Neo4j's count store, without a scan), which also change when data
 * is seeded, restored or written by anything else. Any write an answer could show changes it.
 */
import { toNumber } from './mappers';
import { readQuery, type Db } from '../neo4j';
import type { Tx } from '../model';

const READ_VERSION = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.n, 0) AS n, nodes, relationships`;

export async function graphVersion(db: Db): Promise<string> {
  const [record] = (await readQuery(db, READ_VERSION)).records;
  return ['n', 'nodes', 'relationships'].map((k) => toNumber(record.get(k))).join('.');
}

/** Counts the graph's version up, in the writing transaction. */
export async function bumpGraphVersion(tx: Tx): Promise<void> {
  await tx.run("MERGE (v:GraphVersion {id: 'graph'}) SET v.n = coalesce(v.n, 0) + 1");
}
