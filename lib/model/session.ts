/** Reads and writes on a Db handle, for the writers of the graph (seed, import, and those to come). */
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Db } from '../neo4j';

/** What the write fragments run their Cypher on: a transaction (or anything that runs Cypher). */
export type Tx = Pick<ManagedTransaction, 'run'>;

type Params = Record<string, unknown>;

/** One read in its own managed read transaction. */
export async function readRecords(db: Db, cypher: string, params: Params = {}): Promise<Neo4jRecord[]> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.database, routing: 'READ' });
  return records;
}

/** One statement in its own managed write transaction. */
export async function writeRecords(db: Db, cypher: string, params: Params = {}): Promise<Neo4jRecord[]> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.database, routing: 'WRITE' });
  return records;
}

/** Several statements in one write transaction: all of them or (on any failure) none. */
export async function inWriteTransaction<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
