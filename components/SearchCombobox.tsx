'use client';
/**
 * A search box that lists what matches as the reader types: a combobox (WAI-ARIA 1.2 pattern), focus
 * staying in the input while the arrow keys move the active option. The actor and event searches are
 * both this one component, each with its own query and way of showing a hit.
 */
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { errorMessage } from '@/lib/client/data/api';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export interface SearchComboboxProps<Answer, Hit, Key extends QueryKey> {
  /** The request for a query's hits. */
  query(q: string): UseQueryOptions<Answer, Error, Answer, Key>;
  hitsOf(answer: Answer): Hit[];
  /** How many match in all, when the answer says and it may be more than the hits listed. */
  totalOf?(answer: Answer): number;
  keyOf(hit: Hit): string;
  /** An option's content, given the text typed. */
  renderHit(hit: Hit, text: string): ReactNode;
  /** What a hit is: ["actor", "actors"]. */
  noun: readonly [string, string];
  onChoose(hit: Hit): void;
  inputRef?: Ref<HTMLInputElement>;
  label: ReactNode;
  placeholder: string;
  testId: string;
  /** Ids of text that describes the field besides the search status (a form's current value or error). */
  describedBy?: string;
  invalid?: boolean;
}

export function SearchCombobox<Answer, Hit, Key extends QueryKey>({
  query,
  hitsOf,
  totalOf,
  keyOf,
  renderHit,
  noun,
  onChoose,
  inputRef,
  label,
  placeholder,
  testId,
  describedBy,
  invalid,
}: SearchComboboxProps<Answer, Hit, Key>) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), 150);
  const search = useQuery({
    ...query(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const hits = q.length > 0 && search.data ? hitsOf(search.data) : [];
  const settled = q === text.trim() && !search.isFetching;
  const expanded = open && text.trim().length > 0;

  useEffect(() => setActive(-1), [q]);

  function choose(hit: Hit) {
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

  const total = search.data && totalOf ? totalOf(search.data) : hits.length;
  // More match than are listed: said on screen too, so the reader knows to add words.
  const more = hits.length > 0 && total > hits.length;
  let status = '';
  if (expanded) {
    if (search.isError) status = errorMessage(search.error);
    else if (!settled && hits.length === 0) status = 'Searching…';
    else if (hits.length === 0) status = `No ${noun[0]} matches “${text.trim()}”.`;
    else if (more)
      status = `The first ${hits.length} of ${total} ${noun[1]} found; add words to narrow. Use the arrow keys to choose.`;
    else status = `${hits.length} ${hits.length === 1 ? noun[0] : noun[1]} found. Use the arrow keys to choose.`;
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
        aria-label={`Matching ${noun[1]}`}
        className="search__list"
        hidden={!expanded || hits.length === 0}
      >
        {hits.map((hit, i) => (
          <li
            key={keyOf(hit)}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className="search__option"
            // mousedown would blur the input and close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit)}
            onMouseMove={() => setActive(i)}
          >
            {renderHit(hit, text.trim())}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className={hits.length && !more ? 'sr-only' : 'search__status'} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
