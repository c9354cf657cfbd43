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
/** The report above scored against one labelled stance of `actor`, on Britain's words. */
const scoredAs = (actor: string, stance: 'support' | 'condemnation') =>
  runCase({
    name: actor,
    text,
    event,
    known,
    stances: [{ actor, stance, evidence: 'Britain condemned the withdrawal' }],
  });

describe('scoring a report', () => {
  it('counts a state proposed under another of its names ("Britain" as "United Kingdom") as the labelled one', async () => {
    const result = await scoredAs('Britain', 'condemnation');
    expect(result.found).toMatchObject({ actors: 1, pairs: 1 });
    expect(result.missed).toEqual([]);
  });

  it('does not count another state, nor the right state with the wrong stance', async () => {
    const other = await scoredAs('France', 'condemnation');
    expect(other.found).toMatchObject({ actors: 0, pairs: 0 });
    const wrongStance = await scoredAs('United Kingdom', 'support');
    expect(wrongStance.found).toMatchObject({ actors: 1, pairs: 0 });
  });
});

describe('scoring a foreign ministry named as a statement names it', () => {
  it('"Ministry of Foreign Affairs and Cooperation of Ghana" is the proposed "Ghana foreign ministry"', async () => {
    const result = await runCase({
      name: 'ministry',
      text: 'Norway withdrew from the Tessin Accord on Friday. The Ministry of Foreign Affairs and Cooperation of Ghana condemned the withdrawal.',
      event,
      known,
      stances: [
        {
          actor: 'Ministry of Foreign Affairs and Cooperation of Ghana',
          stance: 'condemnation',
          evidence: 'condemned the withdrawal',
        },
      ],
    });
    expect(result.found).toMatchObject({ actors: 1, pairs: 1 });
  });
});

describe('scoring relations', () => {
  it('counts a labelled speaks-for found, and a proposed one that no label holds as not right', async () => {
    const result = await runCase({
      name: 'relations',
      text: "Norway withdrew from the Tessin Accord on Friday. Sweden's envoy, Lena Berg, condemned the withdrawal. Chile's envoy, Ana Ruiz, welcomed it.",
      event,
      known,
      stances: [{ actor: 'Lena Berg', stance: 'condemnation', evidence: 'condemned the withdrawal' }],
      relations: [
        { type: 'SPEAKS_FOR', from: 'Lena Berg', to: 'Sweden' },
        { type: 'LEADS', from: 'Jonas Lie', to: 'Norway' },
      ],
    });
    expect(result.relations).toEqual({ labelled: 2, found: 1, proposed: 2, correct: 1 });
  });
});
