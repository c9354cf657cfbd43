/**
 * Patterns of the sixteenth session, found on real reports of other events (kept out of the
 * repository) and written anew here: one actor doing as another did, a call to act against the act,
 * and a list whose first name is described before the next.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '@/lib/ingest';
import { SAHEL_EVENT, SAHEL_KNOWN, stancesOnSahel, stancesOnTessin } from './ingest-speakers';

describe('doing as the one before did', () => {
  it('"followed suit", "did the same": the stance taken last', async () => {
    expect(await stancesOnTessin('Sweden condemned the withdrawal. Finland followed suit on Saturday.')).toEqual({
      Sweden: ['condemnation'],
      Finland: ['condemnation'],
    });
    expect(
      await stancesOnSahel('Mali welcomed the recognition. Chad, its neighbour, did the same a day later.'),
    ).toEqual({
      Mali: ['support'],
      Chad: ['support'],
    });
    // After the lead alone, the stance before is the act's own: doing the same is recognising too.
    expect(await stancesOnSahel('Chad followed suit a week later.')).toEqual({ Chad: ['support'] });
  });

  it('says nothing with no stance before it', async () => {
    const text = 'Diplomats met in Geneva on Friday to discuss the region. Chad followed suit.';
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(extraction.proposals.filter((p) => p.actor.name === 'Chad')).toEqual([]);
  });

  it('"joined X in recognising": the act done as X did it; "joined X in condemning": blame', async () => {
    expect(await stancesOnSahel('Mali joined Norway in recognising the Sahel Transitional Council.')).toEqual({
      Mali: ['support'],
    });
    expect(await stancesOnSahel('Mali joined in recognizing the council on Monday.')).toEqual({ Mali: ['support'] });
    expect(await stancesOnSahel('Sweden joined Germany in condemning the recognition.')).toEqual({
      Sweden: ['condemnation'],
    });
    // The gerund alone still names the act rather than doing it.
    expect(await stancesOnSahel('Sweden said recognising the council was a grave mistake.')).toEqual({
      Sweden: ['condemnation'],
    });
  });
});

describe('a call to act against the act', () => {
  it('"called on the international community to act against" is blame, not a call for restraint', async () => {
    expect(await stancesOnSahel('Ghana called on the international community to act against the recognition.')).toEqual(
      { Ghana: ['condemnation'] },
    );
    expect(await stancesOnSahel('Ghana urged its partners to act against the decision.')).toEqual({
      Ghana: ['condemnation'],
    });
  });
});

describe('a list whose first name is described', () => {
  it('"A, Norway\'s closest critic, and B remained opposed": both speak', async () => {
    expect(
      await stancesOnSahel(
        'But Sweden, Norway’s fiercest critic, and Finland remained firmly opposed to the recognition.',
      ),
    ).toEqual({ Sweden: ['condemnation'], Finland: ['condemnation'] });
    expect(
      await stancesOnSahel('Sweden, a long-time donor, and regional power Nigeria condemned the recognition.'),
    ).toEqual({ Sweden: ['condemnation'], Nigeria: ['condemnation'] });
  });

  it('a description that is no list is still no list', async () => {
    expect(await stancesOnSahel('Sweden, Norway’s fiercest critic, condemned the recognition.')).toEqual({
      Sweden: ['condemnation'],
    });
  });
});
