'use client';

import { useId } from 'react';
import type { ActorDraft } from '@/lib/client/add-stance';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import { LIMITS } from '@/lib/model/limits';
import { ActorSearch } from '@/components/explorer/ActorSearch';
import { UserText } from '@/components/UserText';
import { ActorKindField, EditSection, RadioGroup, TextField } from '../fields';

const MODES = [
  { value: 'existing', label: 'A stored actor' },
  { value: 'new', label: 'A new actor' },
] as const;

/** The actor who took the stance: found among the stored actors, or a new one (name and kind). */
export function ActorChoice({
  value,
  onChange,
}: {
  /** Null: a stored actor, not chosen yet. */
  value: ActorDraft | null;
  onChange(value: ActorDraft | null): void;
}) {
  const id = useId();
  const mode = value?.mode ?? 'existing';
  return (
    <EditSection title="Actor" testId="actor-choice">
      <RadioGroup
        legend="Who"
        name="actor-mode"
        value={mode}
        options={MODES}
        inline
        onChange={(next) => onChange(next === 'new' ? { mode: 'new', name: '', kind: 'state', description: '' } : null)}
      />
      {value?.mode === 'new' ? (
        <>
          <TextField
            label="Name"
            name="actor-name"
            value={value.name}
            onChange={(name) => onChange({ ...value, name })}
            required
            maxLength={LIMITS.name}
          />
          <ActorKindField value={value.kind} onChange={(kind) => onChange({ ...value, kind })} />
          <TextField
            label="Description"
            note="optional, one line: the actor’s role"
            value={value.description}
            onChange={(description) => onChange({ ...value, description })}
            maxLength={LIMITS.description}
          />
        </>
      ) : (
        <>
          <ActorSearch
            label={
              <>
                Find the actor <span className="field-label__note">name or alias</span>
              </>
            }
            placeholder={value ? 'Type to choose another' : 'e.g. Koofi'}
            testId="add-stance-actor"
            describedBy={`${id}-chosen`}
            onChoose={(hit) => onChange({ mode: 'existing', id: hit.id, name: hit.name, kind: hit.kind })}
          />
          <p id={`${id}-chosen`} className="actor-picker__value" data-testid="chosen-actor">
            {value ? (
              <>
                <span className="sr-only">Actor: </span>
                <strong>
                  <UserText>{value.name}</UserText>
                </strong>
                {value.kind && <span className="muted">{KIND_STYLES[value.kind].label}</span>}
              </>
            ) : (
              <span className="muted">No actor chosen. Not stored yet? Choose “A new actor”.</span>
            )}
          </p>
        </>
      )}
    </EditSection>
  );
}
