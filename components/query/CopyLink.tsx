'use client';

import { useId } from 'react';
import { useCopyText } from '@/components/hooks/use-copy-text';

/**
 * Copies the page's URL, which holds the whole query. Where the clipboard is refused (an insecure
 * origin, a denied permission) the link is shown selected instead, to copy by hand.
 */
export function CopyLink() {
  const id = useId();
  const { state, copy, reset } = useCopyText(3000);

  return (
    <div className="copy-link">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => copy(window.location.href)}
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
          <input readOnly value={state.text} autoFocus onFocus={(e) => e.currentTarget.select()} onBlur={reset} />
        </label>
      )}
    </div>
  );
}
