import { EVENT_PAGE_DEFAULT } from '../domain';
import { stanceTakersAddUp } from '../model';
import { int, readQuery, type Db } from '../neo4j';
import type { EventDetail, EventList } from '../types';
import { NotFoundError } from './errors';
import { toEventSummary, toNumber, toSourceRef } from './mappers';
import { COUNT_EVENTS, EVENT_SOURCES, GET_EVENT, LIST_EVENTS, SEARCH_EVENTS } from './queries';

type Row = Record<string, unknown>;

/**
 * A page of events, newest first, with how many actors took each stance (from the kept lists of
 * takers when they add up), and how many there are in all; with `q`, only those whose title (or id)
 * holds each of its words, case aside, those holding the words as typed first (SEARCH_EVENTS).
 */
export async function listEvents(
  db: Db,
  page: { q?: string; limit?: number; offset?: number } = {},
): Promise<EventList> {
  const limit = page.limit ?? EVENT_PAGE_DEFAULT;
  const offset = page.offset ?? 0;
  const words = (page.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const q = words.length > 0 ? words : null;
  const [kept, count] = await Promise.all([stanceTakersAddUp(db), readQuery(db, COUNT_EVENTS, { q })]);
  const { records } = q
    ? await readQuery(db, SEARCH_EVENTS(kept), { q, phrase: q.join(' '), limit: int(limit), offset: int(offset) })
    : await readQuery(db, LIST_EVENTS(kept), { q, limit: int(limit), offset: int(offset) });
  return {
    events: records.map((r) => toEventSummary(r.get('event') as Row, r.get('stanceCounts'))),
    total: toNumber(count.records[0]?.get('total')),
    limit,
    offset,
  };
}

export async function getEvent(db: Db, id: string): Promise<EventDetail> {
  const [eventResult, sourcesResult] = await Promise.all([
    stanceTakersAddUp(db).then((kept) => readQuery(db, GET_EVENT(kept), { id })),
    readQuery(db, EVENT_SOURCES, { id }),
  ]);
  const record = eventResult.records[0];
  if (!record) throw new NotFoundError(`No event with id "${id}".`);
  return {
    ...toEventSummary(record.get('event') as Row, record.get('stanceCounts')),
    sources: sourcesResult.records.map((r) => toSourceRef(r.get('source') as Row)),
    version: toNumber(record.get('version')),
  };
}
