'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { errorMessage } from '@/lib/client/data/api';
import { changesQuery, type ChangeFilter } from '@/lib/client/data/edits';
import { ChangeItem } from './ChangeItem';
import { useEditor } from './use-editor';

/** A page of the history after another ("Older changes"), with its loading, error and empty states. */
export function ChangeList({ filter, links, empty }: { filter: ChangeFilter; links: boolean; empty: string }) {
  const editor = useEditor();
  const history = useInfiniteQuery(changesQuery(filter));
  if (history.isPending) {
    return (
      <p className="muted" aria-busy="true">
        Loading the history…
      </p>
    );
  }
  // A failed refetch or "Older changes" keeps the pages already read (isError with data).
  if (!history.data) {
    return (
      <div className="notice notice--error" role="alert">
        Could not load the history: {errorMessage(history.error)}{' '}
        <button type="button" className="link-button" onClick={() => void history.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const changes = history.data.pages.flatMap((page) => page.changes);
  if (changes.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ol className="change-list" aria-label="Changes, newest first">
        {changes.map((change) => (
          <ChangeItem key={change.id} change={change} links={links} canRevert={editor !== null} />
        ))}
      </ol>
      {history.hasNextPage && (
        <button
          type="button"
          className="button button--secondary change-list__more"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? 'Loading older changes…' : 'Older changes'}
        </button>
      )}
      {history.isError && (
        <p className="notice notice--error" role="alert">
          Could not load more of the history: {errorMessage(history.error)}
        </p>
      )}
    </>
  );
}
