'use client';

import { useCallback, useEffect, useState } from 'react';
import { addToHistory, loadHistory, saveHistory, type HistoryEntry } from '@/lib/client/query-page/query-history';
import type { ConsoleParams } from '@/lib/client/query-page/query-state';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The console's history in sessionStorage; read after mount, so the server's HTML and the first render agree. */
export function useConsoleHistory() {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);

  useEffect(() => {
    setEntries(loadHistory(storage()));
  }, []);

  const record = useCallback((cypher: string, params: ConsoleParams) => {
    // Read what is stored, not what this render saw: another run may have been recorded since.
    const next = addToHistory(loadHistory(storage()), { cypher, params, at: Date.now() });
    saveHistory(storage(), next);
    setEntries(next);
  }, []);

  const clear = useCallback(() => {
    saveHistory(storage(), []);
    setEntries([]);
  }, []);

  return { entries, record, clear };
}
