'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState, type Ref } from 'react';
import { actorQuery } from '@/lib/client/data/queries';
import { ActorSearch } from '@/components/explorer/ActorSearch';

interface Props {
  name: string;
  label: string;
  required: boolean;
  value: string | null;
  error: string | null;
  onChange(id: string | null): void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A form field holding one actor id, chosen with the explorer's own search combobox (names and aliases,
 * typo tolerant). The chosen actor is named under it and is part of the field's description.
 */
export function ActorPicker({ name, label, required, value, error, onChange, inputRef }: Props) {
  const id = useId();
  // The name of the actor last chosen here; a value from a shared link is only an id, named by the actor detail.
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const known = chosen !== null && chosen.id === value;
  const actor = useQuery({ ...actorQuery(value ?? ''), enabled: value !== null && !known });
  const shownName = known ? chosen.name : (actor.data?.name ?? value);

  return (
    <div className="actor-picker" data-testid={`field-${name}`}>
      <ActorSearch
        label={
          <>
            {label} <span className="field-label__note">{required ? 'required' : 'optional'}</span>
          </>
        }
        placeholder={value ? 'Type to choose another' : 'Name or alias, e.g. Muttaqi'}
        onChoose={(hit) => {
          setChosen({ id: hit.id, name: hit.name });
          onChange(hit.id);
        }}
        inputRef={inputRef}
        testId={`actor-input-${name}`}
        describedBy={[`${id}-value`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
        invalid={error !== null}
      />
      <p id={`${id}-value`} className="actor-picker__value">
        {value ? (
          <>
            <span className="sr-only">{label}: </span>
            <strong data-testid={`chosen-${name}`}>{shownName}</strong>
            <button type="button" className="link-button small" onClick={() => onChange(null)}>
              Clear<span className="sr-only"> {label}</span>
            </button>
          </>
        ) : (
          <span className="muted">No actor chosen{required ? '' : ': all actors'}</span>
        )}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
