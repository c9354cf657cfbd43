/**
 * The review in progress, kept in the tab's sessionStorage: signing in again after a session ended,
 * or a reload, brings back the article and every decision instead of starting over.
 */
import type { Review } from './review';

const KEY = 'stancegraph:ingest-review';

export interface KeptReview<Draft> {
  draft: Draft;
  review: Review | null;
}

export function readKept<Draft>(): KeptReview<Draft> | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as KeptReview<Draft>) : null;
  } catch {
    return null;
  }
}

export function keep<Draft>(state: KeptReview<Draft> | null): void {
  try {
    if (state) window.sessionStorage.setItem(KEY, JSON.stringify(state));
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage full or refused (a private window): the review lives in the page alone.
  }
}
