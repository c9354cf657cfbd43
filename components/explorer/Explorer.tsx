'use client';

import dynamic from 'next/dynamic';
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { ACTOR_KINDS, STANCES } from '@/lib/domain';
import { stanceParts } from '@/lib/client/edit-view';
import type { AddStancePreset, SavedStance } from '@/components/edit/add-stance/AddStanceDialog';
import { useEditor } from '@/components/edit/use-editor';
import { formatPartialDate, plural } from '@/lib/client/format';
import { viewFileWords } from '@/lib/client/drawing/export';
import { ALL_EVENTS, DEFAULT_STATE, hrefFor } from '@/lib/client/url/url-state';
import { ActorTable } from './ActorTable';
import { DetailPanel, type PanelNavigation } from './DetailPanel';
import { GraphCanvas, type GraphCanvasHandle } from './GraphCanvas';
import { GraphStatus } from './GraphStatus';
import { Legend } from './Legend';
import { Sidebar, ViewIntro } from './Sidebar';
import { StatusBanner } from './StatusBanner';
import { Timeline, type PlayStep, type TimeRange } from './Timeline';
import { Toolbar } from './Toolbar';
import { Topbar } from './Topbar';
import { LargeViewNotice, LayoutFailedNotice } from './ViewNotices';
import { useExplorerFocus } from './use-explorer-focus';
import { useExplorerState } from './use-explorer-state';
import { useExplorerView } from './use-explorer-view';

// Only an editor opens it, and only on asking: it loads then, not with the page.
const AddStanceDialog = dynamic(() =>
  import('@/components/edit/add-stance/AddStanceDialog').then((m) => m.AddStanceDialog),
);

/** The explorer page: header, filters, the graph with its toolbar and notices, the table, the panel. */
export function Explorer() {
  const { state, update } = useExplorerState();
  // While the timeline plays: the range its whole run covers, laid out once (use-explorer-view).
  const [playExtent, setPlayExtent] = useState<TimeRange | null>(null);
  // While it plays, the graph draws its edges plain: each step draws less.
  const [playing, setPlaying] = useState(false);
  const view = useExplorerView(state, playExtent);
  const { searchRef, panelHeadingRef, select, chooseFromSearch, closePanel, clearFocus, sheetOpen } = useExplorerFocus(
    state.select,
    view.selection?.type,
    update,
  );
  const graphRef = useRef<GraphCanvasHandle>(null);
  const { shown, status, event, eventId, allEvents, filtered } = view;
  const editor = useEditor();
  // The Add stance flow, open with what it starts from; a new opening starts afresh (its key).
  const [adding, setAdding] = useState<{ preset: AddStancePreset; key: number } | null>(null);
  const canAdd = editor !== null;

  const nav: PanelNavigation = useMemo(
    () => ({
      hrefFor: (id: string) => hrefFor({ ...state, select: id }),
      // The link that was clicked is replaced by the new panel content: focus must go somewhere useful.
      select: (id: string) => select(id, true),
      focus: (actorId: string) => update({ actor: actorId, select: actorId }),
      drillInto: (eventId: string) => update({ event: eventId, select: state.actor }),
      focusedActor: state.actor,
      addStance: canAdd ? (preset: AddStancePreset) => setAdding({ preset, key: Date.now() }) : null,
    }),
    [state, select, update, canAdd],
  );

  /** Shows a stance just written: its event's view, with its stance and kind switched on, and its panel. */
  const showStance = (stanceId: string, saved?: SavedStance) => {
    const parts = saved ? { actorId: saved.stance.actorId, eventId: saved.stance.eventId } : stanceParts(stanceId);
    setAdding(null);
    if (!parts) return;
    update((s) => ({
      event: s.event === ALL_EVENTS ? s.event : parts.eventId,
      actor: s.actor && s.actor !== parts.actorId ? null : s.actor,
      stances: saved && !s.stances.includes(saved.stance.stance) ? [...s.stances, saved.stance.stance] : s.stances,
      kinds: saved?.actorKind && !s.kinds.includes(saved.actorKind) ? [...s.kinds, saved.actorKind] : s.kinds,
    }));
    select(stanceId, true);
  };

  const onRange = (range: TimeRange | null, play?: PlayStep) => {
    setPlayExtent(play ? play.extent : null);
    update({ from: range?.from ?? null, to: range?.to ?? null }, play?.step ? 'replace' : 'push');
  };

  const resetFilters = () => update({ stances: [...STANCES], kinds: [...ACTOR_KINDS], context: null });
  const resetAll = (e: MouseEvent) => {
    e.preventDefault();
    update({ ...DEFAULT_STATE });
  };

  const emptyReason = view.noEvents
    ? 'The database holds no events. Load the seed to get started.'
    : state.stances.length === 0
      ? 'Every stance is switched off.'
      : state.kinds.length === 0
        ? 'Every kind of actor is switched off.'
        : view.ranged
          ? 'Nobody in this view took one of the selected stances in this range of time.'
          : 'Nobody in this view took one of the selected stances or is of a selected kind.';
  const headline = allEvents
    ? 'All events'
    : (event?.title ?? (view.eventPending ? 'Loading event…' : (state.event ?? 'Stancegraph')));
  const narrowHints = [
    allEvents ? 'pick one event' : null,
    'switch off a stance or a kind of actor',
    state.actor ? (state.depth > 1 ? 'lower the depth' : null) : 'focus an actor with the search',
  ].filter((hint): hint is string => hint !== null);
  const pngDetails = [
    event?.date ? formatPartialDate(event.date) : null,
    state.actor ? `Neighbourhood of ${state.actor} (${plural(state.depth, 'hop')})` : null,
    filtered ? 'Filtered view' : null,
    view.ranged
      ? `Stated ${state.from ? `from ${formatPartialDate(state.from)}` : ''}${state.from && state.to ? ' ' : ''}${state.to ? `to ${formatPartialDate(state.to)}` : ''}`
      : null,
  ].filter((detail): detail is string => detail !== null);
  const graphLabel = `Stance graph: ${plural(view.actorCount, 'actor')} and ${plural(view.eventCount, 'event')}. The table lists the same actors.`;

  return (
    <div className="explorer" data-view={state.view} data-panel={view.selection ? 'open' : 'closed'}>
      <Topbar
        events={view.pickerEvents}
        eventsPending={view.eventsPending}
        value={allEvents ? ALL_EVENTS : (eventId ?? '')}
        onEvent={(id) => update({ event: id, select: null })}
        onReset={resetAll}
        inert={sheetOpen}
      />

      <StatusBanner />

      <div className="workspace workspace--explorer">
        {/*
          One order for the eye and for Tab at every width: the event and search, the graph, the filters,
          the table. A wide screen floats the first and the filters into a left column (app/styles/frame.css).
        */}
        <main className="main explorer-main" id="main" inert={sheetOpen}>
          <ViewIntro
            state={state}
            update={update}
            headline={headline}
            allEvents={allEvents}
            event={event}
            searchRef={searchRef}
            onChooseActor={chooseFromSearch}
            onChooseEvent={view.moreEvents ? (id) => update({ event: id, select: null }) : null}
            focusedName={view.focusedName}
            onClearFocus={clearFocus}
            onAddStance={
              canAdd
                ? () =>
                    setAdding({
                      preset: event ? { event: { id: event.id, title: event.title } } : {},
                      key: Date.now(),
                    })
                : null
            }
          />
          <Toolbar
            view={state.view}
            layout={state.layout}
            onView={(mode) => update({ view: mode })}
            onLayout={(layout) => update({ layout })}
            graphRef={graphRef}
            drawn={shown?.visible ?? null}
            drawnQuery={shown?.query ?? null}
            caption={{ title: headline, details: pngDetails }}
            fileWords={viewFileWords(state, allEvents ? null : eventId)}
          />
          {shown?.truncated && (
            <p className="notice">
              This view was cut short at the server’s node or edge limit. Narrow the filters to see everything.
            </p>
          )}
          {shown && view.renderer.large && (
            <LargeViewNotice
              nodes={view.drawnNodes}
              edges={view.drawnEdges}
              renderer={view.renderer}
              narrow={narrowHints.join(', or ')}
            />
          )}
          {view.placed.error && <LayoutFailedNotice message={view.placed.error} />}

          <section
            className="graph-area"
            aria-label="Graph"
            data-testid="graph"
            data-status={status}
            data-expected-key={view.viewKey}
            data-layout={view.placed.phase}
            data-layout-via={view.placed.via ?? undefined}
          >
            <div className="graph-stage">
              <GraphCanvas
                ref={graphRef}
                elements={shown?.elements ?? []}
                positions={shown?.positions ?? {}}
                layoutKey={shown?.layoutKey ?? ''}
                drawKey={shown ? `${shown.key}${view.placed.phase === 'pending' ? '#laying-out' : ''}` : ''}
                selectedId={state.select}
                onSelect={select}
                label={graphLabel}
                owner="explorer"
                renderer={view.renderer}
                fitKey={state.view}
                coveredBy={() => panelHeadingRef.current?.closest('aside') ?? null}
                plain={playing}
              />
              <GraphStatus
                status={status}
                layingOutNodes={view.layingOutNodes}
                error={view.graphError}
                onRetry={view.retry}
                noEvents={view.noEvents}
                emptyReason={emptyReason}
                filtered={filtered}
                onResetFilters={resetFilters}
                focused={state.actor !== null}
                onClearFocus={clearFocus}
              />
            </div>
            <Legend />
          </section>

          <Sidebar
            state={state}
            update={update}
            stanceCounts={view.stanceCounts}
            kindCounts={view.kindCounts}
            context={{ shown: view.showContext, count: view.contextCount }}
            filtered={filtered}
            onResetFilters={resetFilters}
          />

          {/*
            After the filters in the page's order, though drawn under the graph: a float may not rise
            above one before it, so placed earlier it would push the filters below the graph.
          */}
          {view.contextReady && (
            <Timeline
              params={{ event: eventId, stances: state.stances, kinds: state.kinds, actor: state.actor }}
              from={state.from}
              to={state.to}
              onRange={onRange}
              graphReady={status === 'ready' || status === 'empty'}
              onPlaying={setPlaying}
            />
          )}

          {/* The skip link's target (components/SkipLink) while the table is shown: the canvas takes no keyboard. */}
          <section
            className="table-area"
            aria-label="Actors in view"
            data-skip-target={state.view === 'graph' ? undefined : ''}
          >
            {shown && shown.rows.length > 0 ? (
              <ActorTable
                rows={shown.rows}
                selectedId={state.select}
                onSelect={select}
                showEventTitles={allEvents || view.eventCount > 1}
                caption={`${plural(shown.rows.length, 'actor')} in view${filtered ? ' (filtered)' : ''}${view.focusedName ? `, around ${view.focusedName}` : ''}`}
              />
            ) : (
              <p className="muted table-area__empty">
                {status === 'loading' || status === 'updating' ? 'Loading actors…' : 'No actors to list.'}
              </p>
            )}
          </section>
        </main>

        {view.selection && (
          <DetailPanel
            selection={view.selection}
            nav={nav}
            events={view.events}
            onClose={closePanel}
            headingRef={panelHeadingRef}
          />
        )}
      </div>
      {adding && (
        <AddStanceDialog
          key={adding.key}
          preset={adding.preset}
          events={view.events}
          onClose={() => setAdding(null)}
          onSaved={(saved) => showStance(saved.stance.id, saved)}
          onOpenStance={(id) => showStance(id)}
        />
      )}
      <p className="sr-only" aria-live="polite">
        {status === 'ready'
          ? `Showing ${plural(view.actorCount, 'actor')}.`
          : status === 'empty'
            ? 'No actors match these filters.'
            : ''}
      </p>
    </div>
  );
}
