'use client';

import type { EventDraft } from '@/lib/client/add-stance';
import { stripBidiControls } from '@/lib/client/user-text';
import { LIMITS } from '@/lib/model/limits';
import type { EventSummary } from '@/lib/types';
import { DATE_HINT } from '../EventEditForm';
import { EditSection, RadioGroup, SelectField, TextField } from '../fields';

const MODES = [
  { value: 'existing', label: 'A stored event' },
  { value: 'new', label: 'A new event' },
] as const;

/** The event the stance is on: one of the stored events (the explorer's current one first chosen), or a new one. */
export function EventChoice({
  value,
  onChange,
  events,
}: {
  value: EventDraft;
  onChange(value: EventDraft): void;
  events: EventSummary[];
}) {
  // The chosen event may be older than the newest page of events the explorer lists.
  const options =
    value.mode === 'existing' && !events.some((e) => e.id === value.id)
      ? [{ id: value.id, title: value.title, date: null }, ...events]
      : events;
  return (
    <EditSection title="Event" testId="event-choice">
      <RadioGroup
        legend="On what"
        name="event-mode"
        value={value.mode}
        options={MODES}
        inline
        onChange={(next) =>
          onChange(
            next === 'new'
              ? { mode: 'new', title: '', date: '', description: '' }
              : { mode: 'existing', id: events[0]?.id ?? '', title: events[0]?.title ?? '' },
          )
        }
      />
      {value.mode === 'existing' ? (
        <SelectField
          label="Event"
          value={value.id}
          options={options.map((event) => ({
            value: event.id,
            label: `${event.date ? `${event.date.slice(0, 4)} · ` : ''}${stripBidiControls(event.title)}`,
          }))}
          onChange={(id) => {
            const event = options.find((o) => o.id === id);
            if (event) onChange({ mode: 'existing', id: event.id, title: event.title });
          }}
        />
      ) : (
        <>
          <TextField
            label="Title"
            name="event-title"
            value={value.title}
            onChange={(title) => onChange({ ...value, title })}
            required
            maxLength={LIMITS.title}
          />
          <TextField
            label="Date"
            name="event-date"
            value={value.date}
            onChange={(date) => onChange({ ...value, date })}
            required
            maxLength={10}
            hint={DATE_HINT}
          />
          <TextField
            label="Description"
            value={value.description}
            onChange={(description) => onChange({ ...value, description })}
            maxLength={LIMITS.description}
          />
        </>
      )}
    </EditSection>
  );
}
