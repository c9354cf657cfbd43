'use client';

import { useEffect } from 'react';

/** The query page's last line of defence: a plain message and ways out, never a stack trace. */
export default function QueryError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="page-message" role="alert">
      <h1>Something went wrong</h1>
      <p>The query page could not be shown. Try again, or start over with an empty query.</p>
      {error.digest && <p className="muted small">Reference: {error.digest}</p>}
      <div className="page-message__actions">
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
        <a className="button button--secondary" href="/query">
          Start over
        </a>
        <a className="button button--ghost" href="/">
          The explorer
        </a>
      </div>
    </div>
  );
}
