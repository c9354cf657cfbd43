/**
 * The stances counted per date stated and stance, kept beside the graph so that the timeline of the
 * whole graph reads a few thousand counts instead of every stance (a million stances took seconds to
 * scan). One node per date a stance was stated (`''` for undated ones):
 *
 *   (:StanceDay {date, support, condemnation, caution})
 *
 * Kept exact by the writers: an editor's or the seed's write moves the counts of the stances it
 * writes in the same transaction (MOVE_DAY_COUNTS); an import clears them when it takes the import
 * lock and counts them again when it is done (rebuildStanceDays), so a half-done import never leaves
 * counts that look whole. A reader trusts them only when they add up to the count store's number of
 * stances (readStanceDays); otherwise it counts the stances themselves.
 */
import { STANCES, STANCE_REL, type Stance } from '../domain';
import { inWriteTransaction, readQuery, type Db } from '../neo4j';
import type { Tx } from './write';

export const STANCE_DAY_SCHEMA =
  'CREATE CONSTRAINT stance_day IF NOT EXISTS FOR (d:StanceDay) REQUIRE d.date IS UNIQUE';

const UNDATED = '';

const perStance = (count: (stance: Stance) => string) =>
  STANCES.map((stance) => `d.${stance} = coalesce(d.${stance}, 0) + ${count(stance)}`).join(', ');

/**
 * Cypher to follow a write of stances: needs `oldDate, oldStance` (null for a stance the write
 * created) and `newDate, newStance` (null for one it deleted) in scope, one row per stance. Taking
 * the day's write lock (SET) before adding keeps concurrent writers from losing each other's counts.
 */
export const MOVE_DAY_COUNTS = `
CALL (oldDate, oldStance, newDate, newStance) {
  WITH oldDate, oldStance, newDate, newStance
  WHERE oldStance IS NULL OR newStance IS NULL OR oldStance <> newStance
     OR coalesce(oldDate, '${UNDATED}') <> coalesce(newDate, '${UNDATED}')
  UNWIND [[oldDate, oldStance, -1], [newDate, newStance, 1]] AS move
  WITH move WHERE move[1] IS NOT NULL
  MERGE (d:StanceDay {date: coalesce(move[0], '${UNDATED}')})
  SET ${perStance((s) => `CASE move[1] WHEN '${s}' THEN move[2] ELSE 0 END`)}
}`;

/** Deletes a stance, and its count. */
export async function deleteStance(tx: Tx, id: string): Promise<void> {
  await tx.run(
    `MATCH ()-[r:${STANCE_REL} {id: $id}]->()
     WITH r, r.statedOn AS oldDate, r.stance AS oldStance, null AS newDate, null AS newStance
     DELETE r
     WITH oldDate, oldStance, newDate, newStance
     ${MOVE_DAY_COUNTS}`,
    { id },
  );
}

/** Forgets every count: an import does so as it starts writing, so readers count for themselves until it is done. */
export async function clearStanceDays(tx: Tx): Promise<void> {
  await tx.run('MATCH (d:StanceDay) DELETE d');
}

const COUNT_ALL = `
MATCH ()-[r:${STANCE_REL}]->()
WITH coalesce(r.statedOn, '${UNDATED}') AS date, r.stance AS stance, count(*) AS n
WITH date, ${STANCES.map((s) => `sum(CASE stance WHEN '${s}' THEN n ELSE 0 END) AS ${s}`).join(', ')}
CREATE (:StanceDay {date: date, ${STANCES.map((s) => `${s}: ${s}`).join(', ')}})`;

/**
 * Counts every stance again, in one transaction: the counts are replaced whole or not at all. Unless
 * `byImport`, not while an import holds the lock (answers false): it counts when it is done.
 */
export async function rebuildStanceDays(db: Db, { byImport = false } = {}): Promise<boolean> {
  return inWriteTransaction(db, async (tx) => {
    if (!byImport) {
      const { records } = await tx.run('MATCH (l:ImportLock) RETURN count(l) AS locks');
      if (Number(records[0].get('locks')) > 0) return false;
    }
    await clearStanceDays(tx);
    await tx.run(COUNT_ALL);
    return true;
  });
}

interface StanceDayCount {
  /** null: undated. */
  date: string | null;
  stance: Stance;
  count: number;
}

const READ = `
CALL () { MATCH ()-[r:${STANCE_REL}]->() RETURN count(r) AS total }
CALL () {
  MATCH (d:StanceDay)
  RETURN collect([d.date, ${STANCES.map((s) => `d.${s}`).join(', ')}]) AS days,
         sum(${STANCES.map((s) => `d.${s}`).join(' + ')}) AS counted
}
RETURN total, counted, days`;

/**
 * The counts per date and stance, or null when they cannot be trusted (an import is writing or was
 * cut short, or something wrote stances past lib/model): they must add up to every stance stored.
 */
export async function readStanceDays(db: Db): Promise<StanceDayCount[] | null> {
  const { records } = await readQuery(db, READ);
  const row = records[0];
  if (Number(row.get('total')) !== Number(row.get('counted'))) return null;
  return (row.get('days') as unknown[][]).flatMap(([date, ...counts]) =>
    STANCES.flatMap((stance, i) => {
      const count = Number(counts[i]);
      return count > 0 ? [{ date: date === UNDATED ? null : String(date), stance, count }] : [];
    }),
  );
}

/** Whether the counts add up (see readStanceDays); applySchema counts again when they do not. */
export async function stanceDaysAddUp(db: Db): Promise<boolean> {
  return (await readStanceDays(db)) !== null;
}
