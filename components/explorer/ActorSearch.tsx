'use client';

import type { ReactNode, Ref } from 'react';
import { actorSearchQuery } from '@/lib/client/data/queries';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import type { ActorSearchHit } from '@/lib/types';
import { SearchCombobox } from '@/components/SearchCombobox';
import { UserText } from '@/components/UserText';
import { KindIcon } from './Symbols';

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

const NOUN = ['actor', 'actors'] as const;

function ActorHit({ hit, text }: { hit: ActorSearchHit; text: string }) {
  const matched = matchedText(hit, text);
  return (
    <>
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
    </>
  );
}

/** The explorer's search and the query page's actor inputs: actors by name, alias or role. */
export function ActorSearch({
  onChoose,
  inputRef,
  label = EXPLORER_LABEL,
  placeholder = 'Name, alias or role',
  testId = 'actor-search',
  describedBy,
  invalid,
}: Props) {
  return (
    <SearchCombobox
      query={(q) => actorSearchQuery(q)}
      hitsOf={(answer) => answer.actors}
      keyOf={(hit) => hit.id}
      renderHit={(hit, text) => <ActorHit hit={hit} text={text} />}
      noun={NOUN}
      onChoose={onChoose}
      inputRef={inputRef}
      label={label}
      placeholder={placeholder}
      testId={testId}
      describedBy={describedBy}
      invalid={invalid}
    />
  );
}
