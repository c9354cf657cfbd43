'use client';

import { useEffect } from 'react';

/** The last line of defence: a plain message and a way out, never a stack trace. */
export default function ExplorerError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    // Keep the details for whoever has the console open; the page itself shows none.
    console.error(error);
  }, [error]);

  return (
    <div className="page-message" role="alert">
      <h1>Something went wrong</h1>
      <p>The explorer could not be shown. This is usually brief: try again, or start over from the default view.</p>
      {error.digest && <p className="muted small">Reference: {error.digest}</p>}
      <div className="page-message__actions">
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
        <a className="button button--secondary" href="/">
          Start over
        </a>
      </div>
    </div>
  );
}
