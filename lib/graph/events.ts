import { EVENT_PAGE_DEFAULT } from '../domain';
import { int, readQuery, type Db } from '../neo4j';
import type { EventDetail, EventList } from '../types';
import { NotFoundError } from './errors';
import { toEventSummary, toNumber, toSourceRef } from './mappers';
import { COUNT_EVENTS, EVENT_SOURCES, GET_EVENT, LIST_EVENTS, SEARCH_EVENTS } from './queries';

type Row = Record<string, unknown>;

/**
 * A page of events, newest first, with how many actors took each stance, and how many there are in
 * all; with `q`, only those whose title (or id) holds each of its words, case aside, those holding
 * the words as typed first (SEARCH_EVENTS).
 */
export async function listEvents(
  db: Db,
  page: { q?: string; limit?: number; offset?: number } = {},
): Promise<EventList> {
  const limit = page.limit ?? EVENT_PAGE_DEFAULT;
  const offset = page.offset ?? 0;
  const words = (page.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const q = words.length > 0 ? words : null;
  const [{ records }, count] = await Promise.all([
    q
      ? readQuery(db, SEARCH_EVENTS, { q, phrase: q.join(' '), limit: int(limit), offset: int(offset) })
      : readQuery(db, LIST_EVENTS, { q, limit: int(limit), offset: int(offset) }),
    readQuery(db, COUNT_EVENTS, { q }),
  ]);
  return {
    events: records.map((r) => toEventSummary(r.get('event') as Row, r.get('stanceCounts'))),
    total: toNumber(count.records[0]?.get('total')),
    limit,
    offset,
  };
}

export async function getEvent(db: Db, id: string): Promise<EventDetail> {
  const [eventResult, sourcesResult] = await Promise.all([
    readQuery(db, GET_EVENT, { id }),
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
