'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { errorMessage } from '@/lib/client/data/api';
import { actorSearchQuery } from '@/lib/client/data/queries';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import type { ActorSearchHit } from '@/lib/types';
import { KindIcon } from './Symbols';
import { UserText } from '@/components/UserText';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Why a hit matched when its name does not say: the alias that holds the query ("Mottaki" for
 * Muttaqi), or else its description, where the search also looks ("foreign minister").
 */
function matchedText(hit: ActorSearchHit, q: string): string | null {
  const needle = q.toLowerCase();
  if (hit.name.toLowerCase().includes(needle)) return null;
  return hit.aliases.find((alias) => alias.toLowerCase().includes(needle)) ?? (hit.description || null);
}

interface Props {
  onChoose(hit: ActorSearchHit): void;
  inputRef?: Ref<HTMLInputElement>;
  /** The visible label; the explorer's names its "/" shortcut, a form field names the input it fills. */
  label?: ReactNode;
  placeholder?: string;
  testId?: string;
  /** Ids of text that describes the field besides the search status (a form's current value or error). */
  describedBy?: string;
  invalid?: boolean;
}

const EXPLORER_LABEL = (
  <>
    Find an actor <kbd title="Press / to search">/</kbd>
  </>
);

/**
 * A combobox (WAI-ARIA 1.2 pattern): focus stays in the input, arrow keys move the active option.
 * The explorer's search and the query page's actor inputs are both this one component.
 */
export function ActorSearch({
  onChoose,
  inputRef,
  label = EXPLORER_LABEL,
  placeholder = 'Name, alias or role',
  testId = 'actor-search',
  describedBy,
  invalid,
}: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), 150);
  const search = useQuery({
    ...actorSearchQuery(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const hits = q.length > 0 ? (search.data?.actors ?? []) : [];
  const settled = q === text.trim() && !search.isFetching;
  const expanded = open && text.trim().length > 0;

  useEffect(() => setActive(-1), [q]);

  function choose(hit: ActorSearchHit) {
    setText('');
    setOpen(false);
    setActive(-1);
    onChoose(hit);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (hits.length) setActive((i) => (i + 1) % hits.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (hits.length) setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
        break;
      case 'Enter': {
        const hit = hits[active] ?? (settled ? hits[0] : undefined);
        if (expanded && hit) {
          event.preventDefault();
          choose(hit);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          // Close the list only; the page's Escape (close the panel) must not fire too.
          event.preventDefault();
          event.stopPropagation();
          event.nativeEvent.stopImmediatePropagation();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.stopPropagation();
          event.nativeEvent.stopImmediatePropagation();
          setText('');
        }
        break;
    }
  }

  let status = '';
  if (expanded) {
    if (search.isError) status = errorMessage(search.error);
    else if (!settled && hits.length === 0) status = 'Searching…';
    else if (hits.length === 0) status = `No actor matches “${text.trim()}”.`;
    else status = `${hits.length} ${hits.length === 1 ? 'actor' : 'actors'} found. Use the arrow keys to choose.`;
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="field-label">
        {label}
      </label>
      <div className="search__box">
        <svg className="search__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <line x1="11" y1="11" x2="15" y2="15" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-describedby={[`${id}-status`, describedBy].filter(Boolean).join(' ')}
          aria-invalid={invalid || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          data-testid={testId}
        />
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching actors"
        className="search__list"
        hidden={!expanded || hits.length === 0}
      >
        {hits.map((hit, i) => {
          const matched = matchedText(hit, text.trim());
          return (
            <li
              key={hit.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className="search__option"
              // mousedown would blur the input and close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
              onMouseMove={() => setActive(i)}
            >
              <KindIcon kind={hit.kind} />
              <UserText className="search__name">{hit.name}</UserText>
              <span className="search__meta">
                {matched && (
                  <>
                    “<UserText>{matched}</UserText>” ·{' '}
                  </>
                )}
                {KIND_STYLES[hit.kind]?.label ?? hit.kind}
              </span>
            </li>
          );
        })}
      </ul>
      <p id={`${id}-status`} className={hits.length ? 'sr-only' : 'search__status'} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
