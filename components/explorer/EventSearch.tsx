'use client';

import type { ReactNode } from 'react';
import { eventSearchQuery } from '@/lib/client/data/queries';
import { formatPartialDate } from '@/lib/client/format';
import type { EventSummary } from '@/lib/types';
import { SearchCombobox } from '@/components/SearchCombobox';
import { UserText } from '@/components/UserText';

const NOUN = ['event', 'events'] as const;

/**
 * Events by the words of their titles: how an event past the pickers' newest page is chosen (a
 * parliament's thousands of motions, a decade of reactions).
 */
export function EventSearch({
  onChoose,
  label,
  testId = 'event-search',
}: {
  onChoose(event: EventSummary): void;
  label: ReactNode;
  testId?: string;
}) {
  return (
    <SearchCombobox
      query={(q) => eventSearchQuery(q)}
      hitsOf={(answer) => answer.events}
      totalOf={(answer) => answer.total}
      keyOf={(event) => event.id}
      renderHit={(event) => (
        <>
          <UserText className="search__name">{event.title}</UserText>
          <span className="search__meta">{event.date ? formatPartialDate(event.date) : 'no date'}</span>
        </>
      )}
      noun={NOUN}
      onChoose={onChoose}
      label={label}
      placeholder="Words of its title"
      testId={testId}
    />
  );
}
