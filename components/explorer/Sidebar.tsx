'use client';

import Link from 'next/link';
import type { MouseEvent, RefObject } from 'react';
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '@/lib/domain';
import { formatPartialDate } from '@/lib/client/format';
import { toggleValue, type Depth, type ExplorerState } from '@/lib/client/url/url-state';
import type { EventSummary } from '@/lib/types';
import { ActorSearch } from './ActorSearch';
import { EventSearch } from './EventSearch';
import { ContextToggle, KindFilter, Segmented, StanceToggles } from './Filters';
import type { StatePatch } from './use-explorer-state';
import { UserText } from '@/components/UserText';

const DEPTH_OPTIONS = [
  { value: '1', label: '1 hop' },
  { value: '2', label: '2 hops' },
  { value: '3', label: '3 hops' },
] as const;

interface IntroProps {
  state: ExplorerState;
  update(patch: StatePatch): void;
  headline: string;
  allEvents: boolean;
  event: EventSummary | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onChooseActor(actorId: string): void;
  /** Chooses an event found by the event search; null when the picker lists every event. */
  onChooseEvent: ((eventId: string) => void) | null;
  focusedName: string | null;
  onClearFocus(event: MouseEvent): void;
  /** Opens the Add stance flow; null unless an editor is signed in. */
  onAddStance: (() => void) | null;
}

/** The top of the explorer's left column: the event, the actor search and the focused neighbourhood. */
export function ViewIntro({
  state,
  update,
  headline,
  allEvents,
  event,
  searchRef,
  onChooseActor,
  onChooseEvent,
  focusedName,
  onClearFocus,
  onAddStance,
}: IntroProps) {
  return (
    <div className="explorer-intro">
      <section className="event-summary" aria-labelledby="event-title">
        <p className="eyebrow">{allEvents ? 'Timeline' : 'Event'}</p>
        <h1 id="event-title">
          <UserText>{headline}</UserText>
        </h1>
        {event && (
          <p className="event-summary__meta">
            {event.date && <time dateTime={event.date}>{formatPartialDate(event.date)}</time>}
            {event.description && (
              <span>
                {' '}
                · <UserText>{event.description}</UserText>
              </span>
            )}
          </p>
        )}
        {allEvents && (
          // Across many events the question is who stands together: the congruence network answers it.
          <p className="event-summary__meta">
            <Link href="/query?q=congruence" data-testid="congruence-link">
              Who stands with whom across the events?
            </Link>
          </p>
        )}
        {onAddStance && (
          <button type="button" className="button button--secondary event-summary__add" onClick={onAddStance}>
            Add stance
          </button>
        )}
      </section>

      {onChooseEvent && <EventSearch label="Find an event" onChoose={(hit) => onChooseEvent(hit.id)} />}

      <ActorSearch inputRef={searchRef} onChoose={(hit) => onChooseActor(hit.id)} />

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
          <button type="button" className="button button--ghost" onClick={onClearFocus}>
            Clear focus
          </button>
        </div>
      )}
    </div>
  );
}

interface FilterProps {
  state: ExplorerState;
  update(patch: StatePatch): void;
  stanceCounts: Record<Stance, number> | null;
  kindCounts: Partial<Record<ActorKind, number>> | null;
  context: { shown: boolean; count: number | null };
  filtered: boolean;
  onResetFilters(): void;
}

/**
 * The stance and kind filters. They follow the graph in the page (and so in Tab order); on a wide
 * screen they sit in the left column under the search, on a narrow one below the graph.
 */
export function Sidebar({ state, update, stanceCounts, kindCounts, context, filtered, onResetFilters }: FilterProps) {
  return (
    <aside className="explorer-filters" aria-label="Filters">
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

      <ContextToggle checked={context.shown} count={context.count} onChange={(show) => update({ context: show })} />

      {filtered && (
        <div className="sidebar__actions">
          <button type="button" className="button button--secondary" onClick={onResetFilters}>
            Show all stances and kinds
          </button>
        </div>
      )}
    </aside>
  );
}
