'use client';

import { useState } from 'react';
import type { ActorKind } from '@/lib/domain';
import { updateActor, type ActorInput } from '@/lib/client/data/edits';
import { parseAliases } from '@/lib/client/edit-view';
import { LIMITS } from '@/lib/model/limits';
import type { ActorRecord } from '@/lib/types';
import { ActorKindField, TextField } from './fields';
import { VersionedForm } from './VersionedForm';

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
  const [name, setName] = useState(actor.name);
  const [kind, setKind] = useState<ActorKind>(actor.kind);
  const [aliases, setAliases] = useState(actor.aliases.join('\n'));
  const [description, setDescription] = useState(actor.description);
  const values = (): ActorInput => ({
    name: name.trim(),
    kind,
    aliases: parseAliases(aliases),
    description: description.trim(),
  });
  return (
    <VersionedForm
      initial={actor}
      labels={LABELS}
      save={async (base) => (await updateActor(base.id, { version: base.version, ...patchOf(base, values()) })).actor}
      onSaved={onDone}
      what="actor"
      label="Edit actor"
      testId="actor-edit-form"
      check={(base) =>
        !values().name
          ? 'The name must not be empty.'
          : Object.keys(patchOf(base, values())).length === 0
            ? 'Nothing to save: the form matches the stored actor.'
            : null
      }
      carry={(old, current) => {
        const typed = values();
        if (typed.name === old.name) setName(current.name);
        if (typed.kind === old.kind) setKind(current.kind);
        if (JSON.stringify(typed.aliases) === JSON.stringify(old.aliases)) setAliases(current.aliases.join('\n'));
        if (typed.description === old.description) setDescription(current.description);
      }}
      saveLabel="Save actor"
      onCancel={onDone}
    >
      <TextField label="Name" value={name} onChange={setName} required maxLength={LIMITS.name} autoFocus />
      <ActorKindField value={kind} onChange={setKind} />
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
    </VersionedForm>
  );
}
