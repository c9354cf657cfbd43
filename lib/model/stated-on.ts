/**
 * When a stance was stated (`statedOn`): what the writer gives, else the date of the source its first
 * quote is from, else its event's date; null when none of them is known. Every writer sets it with
 * STATED_ON_DEFAULT; dateUndatedStances gives it to stances stored before it existed.
 */
import { STANCE_REL } from '../domain';
import { readQuery, type Db } from '../neo4j';

/** The default date of stance `r` on event `e` (Cypher), for stances the writer gives no date. */
export function statedOnDefault(r: string, e: string): string {
  return `coalesce(head(COLLECT { MATCH (src:Source {id: ${r}.sourceIds[0]}) RETURN src.date }), ${e}.date)`;
}

// The total comes from the count store and the dated ones from the stance_stated_on index (nulls are
// not indexed), so a database with nothing to do pays two cheap counts.
const COUNTS = `
CALL () { MATCH ()-[r:${STANCE_REL}]->() RETURN count(r) AS total }
CALL () { MATCH ()-[r:${STANCE_REL}]->() WHERE r.statedOn IS NOT NULL RETURN count(r) AS dated }
RETURN total, dated`;

const DATE_STANCES = `
MATCH ()-[r:${STANCE_REL}]->(e:Event)
WHERE r.statedOn IS NULL
CALL (r, e) {
  SET r.statedOn = ${statedOnDefault('r', 'e')}
} IN TRANSACTIONS OF 5000 ROWS`;

/**
 * Dates the stances that have no date yet, where their source or event has one. Run by applySchema;
 * stances with nothing to date them by stay undated, and make each later run scan once more.
 * Answers whether it dated any.
 */
export async function dateUndatedStances(db: Db): Promise<boolean> {
  const counts = async () => {
    const { records } = await readQuery(db, COUNTS);
    return { total: Number(records[0].get('total')), dated: Number(records[0].get('dated')) };
  };
  const before = await counts();
  if (before.total === before.dated) return false;
  // CALL { ... } IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    await session.run(DATE_STANCES);
  } finally {
    await session.close();
  }
  return (await counts()).dated !== before.dated;
}
