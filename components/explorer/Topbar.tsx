'use client';

import type { MouseEvent } from 'react';
import type { EventSummary } from '@/lib/types';
import { ALL_EVENTS } from '@/lib/client/url/url-state';
import { BrandMark, SiteNav } from '@/components/SiteNav';
import { stripBidiControls } from '@/lib/client/user-text';
import Link from 'next/link';

interface Props {
  events: EventSummary[];
  eventsPending: boolean;
  /** The chosen event's id, ALL_EVENTS, or '' while there is none. */
  value: string;
  onEvent(eventId: string): void;
  /** The brand and "Reset view" links go back to the default view without a reload. */
  onReset(event: MouseEvent): void;
  /** Under a panel that covers the page. */
  inert?: boolean;
}

/** The page header: brand, the event picker, reset, the links to the other pages. */
export function Topbar({ events, eventsPending, value, onEvent, onReset, inert }: Props) {
  return (
    <header className="topbar" inert={inert}>
      <Link className="brand" href="/" onClick={onReset} aria-label="Stancegraph, reset the view">
        <BrandMark />
        Stancegraph
      </Link>
      <div className="topbar__event">
        <label htmlFor="event-select" className="sr-only">
          Event
        </label>
        <select
          id="event-select"
          className="select"
          value={value}
          onChange={(e) => onEvent(e.target.value)}
          disabled={events.length === 0}
        >
          {events.length === 0 && <option value="">{eventsPending ? 'Loading events…' : 'No events'}</option>}
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.date ? `${e.date.slice(0, 4)} · ` : ''}
              {/* An option cannot hold an isolating element, so bidi controls are dropped from its text. */}
              {stripBidiControls(e.title)}
            </option>
          ))}
          {events.length > 1 && <option value={ALL_EVENTS}>All events</option>}
        </select>
      </div>
      <Link className="topbar__reset" href="/" onClick={onReset}>
        Reset view
      </Link>
      <SiteNav current="explorer" />
    </header>
  );
}
