/**
 * Query keys and query options for every API read, in one place so keys never drift between components.
 * Keys are hierarchical: invalidating ['actors'] refreshes searches and details alike.
 */
import { queryOptions } from '@tanstack/react-query';
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '@/lib/domain';
import type {
  ActorDetail,
  GraphEdge,
  ActorHistory,
  ActorSearchResponse,
  EventDetail,
  EventList,
  GraphAnswer,
  GraphSchema,
  QueryAnswer,
  QuestionAnswer,
  QuestionList,
  SessionResponse,
  StanceEvidence,
  TimelineCounts,
} from '@/lib/types';
import { ApiRequestError, getHealth, getJson, postJson } from './api';
import { hydrateGraph } from './graph-answer';
// Not query-state.ts: that parses with zod, and this module is loaded by every page.
import {
  normalizeInputs,
  questionApiPath,
  type ConsoleParams,
  type QuestionInputs,
} from '../query-page/question-inputs';

/** What /api/graph is asked; null stances/kinds mean "no filter". */
export interface GraphParams {
  event: string | null;
  stances: Stance[] | null;
  kinds: ActorKind[] | null;
  actor: string | null;
  depth: number | null;
  /** The range of time (`?from=&to=`, lib/client/url/url-state.ts); absent or null: all time. */
  from?: string | null;
  to?: string | null;
}

/** Equal filters must give equal keys and URLs, whatever order they were toggled in. */
export function normalizeGraphParams(params: GraphParams): GraphParams {
  const stances = params.stances === null ? null : STANCES.filter((s) => params.stances!.includes(s));
  const kinds = params.kinds === null ? null : ACTOR_KINDS.filter((k) => params.kinds!.includes(k));
  return {
    event: params.event,
    stances: stances !== null && stances.length === STANCES.length ? null : stances,
    kinds: kinds !== null && kinds.length === ACTOR_KINDS.length ? null : kinds,
    actor: params.actor,
    depth: params.actor ? (params.depth ?? 1) : null,
    // Only when set, so that a view without a range has the key it always had.
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
  };
}

export function graphQueryString(params: GraphParams): string {
  const p = normalizeGraphParams(params);
  const search = new URLSearchParams();
  if (p.event) search.set('event', p.event);
  for (const stance of p.stances ?? []) search.append('stance', stance);
  for (const kind of p.kinds ?? []) search.append('kind', kind);
  if (p.actor) {
    search.set('actor', p.actor);
    search.set('depth', String(p.depth ?? 1));
  }
  if (p.from) search.set('from', p.from);
  if (p.to) search.set('to', p.to);
  return search.toString();
}

/** What /api/timeline is asked: the view's filters less the range and the depth. */
export type TimelineParams = Pick<GraphParams, 'event' | 'stances' | 'kinds' | 'actor'>;

/** /api/timeline counts an actor's own stances: it takes no depth, which a focused view's URL always has. */
export function timelineQueryString(params: TimelineParams): string {
  const search = new URLSearchParams(graphQueryString({ ...params, depth: null }));
  search.delete('depth');
  return search.toString();
}

export const queryKeys = {
  health: () => ['health'] as const,
  events: () => ['events'] as const,
  eventList: () => [...queryKeys.events(), 'list'] as const,
  event: (id: string) => [...queryKeys.events(), 'detail', id] as const,
  eventSearch: (q: string, limit: number) => [...queryKeys.events(), 'search', { q, limit }] as const,
  graphs: () => ['graph'] as const,
  graph: (params: GraphParams) => [...queryKeys.graphs(), normalizeGraphParams(params)] as const,
  actors: () => ['actors'] as const,
  actorSearch: (q: string, limit: number) => [...queryKeys.actors(), 'search', { q, limit }] as const,
  actor: (id: string) => [...queryKeys.actors(), 'detail', id] as const,
  actorHistory: (id: string) => [...queryKeys.actors(), 'history', id] as const,
  // Under the graph's key: every write refreshes the views, and the timeline counts what they draw.
  timeline: (params: TimelineParams) => [...queryKeys.graphs(), 'timeline', timelineQueryString(params)] as const,
  questions: () => ['questions'] as const,
  questionList: () => [...queryKeys.questions(), 'list'] as const,
  questionAnswer: (name: string, inputs: QuestionInputs) =>
    [...queryKeys.questions(), 'answer', name, normalizeInputs(inputs)] as const,
  consoleRuns: () => ['console'] as const,
  schema: () => ['schema'] as const,
  consoleRun: (cypher: string, params: ConsoleParams) =>
    [...queryKeys.consoleRuns(), { cypher: cypher.trim(), params }] as const,
  session: () => ['session'] as const,
  // The editors' reads (lib/client/data/edits.ts); every write invalidates them with the views.
  stances: () => ['stances'] as const,
  stance: (id: string) => [...queryKeys.stances(), 'detail', id] as const,
  stanceEvidence: (id: string) => [...queryKeys.stances(), 'evidence', id] as const,
  sources: () => ['sources'] as const,
  eventSources: (eventId: string) => [...queryKeys.sources(), 'event', eventId] as const,
  source: (id: string) => [...queryKeys.sources(), 'detail', id] as const,
  changes: () => ['changes'] as const,
  changeList: (filter: { entity: string | null; user: string | null }) =>
    [...queryKeys.changes(), 'list', { entity: filter.entity, user: filter.user }] as const,
};

export const healthQuery = () =>
  queryOptions({
    queryKey: queryKeys.health(),
    queryFn: ({ signal }) => getHealth(signal),
    staleTime: 0,
    retry: false,
  });

export const eventsQuery = () =>
  queryOptions({
    queryKey: queryKeys.eventList(),
    queryFn: ({ signal }) => getJson<EventList>('/api/events', signal),
  });

/** Events whose titles hold the words typed: the way to events past the newest page. */
export const eventSearchQuery = (q: string, limit = 8) =>
  queryOptions({
    queryKey: queryKeys.eventSearch(q, limit),
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ q, limit: String(limit) });
      return getJson<EventList>(`/api/events?${search}`, signal);
    },
    staleTime: 60_000,
  });

export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.event(id),
    queryFn: ({ signal }) => getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`, signal),
  });

/**
 * The cache holds the answer as sent (each source once, stances and relations apart, ids left out where
 * their ends give them), and so does the page that comes with one prefetched (app/page.tsx); whoever
 * reads it gets the graph whole: every edge with its id and every quote with its source.
 */
export const graphQuery = (params: GraphParams) =>
  queryOptions({
    queryKey: queryKeys.graph(params),
    queryFn: ({ signal }) => {
      const query = graphQueryString(params);
      return getJson<GraphAnswer>(query ? `/api/graph?${query}` : '/api/graph', signal);
    },
    select: hydrateGraph,
  });

export const actorSearchQuery = (q: string, limit = 8) =>
  queryOptions({
    queryKey: queryKeys.actorSearch(q, limit),
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ q, limit: String(limit) });
      return getJson<ActorSearchResponse>(`/api/actors?${search}`, signal);
    },
    staleTime: 5 * 60_000,
  });

export const actorQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.actor(id),
    queryFn: ({ signal }) => getJson<ActorDetail>(`/api/actors/${encodeURIComponent(id)}`, signal),
  });

export const timelineQuery = (params: TimelineParams) =>
  queryOptions({
    queryKey: queryKeys.timeline(params),
    queryFn: ({ signal }) => {
      const query = timelineQueryString(params);
      return getJson<TimelineCounts>(query ? `/api/timeline?${query}` : '/api/timeline', signal);
    },
  });

export const actorHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.actorHistory(id),
    queryFn: ({ signal }) => getJson<ActorHistory>(`/api/actors/${encodeURIComponent(id)}/history`, signal),
  });

export const stanceEvidenceQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.stanceEvidence(id),
    queryFn: ({ signal }) => getJson<StanceEvidence>(`/api/stances/${encodeURIComponent(id)}/evidence`, signal),
  });

/** The questions are defined in code (lib/questions): they change only with a deploy. */
export const questionListQuery = () =>
  queryOptions({
    queryKey: queryKeys.questionList(),
    queryFn: ({ signal }) => getJson<QuestionList>('/api/questions', signal),
    staleTime: Infinity,
  });

export const questionAnswerQuery = (name: string, inputs: QuestionInputs) =>
  queryOptions({
    queryKey: queryKeys.questionAnswer(name, inputs),
    queryFn: ({ signal }) => getJson<QuestionAnswer>(questionApiPath(name, inputs), signal),
  });

/**
 * The graph's labels, relationship types and property keys with counts: the console's side list and
 * the editor's completion. The server keeps it a minute too (lib/query/schema.ts); names change with imports.
 */
export const schemaQuery = () =>
  queryOptions({
    queryKey: queryKeys.schema(),
    queryFn: ({ signal }) => getJson<GraphSchema>('/api/schema', signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });

/**
 * A console run is a query keyed on its text and parameters, not a mutation: the console only reads,
 * and the URL holds the text, so a shared link, a reload and back/forward all come through this one
 * key (back/forward show the cached answer at once). "Run" on unchanged text refetches explicitly.
 */
export const consoleQuery = (cypher: string, params: ConsoleParams) =>
  queryOptions({
    queryKey: queryKeys.consoleRun(cypher, params),
    queryFn: ({ signal }) => postJson<QueryAnswer>('/api/query', { cypher: cypher.trim(), params }, signal),
    // A failed query is the person's to fix (syntax, refusal, timeout); only an outage is worth one retry.
    retry: (failureCount, error) =>
      failureCount < 1 && error instanceof ApiRequestError && (error.status === 503 || error.status === 0),
  });

/** Who is signed in, if anyone; signing in and out set it (components/auth). */
export const sessionQuery = () =>
  queryOptions({
    queryKey: queryKeys.session(),
    queryFn: ({ signal }) => getJson<SessionResponse>('/api/session', signal),
  });

/**
 * `graph` (drawn from the /api/graph answer to `query`) with the quotes and dates of its bare stances
 * (a wide focused view's), asked again with `quotes=all`: what the JSON download needs. A stance no
 * longer in that answer means the graph changed since it was drawn.
 */
export async function withEveryQuote<G extends { edges: GraphEdge[] }>(graph: G, query: string): Promise<G> {
  if (!graph.edges.some((edge) => edge.quotesLeftOut)) return graph;
  const whole = hydrateGraph(await getJson<GraphAnswer>(`/api/graph?${query ? `${query}&` : ''}quotes=all`));
  const wholeEdges = new Map(whole.edges.map((edge) => [edge.id, edge]));
  const edges = graph.edges.map(({ quotesLeftOut, ...edge }) => {
    if (!quotesLeftOut) return edge;
    const sent = wholeEdges.get(edge.id);
    if (!sent) throw new Error('The graph has changed since this view was drawn: reload the page to download it.');
    return { ...edge, statedOn: sent.statedOn, evidence: sent.evidence };
  });
  return { ...graph, edges };
}
