'use client';

import { useId } from 'react';
import { useCopyText } from '@/components/hooks/use-copy-text';
import { citationLine } from '@/lib/client/citation';
import type { Evidence } from '@/lib/types';

/**
 * Copies one piece of evidence as a citation line (lib/client/citation.ts). The result is announced
 * (a status region); where the clipboard is refused (an insecure origin, a denied permission) the line
 * is shown selected, to copy by hand.
 */
export function CopyCitation({ who, evidence }: { who: string; evidence: Evidence }) {
  const id = useId();
  const { state, copy } = useCopyText(4000);

  return (
    <div className="copy-citation">
      <button
        type="button"
        className="link-button copy-citation__button"
        onClick={() => copy(citationLine(who, evidence))}
        aria-describedby={`${id}-status`}
        data-testid="copy-citation"
      >
        Copy citation
      </button>
      <span
        id={`${id}-status`}
        className={`copy-citation__status copy-citation__status--${state.status}`}
        role="status"
        aria-live="polite"
      >
        {state.status === 'copied' ? 'Copied' : state.status === 'manual' ? 'Could not copy: copy it below' : ''}
      </span>
      {state.status === 'manual' && (
        <label className="copy-citation__manual">
          <span className="copy-citation__manual-label">
            The clipboard was refused. Select the citation and copy it:
          </span>
          <textarea
            readOnly
            rows={3}
            value={state.text}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            data-testid="citation-manual"
          />
        </label>
      )}
    </div>
  );
}
