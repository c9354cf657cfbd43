import { HydrationBoundary, dehydrate, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Explorer } from '@/components/explorer/Explorer';
import { cachedRead } from '@/lib/api/read-cache';
import { parseViewQuery } from '@/lib/api/filters';
import { explorerGraphs } from '@/lib/client/data/explorer-graphs';
import { eventsQuery, graphQuery, graphQueryString, type GraphParams } from '@/lib/client/data/queries';
import { getQueryClient } from '@/lib/client/data/query-client';
import { ALL_EVENTS, parseExplorerState } from '@/lib/client/url/url-state';
import { getGraph } from '@/lib/graph/graph';
import { prefetchEvent, prefetchEventList } from '@/lib/graph/prefetch';
import { appDb } from '@/lib/neo4j';
import type { GraphAnswer } from '@/lib/types';
import ExplorerLoading from './loading';

// Every request reads the live graph; nothing here can be built ahead of time.
export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A graph read the way /api/graph reads it: the same filters, refused the same way, and the same
 * cached answer (lib/api/read-cache.ts is keyed on the route's path and query string), so the page and
 * a later request from the browser cannot disagree. Kept as sent (GraphAnswer): the page carries it
 * that way too, and graphQuery's `select` gives the explorer every edge with its id and every quote
 * with its source.
 */
async function readGraph(params: GraphParams): Promise<GraphAnswer> {
  const query = graphQueryString(params);
  const filters = parseViewQuery(new URLSearchParams(query));
  const answer = await cachedRead(new Request(`http://page.invalid/api/graph?${query}`), () =>
    getGraph(appDb(), filters),
  );
  return (await answer.json()) as GraphAnswer;
}

/** The graphs the explorer draws first for this URL (use-explorer-view.ts asks the same two keys). */
async function prefetchGraphs(queryClient: QueryClient, searchParams: SearchParams): Promise<void> {
  // The event list could not be read: Neo4j is down, and a second attempt would only delay the page.
  if (queryClient.getQueryState(eventsQuery().queryKey)?.status !== 'success') return;
  const state = parseExplorerState(searchParams);
  const newest = queryClient.getQueryData(eventsQuery().queryKey)?.events[0]?.id ?? null;
  const eventId = state.event === ALL_EVENTS ? null : (state.event ?? newest);
  if (state.event !== ALL_EVENTS && eventId === null) return;
  const { base, view, nothingOn } = explorerGraphs(state, eventId);
  const keys = new Map([base, ...(nothingOn ? [] : [view])].map((p) => [graphQueryString(p), p]));
  await Promise.all([
    ...[...keys.values()].map((params) =>
      queryClient.prefetchQuery({ ...graphQuery(params), queryFn: () => readGraph(params), retry: false }),
    ),
    eventId ? prefetchEvent(appDb(), queryClient, eventId) : undefined,
  ]);
}

/**
 * Renders the explorer with its data: the event list and the graphs the URL shows come with the page,
 * so the browser draws the graph and its table without asking again. If Neo4j is down (or the URL
 * asks for something the API refuses) a prefetch fails quietly (failed queries are not dehydrated):
 * the browser then asks the API itself and shows the outage banner or the API's message.
 */
export default async function ExplorerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const queryClient = getQueryClient();
  await prefetchEventList(appDb(), queryClient);
  await prefetchGraphs(queryClient, await searchParams);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense fallback={<ExplorerLoading />}>
        <Explorer />
      </Suspense>
    </HydrationBoundary>
  );
}
