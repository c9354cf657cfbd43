'use client';
/**
 * The editors' controls at the top of an actor's or an event's panel: Edit (the form opens in place
 * and focus comes back to the button when it closes) and Add stance (with this actor or event chosen).
 * Shown only to a signed-in editor.
 */
import { useEffect, useRef, useState } from 'react';
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

export function ActorEditing({ actor, onAddStance }: { actor: ActorDetail } & Controls) {
  const editor = useEditor();
  const mode = useEditMode();
  if (!editor) return null;
  const record: ActorRecord = {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    description: actor.description,
    version: actor.version,
  };
  return (
    <div className="edit-tools" data-testid="actor-editing">
      <div className="panel__actions">
        <button
          ref={mode.button}
          type="button"
          className="button button--secondary"
          aria-expanded={mode.editing}
          onClick={mode.editing ? mode.close : mode.open}
        >
          Edit actor
        </button>
        {onAddStance && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onAddStance({ actor: { id: actor.id, name: actor.name, kind: actor.kind } })}
          >
            Add stance
          </button>
        )}
      </div>
      {mode.editing && <ActorEditForm actor={record} onDone={mode.close} />}
    </div>
  );
}

export function EventEditing({ event, onAddStance }: { event: EventDetail } & Controls) {
  const editor = useEditor();
  const mode = useEditMode();
  if (!editor) return null;
  const record: EventRecord = {
    id: event.id,
    title: event.title,
    date: event.date,
    kind: event.kind,
    description: event.description,
    version: event.version,
  };
  return (
    <div className="edit-tools" data-testid="event-editing">
      <div className="panel__actions">
        <button
          ref={mode.button}
          type="button"
          className="button button--secondary"
          aria-expanded={mode.editing}
          onClick={mode.editing ? mode.close : mode.open}
        >
          Edit event
        </button>
        {onAddStance && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onAddStance({ event: { id: event.id, title: event.title } })}
          >
            Add stance
          </button>
        )}
      </div>
      {mode.editing && <EventEditForm event={record} onDone={mode.close} />}
    </div>
  );
}
