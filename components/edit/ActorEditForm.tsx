'use client';

import { useId, useState, type FormEvent } from 'react';
import { ACTOR_KINDS, type ActorKind } from '@/lib/domain';
import { updateActor, type ActorInput } from '@/lib/client/data/edits';
import { parseAliases } from '@/lib/client/edit-view';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import { LIMITS } from '@/lib/model/limits';
import type { ActorRecord } from '@/lib/types';
import { ConflictNotice } from './ConflictNotice';
import { FormError, TextField } from './fields';
import { useVersionedEdit } from './use-versioned-edit';

const LABELS = { name: 'Name', kind: 'Kind', aliases: 'Also known as', description: 'Description' };

/** The fields of the form that differ from the stored actor: only those are sent. */
function patchOf(base: ActorRecord, values: ActorInput): Partial<ActorInput> {
  const patch: Partial<ActorInput> = {};
  if (values.name !== base.name) patch.name = values.name;
  if (values.kind !== base.kind) patch.kind = values.kind;
  if (JSON.stringify(values.aliases) !== JSON.stringify(base.aliases)) patch.aliases = values.aliases;
  if (values.description !== base.description) patch.description = values.description;
  return patch;
}

/** Edit an actor's name, kind, aliases and description (the panel's Edit, for editors). */
export function ActorEditForm({ actor, onDone }: { actor: ActorRecord; onDone(): void }) {
  const id = useId();
  const [name, setName] = useState(actor.name);
  const [kind, setKind] = useState<ActorKind>(actor.kind);
  const [aliases, setAliases] = useState(actor.aliases.join('\n'));
  const [description, setDescription] = useState(actor.description);
  const [problem, setProblem] = useState<string | null>(null);
  const values = (): ActorInput => ({
    name: name.trim(),
    kind,
    aliases: parseAliases(aliases),
    description: description.trim(),
  });
  const edit = useVersionedEdit<ActorRecord>({
    initial: actor,
    labels: LABELS,
    save: async (base) => (await updateActor(base.id, { version: base.version, ...patchOf(base, values()) })).actor,
    onSaved: onDone,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = !values().name
      ? 'The name must not be empty.'
      : Object.keys(patchOf(edit.base, values())).length === 0
        ? 'Nothing to save: the form matches the stored actor.'
        : null;
    setProblem(found);
    if (!found) edit.submit();
  };

  return (
    <form className="edit-form" onSubmit={submit} aria-label="Edit actor" data-testid="actor-edit-form">
      <TextField label="Name" value={name} onChange={setName} required maxLength={LIMITS.name} autoFocus />
      <div className="edit-field">
        <label className="field-label" htmlFor={`${id}-kind`}>
          Kind
        </label>
        <select
          id={`${id}-kind`}
          className="select"
          value={kind}
          onChange={(e) => setKind(e.target.value as ActorKind)}
        >
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_STYLES[k].label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Also known as"
        note="one per line"
        value={aliases}
        onChange={setAliases}
        multiline
        rows={3}
        maxLength={LIMITS.name * LIMITS.aliases}
      />
      <TextField
        label="Description"
        note="one line: the actor's role"
        value={description}
        onChange={setDescription}
        multiline
        rows={3}
        maxLength={LIMITS.description}
      />
      {edit.conflict && (
        <ConflictNotice
          conflict={edit.conflict}
          what="actor"
          onReload={() =>
            edit.reload((old, current) => {
              const typed = values();
              if (typed.name === old.name) setName(current.name);
              if (typed.kind === old.kind) setKind(current.kind);
              if (JSON.stringify(typed.aliases) === JSON.stringify(old.aliases)) setAliases(current.aliases.join('\n'));
              if (typed.description === old.description) setDescription(current.description);
            })
          }
        />
      )}
      <FormError message={problem ?? edit.error} />
      <div className="edit-form__actions">
        <button type="submit" className="button" disabled={edit.pending}>
          {edit.pending ? 'Saving…' : 'Save actor'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone} disabled={edit.pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
