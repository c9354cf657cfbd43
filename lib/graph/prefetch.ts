/**
 * Server-side prefetches of what the pages show first, under the same query keys and types as the
 * browser's fetchers (lib/client/data/queries.ts), so the server and the browser cannot disagree on a shape.
 */
import type { QueryClient } from '@tanstack/react-query';
import { eventsQuery } from '../client/data/queries';
import type { Db } from '../neo4j';
import { listEvents } from './events';

/**
 * The event list. If Neo4j is down this fails quietly (failed queries are not dehydrated): the browser
 * then asks the API itself and shows the outage banner, not a server error.
 */
export function prefetchEventList(db: Db, queryClient: QueryClient): Promise<void> {
  // A down database should cost the first paint one failed attempt, not a retry schedule.
  return queryClient.prefetchQuery({ ...eventsQuery(), queryFn: () => listEvents(db), retry: false });
}
