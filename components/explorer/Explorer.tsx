'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ACTOR_KINDS, SLUG_PATTERN, STANCES, type ActorKind, type Stance } from '@/lib/domain';
import { errorMessage, isUnavailable } from '@/lib/client/data/api';
import {
  actorCamps,
  actorRows,
  exportView,
  kindTally,
  resolveSelection,
  stanceTally,
  toElements,
  visibleGraph,
  type ActorRow,
  type StanceTally,
  type VisibleGraph,
} from '@/lib/client/drawing/elements';
import { composePng, downloadBlob, exportFilename } from '@/lib/client/drawing/export';
import { usePlacedView, useRendererChoice } from '@/components/hooks/drawing-hooks';
import { formatPartialDate, plural } from '@/lib/client/format';
import { campsLayout, type Positions } from '@/lib/client/drawing/layout';
import { eventsQuery, graphQuery, graphQueryString, type GraphParams } from '@/lib/client/data/queries';
import {
  ALL_EVENTS,
  hrefFor,
  isFiltered,
  toggleValue,
  DEFAULT_STATE,
  type Depth,
  type LayoutName,
  type ViewMode,
} from '@/lib/client/url/url-state';
import type { GraphResponse } from '@/lib/types';
import type { ElementDefinition } from 'cytoscape';
import { ActorSearch } from './ActorSearch';
import { ActorTable } from './ActorTable';
import { DetailPanel, type PanelNavigation } from './DetailPanel';
import { KindFilter, Segmented, StanceToggles } from './Filters';
import { GraphCanvas, type GraphCanvasHandle } from './GraphCanvas';
import { LargeViewNotice, LayoutFailedNotice } from './ViewNotices';
import { Legend } from './Legend';
import { StatusBanner } from './StatusBanner';
import { BrandMark, SiteNav } from '@/components/SiteNav';
import { useExplorerState } from './use-explorer-state';

interface DrawnView {
  /** The graph query string this view answers; compared with the wanted one to know it is current. */
  key: string;
  visible: VisibleGraph;
  elements: ElementDefinition[];
  positions: Positions;
  layoutKey: string;
  rows: ActorRow[];
  baseStances: StanceTally;
  baseKinds: Partial<Record<ActorKind, number>>;
  truncated: boolean;
}

const NO_POSITIONS: Positions = {};

const VIEW_OPTIONS = [
  { value: 'split', label: 'Graph + table' },
  { value: 'graph', label: 'Graph' },
  { value: 'table', label: 'Table' },
] as const satisfies readonly { value: ViewMode; label: string }[];

const LAYOUT_OPTIONS = [
  { value: 'camps', label: 'Camps' },
  { value: 'force', label: 'Force' },
] as const satisfies readonly { value: LayoutName; label: string }[];

const DEPTH_OPTIONS = [
  { value: '1', label: '1 hop' },
  { value: '2', label: '2 hops' },
  { value: '3', label: '3 hops' },
] as const;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function freshData(query: { data?: GraphResponse; isPlaceholderData: boolean }): GraphResponse | null {
  return query.data && !query.isPlaceholderData ? query.data : null;
}

export function Explorer() {
  const { state, update } = useExplorerState();
  const graphRef = useRef<GraphCanvasHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const focusPanelRef = useRef(false);
  const [exportError, setExportError] = useState<string | null>(null);

  const eventsQ = useQuery(eventsQuery());
  const events = useMemo(() => eventsQ.data?.events ?? [], [eventsQ.data]);
  const allEvents = state.event === ALL_EVENTS;
  const eventId = allEvents ? null : (state.event ?? events[0]?.id ?? null);
  const event = eventId ? (events.find((e) => e.id === eventId) ?? null) : null;
  const contextReady = allEvents || eventId !== null;
  const nothingOn = state.stances.length === 0 || state.kinds.length === 0;
  const filtered = isFiltered(state);

  const baseParams: GraphParams = { event: eventId, stances: null, kinds: null, actor: state.actor, depth: state.depth };
  const viewParams: GraphParams = { ...baseParams, stances: state.stances, kinds: state.kinds };
  const baseKey = graphQueryString(baseParams);
  const viewKey = nothingOn ? `${baseKey}#none` : graphQueryString(viewParams);

  // The unfiltered graph of the same context gives positions and camps, so filtering never moves a node.
  const baseQ = useQuery({ ...graphQuery(baseParams), enabled: contextReady, placeholderData: keepPreviousData });
  const viewQ = useQuery({
    ...graphQuery(viewParams),
    enabled: contextReady && !nothingOn,
    placeholderData: keepPreviousData,
  });
  const baseData = freshData(baseQ);
  const viewData = nothingOn ? baseData : freshData(viewQ);

  const layoutInput = useMemo(() => {
    if (!baseData) return null;
    const visible = visibleGraph(baseData, { pruneIsolated: false });
    const camps = actorCamps(visible, eventId);
    const ids = visible.nodes.map((n) => n.id).sort().join(',');
    return { visible, camps, campsPositions: campsLayout(visible, camps), key: `${baseKey}|${ids}` };
  }, [baseData, eventId, baseKey]);
  // The force layout comes from a worker; until it answers the camps layout stays drawn.
  const placed = usePlacedView(layoutInput?.key ?? '', layoutInput?.visible ?? null, layoutInput?.campsPositions ?? NO_POSITIONS, state.layout);
  const layingOut = placed.phase === 'pending';

  const computed = useMemo<DrawnView | null>(() => {
    if (!layoutInput || !viewData) return null;
    const { camps } = layoutInput;
    const { positions, layoutKey } = placed;
    const keep = [state.actor, eventId].filter((id): id is string => id !== null);
    const visible = nothingOn
      ? { nodes: layoutInput.visible.nodes.filter((n) => n.type === 'event' && (!eventId || n.id === eventId)), edges: [] }
      : visibleGraph(viewData, { pruneIsolated: filtered, keep });
    return {
      key: viewKey,
      visible,
      elements: toElements(visible, { camps, focusId: state.actor }),
      positions,
      layoutKey,
      rows: actorRows(visible, camps),
      baseStances: stanceTally(layoutInput.visible),
      baseKinds: kindTally(layoutInput.visible),
      truncated: viewData.truncated || (baseData?.truncated ?? false),
    };
  }, [layoutInput, placed, viewData, nothingOn, filtered, state.actor, eventId, viewKey, baseData]);

  // While a new answer loads, keep drawing the last complete view instead of blanking the canvas.
  const [lastDrawn, setLastDrawn] = useState<DrawnView | null>(null);
  useEffect(() => {
    if (computed) setLastDrawn(computed);
  }, [computed]);
  const shown = computed ?? lastDrawn;

  const graphError = (contextReady ? (baseQ.error ?? viewQ.error) : null) ?? (!contextReady ? eventsQ.error : null);
  const noEvents = eventsQ.isSuccess && events.length === 0 && !allEvents && state.event === null;
  let status: 'loading' | 'updating' | 'ready' | 'empty' | 'error';
  if (computed && layingOut) status = 'updating';
  else if (computed) status = computed.rows.length === 0 ? 'empty' : 'ready';
  else if (graphError && !baseQ.isFetching && !viewQ.isFetching) status = 'error';
  else if (noEvents) status = 'empty';
  else status = shown ? 'updating' : 'loading';

  const selectionGraphs = [shown?.visible, baseData, viewData];
  let selection = resolveSelection(state.select, selectionGraphs, events.map((e) => e.id), (id) => SLUG_PATTERN.test(id));
  // An edge id cannot be told from a typo until its graph has loaded.
  if (selection?.type === 'unknown' && !computed) selection = null;

  /**
   * Selects a node or edge. Keyboard-driven selections move focus into the panel so it is announced;
   * a click on the canvas leaves focus alone (the canvas is not a focus target, so nothing is lost).
   */
  const select = useCallback(
    (id: string | null, moveFocus = false) => {
      if (id && moveFocus) {
        const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        if (!active?.closest('[data-testid="detail-panel"]')) returnFocusRef.current = active;
        focusPanelRef.current = true;
      }
      update({ select: id });
    },
    [update],
  );

  const closePanel = useCallback(() => {
    const focusInPanel = document.activeElement?.closest('[data-testid="detail-panel"]') != null;
    update({ select: null });
    const target = returnFocusRef.current;
    returnFocusRef.current = null;
    if (!focusInPanel && !target) return;
    // The element that opened the panel may have gone (a table row filtered away): fall back to search.
    (target && target.isConnected && target !== document.body ? target : searchRef.current)?.focus();
  }, [update]);

  useEffect(() => {
    if (state.select && focusPanelRef.current && panelHeadingRef.current) {
      focusPanelRef.current = false;
      panelHeadingRef.current.focus();
    }
  }, [state.select, selection?.type]);

  const closeRef = useRef(closePanel);
  closeRef.current = closePanel;
  const hasSelection = state.select !== null;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape' && hasSelection) {
        event.preventDefault();
        closeRef.current();
      } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hasSelection]);

  const nav: PanelNavigation = useMemo(
    () => ({
      hrefFor: (id: string) => hrefFor({ ...state, select: id }),
      // The link that was clicked is replaced by the new panel content: focus must go somewhere useful.
      select: (id: string) => select(id, true),
      focus: (actorId: string) => update({ actor: actorId, select: actorId }),
      drillInto: (eventId: string) => update({ event: eventId, select: state.actor }),
      focusedActor: state.actor,
    }),
    [state, select, update],
  );

  const stanceCounts: Record<Stance, number> | null =
    event && !state.actor ? event.stanceCounts : (shown?.baseStances ?? null);
  const kindCounts = shown?.baseKinds ?? null;

  const resetFilters = () => update({ stances: [...STANCES], kinds: [...ACTOR_KINDS] });
  const resetAll = (e: React.MouseEvent) => {
    e.preventDefault();
    update({ ...DEFAULT_STATE });
  };

  async function exportPng() {
    setExportError(null);
    try {
      const graphPng = await graphRef.current?.png();
      if (!graphPng) throw new Error('There is nothing drawn to export.');
      const subtitle = [
        event?.date ? formatPartialDate(event.date) : null,
        state.actor ? `Neighbourhood of ${state.actor} (${plural(state.depth, 'hop')})` : null,
        filtered ? 'Filtered view' : null,
        window.location.href,
      ]
        .filter(Boolean)
        .join(' · ');
      const png = await composePng(graphPng, { title: headline, subtitle });
      downloadBlob(png, exportFilename(eventId ?? 'all-events', 'png'));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : 'The PNG could not be made.');
    }
  }

  function exportJson() {
    if (!shown) return;
    const body = JSON.stringify(exportView(shown.visible, window.location.href), null, 2);
    downloadBlob(new Blob([body], { type: 'application/json' }), exportFilename(eventId ?? 'all-events', 'json'));
  }

  const emptyReason = noEvents
    ? 'The database holds no events. Load the seed to get started.'
    : state.stances.length === 0
      ? 'Every stance is switched off.'
      : state.kinds.length === 0
        ? 'Every kind of actor is switched off.'
        : 'Nobody in this view took one of the selected stances or is of a selected kind.';
  const headline = allEvents ? 'All events' : (event?.title ?? (eventsQ.isPending ? 'Loading event…' : (state.event ?? 'Stancegraph')));
  const actorCount = shown?.rows.length ?? 0;
  const eventCount = shown?.visible.nodes.filter((n) => n.type === 'event').length ?? 0;
  const focusedName = state.actor
    ? (shown?.visible.nodes.find((n) => n.id === state.actor)?.label ?? baseData?.nodes.find((n) => n.id === state.actor)?.label ?? state.actor)
    : null;
  const drawnNodes = shown?.visible.nodes.length ?? 0;
  const drawnEdges = shown?.visible.edges.length ?? 0;
  const renderer = useRendererChoice(drawnNodes + drawnEdges, state.renderer);
  const narrowHints = [
    allEvents ? 'pick one event' : null,
    'switch off a stance or a kind of actor',
    state.actor ? (state.depth > 1 ? 'lower the depth' : null) : 'focus an actor with the search',
  ].filter((hint): hint is string => hint !== null);
  const graphLabel = `Stance graph: ${plural(actorCount, 'actor')} and ${plural(eventCount, 'event')}. The table lists the same actors.`;

  return (
    <div className="explorer" data-view={state.view} data-panel={selection ? 'open' : 'closed'}>
      <header className="topbar">
        <a className="brand" href="/" onClick={resetAll} aria-label="Stancegraph, reset the view">
          <BrandMark />
          Stancegraph
        </a>
        <div className="topbar__event">
          <label htmlFor="event-select" className="sr-only">
            Event
          </label>
          <select
            id="event-select"
            className="select"
            value={allEvents ? ALL_EVENTS : (eventId ?? '')}
            onChange={(e) => update({ event: e.target.value, select: null })}
            disabled={events.length === 0}
          >
            {events.length === 0 && <option value="">{eventsQ.isPending ? 'Loading events…' : 'No events'}</option>}
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.date ? `${e.date.slice(0, 4)} · ` : ''}
                {e.title}
              </option>
            ))}
            {events.length > 1 && <option value={ALL_EVENTS}>All events</option>}
          </select>
        </div>
        <a className="topbar__reset" href="/" onClick={resetAll}>
          Reset view
        </a>
        <SiteNav current="explorer" />
      </header>

      <StatusBanner />

      <div className="workspace">
        <aside className="sidebar" aria-label="Filters">
          <section className="event-summary" aria-labelledby="event-title">
            <p className="eyebrow">{allEvents ? 'Timeline' : 'Event'}</p>
            <h1 id="event-title">{headline}</h1>
            {event && (
              <p className="event-summary__meta">
                {event.date && <time dateTime={event.date}>{formatPartialDate(event.date)}</time>}
                {event.description && <span> · {event.description}</span>}
              </p>
            )}
          </section>

          <ActorSearch
            inputRef={searchRef}
            onChoose={(hit) => {
              returnFocusRef.current = searchRef.current;
              focusPanelRef.current = true;
              update({ actor: hit.id, select: hit.id });
            }}
          />

          {state.actor && (
            <div className="focus-box" data-testid="focus-box">
              <p className="focus-box__title">
                Neighbourhood of <strong>{focusedName}</strong>
              </p>
              <Segmented
                legend="Depth"
                name="depth"
                value={String(state.depth) as '1' | '2' | '3'}
                options={DEPTH_OPTIONS}
                onChange={(value) => update({ depth: Number(value) as Depth })}
              />
              <button type="button" className="button button--ghost" onClick={() => update({ actor: null })}>
                Clear focus
              </button>
            </div>
          )}

          <StanceToggles
            selected={state.stances}
            counts={stanceCounts}
            onToggle={(stance) => update((s) => ({ stances: toggleValue(s.stances, stance, STANCES) }))}
          />

          <KindFilter
            selected={state.kinds}
            counts={kindCounts}
            onToggle={(kind) => update((s) => ({ kinds: toggleValue(s.kinds, kind, ACTOR_KINDS) }))}
          />

          {(filtered || state.actor) && (
            <div className="sidebar__actions">
              {filtered && (
                <button type="button" className="button button--secondary" onClick={resetFilters}>
                  Show all stances and kinds
                </button>
              )}
            </div>
          )}
        </aside>

        <main className="main" id="main">
          <div className="toolbar" role="toolbar" aria-label="View">
            <Segmented
              legend="Show"
              name="view"
              value={state.view}
              options={VIEW_OPTIONS}
              onChange={(view) => update({ view })}
              className="segmented--inline segmented--quiet"
            />
            <Segmented
              legend="Layout"
              name="layout"
              value={state.layout}
              options={LAYOUT_OPTIONS}
              onChange={(layout) => update({ layout })}
              className="segmented--inline"
            />
            <div className="toolbar__group" aria-label="Zoom">
              <button type="button" className="icon-button" onClick={() => graphRef.current?.zoomBy(1.25)} aria-label="Zoom in" disabled={state.view === 'table'}>
                +
              </button>
              <button type="button" className="icon-button" onClick={() => graphRef.current?.zoomBy(0.8)} aria-label="Zoom out" disabled={state.view === 'table'}>
                −
              </button>
              <button type="button" className="button button--ghost" onClick={() => graphRef.current?.fit()} disabled={state.view === 'table'}>
                Fit
              </button>
            </div>
            <div className="toolbar__group toolbar__export">
              <span className="toolbar__label" id="export-label">
                Export
              </span>
              <button
                type="button"
                className="button button--secondary"
                onClick={exportPng}
                disabled={!shown || state.view === 'table'}
                aria-describedby="export-label"
                title={state.view === 'table' ? 'Show the graph to export it as PNG' : 'Download the graph with its legend'}
              >
                PNG
              </button>
              <button type="button" className="button button--secondary" onClick={exportJson} disabled={!shown} aria-describedby="export-label" title="Download visible nodes and edges with their evidence">
                JSON
              </button>
            </div>
          </div>
          {exportError && (
            <p className="notice notice--error" role="alert">
              {exportError}
            </p>
          )}
          {shown?.truncated && (
            <p className="notice">This view was cut short at the server’s node or edge limit. Narrow the filters to see everything.</p>
          )}
          {shown && renderer.large && (
            <LargeViewNotice nodes={drawnNodes} edges={drawnEdges} renderer={renderer} narrow={narrowHints.join(', or ')} />
          )}
          {placed.error && <LayoutFailedNotice message={placed.error} />}

          <section
            className="graph-area"
            aria-label="Graph"
            data-testid="graph"
            data-status={status}
            data-expected-key={viewKey}
            data-layout={placed.phase}
            data-layout-via={placed.via ?? undefined}
          >
            <div className="graph-stage">
              <GraphCanvas
                ref={graphRef}
                elements={shown?.elements ?? []}
                positions={shown?.positions ?? {}}
                layoutKey={shown?.layoutKey ?? ''}
                drawKey={shown ? `${shown.key}${layingOut ? '#laying-out' : ''}` : ''}
                selectedId={state.select}
                onSelect={select}
                label={graphLabel}
                owner="explorer"
                renderer={renderer}
              />
              {status === 'loading' && (
                <div className="graph-overlay" role="status">
                  <span className="spinner" aria-hidden="true" /> Loading the graph…
                </div>
              )}
              {status === 'updating' && (
                <div className="graph-pill" role="status">
                  <span className="spinner spinner--small" aria-hidden="true" />{' '}
                  {layingOut && computed ? `Laying out ${plural(layoutInput?.visible.nodes.length ?? 0, 'node')}…` : 'Updating…'}
                </div>
              )}
              {status === 'error' && (
                <div className="graph-overlay graph-overlay--solid graph-overlay--error" role="alert">
                  <p className="graph-overlay__title">
                    {isUnavailable(graphError) ? 'The graph database is unavailable' : 'The graph could not be loaded'}
                  </p>
                  <p>{errorMessage(graphError)}</p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      void eventsQ.refetch();
                      void baseQ.refetch();
                      if (!nothingOn) void viewQ.refetch();
                    }}
                  >
                    Try again
                  </button>
                </div>
              )}
              {status === 'empty' && (
                <div className="graph-overlay graph-overlay--solid" role="status" data-testid="empty-state">
                  <p className="graph-overlay__title">{noEvents ? 'No events yet' : 'No actors match these filters'}</p>
                <p>{emptyReason}</p>
                  {!noEvents && (
                    <div className="graph-overlay__actions">
                      {filtered && (
                        <button type="button" className="button" onClick={resetFilters}>
                          Reset filters
                        </button>
                      )}
                      {state.actor && (
                        <button type="button" className="button button--secondary" onClick={() => update({ actor: null })}>
                          Clear focus
                        </button>
                      )}
                    </div>
                  )}
                </div>
              )}
            </div>
            <Legend />
          </section>

          <section className="table-area" aria-label="Actors in view">
            {shown && shown.rows.length > 0 ? (
              <ActorTable
                rows={shown.rows}
                selectedId={state.select}
                onSelect={select}
                showEventTitles={allEvents || eventCount > 1}
                caption={`${plural(shown.rows.length, 'actor')} in view${filtered ? ' (filtered)' : ''}${focusedName ? `, around ${focusedName}` : ''}`}
              />
            ) : (
              <p className="muted table-area__empty">
                {status === 'loading' || status === 'updating' ? 'Loading actors…' : 'No actors to list.'}
              </p>
            )}
          </section>
        </main>

        {selection && (
          <DetailPanel selection={selection} nav={nav} events={events} onClose={closePanel} headingRef={panelHeadingRef} />
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {status === 'ready' ? `Showing ${plural(actorCount, 'actor')}.` : status === 'empty' ? 'No actors match these filters.' : ''}
      </p>
    </div>
  );
}
