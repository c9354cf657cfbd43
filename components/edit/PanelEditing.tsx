'use client';
/**
 * The editors' controls at the top of an actor's or an event's panel: Edit (the form opens in place
 * and focus comes back to the button when it closes) and Add stance (with this actor or event chosen).
 * Shown only to a signed-in editor.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ActorDetail, ActorRecord, EventDetail, EventRecord } from '@/lib/types';
import type { AddStancePreset } from './add-stance/AddStanceDialog';
import { ActorEditForm } from './ActorEditForm';
import { EventEditForm } from './EventEditForm';
import { useEditor } from './use-editor';

function useEditMode() {
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (!editing && returning.current) {
      returning.current = false;
      button.current?.focus();
    }
  }, [editing]);
  return {
    editing,
    button,
    open: () => setEditing(true),
    close: () => {
      returning.current = true;
      setEditing(false);
    },
  };
}

interface Controls {
  onAddStance: ((preset: AddStancePreset) => void) | null;
}

/** Edit (its form in place, from `form(close)`) and, where the panel offers it, Add stance. */
function EditingControls({
  testId,
  editLabel,
  addStance,
  form,
}: {
  testId: string;
  editLabel: string;
  addStance: (() => void) | null;
  form(close: () => void): ReactNode;
}) {
  const editor = useEditor();
  const mode = useEditMode();
  if (!editor) return null;
  return (
    <div className="edit-tools" data-testid={testId}>
      <div className="panel__actions">
        <button
          ref={mode.button}
          type="button"
          className="button button--secondary"
          aria-expanded={mode.editing}
          onClick={mode.editing ? mode.close : mode.open}
        >
          {editLabel}
        </button>
        {addStance && (
          <button type="button" className="button button--secondary" onClick={addStance}>
            Add stance
          </button>
        )}
      </div>
      {mode.editing && form(mode.close)}
    </div>
  );
}

export function ActorEditing({ actor, onAddStance }: { actor: ActorDetail } & Controls) {
  const record: ActorRecord = {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    description: actor.description,
    version: actor.version,
  };
  return (
    <EditingControls
      testId="actor-editing"
      editLabel="Edit actor"
      addStance={onAddStance && (() => onAddStance({ actor: { id: actor.id, name: actor.name, kind: actor.kind } }))}
      form={(close) => <ActorEditForm actor={record} onDone={close} />}
    />
  );
}

export function EventEditing({ event, onAddStance }: { event: EventDetail } & Controls) {
  const record: EventRecord = {
    id: event.id,
    title: event.title,
    date: event.date,
    kind: event.kind,
    description: event.description,
    version: event.version,
  };
  return (
    <EditingControls
      testId="event-editing"
      editLabel="Edit event"
      addStance={onAddStance && (() => onAddStance({ event: { id: event.id, title: event.title } }))}
      form={(close) => <EventEditForm event={record} onDone={close} />}
    />
  );
}
