/**
 * Who holds a stance when the report does not make them the subject of a verb of speech: "support
 * came from X", "That concern was echoed by X". The event: Norway withdraws from the Tessin Accord.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type KnownActor } from '@/lib/ingest';
import { stancesBySpeaker } from './ingest-speakers';

const KNOWN: KnownActor[] = [
  { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Oslo'] },
  { id: 'tessin-accord', name: 'Tessin Accord', kind: 'organisation', aliases: [] },
];
const EVENT = describeEvent({ title: 'Norway withdraws from the Tessin Accord' }, KNOWN);
const LEAD = 'Norway withdrew from the Tessin Accord on Friday.\n\n';

async function stances(sentences: string): Promise<Record<string, (string | null)[]>> {
  const extraction = await extractFromArticle({ text: LEAD + sentences, event: EVENT, known: KNOWN });
  return stancesBySpeaker(extraction.proposals, LEAD.length);
}

describe('"… came from X"', () => {
  it('the stance the noun names, for each name of the list, not for an appositive', async () => {
    expect(
      await stances("The loudest criticism came from Denmark and Iceland, Norway's partners in the accord."),
    ).toEqual({ Denmark: ['condemnation'], Iceland: ['condemnation'] });
    expect(await stances('Support for the withdrawal came from Kalmar, a small fishing state.')).toEqual({
      Kalmar: ['support'],
    });
  });
});

describe('"That concern was echoed by X"', () => {
  it('the echoed noun says the stance, not the last stance anyone took', async () => {
    const found = await stances(
      'Sweden praised the withdrawal.\n\nThe Red Cross said the withdrawal would leave the fishing towns without a lifeline. That concern was echoed by Oxfam, which said in a statement that the towns had been forgotten.',
    );
    expect(found.Oxfam).toEqual(['caution']);
  });

  it('"a view echoed by X" in the same sentence: the stance of whom it echoes', async () => {
    const found = await stances(
      'Sweden condemned the withdrawal.\n\nIceland praised the withdrawal, a view echoed by the Nordic Fishers Union.',
    );
    expect(found['Nordic Fishers Union']).toEqual(['support']);
  });
});
