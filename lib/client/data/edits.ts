/**
 * The editors' side of the data API: reads of the records they change (each with its `version`), the
 * writes, and the history. Writes throw ApiRequestError like every fetcher; its `body` holds a 409's
 * answer (`conflictOf`), so the form can show what changed meanwhile.
 */
import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ActorKind, QuoteKind, Stance } from '@/lib/domain';
import type {
  ActorRecord,
  ChangeList,
  ChangeRecord,
  ConflictAnswer,
  EventRecord,
  SourceRecord,
  StanceRecord,
} from '@/lib/types';
import { ApiRequestError, getJson, sendJson } from './api';
import { queryKeys } from './queries';

const CHANGES_PAGE = 20;

const path = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export const stanceRecordQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.stance(id),
    queryFn: ({ signal }) => getJson<StanceRecord>(path('/api/stances', id), signal),
    // An editor acts on this version: it must be the stored one, not a minute-old copy.
    staleTime: 0,
  });

/** The stored sources about an event, newest first, without their text. */
export const eventSourcesQuery = (eventId: string) =>
  queryOptions({
    queryKey: queryKeys.eventSources(eventId),
    queryFn: ({ signal }) =>
      getJson<{ sources: SourceRecord[] }>(`/api/sources?${new URLSearchParams({ event: eventId })}`, signal),
  });

/** One source with its text, to choose a quote from. */
export const sourceQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.source(id),
    queryFn: ({ signal }) => getJson<SourceRecord>(path('/api/sources', id), signal),
  });

export interface ChangeFilter {
  /** Changes touching this entity id. */
  entity: string | null;
  /** Changes made by this username. */
  user: string | null;
}

/** The history, newest first, a page at a time; `next` is the next page's `before`. */
export const changesQuery = (filter: ChangeFilter) =>
  infiniteQueryOptions({
    queryKey: queryKeys.changeList(filter),
    queryFn: ({ signal, pageParam }) => {
      const search = new URLSearchParams({ limit: String(CHANGES_PAGE) });
      if (filter.entity) search.set('entity', filter.entity);
      if (filter.user) search.set('user', filter.user);
      if (pageParam) search.set('before', pageParam);
      return getJson<ChangeList>(`/api/changes?${search}`, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    staleTime: 0,
  });

export interface SourceInput {
  title: string;
  publisher?: string;
  url?: string;
  date?: string;
  text: string;
  event?: string;
}

export interface ActorInput {
  name: string;
  kind: ActorKind;
  aliases?: string[];
  description?: string;
}

export interface EventInput {
  title: string;
  date: string;
  description?: string;
  kind?: string;
}

export interface StanceInput {
  actor: string;
  event: string;
  stance: Stance;
  sourceId: string;
  quote: string;
  quoteKind: QuoteKind;
}

type Versioned<T> = Partial<T> & { version: number };

export const createSource = (input: SourceInput) =>
  sendJson<{ source: SourceRecord; existing: boolean }>('POST', '/api/sources', input);

export const createActor = (input: ActorInput) => sendJson<{ actor: ActorRecord }>('POST', '/api/actors', input);

export const updateActor = (id: string, patch: Versioned<ActorInput>) =>
  sendJson<{ actor: ActorRecord }>('PATCH', path('/api/actors', id), patch);

export const createEvent = (input: EventInput) => sendJson<{ event: EventRecord }>('POST', '/api/events', input);

export const updateEvent = (id: string, patch: Versioned<EventInput>) =>
  sendJson<{ event: EventRecord }>('PATCH', path('/api/events', id), patch);

/** 201 a new stance; 200 (`created: false`) a quote added to the same stance of that actor on that event. */
export const createStance = (input: StanceInput) =>
  sendJson<{ stance: StanceRecord; created: boolean }>('POST', '/api/stances', input);

export const changeStance = (id: string, change: { version: number; stance: Stance; reason: string }) =>
  sendJson<{ stance: StanceRecord }>('PATCH', path('/api/stances', id), change);

export const retractStance = (id: string, retraction: { version: number; reason: string }) =>
  sendJson<{ stance: null }>('DELETE', path('/api/stances', id), retraction);

export const revertChange = (id: string, reason: string) =>
  sendJson<{ change: ChangeRecord }>('POST', `${path('/api/changes', id)}/revert`, reason ? { reason } : {});

/** A 409's answer (the entity as it is now, or a refused revert's later changes); null for any other failure. */
export function conflictOf(error: unknown): ConflictAnswer | null {
  if (!(error instanceof ApiRequestError) || error.status !== 409) return null;
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  return body as ConflictAnswer;
}

/**
 * After any write: everything the graph, the table, the panels and the history show may have changed.
 * Resolves once the views on screen have their new data, so a caller can then select what it wrote.
 */
export async function refreshAfterWrite(queryClient: QueryClient): Promise<void> {
  await Promise.all(
    [
      queryKeys.graphs(),
      queryKeys.actors(),
      queryKeys.events(),
      queryKeys.stances(),
      queryKeys.sources(),
      queryKeys.changes(),
      // Question answers read the same graph.
      queryKeys.questions(),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
