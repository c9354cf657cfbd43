/** What the model keeps beside the graph (stance-days.ts, stance-takers.ts): how each is made again. */
import { inWriteTransaction, type Db } from '../neo4j';

/**
 * Runs `clear` then `build` in one transaction, so that what they keep is replaced whole or not at
 * all. Unless `byImport`, not while an import holds the lock (answers false): it rebuilds when it is done.
 */
export async function rebuildKept(db: Db, clear: string, build: string, { byImport = false } = {}): Promise<boolean> {
  return inWriteTransaction(db, async (tx) => {
    if (!byImport) {
      const { records } = await tx.run('MATCH (l:ImportLock) RETURN count(l) AS locks');
      if (Number(records[0].get('locks')) > 0) return false;
    }
    await tx.run(clear);
    await tx.run(build);
    return true;
  });
}
