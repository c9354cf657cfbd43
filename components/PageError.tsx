'use client';

import { useEffect } from 'react';

interface Props {
  error: Error & { digest?: string };
  reset(): void;
  /** What could not be shown and how to get going again, in a sentence. */
  message: string;
  /** Where "Start over" leads: the page's default view. */
  startOver: string;
  /** Further ways out, e.g. another page. */
  links?: { href: string; label: string }[];
}

/** A route's last line of defence: a plain message and ways out, never a stack trace. */
export function PageError({ error, reset, message, startOver, links = [] }: Props) {
  useEffect(() => {
    // Keep the details for whoever has the console open; the page itself shows none.
    console.error(error);
  }, [error]);

  return (
    <div className="page-message" role="alert">
      <h1>Something went wrong</h1>
      <p>{message}</p>
      {error.digest && <p className="muted small">Reference: {error.digest}</p>}
      <div className="page-message__actions">
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
        <a className="button button--secondary" href={startOver}>
          Start over
        </a>
        {links.map((link) => (
          <a key={link.href} className="button button--ghost" href={link.href}>
            {link.label}
          </a>
        ))}
      </div>
    </div>
  );
}
