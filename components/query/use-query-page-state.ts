'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseQueryPageState, queryHref, type QueryPageState } from '@/lib/client/query-page/query-state';

export type QueryStatePatch = Partial<QueryPageState> | ((current: QueryPageState) => Partial<QueryPageState>);

/**
 * The query page's state, read from and written to the URL with the History API (Next.js keeps
 * useSearchParams in step), like the explorer's. `update` answers whether the URL changed, so running
 * what is already shown can fetch it again instead.
 */
export function useQueryPageState() {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseQueryPageState(new URLSearchParams(searchParams.toString())), [searchParams]);

  const update = useCallback((patch: QueryStatePatch, mode: 'push' | 'replace' = 'push'): boolean => {
    // The live URL, not a render-time snapshot, so quick updates compose.
    const current = parseQueryPageState(new URLSearchParams(window.location.search));
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const href = queryHref(next);
    if (href === queryHref(current)) return false;
    if (mode === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
    return true;
  }, []);

  return { state, update };
}
