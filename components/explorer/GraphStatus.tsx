'use client';

import { errorMessage, isUnavailable } from '@/lib/client/data/api';
import { plural } from '@/lib/client/format';
import type { ViewStatus } from './use-explorer-view';

interface Props {
  status: ViewStatus;
  /** Nodes the force layout is placing, while it does. */
  layingOutNodes: number | null;
  error: unknown;
  onRetry(): void;
  noEvents: boolean;
  emptyReason: string;
  filtered: boolean;
  onResetFilters(): void;
  focused: boolean;
  onClearFocus(): void;
}

/** What is laid over the graph while it loads, updates, fails or has nothing to show. */
export function GraphStatus({
  status,
  layingOutNodes,
  error,
  onRetry,
  noEvents,
  emptyReason,
  filtered,
  onResetFilters,
  focused,
  onClearFocus,
}: Props) {
  if (status === 'loading') {
    return (
      <div className="graph-overlay" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the graph…
      </div>
    );
  }
  if (status === 'updating') {
    return (
      <div className="graph-pill" role="status">
        <span className="spinner spinner--small" aria-hidden="true" />{' '}
        {layingOutNodes !== null ? `Laying out ${plural(layingOutNodes, 'node')}…` : 'Updating…'}
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="graph-overlay graph-overlay--solid graph-overlay--error" role="alert">
        <p className="graph-overlay__title">
          {isUnavailable(error) ? 'The graph database is unavailable' : 'The graph could not be loaded'}
        </p>
        <p>{errorMessage(error)}</p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (status === 'empty') {
    return (
      <div className="graph-overlay graph-overlay--solid" role="status" data-testid="empty-state">
        <p className="graph-overlay__title">{noEvents ? 'No events yet' : 'No actors match these filters'}</p>
        <p>{emptyReason}</p>
        {!noEvents && (
          <div className="graph-overlay__actions">
            {filtered && (
              <button type="button" className="button" onClick={onResetFilters}>
                Reset filters
              </button>
            )}
            {focused && (
              <button type="button" className="button button--secondary" onClick={onClearFocus}>
                Clear focus
              </button>
            )}
          </div>
        )}
      </div>
    );
  }
  return null;
}
