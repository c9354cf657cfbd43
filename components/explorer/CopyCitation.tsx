'use client';

import { useEffect, useId, useState } from 'react';
import { citationLine } from '@/lib/client/citation';
import type { Evidence } from '@/lib/types';

type State = { status: 'idle' | 'copied' } | { status: 'manual'; line: string };

/**
 * Copies one piece of evidence as a citation line (lib/client/citation.ts). The result is announced
 * (a status region); where the clipboard is refused (an insecure origin, a denied permission) the line
 * is shown selected, to copy by hand.
 */
export function CopyCitation({ who, evidence }: { who: string; evidence: Evidence }) {
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });

  useEffect(() => {
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => setState({ status: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    const line = citationLine(who, evidence);
    try {
      await navigator.clipboard.writeText(line);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'manual', line });
    }
  }

  return (
    <div className="copy-citation">
      <button
        type="button"
        className="link-button copy-citation__button"
        onClick={copy}
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
            value={state.line}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            data-testid="citation-manual"
          />
        </label>
      )}
    </div>
  );
}
