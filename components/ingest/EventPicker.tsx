'use client';
/** Which event the article reacts to: one of the stored events, or a new one (title and date). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '@/lib/client/data/api';
import { createEvent } from '@/lib/client/data/ingest';
import { eventsQuery, queryKeys } from '@/lib/client/data/queries';
import { formatPartialDate } from '@/lib/client/format';
import { EventSearch } from '@/components/explorer/EventSearch';
import type { EventSummary } from '@/lib/types';
import styles from './ingest.module.css';

const NEW = '__new';

export function EventPicker({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange: (id: string) => void;
  disabled: boolean;
}) {
  const queryClient = useQueryClient();
  const events = useQuery(eventsQuery());
  const [creating, setCreating] = useState(false);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  // The event just made (listed until the refetched list holds it) or found past the newest page.
  const [picked, setPicked] = useState<Pick<EventSummary, 'id' | 'title' | 'date'> | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => createEvent(title, date),
    onSuccess: ({ event, existed }) => {
      setPicked(event);
      setCreating(false);
      setNote(
        existed
          ? `An event of that title is stored already: "${event.title}" is chosen.`
          : `"${event.title}" is stored now (the history lists it, and it can be reverted there); stances are written when you save.`,
      );
      onChange(event.id);
      void queryClient.invalidateQueries({ queryKey: queryKeys.events() });
    },
  });

  const options = events.data?.events ?? [];
  const listed = picked && !options.some((o) => o.id === picked.id) ? [picked, ...options] : options;
  const moreEvents = (events.data?.total ?? 0) > options.length;
  return (
    <div className={styles.field}>
      <label className="field-label" htmlFor="ingest-event">
        Event the article reacts to
      </label>
      <select
        id="ingest-event"
        value={creating ? NEW : value}
        disabled={disabled}
        aria-describedby={events.isError ? 'ingest-event-error' : undefined}
        onChange={(e) => {
          setNote(null);
          if (e.target.value === NEW) setCreating(true);
          else {
            setCreating(false);
            onChange(e.target.value);
          }
        }}
      >
        <option value="">{events.isPending ? 'Loading events…' : 'Choose an event…'}</option>
        {listed.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
            {e.date ? ` · ${formatPartialDate(e.date)}` : ''}
          </option>
        ))}
        <option value={NEW}>New event…</option>
      </select>
      {moreEvents && !creating && !disabled ? (
        <EventSearch
          label="Or find an older event"
          testId="ingest-event-search"
          onChoose={(hit) => {
            setNote(null);
            setPicked(hit);
            onChange(hit.id);
          }}
        />
      ) : null}
      {events.isError ? (
        <p id="ingest-event-error" className="notice notice--error" role="alert">
          The events could not be loaded: {errorMessage(events.error)}
        </p>
      ) : null}
      {note ? (
        <p className="muted" role="status">
          {note}
        </p>
      ) : null}
      {creating ? (
        <fieldset className={styles.newEvent} disabled={disabled || create.isPending}>
          <legend>New event</legend>
          <label className="field-label" htmlFor="ingest-event-title">
            Title
          </label>
          <input
            id="ingest-event-title"
            value={title}
            placeholder="Russia recognizes the Taliban government"
            onChange={(e) => setTitle(e.target.value)}
          />
          <label className="field-label" htmlFor="ingest-event-date">
            Date
          </label>
          <input
            id="ingest-event-date"
            value={date}
            inputMode="numeric"
            placeholder="2025-07-03"
            aria-describedby="ingest-event-date-note"
            onChange={(e) => setDate(e.target.value)}
          />
          <span id="ingest-event-date-note" className="muted">
            As precise as known: 2025, 2025-07 or 2025-07-03. Name the actor and the act in the title (&quot;Germany
            recognizes …&quot;): proposals are found from it. Creating stores the event at once.
          </span>
          <div className={styles.actions}>
            <button
              type="button"
              className="button"
              disabled={!title.trim() || !date.trim()}
              onClick={() => create.mutate()}
            >
              {create.isPending ? 'Creating…' : 'Create event'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setCreating(false)}>
              Cancel
            </button>
          </div>
          {create.isError ? (
            <p className="notice notice--error" role="alert">
              The event was not created: {errorMessage(create.error)}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
