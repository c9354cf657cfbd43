import { readQuery } from '../neo4j';
import type { EventDetail, EventSummary } from '../types';
import { NotFoundError } from './errors';
import { toEventSummary, toSourceRef } from './mappers';
import { EVENT_SOURCES, GET_EVENT, LIST_EVENTS } from './queries';

type Row = Record<string, unknown>;

/** All events, newest first, with how many actors took each stance. */
export async function listEvents(): Promise<EventSummary[]> {
  const { records } = await readQuery(LIST_EVENTS);
  return records.map((r) => toEventSummary(r.get('event') as Row, r.get('stanceCounts')));
}

export async function getEvent(id: string): Promise<EventDetail> {
  const [eventResult, sourcesResult] = await Promise.all([
    readQuery(GET_EVENT, { id }),
    readQuery(EVENT_SOURCES, { id }),
  ]);
  const record = eventResult.records[0];
  if (!record) throw new NotFoundError(`No event with id "${id}".`);
  return {
    ...toEventSummary(record.get('event') as Row, record.get('stanceCounts')),
    sources: sourcesResult.records.map((r) => toSourceRef(r.get('source') as Row)),
  };
}
