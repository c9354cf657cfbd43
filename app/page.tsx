import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Explorer } from '@/components/explorer/Explorer';
import { getQueryClient } from '@/lib/client/data/query-client';
import { prefetchEventList } from '@/lib/graph/prefetch';
import { appDb } from '@/lib/neo4j';
import ExplorerLoading from './loading';

// Every request reads the live graph; nothing here can be built ahead of time.
export const dynamic = 'force-dynamic';

/**
 * Renders what the server can (the event's title, date and stance counts) so the page is not blank while
 * the graph loads in the browser. If Neo4j is down the prefetch fails quietly (failed queries are not
 * dehydrated): the browser then asks the API itself and shows the outage banner, not a server error.
 */
export default async function ExplorerPage() {
  const queryClient = getQueryClient();
  await prefetchEventList(appDb(), queryClient);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense fallback={<ExplorerLoading />}>
        <Explorer />
      </Suspense>
    </HydrationBoundary>
  );
}
