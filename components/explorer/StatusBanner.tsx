'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isUnavailable } from '@/lib/client/data/api';
import { healthQuery } from '@/lib/client/data/queries';

const POLL_WHEN_DOWN = 4_000;
const POLL_WHEN_UP = 30_000;

/**
 * Watches /api/health and says so when Neo4j is down. When it comes back, every failed query is
 * fetched again, so the page recovers without a reload.
 */
export function StatusBanner() {
  const queryClient = useQueryClient();
  const health = useQuery({
    ...healthQuery(),
    refetchInterval: (query) =>
      query.state.status === 'success' && query.state.data?.neo4j.status === 'up' ? POLL_WHEN_UP : POLL_WHEN_DOWN,
    refetchIntervalInBackground: false,
  });
  const down = health.data?.neo4j.status === 'down';
  const unreachable = health.isError && isUnavailable(health.error);
  const wasDown = useRef(false);
  const [recovered, setRecovered] = useState(false);

  useEffect(() => {
    if (down || unreachable) {
      wasDown.current = true;
      setRecovered(false);
      return;
    }
    if (wasDown.current && health.data?.neo4j.status === 'up') {
      wasDown.current = false;
      setRecovered(true);
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
      const timer = setTimeout(() => setRecovered(false), 5_000);
      return () => clearTimeout(timer);
    }
  }, [down, unreachable, health.data, queryClient]);

  return (
    <div className="status-region" aria-live="polite" data-testid="status-banner">
      {(down || unreachable) && (
        <div className="banner banner--error" role="alert">
          <strong>
            {unreachable ? 'The Stancegraph server cannot be reached.' : 'The graph database is unavailable.'}
          </strong>{' '}
          The page will update by itself as soon as it is back.
          <span className="banner__pulse" aria-hidden="true" />
        </div>
      )}
      {recovered && (
        <div className="banner banner--ok" role="status">
          The graph database is back. The view has been refreshed.
        </div>
      )}
    </div>
  );
}
