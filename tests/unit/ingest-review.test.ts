/** The review rules of /ingest (lib/client/ingest/review.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import {
  acceptAbove,
  applySave,
  groupByActor,
  reviewFrom,
  segmentsOf,
  spanOf,
  withSpan,
  type IngestAnswer,
} from '@/lib/client/ingest/review';
import type { Proposal } from '@/lib/ingest/types';

const TEXT = 'Ann Lee condemned the move. Bo Chen said it was "a fair step". Ann Lee later warned of risks.';

function proposal(name: string, id: string | null, quote: string, extra: Partial<Proposal> = {}): Proposal {
  const start = TEXT.indexOf(quote);
  return {
    actor: { id, name, kind: 'person' },
    stance: 'condemnation',
    quote,
    start,
    end: start + quote.length,
    cue: 'condemned',
    confidence: 0.9,
    quoteKind: 'reported',
    how: 'subject',
    ...extra,
  };
}

const ANSWER: IngestAnswer = {
  text: TEXT,
  title: null,
  event: 'the-move',
  stored: null,
  proposals: [
    proposal('Ann Lee', null, 'Ann Lee condemned the move.'),
    proposal('Bo Chen', 'bo-chen', 'a fair step', { stance: 'support', quoteKind: 'direct', confidence: 0.6 }),
    proposal('Ann Lee', null, 'Ann Lee later warned of risks.', { stance: null, confidence: 0.95 }),
  ],
  unnamed: [],
  relations: [],
};

describe('the review of an article', () => {
  it('accepts only open rows with a stance at or above the confidence asked', () => {
    const review = reviewFrom(ANSWER);
    const rows = review.rows.map((r) => (r.key === 'p1' ? { ...r, decision: 'rejected' as const } : r));
    expect(acceptAbove(rows, 50).map((r) => r.decision)).toEqual(['accepted', 'rejected', 'open']);
    expect(acceptAbove(review.rows, 95).map((r) => r.decision)).toEqual(['open', 'open', 'open']);
  });

  it('compares confidence in whole percent, as the cards show it', () => {
    const rows = reviewFrom(ANSWER).rows.map((r) => ({ ...r, confidence: 0.596 }));
    // The cards read 60%: asked for 60, they are taken; for 61, not.
    expect(acceptAbove(rows, 60).map((r) => r.decision)).toEqual(['accepted', 'accepted', 'open']);
    expect(acceptAbove(rows, 61).map((r) => r.decision)).toEqual(['open', 'open', 'open']);
  });

  it('turns a selection into a quote of the text, outer spaces left out', () => {
    const start = TEXT.indexOf(' Bo Chen');
    expect(spanOf(TEXT, start, start + 8)).toEqual({ start: start + 1, end: start + 8, quote: 'Bo Chen' });
    expect(spanOf(TEXT, start + 8, start)).toEqual({ start: start + 1, end: start + 8, quote: 'Bo Chen' });
    expect(spanOf(TEXT, start, start + 1)).toBeNull();
  });

  it('keeps a direct quote direct only inside the quotation marks', () => {
    const [, bo] = reviewFrom(ANSWER).rows;
    const narrower = spanOf(TEXT, bo.start, bo.start + 6)!;
    expect(withSpan(bo, narrower)).toMatchObject({ quote: 'a fair', quoteKind: 'direct' });
    const wider = spanOf(TEXT, TEXT.indexOf('Bo Chen'), bo.end + 1)!;
    expect(withSpan(bo, wider)).toMatchObject({ quote: 'Bo Chen said it was "a fair step"', quoteKind: 'reported' });
    expect(TEXT.slice(wider.start, wider.end)).toBe(wider.quote);
  });

  it('groups rows by actor, a new actor by its name', () => {
    const groups = groupByActor(reviewFrom(ANSWER).rows);
    expect(groups.map((g) => [g.actor.name, g.rows.map((r) => r.key)])).toEqual([
      ['Ann Lee', ['p0', 'p2']],
      ['Bo Chen', ['p1']],
    ]);
  });

  it('cuts the text where quotes start and end, overlaps keeping both', () => {
    const segments = segmentsOf(20, [
      { key: 'a', start: 2, end: 10 },
      { key: 'b', start: 5, end: 12 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 5, keys: ['a'] },
      { start: 5, end: 10, keys: ['a', 'b'] },
      { start: 10, end: 12, keys: ['b'] },
      { start: 12, end: 20, keys: [] },
    ]);
  });

  it('after a save, keeps decisions, marks outcomes and remembers the actors it created', () => {
    const review = reviewFrom(ANSWER);
    const saved = applySave(review, {
      sourceId: 'src-1',
      actorIds: { 'new:ann lee': 'ann-lee' },
      rows: { p0: { state: 'saved', message: 'Saved.' }, p1: { state: 'refused', message: 'No.' } },
      relations: {},
    });
    expect(saved.sourceId).toBe('src-1');
    expect(saved.rows.map((r) => r.actor.id)).toEqual(['ann-lee', 'bo-chen', 'ann-lee']);
    expect(saved.rows.map((r) => r.outcome?.state ?? null)).toEqual(['saved', 'refused', null]);
  });
});
