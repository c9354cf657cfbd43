/**
 * The session, read while the page renders, under the browser's query key (lib/client/data/queries.ts):
 * the page arrives saying who is signed in, so the site navigation does not change once it has loaded.
 */
import type { QueryClient } from '@tanstack/react-query';
import { sessionQuery } from '../client/data/queries';
import type { Db } from '../neo4j';
import { pageUser } from './session';

/**
 * `db` is asked for only when the request carries a session cookie. If Neo4j is down this fails quietly
 * (failed queries are not dehydrated): the browser asks the API itself.
 */
export function prefetchSession(db: () => Db, queryClient: QueryClient, cookieHeader: string | null): Promise<void> {
  return queryClient.prefetchQuery({
    ...sessionQuery(),
    queryFn: async () => ({ user: await pageUser(db, cookieHeader) }),
    retry: false,
  });
}
