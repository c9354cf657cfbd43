'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import { ACTOR_KINDS, SLUG_PATTERN, type ActorKind, type Stance } from '@/lib/domain';
import { explorerGraphs } from '@/lib/client/data/explorer-graphs';
import { eventQuery, eventsQuery, graphQuery, graphQueryString } from '@/lib/client/data/queries';
import {
  actorCamps,
  actorRows,
  resolveSelection,
  stanceTally,
  toElements,
  visibleGraph,
  type ActorRow,
  type StanceTally,
  type VisibleGraph,
} from '@/lib/client/drawing/elements';
import { contextCount, kindCounts, type ViewFilters } from '@/lib/client/drawing/facets';
import { campsLayout, stackedCampsLayout, type Positions } from '@/lib/client/drawing/layout';
import { ALL_EVENTS, isFiltered, showsContext, type ExplorerState } from '@/lib/client/url/url-state';
import type { EventSummary, GraphResponse } from '@/lib/types';
import { usePlacedView, useRendererChoice } from '@/components/hooks/drawing-hooks';
import { usePhoneScreen } from '@/components/hooks/use-phone-screen';

interface DrawnView {
  /** The graph query string this view answers; compared with the wanted one to know it is current. */
  key: string;
  /** The /api/graph query string its edges came from; null when nothing is on (no edges drawn). */
  query: string | null;
  visible: VisibleGraph;
  elements: ElementDefinition[];
  positions: Positions;
  layoutKey: string;
  rows: ActorRow[];
  baseStances: StanceTally;
  /** Actors per kind in view; for a kind switched off, how many it would add. */
  kinds: Partial<Record<ActorKind, number>>;
  /** Context actors (no stance in view) shown, or that the checkbox would show. */
  contextActors: number;
  truncated: boolean;
}

export type ViewStatus = 'loading' | 'updating' | 'ready' | 'empty' | 'error';

const NO_POSITIONS: Positions = {};

function freshData(query: { data?: GraphResponse; isPlaceholderData: boolean }): GraphResponse | null {
  return query.data && !query.isPlaceholderData ? query.data : null;
}

/**
 * What the explorer shows for a URL state: the event, the two graph queries (the unfiltered one gives
 * positions and camps, so filtering never moves a node), the drawn view, its status and selection.
 * `layoutRange`: while the timeline plays, the range the whole run covers (see baseRange below).
 */
export function useExplorerView(state: ExplorerState, layoutRange: { from: string; to: string } | null = null) {
  const eventsQ = useQuery(eventsQuery());
  const events = useMemo(() => eventsQ.data?.events ?? [], [eventsQ.data]);
  const allEvents = state.event === ALL_EVENTS;
  const eventId = allEvents ? null : (state.event ?? events[0]?.id ?? null);
  const listed = eventId ? (events.find((e) => e.id === eventId) ?? null) : null;
  // An event past the list's newest page (opened by a link or the event search) is read on its own.
  const eventDetailQ = useQuery({
    ...eventQuery(eventId ?? ''),
    enabled: eventId !== null && listed === null && eventsQ.isSuccess,
  });
  const event = listed ?? (eventId !== null ? (eventDetailQ.data ?? null) : null);
  // The picker lists the newest page, and the chosen event wherever it falls (by its id until read,
  // rather than showing another event as chosen).
  const pickerEvents = useMemo(() => {
    if (listed || eventId === null || !eventsQ.isSuccess) return events;
    const chosen: EventSummary = event ?? {
      id: eventId,
      title: eventId,
      date: null,
      kind: '',
      description: '',
      stanceCounts: { support: 0, condemnation: 0, caution: 0 },
    };
    return [chosen, ...events];
  }, [event, listed, eventId, events, eventsQ.isSuccess]);
  const moreEvents = (eventsQ.data?.total ?? 0) > events.length;
  const contextReady = allEvents || eventId !== null;
  const filtered = isFiltered(state);
  const showContext = showsContext(state);

  const ranged = state.from !== null || state.to !== null;
  const { base: baseParams, view: viewParams, nothingOn } = explorerGraphs(state, eventId, layoutRange);
  const baseKey = graphQueryString(baseParams);
  const viewKey = nothingOn ? `${baseKey}#none` : graphQueryString(viewParams);

  const baseQ = useQuery({ ...graphQuery(baseParams), enabled: contextReady, placeholderData: keepPreviousData });
  const viewQ = useQuery({
    ...graphQuery(viewParams),
    enabled: contextReady && !nothingOn,
    placeholderData: keepPreviousData,
  });
  const baseData = freshData(baseQ);
  const viewData = nothingOn ? baseData : freshData(viewQ);

  // On a phone the camps are stacked, not side by side (stackedCampsLayout).
  const stacked = usePhoneScreen();
  const layoutInput = useMemo(() => {
    if (!baseData) return null;
    const visible = visibleGraph(baseData, { pruneIsolated: false });
    const camps = actorCamps(visible, eventId);
    const ids = visible.nodes
      .map((n) => n.id)
      .sort()
      .join(',');
    const campsPositions = stacked ? stackedCampsLayout(visible, camps) : campsLayout(visible, camps);
    return { visible, camps, campsPositions, key: `${baseKey}|${ids}${stacked ? '|stacked' : ''}` };
  }, [baseData, eventId, baseKey, stacked]);
  // The force layout comes from a worker; until it answers the camps layout stays drawn.
  const placed = usePlacedView(
    layoutInput?.key ?? '',
    layoutInput?.visible ?? null,
    layoutInput?.campsPositions ?? NO_POSITIONS,
    state.layout,
  );
  const layingOut = placed.phase === 'pending';

  const computed = useMemo<DrawnView | null>(() => {
    if (!layoutInput || !viewData) return null;
    const { camps } = layoutInput;
    const { positions, layoutKey } = placed;
    const keep = [state.actor, eventId].filter((id): id is string => id !== null);
    const visible = nothingOn
      ? {
          nodes: layoutInput.visible.nodes.filter((n) => n.type === 'event' && (!eventId || n.id === eventId)),
          edges: [],
        }
      : visibleGraph(viewData, { pruneIsolated: filtered || ranged, withoutContext: !showContext, keep });
    const filters: ViewFilters = {
      stances: state.stances,
      kinds: state.kinds,
      focus: state.actor,
      depth: state.depth,
      showContext,
    };
    return {
      key: viewKey,
      query: nothingOn ? null : viewKey,
      visible,
      elements: toElements(visible, { camps, focusId: state.actor, stacked }),
      positions,
      layoutKey,
      rows: actorRows(visible, camps),
      baseStances: stanceTally(layoutInput.visible),
      kinds: kindCounts(layoutInput.visible, visible, filters, ACTOR_KINDS),
      contextActors: contextCount(layoutInput.visible, filters),
      truncated: viewData.truncated || (baseData?.truncated ?? false),
    };
  }, [
    layoutInput,
    placed,
    viewData,
    nothingOn,
    filtered,
    ranged,
    showContext,
    state.actor,
    state.stances,
    state.kinds,
    state.depth,
    eventId,
    viewKey,
    baseData,
    stacked,
  ]);

  // While a new answer loads, keep drawing the last complete view instead of blanking the canvas.
  // Remembered while rendering (React renders this component again at once), not in an effect: an
  // effect would render the whole page a second time for each new view, each step of Play.
  const [lastDrawn, setLastDrawn] = useState<DrawnView | null>(null);
  if (computed && computed !== lastDrawn) setLastDrawn(computed);
  const shown = computed ?? lastDrawn;

  const graphError = (contextReady ? (baseQ.error ?? viewQ.error) : null) ?? (!contextReady ? eventsQ.error : null);
  const noEvents = eventsQ.isSuccess && events.length === 0 && !allEvents && state.event === null;
  let status: ViewStatus;
  if (computed && layingOut) status = 'updating';
  else if (computed) status = computed.rows.length === 0 ? 'empty' : 'ready';
  else if (graphError && !baseQ.isFetching && !viewQ.isFetching) status = 'error';
  else if (noEvents) status = 'empty';
  else status = shown ? 'updating' : 'loading';

  const selectionGraphs = [shown?.visible, baseData, viewData];
  let selection = resolveSelection(
    state.select,
    selectionGraphs,
    events.map((e) => e.id),
    (id) => SLUG_PATTERN.test(id),
  );
  // An edge id cannot be told from a typo until its graph has loaded.
  if (selection?.type === 'unknown' && !computed) selection = null;

  const stanceCounts: Record<Stance, number> | null =
    event && !state.actor ? event.stanceCounts : (shown?.baseStances ?? null);
  const focusedName = state.actor
    ? (shown?.visible.nodes.find((n) => n.id === state.actor)?.label ??
      baseData?.nodes.find((n) => n.id === state.actor)?.label ??
      state.actor)
    : null;
  const drawnNodes = shown?.visible.nodes.length ?? 0;
  const drawnEdges = shown?.visible.edges.length ?? 0;
  const renderer = useRendererChoice(drawnNodes + drawnEdges, state.renderer);

  return {
    events,
    pickerEvents,
    /** More events are stored than the picker lists: the event search finds them. */
    moreEvents,
    eventsPending: eventsQ.isPending,
    /** The chosen event's title is not known yet: the list, or the event read on its own, is on its way. */
    eventPending:
      eventsQ.isPending || (eventId !== null && listed === null && eventsQ.isSuccess && eventDetailQ.isPending),
    allEvents,
    eventId,
    event,
    filtered,
    ranged,
    contextReady,
    nothingOn,
    noEvents,
    viewKey,
    placed,
    /** Nodes the force layout is placing, while it does. */
    layingOutNodes: layingOut && computed ? (layoutInput?.visible.nodes.length ?? 0) : null,
    shown,
    status,
    graphError,
    selection,
    stanceCounts,
    kindCounts: shown?.kinds ?? null,
    contextCount: shown?.contextActors ?? null,
    showContext,
    focusedName,
    actorCount: shown?.rows.length ?? 0,
    eventCount: shown?.visible.nodes.filter((n) => n.type === 'event').length ?? 0,
    drawnNodes,
    drawnEdges,
    renderer,
    retry() {
      void eventsQ.refetch();
      void baseQ.refetch();
      if (!nothingOn) void viewQ.refetch();
    },
  };
}
