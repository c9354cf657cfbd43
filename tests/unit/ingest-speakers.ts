/** What the extractor's unit tests compare: who was proposed to take which stances. */
import type { Proposal } from '@/lib/ingest/types';

/**
 * Each speaker's stances by name, from the proposals of their own sentences (not the quotations
 * proposed again on their own, nor a stance proposed for whom an official speaks); those starting
 * before `from` (a lead the test put first) are left out.
 */
export function stancesBySpeaker(proposals: Proposal[], from = 0): Record<string, (string | null)[]> {
  const out: Record<string, (string | null)[]> = {};
  for (const p of proposals) {
    if (p.start < from || p.quoteKind !== 'reported' || p.how.startsWith('speaks for')) continue;
    (out[p.actor.name] ??= []).push(p.stance);
  }
  return out;
}
