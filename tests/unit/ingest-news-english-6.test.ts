/**
 * Patterns of the sixteenth session, found on real reports of other events (kept out of the
 * repository) and written anew here: one actor doing as another did, a call to act against the act,
 * a list whose first name is described before the next, and titles with a body or a state in them.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '@/lib/ingest';
import {
  SAHEL_EVENT,
  SAHEL_KNOWN,
  SAHEL_LEAD,
  stancesBySpeaker,
  stancesOnSahel,
  stancesOnTessin,
} from './ingest-speakers';

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

  it('"joined X in recognising": the act done as X did it; "joined X in condemning": blame, X\'s too', async () => {
    expect(await stancesOnSahel('Mali joined Norway in recognising the Sahel Transitional Council.')).toEqual({
      Mali: ['support'],
      Norway: ['support'],
    });
    expect(await stancesOnSahel('Mali joined in recognizing the council on Monday.')).toEqual({ Mali: ['support'] });
    expect(await stancesOnSahel('Sweden joined Germany and France in condemning the recognition.')).toEqual({
      Sweden: ['condemnation'],
      Germany: ['condemnation'],
      France: ['condemnation'],
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

describe('titles with a body or a state in them', () => {
  it('"Speaker of the Assembly X Y", "President of the European Commission X von der Y": the person', async () => {
    expect(await stancesOnSahel('Speaker of the Assembly Ruta Kalns condemned the recognition.')).toEqual({
      'Ruta Kalns': ['condemnation'],
    });
    expect(
      await stancesOnSahel('President of the European Commission Hanna van der Berg condemned the recognition.'),
    ).toEqual({ 'Hanna van der Berg': ['condemnation'] });
    expect(
      await stancesOnSahel('Secretary-General of the United Nations Tomas Eklund said the recognition was premature.'),
    ).toEqual({ 'Tomas Eklund': ['caution'] });
  });

  it('"Minister of Foreign Affairs of the Republic of X, Y Z": X\'s minister', async () => {
    const text = `${SAHEL_LEAD}The Minister of Foreign Affairs of the Republic of Ghana Kwame Mensah welcomed the recognition.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)).toEqual({ 'Kwame Mensah': ['support'] });
    expect(extraction.relations.map((r) => [r.type, r.from.name, r.to.name])).toContainEqual([
      'SPEAKS_FOR',
      'Kwame Mensah',
      'Ghana',
    ]);
  });

  it('"Acting Minister of Foreign Affairs of the X": no actor called "Affairs"', async () => {
    const text = `${SAHEL_LEAD}Acting Minister of Foreign Affairs of the Sahel Transitional Council Idrissa Kone welcomed the recognition.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    const names = [...extraction.proposals.map((p) => p.actor.name), ...extraction.relations.map((r) => r.from.name)];
    expect(names).toContain('Idrissa Kone');
    expect(names.some((n) => /Affairs/.test(n))).toBe(false);
  });

  it('"Foreign Secretary X", "Secretary of State X": not the acting state\'s, whose officials need no country', async () => {
    expect(await stancesOnSahel('Foreign Secretary Alan Price said the recognition was premature.')).toEqual({
      'Alan Price': ['caution'],
    });
    expect(await stancesOnSahel('Secretary of State Mark Dale said the recognition was premature.')).toEqual({
      'Mark Dale': ['caution'],
    });
    // The acting state's own minister, unqualified, still defends the act.
    expect(await stancesOnSahel('Foreign Minister Kari Holm said the critics were premature.')).toEqual({
      'Kari Holm': ['support'],
    });
  });
});

describe('a capital standing for its state', () => {
  it('"Tehran", "Helsinki", "Yerevan", "Abu Dhabi": the state, though they end as a people\'s word may', async () => {
    expect(await stancesOnSahel('Tehran welcomed the recognition.')).toEqual({ Iran: ['support'] });
    expect(await stancesOnSahel('Helsinki condemned the recognition.')).toEqual({ Finland: ['condemnation'] });
    expect(await stancesOnSahel('Yerevan said the recognition was premature.')).toEqual({ Armenia: ['caution'] });
    expect(await stancesOnSahel('Abu Dhabi welcomed the recognition.')).toEqual({
      'United Arab Emirates': ['support'],
    });
    // A people's word before a noun is still no state speaking.
    expect(await stancesOnSahel('Iranian judges said the recognition was premature.')).toEqual({});
  });
});

describe('more words of blame and of waiting', () => {
  it('"rewarded a regime", "rewards repression": blame', async () => {
    expect(
      await stancesOnSahel(
        'Lena Holt, a UN rapporteur, said the recognition rewarded a regime that jails its critics.',
      ),
    ).toEqual({ 'Lena Holt': ['condemnation'] });
    expect(await stancesOnSahel('Amnesty International said the recognition rewards repression.')).toEqual({
      'Amnesty International': ['condemnation'],
    });
  });

  it('"closely following developments": waiting, which is caution', async () => {
    expect(await stancesOnSahel('Ghana said it was "closely following developments".')).toEqual({ Ghana: ['caution'] });
  });

  it('"India\'s Ministry of External Affairs" is India\'s foreign ministry', async () => {
    const text = `${SAHEL_LEAD}India's Ministry of External Affairs said it was closely following developments.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)).toEqual({
      'India foreign ministry': ['caution'],
    });
    expect(extraction.relations.map((r) => [r.type, r.from.name, r.to.name])).toContainEqual([
      'PART_OF',
      'India foreign ministry',
      'India',
    ]);
  });
});

describe("praise of another's stand", () => {
  it('"praised Chad for its stance on the recognition" is no support of the recognition', async () => {
    expect(
      await stancesOnSahel('Ghana praised Chad for its stance on the recognition, saying it was the only honest one.'),
    ).toEqual({ Ghana: [null] });
    // Praise of the act itself still is.
    expect(await stancesOnSahel('Ghana praised Norway for its courageous decision.')).toEqual({ Ghana: ['support'] });
  });
});

describe('the target in a description of the speaker', () => {
  it('"Sweden, which fought the council, was furious": blame of the act, not of the target', async () => {
    expect(
      await stancesOnSahel('Sweden, which fought a long dispute with the Sahel Transitional Council, was furious.'),
    ).toEqual({ Sweden: ['condemnation'] });
  });
});

describe('a call to think again', () => {
  it('"urged Norway to reconsider", "asked the government to reconsider": caution', async () => {
    expect(await stancesOnSahel('Sweden urged Norway to reconsider.')).toEqual({ Sweden: ['caution'] });
    expect(
      await stancesOnSahel('Bishop Tom Harrow said he feared for the camps and asked the government to reconsider.'),
    ).toEqual({ 'Tom Harrow': ['caution'] });
  });
});

describe('the phrasing of official statements', () => {
  it('"regards / views / considers the decision as …", "expresses its deep regret": present tense verbs of a view', async () => {
    expect(await stancesOnSahel('Ukraine regards the decision as a violation of international law.')).toEqual({
      Ukraine: ['condemnation'],
    });
    expect(await stancesOnSahel('Chile views the recognition as a grave mistake.')).toEqual({
      Chile: ['condemnation'],
    });
    expect(await stancesOnSahel('Japan expresses its deep regret over the decision.')).toEqual({ Japan: ['caution'] });
  });

  it('"The Government of Japan" is Japan\'s government, capitalised as statements write it', async () => {
    const text = `${SAHEL_LEAD}The Government of Japan expresses its deep regret over the decision.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)).toEqual({ 'Japan government': ['caution'] });
    expect(extraction.relations.map((r) => [r.type, r.from.name, r.to.name])).toContainEqual([
      'PART_OF',
      'Japan government',
      'Japan',
    ]);
  });
});

describe('blame in the past tense', () => {
  it('"said the recognition violated …" is blame, as "violates" and "a violation" were', async () => {
    expect(await stancesOnSahel('Chile said the recognition violated the rights of the people of the Sahel.')).toEqual({
      Chile: ['condemnation'],
    });
  });
});

describe('the present tense of headlines and live pages', () => {
  it('"slams", "decries", "salutes", "objects to": as their past forms', async () => {
    expect(await stancesOnSahel('Chile slams the recognition.')).toEqual({ Chile: ['condemnation'] });
    expect(await stancesOnSahel('Peru decries the recognition.')).toEqual({ Peru: ['condemnation'] });
    expect(await stancesOnSahel('Mali salutes the recognition.')).toEqual({ Mali: ['support'] });
    expect(await stancesOnSahel('Sweden objects to the recognition.')).toEqual({ Sweden: ['condemnation'] });
  });
});

describe('a date between the subject and its verb', () => {
  it('"Chile on July 4 welcomed …", "Peru on 4 July 2025 condemned …": a date, not a tally', async () => {
    expect(await stancesOnSahel('Chile on July 4 welcomed the recognition.')).toEqual({ Chile: ['support'] });
    expect(await stancesOnSahel('Peru on 4 July 2025 condemned the recognition.')).toEqual({ Peru: ['condemnation'] });
    // A count before the verb still is one: "58 percent voted in favour" is no stance of the speaker's.
    expect(await stancesOnSahel('Chile said 58 percent supported the recognition.')).toEqual({ Chile: [null] });
  });
});

describe('an unnamed spokesperson for a bloc or a state', () => {
  it('"A spokesperson for the European Union\'s diplomatic service said": the bloc speaks', async () => {
    expect(
      await stancesOnSahel(
        "A spokesperson for the European Union's diplomatic service said the recognition was premature.",
      ),
    ).toEqual({ 'European Union': ['caution'] });
    expect(
      await stancesOnSahel("A spokesman for Sweden's foreign ministry said the recognition was premature."),
    ).toEqual({ Sweden: ['caution'] });
  });

  it('"rewarding a group that …": blame', async () => {
    expect(await stancesOnSahel('Ana Lind said Norway was "rewarding a group that jails its critics".')).toEqual({
      'Ana Lind': ['condemnation'],
    });
  });
});

describe('a stance turned by "but"', () => {
  it('"welcomed the recognition but warned that …": the words after "but" say where it stands', async () => {
    expect(
      await stancesOnSahel('Ghana welcomed the recognition but warned that two earlier transitions had collapsed.'),
    ).toEqual({ Ghana: ['caution'] });
    expect(
      await stancesOnSahel(
        'Chile congratulated the people of the Sahel but stopped short of endorsing the recognition.',
      ),
    ).toEqual({ Chile: ['caution'] });
    // Without the contrast, the first clear word stands.
    expect(await stancesOnSahel('Ghana welcomed the recognition and said the region would benefit.')).toEqual({
      Ghana: ['support'],
    });
  });
});

describe('a ministry named by its portfolio alone', () => {
  it('"Foreign Ministry spokesman X" after a sentence about Ghana speaks for Ghana, not for a ministry of no one\'s', async () => {
    const text = `${SAHEL_LEAD}Ghana struck a warmer tone. Foreign Ministry spokesman Kofi Boateng told reporters in Accra that the step was realistic.\n\nAt the briefing, Foreign Office spokesperson Amina Bello said the matter was under review.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)).toMatchObject({
      Ghana: ['support'],
      'Kofi Boateng': ['support'],
    });
    const speaksFor = extraction.relations
      .filter((r) => r.type === 'SPEAKS_FOR')
      .map((r) => `${r.from.name} -> ${r.to.name}`);
    expect(speaksFor).toContain('Kofi Boateng -> Ghana');
    // The state the paragraph is about, not one named as an owner after it.
    const chad = await extractFromArticle({
      text: `${SAHEL_LEAD}Chad said it respected Norway's decision. Foreign Ministry spokeswoman Halima Deby said the step was realistic.`,
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(chad.relations.map((r) => `${r.from.name} -> ${r.to.name}`)).toContain('Halima Deby -> Chad');
    // No state in its paragraph: no guess, rather than a "Foreign Office" of no state.
    expect(speaksFor.filter((r) => r.startsWith('Amina Bello'))).toEqual([]);
  });

  it('"In New Delhi, the Ministry of External Affairs" is India\'s', async () => {
    const text = `${SAHEL_LEAD}In New Delhi, the Ministry of External Affairs was more guarded.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(extraction.relations.map((r) => [r.type, r.from.name, r.to.name])).toContainEqual([
      'PART_OF',
      'India foreign ministry',
      'India',
    ]);
  });
});

describe('not doing the same', () => {
  it('"not considering formal recognition", "no plans to recognise", "in no hurry to recognise": caution', async () => {
    expect(await stancesOnSahel('Ghana was not considering formal recognition, its foreign minister said.')).toEqual({
      Ghana: ['caution'],
    });
    expect(await stancesOnSahel('Chad has no plans to recognise the council.')).toEqual({ Chad: ['caution'] });
    expect(await stancesOnSahel('Peru is in no hurry to recognize the council.')).toEqual({ Peru: ['caution'] });
    // After "but", over what came before it.
    expect(
      await stancesOnSahel(
        'Chile said it would continue practical cooperation with the council but was not considering formal recognition.',
      ),
    ).toEqual({ Chile: ['caution'] });
  });
});

describe("blame laid on the acting side in someone else's words", () => {
  it('"X warned that Norway was rewarding a regime": X\'s warning, not a statement by Norway', async () => {
    // What is warned of stays the warner's caution (judge.ts); Norway does not speak here.
    expect(
      await stancesOnSahel('Lars Ek, a lawmaker, warned that Norway was rewarding a regime that jails its critics.'),
    ).toEqual({ 'Lars Ek': ['caution'] });
  });
});
