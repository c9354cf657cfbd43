/**
 * Server-side prefetches of what the pages show first, under the same query keys and types as the
 * browser's fetchers (lib/client/data/queries.ts), so the server and the browser cannot disagree on a shape.
 */
import type { QueryClient } from '@tanstack/react-query';
import { eventQuery, eventsQuery } from '../client/data/queries';
import type { Db } from '../neo4j';
import { getEvent, listEvents } from './events';

/**
 * The event list. If Neo4j is down this fails quietly (failed queries are not dehydrated): the browser
 * then asks the API itself and shows the outage banner, not a server error.
 */
export function prefetchEventList(db: Db, queryClient: QueryClient): Promise<void> {
  // A down database should cost the first paint one failed attempt, not a retry schedule.
  return queryClient.prefetchQuery({ ...eventsQuery(), queryFn: () => listEvents(db), retry: false });
}

/** An event the URL names past the list's newest page, which the explorer then reads on its own. */
export function prefetchEvent(db: Db, queryClient: QueryClient, id: string): Promise<void> {
  const listed = queryClient.getQueryData(eventsQuery().queryKey)?.events.some((e) => e.id === id) ?? true;
  if (listed) return Promise.resolve();
  return queryClient.prefetchQuery({ ...eventQuery(id), queryFn: () => getEvent(db, id), retry: false });
}
