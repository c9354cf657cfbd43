'use client';

import { useEffect, useState } from 'react';

export type CopyState = { status: 'idle' | 'copied' } | { status: 'manual'; text: string };

/**
 * Copies a text to the clipboard and says how it went: `copied` for a few seconds, or `manual` with
 * the text when the clipboard is refused (an insecure origin, a denied permission), to copy by hand.
 */
export function useCopyText(copiedForMs: number): {
  state: CopyState;
  copy(text: string): Promise<void>;
  reset(): void;
} {
  const [state, setState] = useState<CopyState>({ status: 'idle' });

  useEffect(() => {
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => setState({ status: 'idle' }), copiedForMs);
    return () => clearTimeout(timer);
  }, [state, copiedForMs]);

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'manual', text });
    }
  }

  return { state, copy, reset: () => setState({ status: 'idle' }) };
}
