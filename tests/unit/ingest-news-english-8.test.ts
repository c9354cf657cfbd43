/**
 * Cues as reports write them around quotation marks and idioms, a position kept, and a city that
 * stands for a bloc. Each sentence is written for its rule; docs/ingest.md says where the forms were
 * found.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '@/lib/ingest';
import { SAHEL_EVENT, SAHEL_KNOWN, SAHEL_LEAD, stancesOnSahel } from './ingest-speakers';

describe('a cue with quotation marks inside it', () => {
  it('a word quoted inside a cue still says the stance', async () => {
    expect(await stancesOnSahel('Estonia called Norway\'s step a "logical" one.')).toEqual({ Estonia: ['support'] });
    expect(await stancesOnSahel('Lithuania called the recognition a “grave” mistake.')).toEqual({
      Lithuania: ['condemnation'],
    });
    expect(await stancesOnSahel('Poland said the recognition sent a "dangerous" message.')).toEqual({
      Poland: ['condemnation'],
    });
  });

  it('the cue a reviewer reads is the words, without the marks', async () => {
    const { proposals } = await extractFromArticle({
      text: `${SAHEL_LEAD}Estonia called Norway's step a "logical" one.`,
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    const estonia = proposals.find((p) => p.actor.name === 'Estonia' && p.quoteKind === 'reported');
    expect(estonia?.cue).toBe('logical one');
  });
});

describe('idioms of praise', () => {
  it('"spared no praise" is praise, not its negation', async () => {
    expect(await stancesOnSahel('Prime Minister Aino Lahti of Finland spared no praise for the recognition.')).toEqual({
      'Aino Lahti': ['support'],
    });
    // The negation that the idiom is not.
    expect(await stancesOnSahel('Finland had no praise for the recognition.')).toEqual({ Finland: ['caution'] });
  });
});

describe('a position kept', () => {
  it('"its position has not changed" keeps away from the act: caution', async () => {
    expect(await stancesOnSahel('Sweden said its position on the council had not changed.')).toEqual({
      Sweden: ['caution'],
    });
    expect(await stancesOnSahel('Denmark said it would not change its position.')).toEqual({ Denmark: ['caution'] });
    expect(
      await stancesOnSahel('A Foreign Office spokesperson for Ireland said: "Our position has not changed."'),
    ).toEqual({ Ireland: ['caution'] });
  });
});

describe('a city that stands for a bloc', () => {
  it('"Brussels said" is the European Union speaking', async () => {
    expect(await stancesOnSahel('Brussels said the recognition was regrettable.')).toEqual({
      'European Union': ['caution'],
    });
  });

  it('a meeting in Brussels gives the bloc no stance', async () => {
    expect(await stancesOnSahel('Mali welcomed the recognition at a meeting in Brussels on Monday.')).toEqual({
      Mali: ['support'],
    });
  });
});
