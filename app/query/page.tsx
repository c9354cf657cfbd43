import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { QueryPage } from '@/components/query/QueryPage';
import { getQueryClient } from '@/lib/client/data/query-client';
import { questionListQuery } from '@/lib/client/data/queries';
import { prefetchEventList } from '@/lib/graph/prefetch';
import { appDb } from '@/lib/neo4j';
import { listQuestions } from '@/lib/questions';
import QueryLoading from './loading';

export const metadata: Metadata = {
  title: 'Query · Stancegraph',
  description:
    'Ask the graph ready questions without Cypher, or query it read-only in Cypher; every answer drawn, listed and shareable.',
};

// The events come from the live graph.
export const dynamic = 'force-dynamic';

/**
 * The questions are defined in code, so their forms render on the server whatever the database does;
 * the events are prefetched like the explorer's (a down database costs one quiet attempt). The answer
 * itself is fetched in the browser from the URL.
 */
export default async function Page() {
  const queryClient = getQueryClient();
  // The tagged key types the data, so the server's shape is checked against the browser's fetcher.
  queryClient.setQueryData(questionListQuery().queryKey, listQuestions());
  await prefetchEventList(appDb(), queryClient);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense fallback={<QueryLoading />}>
        <QueryPage />
      </Suspense>
    </HydrationBoundary>
  );
}
