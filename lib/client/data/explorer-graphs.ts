/**
 * The two graph queries an explorer view asks (components/explorer/use-explorer-view.ts), worked out
 * in one place so that the server's prefetch (app/page.tsx) asks exactly what the browser would.
 */
import { ALL_EVENTS, type ExplorerState } from '../url/url-state';
import type { GraphParams } from './queries';

interface ExplorerGraphs {
  /** The unfiltered graph: it gives positions and camps, so filtering never moves a node. */
  base: GraphParams;
  /** What is drawn: the base with the view's filters and range. */
  view: GraphParams;
  /** Every stance or every kind switched off: the view is not asked, only the base. */
  nothingOn: boolean;
}

/**
 * `eventId`: the event shown (the URL's, or the newest); null for all events. `layoutRange`: while
 * the timeline plays, the range the whole run covers.
 */
export function explorerGraphs(
  state: ExplorerState,
  eventId: string | null,
  layoutRange: { from: string; to: string } | null = null,
): ExplorerGraphs {
  const allEvents = state.event === ALL_EVENTS;
  // One event or one actor's neighbourhood is laid out whole, whatever the range, so a range (and
  // each step of Play) only takes away and gives back: nothing moves. All events at once are too
  // many to lay out whole (the newest 50 are drawn), so there the range is laid out, or while Play
  // runs, the range the whole run covers.
  const playing = layoutRange !== null && within(state, layoutRange);
  const baseRange = allEvents ? (playing ? layoutRange : { from: state.from, to: state.to }) : null;
  const base: GraphParams = {
    event: allEvents ? null : eventId,
    stances: null,
    kinds: null,
    actor: state.actor,
    depth: state.depth,
    from: baseRange?.from ?? null,
    to: baseRange?.to ?? null,
  };
  return {
    base,
    view: { ...base, stances: state.stances, kinds: state.kinds, from: state.from, to: state.to },
    nothingOn: state.stances.length === 0 || state.kinds.length === 0,
  };
}

/** Whether the URL's range lies within `range` (periods compare as strings). */
function within(state: Pick<ExplorerState, 'from' | 'to'>, range: { from: string; to: string }): boolean {
  return state.from !== null && state.to !== null && state.from >= range.from && state.to <= range.to;
}
