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

describe('what a reaction to a recognition says without the usual verbs', () => {
  it('calling on others to do the same is support; not following the example is caution', async () => {
    expect(await stancesOnSahel("Mali said it was time for other countries to follow Norway's example.")).toEqual({
      Mali: ['support'],
    });
    expect(await stancesOnSahel("Chad said it would not follow Norway's example.")).toEqual({ Chad: ['caution'] });
    expect(await stancesOnSahel('The council called on other countries to follow suit.')).toEqual({
      'Sahel Transitional Council': ['support'],
    });
  });

  it('hopes of stability, trade and realism are support', async () => {
    expect(await stancesOnSahel('Niger said it hoped the step would bring stability to the region.')).toEqual({
      Niger: ['support'],
    });
    expect(await stancesOnSahel('Togo said the recognition opened new opportunities for trade.')).toEqual({
      Togo: ['support'],
    });
    expect(await stancesOnSahel('Benin said the decision reflected the realities on the ground.')).toEqual({
      Benin: ['support'],
    });
  });

  it('a propaganda victory, a price paid, a plight ignored, nothing earned: condemnation', async () => {
    expect(await stancesOnSahel('Ghana said the recognition was a propaganda victory for the generals.')).toEqual({
      Ghana: ['condemnation'],
    });
    expect(await stancesOnSahel('Sweden said the women of the Sahel would pay the price.')).toEqual({
      Sweden: ['condemnation'],
    });
    expect(await stancesOnSahel('Finland said the decision ignored the plight of displaced families.')).toEqual({
      Finland: ['condemnation'],
    });
    // The act's target, judged in the speaker's reported words, is no speaker.
    expect(await stancesOnSahel('Italy said the council had done nothing to earn recognition.')).toEqual({
      Italy: ['condemnation'],
    });
  });

  it('a decision of its own, in due course, is caution', async () => {
    expect(await stancesOnSahel('Senegal said it would take its own decision in due course.')).toEqual({
      Senegal: ['caution'],
    });
  });
});

describe('reserve said in a figure of speech', () => {
  it('"struck a cautious note" and "watching closely" are caution', async () => {
    expect(await stancesOnSahel('Ghana struck a cautious note, saying it would keep its embassy open.')).toEqual({
      Ghana: ['caution'],
    });
    expect(await stancesOnSahel('India is watching closely, officials in New Delhi said.')).toEqual({
      India: ['caution'],
    });
  });

  it('"there was no question of recognising" the target is caution', async () => {
    expect(
      await stancesOnSahel('Germany said there was no question of recognising the council while it held prisoners.'),
    ).toEqual({ Germany: ['caution'] });
  });
});

describe("a bloc's officer named by post only", () => {
  it('"the European Union\'s foreign policy chief said" is the bloc speaking', async () => {
    expect(
      await stancesOnSahel("The European Union's foreign policy chief said the bloc's conditions were unchanged."),
    ).toEqual({ 'European Union': ['caution'] });
  });
});

describe('hopes that others follow, blows, and a second verb after "but"', () => {
  it('"We hope other countries will follow" is support; "a huge blow" is condemnation', async () => {
    expect(await stancesOnSahel('"We hope other countries will follow," the council told reporters.')).toEqual({
      'Sahel Transitional Council': ['support'],
    });
    expect(await stancesOnSahel('Amnesty International said the decision was "a huge blow" to the region.')).toEqual({
      'Amnesty International': ['condemnation'],
    });
  });

  it('"X and Y have all expanded ties but stopped short of recognition": each holds back', async () => {
    expect(
      await stancesOnSahel(
        'Ghana, Togo and Benin have all expanded ties with the council but stopped short of recognition.',
      ),
    ).toEqual({ Ghana: ['caution'], Togo: ['caution'], Benin: ['caution'] });
  });
});

describe('feeling abandoned', () => {
  it('"said she felt abandoned" is condemnation', async () => {
    expect(
      await stancesOnSahel('Aminata Diallo, a teacher who fled to Dakar, said she felt abandoned by the world.'),
    ).toEqual({ 'Aminata Diallo': ['condemnation'] });
  });
});

describe('an answer that is no answer', () => {
  it('"referred to previous statements" says nothing, as "declined to comment" does', async () => {
    expect(
      await stancesOnSahel(
        'Asked about the move, a State Department spokesperson referred reporters to previous statements.',
      ),
    ).toEqual({});
  });
});

describe("a state's official named by post only", () => {
  it('"Ghana\'s deputy foreign minister said", "minister of state", "ambassador to the UN": Ghana speaks', async () => {
    expect(await stancesOnSahel("Ghana's deputy foreign minister said the recognition was welcome.")).toEqual({
      Ghana: ['support'],
    });
    expect(
      await stancesOnSahel("Ghana's minister of state for foreign affairs said his country welcomed the recognition."),
    ).toEqual({ Ghana: ['support'] });
    expect(await stancesOnSahel("Ghana's ambassador to the UN said the recognition was welcome.")).toEqual({
      Ghana: ['support'],
    });
  });

  it('the post with its holder named after it is the holder speaking', async () => {
    expect(
      await stancesOnSahel(
        "The council's ambassador in Oslo, Moussa Traoré, said the recognition would strengthen ties.",
      ),
    ).toEqual({ 'Moussa Traoré': ['support'] });
  });
});

describe('engagement favoured, others expected to follow', () => {
  it('"had always favoured engagement" and "other countries would eventually follow" are support', async () => {
    expect(await stancesOnSahel('Niger said it had always favoured engagement with the council.')).toEqual({
      Niger: ['support'],
    });
    expect(await stancesOnSahel('Togo said other countries would eventually follow Norway.')).toEqual({
      Togo: ['support'],
    });
  });
});

describe('capitals, and an object named before "as"', () => {
  it("a reaction in a capital is its state's: hailed in Bamako, condemned in Accra", async () => {
    expect(await stancesOnSahel('The recognition was hailed in Bamako and condemned in Accra.')).toEqual({
      Mali: ['support'],
      Ghana: ['condemnation'],
    });
  });

  it('a given name that is also a capital stays a name', async () => {
    expect(await stancesOnSahel('Sofia Lind, a Swedish lawmaker, condemned the move.')).toEqual({
      'Sofia Lind': ['condemnation'],
    });
  });

  it('"regarded the council as illegitimate": the council is what is judged, not who judges', async () => {
    const stances = await stancesOnSahel('Chad and Mali said they still regarded the council as illegitimate.');
    expect(Object.keys(stances).sort()).toEqual(['Chad', 'Mali']);
  });

  it('"led the criticism" is condemnation', async () => {
    expect(await stancesOnSahel('Ghana led the criticism of the recognition.')).toEqual({ Ghana: ['condemnation'] });
  });
});

describe('a speaker after the quotation, with the place of her title', () => {
  it('"said Fereshta Abbasi, Mali researcher at Human Rights Watch" is Abbasi alone, not Mali too', async () => {
    expect(
      await stancesOnSahel(
        '"Norway has made a grave mistake," said Fereshta Abbasi, Mali researcher at Human Rights Watch.',
      ),
    ).toEqual({ 'Fereshta Abbasi': ['condemnation'] });
  });
});

describe('a round-up by headings', () => {
  it('"The foreign ministry said", in lower case under a heading, is the heading state\'s ministry', async () => {
    const stances = await stancesOnSahel(
      'Ghana\nThe foreign ministry said the recognition was regrettable.\n\nTogo\nThe foreign ministry welcomed the step.',
    );
    expect(stances).toEqual({ 'Ghana foreign ministry': ['caution'], 'Togo foreign ministry': ['support'] });
  });
});

describe('calls on others to do the same, and a negation inside a cue', () => {
  it('"urged the United States to adopt similar measures" is support; "urged Norway not to" is not', async () => {
    expect(await stancesOnSahel('Ghana urged the United States to adopt similar measures.')).toEqual({
      Ghana: ['support'],
    });
    expect((await stancesOnSahel('Ghana urged Norway not to adopt similar measures.')).Ghana).not.toEqual(['support']);
  });

  it('"hoped the decision would not be reversed" is not a hope that it is', async () => {
    expect(await stancesOnSahel('Mali said it hoped the recognition would be reversed.')).toEqual({
      Mali: ['condemnation'],
    });
    expect((await stancesOnSahel('Mali said it hoped the recognition would not be reversed.')).Mali).not.toEqual([
      'condemnation',
    ]);
  });
});

describe("a ministry under its state's formal name", () => {
  it('"the Ministry of Foreign Affairs of the Islamic Emirate of X" is X\'s foreign ministry', async () => {
    expect(
      await stancesOnSahel(
        'The Ministry of Foreign Affairs of the Islamic Emirate of Afghanistan welcomed the recognition.',
      ),
    ).toEqual({ 'Afghanistan foreign ministry': ['support'] });
  });
});

describe('conditions the target has not met', () => {
  it('"must first meet", "must be earned", "had not met the conditions", "a matter for" are caution, and the target in them is no speaker', async () => {
    expect(await stancesOnSahel('France said the council must first meet its commitments on elections.')).toEqual({
      France: ['caution'],
    });
    expect(await stancesOnSahel('Canada said recognition must be earned.')).toEqual({ Canada: ['caution'] });
    expect(await stancesOnSahel('Japan said the council had not met the conditions for recognition.')).toEqual({
      Japan: ['caution'],
    });
    expect(await stancesOnSahel('Spain said the move was "a matter for Norway".')).toEqual({ Spain: ['caution'] });
  });
});

describe('whose view, and whom "she" points back to', () => {
  it('"For X, who …, the decision vindicated …" is X\'s view; not when the sentence names who says it', async () => {
    expect(
      await stancesOnSahel(
        "For Amadou Sow, who heads the council's office in Dakar, the recognition vindicated years of work.",
      ),
    ).toEqual({ 'Amadou Sow': ['support'] });
    expect(await stancesOnSahel('For Norway, the recognition is a pragmatic bet, analysts say.')).toEqual({});
  });

  it('"she" after a sentence naming one person, who says nothing in it, is that person', async () => {
    expect(
      await stancesOnSahel(
        '"The world is changing," said Amadou Sow. Not so for Aissata Ba, a teacher who fled to Dakar. She called the recognition a slap in the face.',
      ),
    ).toEqual({ 'Amadou Sow': [null], 'Aissata Ba': ['condemnation'] });
  });
});

describe("what others did, named in the speaker's words", () => {
  it('"the president of those who voted against me" is no vote of the speaker', async () => {
    expect(
      await stancesOnSahel('"I will be the president of those who voted against me too," said Marisol Ferrant.'),
    ).toEqual({ 'Marisol Ferrant': [null] });
  });
});

describe('words of blame for the way it was done', () => {
  it('"a brutal, unilateral decision" is condemnation', async () => {
    expect(await stancesOnSahel('Ghana called it a brutal decision.')).toEqual({ Ghana: ['condemnation'] });
    expect(await stancesOnSahel('Togo said the recognition was a unilateral move.')).toEqual({
      Togo: ['condemnation'],
    });
  });
});
