'use client';

import { useEffect, useId, useState } from 'react';

/**
 * Copies the page's URL, which holds the whole query. Where the clipboard is refused (an insecure
 * origin, a denied permission) the link is shown selected instead, to copy by hand.
 */
export function CopyLink() {
  const id = useId();
  const [state, setState] = useState<{ status: 'idle' | 'copied' } | { status: 'manual'; url: string }>({
    status: 'idle',
  });

  useEffect(() => {
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => setState({ status: 'idle' }), 3000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'manual', url });
    }
  }

  return (
    <div className="copy-link">
      <button
        type="button"
        className="button button--secondary"
        onClick={copy}
        aria-describedby={`${id}-status`}
        data-testid="copy-link"
      >
        Copy link
      </button>
      <span id={`${id}-status`} className="copy-link__status" role="status">
        {state.status === 'copied' ? 'Link copied' : ''}
      </span>
      {state.status === 'manual' && (
        <label className="copy-link__manual">
          <span className="sr-only">Link to this answer: copy it by hand</span>
          <input
            readOnly
            value={state.url}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onBlur={() => setState({ status: 'idle' })}
          />
        </label>
      )}
    </div>
  );
}
