/**
 * Who took each stance on each event, kept beside the graph so that the agreement question reads a
 * list per event of an actor's instead of every stance around those events and each one's `stance`
 * (for an actor with a stance on every event, a million relationships and their properties):
 *
 *   (:StanceTakers {event, support: [actorId, …], condemnation: […], caution: […], count})
 *
 * An actor is listed once per stance it took (as a stance is one relationship); `count` is the
 * length of the three lists together, kept so that the check below reads one number per event rather
 * than every list. Kept exact the way the counts per date are (stance-days.ts): a
 * write of stances through lib/model moves its actors between the lists in the same transaction
 * (MOVE_TAKERS); an import clears them when it takes the lock and lists them again when it is done.
 * A reader trusts them only when their counts add up to the count store's number of stances
 * (stanceTakersAddUp); otherwise it reads the stances themselves. applySchema lists them again when
 * they do not add up.
 */
import { STANCES, STANCE_REL } from '../domain';
import { readQuery, type Db } from '../neo4j';
import { rebuildKept } from './kept';
import type { Tx } from './write';

export const STANCE_TAKERS_SCHEMA =
  'CREATE CONSTRAINT stance_takers IF NOT EXISTS FOR (t:StanceTakers) REQUIRE t.event IS UNIQUE';

/** Cypher: the list of the StanceTakers `node` that holds the takers of the stance in `expr` (null for no stance). */
export const takersOf = (node: string, expr: string) =>
  `CASE ${expr} ${STANCES.map((s) => `WHEN '${s}' THEN ${node}.${s}`).join(' ')} END`;

/**
 * Cypher to follow a write of stances: needs `actorId`, `eventId`, `oldStance` (null for a stance
 * the write created) and `newStance` (null for one it deleted) in scope, one row per stance. The
 * first SET takes the node's write lock, so the lists read after it are not another writer's stale
 * copy; one occurrence of the actor leaves the old list.
 */
export const MOVE_TAKERS = `
CALL (actorId, eventId, oldStance, newStance) {
  WITH actorId, eventId, oldStance, newStance
  WHERE oldStance IS NULL OR newStance IS NULL OR oldStance <> newStance
  MERGE (t:StanceTakers {event: eventId})
  SET t.count = coalesce(t.count, 0)
  WITH t, actorId, oldStance, newStance, coalesce(${takersOf('t', 'oldStance')}, []) AS old
  WITH t, actorId, oldStance, newStance, [i IN range(0, size(old) - 1) WHERE old[i] = actorId][0] AS at
  SET ${STANCES.map(
    (s) => `t.${s} = CASE WHEN oldStance = '${s}' AND at IS NOT NULL THEN t.${s}[0..at] + t.${s}[at + 1..]
                   ELSE coalesce(t.${s}, []) END + CASE WHEN newStance = '${s}' THEN [actorId] ELSE [] END`,
  ).join(',\n      ')}
  SET t.count = ${STANCES.map((s) => `size(t.${s})`).join(' + ')}
}`;

const CLEAR = 'MATCH (t:StanceTakers) DELETE t';

/** Forgets every list: an import does so as it starts writing, so readers read the stances until it is done. */
export async function clearStanceTakers(tx: Tx): Promise<void> {
  await tx.run(CLEAR);
}

const LIST_ALL = `
MATCH (a:Actor)-[r:${STANCE_REL}]->(e:Event)
WITH e.id AS event, r.stance AS stance, collect(a.id) AS ids
WITH event, collect([stance, ids]) AS lists
WITH event, ${STANCES.map((s) => `coalesce([l IN lists WHERE l[0] = '${s}' | l[1]][0], []) AS ${s}`).join(', ')}
CREATE (:StanceTakers {event: event, ${STANCES.map((s) => `${s}: ${s}`).join(', ')}, count: ${STANCES.map((s) => `size(${s})`).join(' + ')}})`;

/** Lists every stance's actor again, replacing the lists whole (see rebuildKept). */
export function rebuildStanceTakers(db: Db, options: { byImport?: boolean } = {}): Promise<boolean> {
  return rebuildKept(db, CLEAR, LIST_ALL, options);
}

const ADD_UP = `
CALL () { MATCH ()-[r:${STANCE_REL}]->() RETURN count(r) AS total }
CALL () { MATCH (t:StanceTakers) RETURN sum(t.count) AS listed }
RETURN total = listed AS addUp`;

/**
 * Whether the lists hold every stance stored (not while an import is writing or after one was cut
 * short, nor after something wrote stances past lib/model). Reads the counts, not the lists.
 */
export async function stanceTakersAddUp(db: Db): Promise<boolean> {
  const { records } = await readQuery(db, ADD_UP);
  return records[0].get('addUp') === true;
}
