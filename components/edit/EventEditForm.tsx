'use client';

import { useState } from 'react';
import { isPartialDate } from '@/lib/dates';
import { updateEvent, type EventInput } from '@/lib/client/data/edits';
import { LIMITS } from '@/lib/model/limits';
import type { EventRecord } from '@/lib/types';
import { TextField } from './fields';
import { VersionedForm } from './VersionedForm';

const LABELS = { title: 'Title', date: 'Date', description: 'Description' };

export const DATE_HINT = 'As precise as is known: 2025, 2025-07 or 2025-07-03.';

type EventValues = Pick<EventInput, 'title' | 'date' | 'description'>;

function patchOf(base: EventRecord, values: EventValues): Partial<EventInput> {
  const patch: Partial<EventInput> = {};
  if (values.title !== base.title) patch.title = values.title;
  if (values.date !== (base.date ?? '')) patch.date = values.date;
  if (values.description !== base.description) patch.description = values.description;
  return patch;
}

/** A problem with an event's title or date that the server would refuse, said before sending. */
function eventProblem(values: EventValues, allowEmptyDate = false): string | null {
  if (!values.title) return 'The title must not be empty.';
  if (allowEmptyDate && values.date === '') return null;
  if (!isPartialDate(values.date)) return `The date must be a date such as 2025-07-03. ${DATE_HINT}`;
  return null;
}

/** Edit an event's title, date and description (the panel's Edit, for editors). */
export function EventEditForm({ event, onDone }: { event: EventRecord; onDone(): void }) {
  const [title, setTitle] = useState(event.title);
  const [date, setDate] = useState(event.date ?? '');
  const [description, setDescription] = useState(event.description);
  const values = (): EventValues => ({ title: title.trim(), date: date.trim(), description: description.trim() });
  return (
    <VersionedForm
      initial={event}
      labels={LABELS}
      save={async (base) => (await updateEvent(base.id, { version: base.version, ...patchOf(base, values()) })).event}
      onSaved={onDone}
      what="event"
      label="Edit event"
      testId="event-edit-form"
      check={(base) =>
        // An event stored without a date may stay so.
        eventProblem(values(), base.date === null) ??
        (Object.keys(patchOf(base, values())).length === 0
          ? 'Nothing to save: the form matches the stored event.'
          : null)
      }
      carry={(old, current) => {
        const typed = values();
        if (typed.title === old.title) setTitle(current.title);
        if (typed.date === (old.date ?? '')) setDate(current.date ?? '');
        if (typed.description === old.description) setDescription(current.description);
      }}
      saveLabel="Save event"
      onCancel={onDone}
    >
      <TextField label="Title" value={title} onChange={setTitle} required maxLength={LIMITS.title} autoFocus />
      <TextField label="Date" value={date} onChange={setDate} required maxLength={10} hint={DATE_HINT} />
      <TextField
        label="Description"
        value={description}
        onChange={setDescription}
        multiline
        rows={3}
        maxLength={LIMITS.description}
      />
    </VersionedForm>
  );
}
