/**
 * The console's history: the queries run in this browser tab, newest first, kept in sessionStorage
 * so a reload keeps them and closing the tab forgets them (queries can hold what a person looked up).
 */
import { z } from 'zod';
import { consoleQuerySchema } from '@/lib/api/schemas';
import type { ConsoleParams } from './query-state';

export const HISTORY_KEY = 'stancegraph.query-history';
const HISTORY_MAX = 30;

export interface HistoryEntry {
  cypher: string;
  params: ConsoleParams;
  /** When it was last run, epoch milliseconds. */
  at: number;
}

const entrySchema = z.object({
  cypher: z.string().min(1),
  params: consoleQuerySchema.shape.params,
  at: z.number(),
});

function sameQuery(a: Pick<HistoryEntry, 'cypher' | 'params'>, b: Pick<HistoryEntry, 'cypher' | 'params'>): boolean {
  return a.cypher.trim() === b.cypher.trim() && JSON.stringify(a.params) === JSON.stringify(b.params);
}

/** Running a query again moves it to the top instead of listing it twice. */
export function addToHistory(entries: HistoryEntry[], entry: HistoryEntry, max = HISTORY_MAX): HistoryEntry[] {
  return [entry, ...entries.filter((e) => !sameQuery(e, entry))].slice(0, max);
}

/** Whatever is stored is checked: a hand-edited or older entry is dropped, never trusted. */
export function parseHistory(raw: string | null): HistoryEntry[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = entrySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

type HistoryStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function loadHistory(storage: HistoryStorage | undefined): HistoryEntry[] {
  try {
    return parseHistory(storage?.getItem(HISTORY_KEY) ?? null);
  } catch {
    // Storage can be switched off or forbidden (private modes, sandboxed frames): no history then.
    return [];
  }
}

export function saveHistory(storage: HistoryStorage | undefined, entries: HistoryEntry[]): void {
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(entries));
  } catch {
    // A full or forbidden storage loses the history, not the query.
  }
}
