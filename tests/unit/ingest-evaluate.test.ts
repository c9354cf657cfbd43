/** The evaluation's scoring (npm run eval:ingest): which proposals count as the labelled ones. */
import { describe, expect, it } from 'vitest';
import { describeEvent, type KnownActor } from '@/lib/ingest';
import { runCase } from '@/lib/ingest/evaluate';

const known: KnownActor[] = [
  { id: 'norway', name: 'Norway', kind: 'state', aliases: [] },
  { id: 'tessin-accord', name: 'Tessin Accord', kind: 'organisation', aliases: [] },
];
const event = describeEvent({ title: 'Norway withdraws from the Tessin Accord' }, known);
const text = 'Norway withdrew from the Tessin Accord on Friday. Britain condemned the withdrawal.';

describe('scoring a report', () => {
  it('counts a state proposed under another of its names ("Britain" as "United Kingdom") as the labelled one', async () => {
    const result = await runCase({
      name: 'britain',
      text,
      event,
      known,
      stances: [{ actor: 'Britain', stance: 'condemnation', evidence: 'Britain condemned the withdrawal' }],
    });
    expect(result.found).toMatchObject({ actors: 1, pairs: 1 });
    expect(result.missed).toEqual([]);
  });

  it('does not count another state, nor the right state with the wrong stance', async () => {
    const other = await runCase({
      name: 'france',
      text,
      event,
      known,
      stances: [{ actor: 'France', stance: 'condemnation', evidence: 'Britain condemned the withdrawal' }],
    });
    expect(other.found).toMatchObject({ actors: 0, pairs: 0 });
    const wrongStance = await runCase({
      name: 'britain-support',
      text,
      event,
      known,
      stances: [{ actor: 'United Kingdom', stance: 'support', evidence: 'Britain condemned the withdrawal' }],
    });
    expect(wrongStance.found).toMatchObject({ actors: 1, pairs: 0 });
  });
});
