/**
 * Reads along time: the timeline's counts per period, an actor's stance history, and one stance with
 * its evidence (what a mark of the history opens).
 */
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '../domain';
import { binCounts, type Granularity, type TimelineCounts } from '../periods';
import { readStanceDays } from '../model';
import { ANALYSIS_DEADLINE_MS, int, readQuery, type Db } from '../neo4j';
import type { ActorHistory, HistoryStance, StanceEvidence } from '../types';
import { NotFoundError } from './errors';
import { toNumber, toStanceDTO } from './mappers';
import {
  ACTOR_HISTORY,
  ACTOR_HISTORY_HEAD,
  ACTOR_HISTORY_YEARS,
  EVENT_EXISTS,
  STANCE_EVIDENCE,
  timelineEventsQuery,
  timelineStancesQuery,
} from './timeline-queries';

type Row = Record<string, unknown>;

export interface TimelineFilters {
  event?: string;
  /** Empty means all. */
  stances: Stance[];
  /** Empty means all. */
  kinds: ActorKind[];
  actor?: string;
  /** Absent: chosen from the span of the dates. */
  granularity?: Granularity;
}

/** An actor's history lists at most this many stances (its counts per year cover all of them). */
const HISTORY_LIMIT = 2000;

const asStance = (value: unknown): Stance | null => (STANCES.includes(value as Stance) ? (value as Stance) : null);
const asDate = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function stanceRows(records: { toObject(): Row }[]) {
  return records.flatMap((record) => {
    const row = record.toObject();
    const stance = asStance(row.stance);
    return stance ? [{ date: asDate(row.date), stance, count: toNumber(row.count) }] : [];
  });
}

/**
 * Stances (by the date they were stated) and events (by their date) counted per period, for the
 * explorer's filters: one event, one actor's stances (and the events it took them on), stance and
 * actor kind. The database groups per day; lib/periods.ts bins the days into periods.
 */
export async function getTimeline(db: Db, filters: TimelineFilters): Promise<TimelineCounts> {
  const byStance = filters.stances.length > 0 && !STANCES.every((s) => filters.stances.includes(s));
  const byKind = filters.kinds.length > 0 && !ACTOR_KINDS.every((k) => filters.kinds.includes(k));
  const scope = { event: filters.event !== undefined, actor: filters.actor !== undefined, byStance, byKind };
  const params = {
    event: filters.event ?? null,
    actor: filters.actor ?? null,
    stances: filters.stances,
    kinds: filters.kinds,
  };
  const countStances = async () => {
    // The whole graph's counts are kept per date, stance and kind (lib/model/stance-days.ts); filters by event or actor count the stances.
    const kept = scope.event || scope.actor ? null : await readStanceDays(db, byKind ? filters.kinds : undefined);
    if (kept) return byStance ? kept.filter((row) => filters.stances.includes(row.stance)) : kept;
    const { records } = await readQuery(db, timelineStancesQuery(scope), params, { deadlineMs: ANALYSIS_DEADLINE_MS });
    return stanceRows(records);
  };
  const [eventCheck, actorCheck, stances, events] = await Promise.all([
    filters.event ? readQuery(db, EVENT_EXISTS, { id: filters.event }) : undefined,
    filters.actor ? readQuery(db, ACTOR_HISTORY_HEAD, { id: filters.actor }) : undefined,
    countStances(),
    readQuery(db, timelineEventsQuery(scope), params, { deadlineMs: ANALYSIS_DEADLINE_MS }),
  ]);
  if (eventCheck && eventCheck.records.length === 0) throw new NotFoundError(`No event with id "${filters.event}".`);
  if (actorCheck && actorCheck.records.length === 0) throw new NotFoundError(`No actor with id "${filters.actor}".`);
  const eventRows = events.records.map((r) => ({ date: asDate(r.get('date')), count: toNumber(r.get('count')) }));
  return binCounts(stances, eventRows, filters.granularity);
}

/** The actor's stances along time (the newest HISTORY_LIMIT) and its counts per year stated (all). */
export async function getActorHistory(db: Db, id: string, limit = HISTORY_LIMIT): Promise<ActorHistory> {
  const [head, list, years] = await Promise.all([
    readQuery(db, ACTOR_HISTORY_HEAD, { id }),
    readQuery(db, ACTOR_HISTORY, { id, limit: int(limit) }),
    readQuery(db, ACTOR_HISTORY_YEARS, { id }),
  ]);
  const record = head.records[0];
  if (!record) throw new NotFoundError(`No actor with id "${id}".`);
  const stances: HistoryStance[] = list.records.flatMap((r) => {
    const row = r.toObject();
    const stance = asStance(row.stance);
    if (!stance) return [];
    return [
      {
        id: String(row.id),
        stance,
        statedOn: asDate(row.statedOn),
        eventId: String(row.eventId),
        eventTitle: String(row.eventTitle ?? ''),
        eventDate: asDate(row.eventDate),
      },
    ];
  });
  const total = toNumber(record.get('total'));
  const counts = binCounts(stanceRows(years.records), [], 'year');
  return {
    actor: { id, name: String(record.get('name') ?? id) },
    stances,
    total,
    limit,
    truncated: total > stances.length,
    years: counts.periods.map(({ period, support, condemnation, caution }) => ({
      year: period,
      support,
      condemnation,
      caution,
    })),
    undated: {
      support: counts.undated.support,
      condemnation: counts.undated.condemnation,
      caution: counts.undated.caution,
    },
  };
}

/** One stance with every quote whole and its source; 404 when the actor took no stance on the event. */
export async function getStanceEvidence(db: Db, actorId: string, eventId: string): Promise<StanceEvidence> {
  const { records } = await readQuery(db, STANCE_EVIDENCE, { actor: actorId, event: eventId });
  const record = records[0];
  if (!record) throw new NotFoundError(`No stance with id "${actorId}--${eventId}".`);
  return toStanceDTO(record.toObject());
}
