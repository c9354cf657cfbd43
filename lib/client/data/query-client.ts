import { QueryCache, QueryClient, defaultShouldDehydrateQuery, isServer } from '@tanstack/react-query';
import { ApiRequestError, isUnavailable } from './api';
import { queryKeys } from './queries';

function makeQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // Any 503 means Neo4j went away: re-check health now so the banner shows without waiting for a poll.
      onError: (error, query) => {
        if (isUnavailable(error) && query.queryKey[0] !== queryKeys.health()[0]) {
          void client.invalidateQueries({ queryKey: queryKeys.health() });
        }
      },
    }),
    defaultOptions: {
      queries: {
        // Above zero so data prefetched on the server is not refetched at once in the browser.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // Client errors will not fix themselves; outages might, briefly.
        retry: (failureCount, error) =>
          !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query),
      },
    },
  });
  return client;
}

let browserQueryClient: QueryClient | undefined;

/** Fresh per server request (no data shared between visitors); one per browser tab. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
