/**
 * Patterns found on the fifteenth session's probe reports (written for the purpose, in the manner of
 * wire round-ups and regional papers): a state's unnamed officials, a superlative of manner, and two
 * cues.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle, type KnownActor } from '@/lib/ingest';
import { SAHEL_EVENT, SAHEL_KNOWN, SAHEL_LEAD, stancesBySpeaker, stancesOnSahel } from './ingest-speakers';

describe("a state's officials, unnamed", () => {
  it('"a senior Swedish official, speaking on condition of anonymity, said": Sweden speaks', async () => {
    expect(
      await stancesOnSahel(
        'A senior Swedish official, speaking on condition of anonymity, said the recognition was premature.',
      ),
    ).toEqual({ Sweden: ['caution'] });
    expect(
      await stancesOnSahel('A Finnish official, who asked not to be named, said Helsinki welcomed the decision.'),
    ).toEqual({ Finland: ['support'] });
    expect(await stancesOnSahel('U.S. officials said the recognition was premature.')).toEqual({
      'United States': ['caution'],
    });
    expect(await stancesOnSahel('German diplomats condemned the recognition.')).toEqual({
      Germany: ['condemnation'],
    });
  });

  it('"a Swedish government spokesman" is no people\'s word before a noun', async () => {
    expect(await stancesOnSahel('A Swedish government spokesman said the recognition was premature.')).toEqual({
      Sweden: ['caution'],
    });
    expect(await stancesOnSahel('The Swedish spokesman said the recognition was premature.')).toEqual({
      Sweden: ['caution'],
    });
    // The people's word itself before a noun still is: Kenyan judges are not Kenya.
    expect(await stancesOnSahel('Kenyan judges said the recognition was premature.')).toEqual({});
  });

  it('"The European Union\'s foreign policy spokesperson said": the bloc speaks', async () => {
    expect(
      await stancesOnSahel(
        'The European Union\'s foreign policy spokesperson said recognition was "not on the table".',
      ),
    ).toEqual({ 'European Union': ['caution'] });
  });

  it("the acting state's ministry spokeswoman defends the act", async () => {
    expect(
      await stancesOnSahel(
        'Norwegian foreign ministry spokeswoman Kari Holm told a briefing that the critics had failed completely.',
      ),
    ).toEqual({ 'Kari Holm': ['support'] });
  });

  it('is not an unnamed voice as well, and is not the one spoken to', async () => {
    const text = `${SAHEL_LEAD}U.S. officials said the recognition was premature. Critics condemned the recognition.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(extraction.unnamed.map((u) => [u.who, u.stance])).toEqual([['Critics', 'condemnation']]);
    expect(await stancesOnSahel('Sweden condemned the recognition in a letter to French officials.')).toEqual({
      Sweden: ['condemnation'],
    });
  });
});

describe('a superlative of manner', () => {
  it('"Finland, which …, was the most receptive": a lead-in that says its stance', async () => {
    expect(
      await stancesOnSahel('Finland, which reopened its embassy in the region last year, was the most receptive.'),
    ).toEqual({ Finland: ['support'] });
    expect(
      await stancesOnSahel('Sweden was the least enthusiastic. Its foreign ministry said it had concerns.'),
    ).toMatchObject({ Sweden: ['caution'] });
  });

  it('"was the latest" says no manner', async () => {
    expect(await stancesOnSahel('Sweden was the latest.')).toEqual({});
  });
});

describe('cues', () => {
  it('"called on the international community to reject" is blame, not a call of caution', async () => {
    expect(
      await stancesOnSahel(
        'The Sahel Civic Forum called on the international community to reject the recognition of the Council.',
      ),
    ).toEqual({ 'Sahel Civic Forum': ['condemnation'] });
  });

  it('"We value this step", "appreciated the decision" are support; "struck a neutral tone" is caution', async () => {
    expect(await stancesOnSahel('"We value this step taken by Oslo," the Council said in a statement.')).toEqual({
      'Sahel Transitional Council': ['support'],
    });
    expect(await stancesOnSahel('Finland said it appreciated the decision.')).toEqual({ Finland: ['support'] });
    expect(
      await stancesOnSahel('Sweden, which has hosted talks on the region, struck a neutral tone on the recognition.'),
    ).toEqual({ Sweden: ['caution'] });
  });

  it('"watching developments closely" is caution', async () => {
    expect(await stancesOnSahel('A Finnish official said Helsinki was "watching developments closely".')).toEqual({
      Finland: ['caution'],
    });
  });

  it("summoning the acting state's envoy or chargé d'affaires is blame, as summoning its ambassador is", async () => {
    expect(await stancesOnSahel('Sweden summoned the Norwegian envoy.')).toEqual({ Sweden: ['condemnation'] });
    expect(await stancesOnSahel("Sweden's foreign ministry summoned Norway's chargé d'affaires in protest.")).toEqual({
      'Sweden foreign ministry': ['condemnation'],
    });
  });

  it('"turned its back on" is blame', async () => {
    expect(
      await stancesOnSahel(
        '"By this recognition Oslo has turned its back on every refugee in the camps," said Anna Berg.',
      ),
    ).toMatchObject({ 'Anna Berg': ['condemnation'] });
    expect(await stancesOnSahel('Sweden said the recognition turned its back on the refugees.')).toEqual({
      Sweden: ['condemnation'],
    });
  });
});

describe('background', () => {
  it('"None has formally recognised …" names no one', async () => {
    expect(Object.keys(await stancesOnSahel('None of its neighbours has welcomed the recognition.'))).toEqual([]);
    expect(Object.keys(await stancesOnSahel('Sweden traded with the Council. None has recognised it.'))).not.toContain(
      'None',
    );
  });

  it("the acting side's deeds dated years before the news are not its stance; the act itself still is", async () => {
    const later = 'Talks on the Council began in 2024.';
    expect(
      await stancesOnSahel(`Norway listed the Council as a militia in 2009 and kept that label for a decade. ${later}`),
    ).toEqual({});
    expect(await stancesOnSahel(`In 2009 Norway recognized the Council's first leaders. ${later}`)).toEqual({
      Norway: ['support'],
    });
  });

  it('"see recognition as vindication" is support', async () => {
    expect(await stancesOnSahel('The Council said it saw the recognition as vindication.')).toEqual({
      'Sahel Transitional Council': ['support'],
    });
  });
});

describe('the acting side answering its critics', () => {
  it('"Special envoy X" opening a sentence serves the acting state; "rejected criticism of the decision" is support', async () => {
    expect(
      await stancesOnSahel(
        'Special envoy Lars Dahl told reporters the embassy would be upgraded. He rejected criticism of the decision.',
      ),
    ).toEqual({ 'Lars Dahl': ['support', 'support'] });
  });

  it('"rejected suggestions that Norway had …": Norway is in the claim answered, not speaking', async () => {
    const stances = await stancesOnSahel(
      "Sweden's foreign minister, Eva Lind, spoke on Friday. She rejected suggestions that Norway had ignored the refugees.",
    );
    expect(stances).not.toHaveProperty('Norway');
  });
});

describe('"The spokesman of X, Y, said"', () => {
  it('X speaks through Y: both are given the words', async () => {
    expect(
      await stancesOnSahel(
        'The spokesman of the Sahel Transitional Council, Amadou Sy, said the recognition was historic.',
      ),
    ).toEqual({ 'Sahel Transitional Council': ['support'], 'Amadou Sy': ['support'] });
  });
});

describe('not recognising, when the event is a recognition', () => {
  it('"would not recognise the Council" is not following (caution); "did not recognise the decision" refuses it', async () => {
    expect(await stancesOnSahel('Sweden said it would not recognise the Council.')).toEqual({ Sweden: ['caution'] });
    expect(await stancesOnSahel('Finland said it did not recognise the decision.')).toEqual({
      Finland: ['condemnation'],
    });
  });
});

describe('a hedge between the subject and its verb', () => {
  it('"appeared to welcome", "seemed to welcome" are still the subject\'s words', async () => {
    expect(await stancesOnSahel('Finland appeared to welcome the recognition.')).toEqual({ Finland: ['support'] });
    expect(
      await stancesOnSahel(
        'In a call with the Council, Swedish Foreign Minister Eva Lind seemed to welcome the decision.',
      ),
    ).toMatchObject({ 'Eva Lind': ['support'] });
  });
});

describe('names of states and their ministries, written in full or shortened', () => {
  const known: KnownActor[] = [
    ...SAHEL_KNOWN.map((k) =>
      k.id === 'sahel-council' ? { ...k, aliases: [...k.aliases, 'Islamic Emirate of Sahelia'] } : k,
    ),
  ];
  const stances = async (sentences: string, actors = known) =>
    stancesBySpeaker(
      (await extractFromArticle({ text: SAHEL_LEAD + sentences, event: SAHEL_EVENT, known: actors })).proposals,
      SAHEL_LEAD.length,
    );

  it('"the Islamic Emirate" is the stored "Islamic Emirate of Sahelia"; "Islamic State" keeps its first word', async () => {
    expect(await stances('The Islamic Emirate welcomed the decision.')).toEqual({
      'Sahel Transitional Council': ['support'],
    });
    expect(await stances('Islamic State condemned the decision.')).toEqual({ 'Islamic State': ['condemnation'] });
  });

  it("a shortened name two stored actors share is neither's", async () => {
    const two: KnownActor[] = [
      ...known,
      { id: 'other', name: 'Other Emirate', kind: 'state', aliases: ['Islamic Emirate of Varnia'] },
    ];
    expect(Object.keys(await stances('The Islamic Emirate welcomed the decision.', two))).not.toContain(
      'Sahel Transitional Council',
    );
  });

  it('"the Ministry of Foreign Affairs of the Republic of Finland" is Finland\'s foreign ministry', async () => {
    const text = `${SAHEL_LEAD}The Ministry of Foreign Affairs of the Republic of Finland said the recognition was premature.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)).toEqual({
      'Finland foreign ministry': ['caution'],
    });
    expect(extraction.relations.map((r) => [r.type, r.from.name, r.to.name])).toContainEqual([
      'PART_OF',
      'Finland foreign ministry',
      'Finland',
    ]);
  });
});
