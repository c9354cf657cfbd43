/**
 * Everything the model keeps beside the graph (the counts per date, stance-days.ts; who took each
 * stance per event, stance-takers.ts), cleared and made again together by the writers that replace
 * them whole: an import and `npm run db:recount`. A new kind of kept data is added here once.
 */
import type { Db } from '../neo4j';
import { clearStanceDays, rebuildStanceDays } from './stance-days';
import { clearStanceTakers, rebuildStanceTakers } from './stance-takers';
import type { Tx } from './write';

/** Forgets all of it: readers read the stances themselves until it is made again. */
export async function clearBesideGraph(tx: Tx): Promise<void> {
  await clearStanceDays(tx);
  await clearStanceTakers(tx);
}

/**
 * Makes all of it again, each part in a transaction of its own and side by side (one query on each
 * of Neo4j's cores). False when an import holds the lock and `byImport` is not set.
 */
export async function rebuildBesideGraph(db: Db, options: { byImport?: boolean } = {}): Promise<boolean> {
  const done = await Promise.all([rebuildStanceDays(db, options), rebuildStanceTakers(db, options)]);
  return done.every(Boolean);
}
