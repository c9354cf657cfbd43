'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { hrefFor, parseExplorerState, type ExplorerState } from '@/lib/client/url/url-state';

export type StatePatch = Partial<ExplorerState> | ((current: ExplorerState) => Partial<ExplorerState>);

/**
 * The explorer's state, read from and written to the URL. Writes use the History API, which Next.js
 * syncs with useSearchParams, so a filter change neither reloads nor re-renders the server page.
 */
export function useExplorerState() {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseExplorerState(searchParams), [searchParams]);

  const update = useCallback((patch: StatePatch, mode: 'push' | 'replace' = 'push') => {
    // Read the live URL, not a render-time snapshot, so two quick updates compose.
    const current = parseExplorerState(new URLSearchParams(window.location.search));
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const href = hrefFor(next);
    if (href === hrefFor(current)) return;
    if (mode === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
  }, []);

  return { state, update };
}
