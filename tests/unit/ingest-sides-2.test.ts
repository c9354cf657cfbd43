/**
 * The acting side, continued: passives and roles, places and participles, speech verbs, heads of
 * the acting body, quantities, votes and names (ingest-sides.test.ts has the rest).
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '@/lib/ingest';
import { speechVerbIn } from '@/lib/ingest/lexicon';
import {
  SIDES_KNOWN as KNOWN,
  SIDES_RECOGNITION as RECOGNITION,
  SIDES_RESOLUTION as RESOLUTION,
  sidesStances as stances,
} from './ingest-speakers';

describe('passives and roles', () => {
  it('"was welcomed by X and condemned by Y": each agent holds its verb’s stance', async () => {
    expect(await stances('The recognition was welcomed by Mali and Chad, but was condemned by Benin.')).toEqual({
      Mali: ['support'],
      Chad: ['support'],
      Benin: ['condemnation'],
    });
  });

  it('"X, the foreign minister, said": an unqualified role, as an unqualified title', async () => {
    expect(
      await stances('Norway recognized the council on Monday. Ola Dahl, the foreign minister, said ties would grow.'),
    ).toEqual({ Norway: ['support'], 'Ola Dahl': ['support'] });
  });
});

describe('places and participles', () => {
  it('"In X, the opposition Y said": a place opening the sentence is described by nothing', async () => {
    expect(await stances('In Sweden, the opposition Green Party said the recognition was premature.')).toEqual({
      'Green Party': ['caution'],
    });
  });

  it('the act’s participle before a noun describes it; "takes note" is caution', async () => {
    expect(
      await stances(
        'Marta Lind said the bloc "takes note" of the recognition and backs Mali within its internationally recognized borders.',
      ),
    ).toEqual({ 'Marta Lind': ['caution'] });
  });
});

describe('speech verbs', () => {
  it('are written in lower case: "States" in "the United States" is no verb', () => {
    expect(speechVerbIn('The United States has no plans to recognize the council.')).toBeNull();
    expect(speechVerbIn('The treaty states that the council is legitimate.')).toBe('states');
  });
});

describe('heads of the acting body; quantities', () => {
  it('"the bloc’s chair" is not the court’s when a court acted', async () => {
    const result = await extractFromArticle({
      text: "The bloc's chair, Lena Vidal, said she would travel to the region in the spring.",
      event: {
        title: 'World court rules',
        actor: 'International Court of Justice',
        act: 'rul',
        target: null,
        aliases: [],
      },
      known: [],
    });
    expect(result.proposals.find((p) => p.actor.name === 'Lena Vidal')?.stance).toBeNull();
  });

  it('"The chairman of X (ACR), Prof. Y," speaks for X when X acted', async () => {
    const result = await extractFromArticle({
      text: 'The head of the National Election Board (NEB), Ama Boateng, announced the final tally on state television.',
      event: {
        title: 'National Election Board declares the results',
        actor: 'National Election Board',
        act: 'declar',
        target: null,
        aliases: ['the results'],
      },
      known: [],
    });
    expect(result.proposals.find((p) => p.actor.name === 'Ama Boateng')).toMatchObject({ stance: 'support' });
  });

  it('"a great deal" is a quantity, not praise', async () => {
    expect(
      await stances('"Investors stand to lose a great deal here," said Tina Roe, an analyst, of the recognition.'),
    ).toEqual({ 'Tina Roe': [null] });
  });
});

describe('votes', () => {
  it('"among those voting against were A, B and C": each of them rejects it', async () => {
    expect(await stances('Those voting against included Chad, Niger and Benin.', RESOLUTION)).toEqual({
      Chad: ['condemnation'],
      Niger: ['condemnation'],
      Benin: ['condemnation'],
    });
  });

  it('an abstention alone is no stance; one explained with doubts is caution', async () => {
    expect(await stances('Chad and Niger abstained.', RESOLUTION)).toEqual({});
    expect(
      await stances(
        'Benin abstained because the text "ignores the region\'s own mediation", its envoy said.',
        RESOLUTION,
      ),
    ).toEqual({ Benin: ['caution'] });
  });
});

describe('names', () => {
  it('a list "A and B" is two actors; a body named after its country is the body', async () => {
    expect(await stances('Sweden and Finland welcomed the recognition on Tuesday.')).toEqual({
      Sweden: ['support'],
      Finland: ['support'],
    });
    const result = await extractFromArticle({
      text: 'Transparency Sweden condemned the recognition in a statement.',
      event: RECOGNITION,
      known: KNOWN,
    });
    expect(result.proposals[0]).toMatchObject({
      actor: { name: 'Transparency Sweden', kind: 'organisation' },
      stance: 'condemnation',
    });
  });

  it('an adjective opening a sentence is not part of the name', async () => {
    expect(await stances('Neighbouring Sweden was more cautious about the recognition.')).toEqual({
      Sweden: ['caution'],
    });
  });

  it('a word under a condition is no judgement ("if necessary")', async () => {
    expect(
      await stances(
        'Peter Holm welcomed the recognition. He said he would take the matter to parliament if necessary.',
      ),
    ).toEqual({ 'Peter Holm': ['support', null] });
  });
});
