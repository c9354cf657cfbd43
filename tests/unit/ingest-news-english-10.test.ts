/**
 * Forms met in real reports of the first event (kept out of the repository): a body described by a
 * list between commas, "quoted X as saying", "the alliance" named again, fear that is not the
 * speaker's, a province that is no actor, and words of blame with no verb of blame. Each sentence is
 * written for its rule; docs/ingest.md says where the forms were found.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '@/lib/ingest';
import { SAHEL_EVENT, SAHEL_KNOWN, SAHEL_LEAD, stancesOnSahel } from './ingest-speakers';

async function unnamedOn(sentences: string): Promise<string[]> {
  const { unnamed } = await extractFromArticle({
    text: SAHEL_LEAD + sentences,
    event: SAHEL_EVENT,
    known: SAHEL_KNOWN,
  });
  return unnamed.map((u) => u.who);
}

describe('a body described between commas', () => {
  it('a list inside the description ("a coalition of activists, lawyers and civil society leaders")', async () => {
    expect(
      await stancesOnSahel(
        'The Sahel Rights Alliance, a coalition of activists, lawyers and civil society leaders, called the recognition a clear violation of the charter.',
      ),
    ).toEqual({ 'Sahel Rights Alliance': ['condemnation'] });
  });

  it('the description is what the body is, not an unnamed voice beside it', async () => {
    expect(
      await unnamedOn(
        'The Sahel Rights Alliance, a coalition of rights activists, called the recognition a violation of the charter.',
      ),
    ).toEqual([]);
    // Unnamed voices of their own are still listed.
    expect(await unnamedOn('Rights activists called the recognition a violation of the charter.')).toEqual([
      'activists',
    ]);
  });

  it('"the alliance" after the Sahel Rights Alliance is that body, though the United Nations was named since', async () => {
    expect(
      await stancesOnSahel(
        'The Sahel Rights Alliance met on Friday under the United Nations flag. In a statement, the alliance said the recognition was a betrayal.',
      ),
    ).toEqual({ 'Sahel Rights Alliance': ['condemnation'] });
  });
});

describe('"quoted X as saying"', () => {
  it('X speaks the words after "as", whoever quotes them', async () => {
    expect(
      await stancesOnSahel(
        'The news agency quoted Ghanaian Foreign Minister Kwame Mensah as saying the recognition was a pragmatic step.',
      ),
    ).toEqual({ 'Kwame Mensah': ['support'] });
    expect(
      await stancesOnSahel(
        'State radio quoted Idriss Deby, the Chadian envoy, as describing the recognition as a grave mistake.',
      ),
    ).toEqual({ 'Idriss Deby': ['condemnation'] });
  });
});

describe("words that are not the speaker's stance, and words of blame with no verb of blame", () => {
  it('"a regime that rules through fear" is no fear of the speaker', async () => {
    expect(
      await stancesOnSahel('Chad said the recognition gives a seat to a council that rules through fear and coercion.'),
    ).toEqual({ Chad: [null] });
    // The speaker's own fear is still a worry.
    expect(await stancesOnSahel('Chad said it feared the recognition would embolden the juntas.')).toEqual({
      Chad: ['caution'],
    });
  });

  it('"In Farah Province, another resident warned …": a province is no actor', async () => {
    const { proposals } = await extractFromArticle({
      text: `${SAHEL_LEAD}In Kayes Province, a trader warned that the recognition would change nothing. "It is a piece of paper," he said.`,
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(proposals.map((p) => p.actor.name)).not.toContain('Kayes Province');
  });

  it('"inconsistent with international norms", "strips meaning from", "ignores the suffering" blame', async () => {
    expect(await stancesOnSahel('Chad said the recognition is inconsistent with international norms.')).toEqual({
      Chad: ['condemnation'],
    });
    expect(await stancesOnSahel('Chad said the recognition strips meaning from the charter.')).toEqual({
      Chad: ['condemnation'],
    });
    expect(await stancesOnSahel('Chad said the recognition ignores the suffering of Malian women.')).toEqual({
      Chad: ['condemnation'],
    });
  });
});

describe('a spokesperson named after the body', () => {
  it('\'"…," said Foreign Office spokesperson X\': X speaks, not the office', async () => {
    expect(
      await stancesOnSahel(
        '"We have taken note of the recognition," said Foreign Office spokesperson Shafiq Khan at a weekly briefing.',
      ),
    ).toEqual({ 'Shafiq Khan': ['caution'] });
  });

  it('"a matter between two sovereign states" keeps out of it: caution', async () => {
    expect(
      await stancesOnSahel(
        "Chad's foreign ministry said the recognition was a matter strictly between two sovereign states.",
      ),
    ).toEqual({ 'Chad foreign ministry': ['caution'] });
  });
});

describe('officials named by a posted title, and named again by their post', () => {
  it('"Russian Special Representative for Afghanistan X": X, Russia\'s official, not a name with the place in it', async () => {
    const text = `${SAHEL_LEAD}Ghanaian Special Representative for Mali Kofi Annan said the recognition was a pragmatic step.`;
    const { proposals, relations } = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(proposals.filter((p) => p.start >= SAHEL_LEAD.length).map((p) => [p.actor.name, p.stance])).toEqual([
      ['Kofi Annan', 'support'],
    ]);
    expect(relations.map((r) => `${r.from.name} -> ${r.to.name}`)).toContain('Kofi Annan -> Ghana');
  });

  it('\'"…," the minister said\': the person named last who holds that post', async () => {
    expect(
      await stancesOnSahel(
        'Ghanaian Foreign Minister Kwame Mensah spoke on Friday. "It is a pragmatic step," the minister said.',
      ),
    ).toEqual({ 'Kwame Mensah': ['support'] });
  });
});

describe('staying apart from the act', () => {
  it('"reaffirmed that it will not automatically follow" is caution; "has not said whether it will follow" is none', async () => {
    expect(
      await stancesOnSahel(
        'Chad has reaffirmed that it will not automatically follow Norway in recognising the council.',
      ),
    ).toEqual({ Chad: ['caution'] });
    expect(await stancesOnSahel('Chad has not said whether it will follow.')).toEqual({ Chad: [null] });
  });
});

describe('stance words the development sets had proposed without a stance', () => {
  it.each([
    ['Chad called the recognition "politics dressed up as diplomacy".', 'condemnation'],
    ['Chad called the recognition one-sided.', 'condemnation'],
    ['Chad called the recognition an unfriendly act.', 'condemnation'],
    ['Chad called the recognition an assault on the sovereignty of Mali.', 'condemnation'],
    ['Chad said it would vote against any such recognition.', 'condemnation'],
    ['Chad said the recognition was "about time".', 'support'],
    ['Chad questioned whether the recognition would help.', 'caution'],
    ['Chad said it had asked for a delay before any further recognition.', 'caution'],
  ])('%s → %s', async (sentence, stance) => {
    expect(await stancesOnSahel(sentence)).toEqual({ Chad: [stance] });
  });
});

describe('who "she" and "they" are, and names inside the words reported', () => {
  it('a name inside words a verb of speech reports is not the speaker; "she" still is', async () => {
    expect(
      await stancesOnSahel(
        'Ama Mensah spoke in Accra. She noted that the government "has always believed that Mali should not be isolated."',
      ),
    ).toEqual({ 'Ama Mensah': ['support'] });
  });

  it('"… that Mali should not be isolated": the speaker\'s wish for Mali, not a deed of Mali\'s', async () => {
    expect(await stancesOnSahel('Ama Mensah said that Mali should not be isolated.')).toEqual({
      'Ama Mensah': ['support'],
    });
  });

  it('"They" after a sentence of unnamed critics is those critics, not a name before', async () => {
    expect(
      await stancesOnSahel(
        'Chad announced the news on Thursday. The recognition has drawn sharp criticism from activists. They argue that it rewards a coup.',
      ),
    ).toEqual({ Chad: [null] });
  });
});
