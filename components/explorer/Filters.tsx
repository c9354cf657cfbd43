'use client';

import { useId } from 'react';
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '@/lib/domain';
import { KIND_STYLES, STANCE_STYLES } from '@/lib/client/drawing/styles';
import { KindIcon, StanceLine } from './Symbols';

interface StanceTogglesProps {
  selected: Stance[];
  counts: Record<Stance, number> | null;
  onToggle(stance: Stance): void;
}

export function StanceToggles({ selected, counts, onToggle }: StanceTogglesProps) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-label`} className="filter-group">
      <h2 id={`${id}-label`} className="field-label">
        Stances
      </h2>
      <div className="stance-toggles">
        {STANCES.map((stance) => {
          const on = selected.includes(stance);
          const style = STANCE_STYLES[stance];
          const count = counts?.[stance];
          return (
            <button
              key={stance}
              type="button"
              className={`stance-toggle stance-toggle--${stance}`}
              aria-pressed={on}
              onClick={() => onToggle(stance)}
              data-testid={`stance-toggle-${stance}`}
            >
              <StanceLine stance={stance} />
              <span className="stance-toggle__label">{style.label}</span>
              <span className="stance-toggle__count" aria-label={count === undefined ? undefined : `${count} actors`}>
                {count ?? '–'}
              </span>
              <span className="stance-toggle__state" aria-hidden="true">
                {on ? 'On' : 'Off'}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}

interface KindFilterProps {
  selected: ActorKind[];
  counts: Partial<Record<ActorKind, number>> | null;
  onToggle(kind: ActorKind): void;
}

export function KindFilter({ selected, counts, onToggle }: KindFilterProps) {
  return (
    <fieldset className="filter-group kind-filter">
      <legend className="field-label">Actor kinds</legend>
      {ACTOR_KINDS.map((kind) => (
        <label key={kind} className="kind-option">
          <input
            type="checkbox"
            checked={selected.includes(kind)}
            onChange={() => onToggle(kind)}
            data-testid={`kind-toggle-${kind}`}
          />
          <KindIcon kind={kind} />
          <span className="kind-option__label">{KIND_STYLES[kind].label}</span>
          <span className="kind-option__count">{counts ? (counts[kind] ?? 0) : '–'}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface ContextToggleProps {
  checked: boolean;
  /** Context actors shown, or that ticking the box would show. */
  count: number | null;
  onChange(show: boolean): void;
}

/**
 * Context actors: drawn for their relations, without a stance in view. Shown by default while every
 * stance is; hidden once a stance is switched off, since they answer nothing the filter asks.
 */
export function ContextToggle({ checked, count, onChange }: ContextToggleProps) {
  const id = useId();
  return (
    <div className="filter-group">
      <label className="kind-option">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={`${id}-hint`}
          data-testid="context-toggle"
        />
        <span />
        <span className="kind-option__label">Show context actors</span>
        <span className="kind-option__count">{count ?? '–'}</span>
      </label>
      <p id={`${id}-hint`} className="muted filter-hint">
        Actors with no stance in view, drawn for their relations to others.
      </p>
    </div>
  );
}

interface SegmentedProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string; disabled?: boolean }[];
  onChange(value: T): void;
  className?: string;
}

/** A radio group styled as a segmented control: arrow keys move between options natively. */
export function Segmented<T extends string>({ legend, name, value, options, onChange, className }: SegmentedProps<T>) {
  return (
    <fieldset className={`segmented ${className ?? ''}`}>
      <legend className="field-label">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
