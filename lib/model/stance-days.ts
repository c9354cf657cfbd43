/**
 * The stances counted per date stated and stance, kept beside the graph so that the timeline of the
 * whole graph reads a few thousand counts instead of every stance (a million stances took seconds to
 * scan). One node per date a stance was stated (`''` for undated ones), with the counts per stance
 * and, for the timeline's kind filter, per kind of the actor who took it and stance:
 *
 *   (:StanceDay {date, support, condemnation, caution, state_support, …, other_caution})
 *
 * Kept exact by the writers: an editor's or the seed's write moves the counts of the stances it
 * writes in the same transaction (MOVE_DAY_COUNTS), and of every stance of an actor whose kind it
 * changes (MOVE_KIND_COUNTS); an import clears them when it takes the import lock and counts them
 * again when it is done (rebuildStanceDays), so a half-done import never leaves counts that look
 * whole. A reader trusts them only when they add up to the count store's number of stances
 * (readStanceDays); otherwise it counts the stances themselves. Their sums over the kinds are checked
 * by applySchema (stanceDaysAddUp), not at each read, where they took most of its time.
 */
import { ACTOR_KINDS, STANCES, STANCE_REL, type ActorKind, type Stance } from '../domain';
import { readQuery, type Db } from '../neo4j';
import { rebuildKept } from './kept';
import type { Tx } from './write';

export const STANCE_DAY_SCHEMA =
  'CREATE CONSTRAINT stance_day IF NOT EXISTS FOR (d:StanceDay) REQUIRE d.date IS UNIQUE';

const UNDATED = '';

/** Property names of the counts per kind: `state_support`, `government_body_caution`; `other_…` for a kind not in the list. */
const kindKey = (kind: ActorKind) => kind.replace(/-/g, '_');
const KIND_KEYS = [...ACTOR_KINDS.map(kindKey), 'other'];
const KIND_COUNTS = KIND_KEYS.flatMap((k) => STANCES.map((s) => `${k}_${s}`));

/** Cypher: the key of the kind in `expr`. */
const kindKeyOf = (expr: string) =>
  `CASE WHEN ${expr} IN [${ACTOR_KINDS.map((k) => `'${k}'`).join(', ')}] THEN replace(${expr}, '-', '_') ELSE 'other' END`;

const perStance = (count: (stance: Stance) => string) =>
  STANCES.map((stance) => `d.${stance} = coalesce(d.${stance}, 0) + ${count(stance)}`).join(', ');

const perKindAndStance = (count: (key: string, stance: Stance) => string) =>
  KIND_KEYS.flatMap((key) =>
    STANCES.map((stance) => `d.${key}_${stance} = coalesce(d.${key}_${stance}, 0) + ${count(key, stance)}`),
  ).join(', ');

/**
 * Cypher to follow a write of stances: needs `oldDate, oldStance` (null for a stance the write
 * created), `newDate, newStance` (null for one it deleted) and `kind` (its actor's) in scope, one
 * row per stance. Taking the day's write lock (SET) before adding keeps concurrent writers from
 * losing each other's counts.
 */
export const MOVE_DAY_COUNTS = `
CALL (oldDate, oldStance, newDate, newStance, kind) {
  WITH oldDate, oldStance, newDate, newStance, ${kindKeyOf('kind')} AS key
  WHERE oldStance IS NULL OR newStance IS NULL OR oldStance <> newStance
     OR coalesce(oldDate, '${UNDATED}') <> coalesce(newDate, '${UNDATED}')
  UNWIND [[oldDate, oldStance, -1], [newDate, newStance, 1]] AS move
  WITH move, key WHERE move[1] IS NOT NULL
  MERGE (d:StanceDay {date: coalesce(move[0], '${UNDATED}')})
  SET ${perStance((s) => `CASE move[1] WHEN '${s}' THEN move[2] ELSE 0 END`)},
      ${perKindAndStance((k, s) => `CASE WHEN key = '${k}' AND move[1] = '${s}' THEN move[2] ELSE 0 END`)}
}`;

/**
 * Cypher to follow a change of an actor's kind: needs the actor `n` (its new kind set) and
 * `oldKind` in scope; moves the counts of every stance it took from the old kind to the new.
 */
export const MOVE_KIND_COUNTS = `
CALL (n, oldKind) {
  WITH n, oldKind, ${kindKeyOf('oldKind')} AS oldKey, ${kindKeyOf('n.kind')} AS newKey
  WHERE oldKey <> newKey
  MATCH (n)-[r:${STANCE_REL}]->()
  WITH oldKey, newKey, coalesce(r.statedOn, '${UNDATED}') AS date, r.stance AS stance, count(*) AS c
  MERGE (d:StanceDay {date: date})
  SET ${perKindAndStance((k, s) => `CASE WHEN stance = '${s}' THEN (CASE WHEN newKey = '${k}' THEN c ELSE 0 END) - (CASE WHEN oldKey = '${k}' THEN c ELSE 0 END) ELSE 0 END`)}
}`;

const CLEAR = 'MATCH (d:StanceDay) DELETE d';

/** Forgets every count: an import does so as it starts writing, so readers count for themselves until it is done. */
export async function clearStanceDays(tx: Tx): Promise<void> {
  await tx.run(CLEAR);
}

const COUNT_ALL = `
MATCH (a)-[r:${STANCE_REL}]->()
WITH coalesce(r.statedOn, '${UNDATED}') AS date, r.stance AS stance, a.kind AS kind, count(*) AS n
WITH date, stance, ${kindKeyOf('kind')} AS key, n
WITH date, ${[
  ...STANCES.map((s) => `sum(CASE stance WHEN '${s}' THEN n ELSE 0 END) AS ${s}`),
  ...KIND_KEYS.flatMap((k) =>
    STANCES.map((s) => `sum(CASE WHEN stance = '${s}' AND key = '${k}' THEN n ELSE 0 END) AS ${k}_${s}`),
  ),
].join(', ')}
CREATE (:StanceDay {date: date, ${[...STANCES, ...KIND_COUNTS].map((p) => `${p}: ${p}`).join(', ')}})`;

/** Counts every stance again, replacing the counts whole (see rebuildKept). */
export function rebuildStanceDays(db: Db, options: { byImport?: boolean } = {}): Promise<boolean> {
  return rebuildKept(db, CLEAR, COUNT_ALL, options);
}

interface StanceDayCount {
  /** null: undated. */
  date: string | null;
  stance: Stance;
  count: number;
}

/**
 * Every stance stored, and the kept counts: each date's as `perDay` reads them, and their sums; over
 * the kinds too when `sumKinds` (21 properties a date, most of a read's time, so only when applySchema
 * asks), or else whether `keptKey` (a kind's support count) is on every date. Only aggregates inside
 * the CALL: a plain value there would group by it, and no StanceDay at all would give no row.
 */
const readDays = (perDay: (stance: Stance) => string, { sumKinds = false, keptKey = '' } = {}) => {
  const sums = [
    `collect([d.date, ${STANCES.map(perDay).join(', ')}]) AS days`,
    `sum(${STANCES.map((s) => `d.${s}`).join(' + ')}) AS counted`,
    ...(sumKinds ? [`sum(${KIND_COUNTS.map((p) => `coalesce(d.${p}, 0)`).join(' + ')}) AS countedByKind`] : []),
    ...(keptKey ? [`count(d.${keptKey}_support) = count(d) AS keptByKind`] : []),
  ];
  return `
CALL () { MATCH ()-[r:${STANCE_REL}]->() RETURN count(r) AS total }
CALL () {
  MATCH (d:StanceDay)
  RETURN ${sums.join(',\n         ')}
}
RETURN total, days, counted,
       ${sumKinds ? 'countedByKind' : 'null AS countedByKind'}, ${keptKey ? 'keptByKind' : 'true AS keptByKind'}`;
};

const READ = readDays((s) => `d.${s}`);
const READ_SUMMING_KINDS = readDays((s) => `d.${s}`, { sumKinds: true });
/**
 * Each date's counts those of the actors of `kinds`, named in the query (a property read by a
 * computed key is slower); counts kept before they were kept per kind have none of them.
 */
const readByKind = (kinds: readonly ActorKind[]) => {
  const keys = ACTOR_KINDS.filter((kind) => kinds.includes(kind)).map(kindKey);
  return readDays((s) => (keys.length ? keys.map((key) => `coalesce(d.${key}_${s}, 0)`).join(' + ') : '0'), {
    keptKey: keys[0] ?? '',
  });
};

/**
 * The counts per date and stance (of the actors of `kinds` only, when given), or null when they
 * cannot be trusted (an import is writing or was cut short, something wrote stances past
 * lib/model): they must add up to every stance stored; read by kind, they must be kept per kind
 * (counts kept before that are not); with `checkKinds` (applySchema) they must add up over the kinds.
 */
export async function readStanceDays(
  db: Db,
  kinds?: readonly ActorKind[],
  { checkKinds = false } = {},
): Promise<StanceDayCount[] | null> {
  const query = kinds && kinds.length > 0 ? readByKind(kinds) : checkKinds ? READ_SUMMING_KINDS : READ;
  const { records } = await readQuery(db, query);
  const row = records[0];
  const total = Number(row.get('total'));
  if (total !== Number(row.get('counted')) || row.get('keptByKind') !== true) return null;
  if (checkKinds && total !== Number(row.get('countedByKind'))) return null;
  return (row.get('days') as unknown[][]).flatMap(([date, ...counts]) =>
    STANCES.flatMap((stance, i) => {
      const count = Number(counts[i]);
      return count > 0 ? [{ date: date === UNDATED ? null : String(date), stance, count }] : [];
    }),
  );
}

/** Whether the counts add up, over the kinds too; applySchema counts again when they do not. */
export async function stanceDaysAddUp(db: Db): Promise<boolean> {
  return (await readStanceDays(db, undefined, { checkKinds: true })) !== null;
}
