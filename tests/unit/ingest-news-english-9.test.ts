/**
 * A reporting clause closing the sentence (", Chad said on Friday."), a stance joined beside an
 * official named in an appositive, and the words "deserves no recognition" and "respected the choice".
 * Each sentence is written for its rule; docs/ingest.md says where the forms were found.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '@/lib/ingest';
import { findMentions } from '@/lib/ingest/mentions';
import { SAHEL_EVENT, SAHEL_KNOWN, SAHEL_LEAD, stancesOnSahel } from './ingest-speakers';

describe('a reporting clause at the end of the sentence', () => {
  it('the words before ", X said" are X\'s, not the stance of the target they judge', async () => {
    expect(await stancesOnSahel('The council has done nothing to earn recognition, Chad said.')).toEqual({
      Chad: ['condemnation'],
    });
    expect(await stancesOnSahel("The council must first hold elections, Chad's foreign ministry said.")).toEqual({
      'Chad foreign ministry': ['caution'],
    });
    expect(
      await stancesOnSahel(
        'The recognition deserves no support, Foreign Minister Idriss Deby told reporters on Friday.',
      ),
    ).toEqual({ 'Idriss Deby': ['condemnation'] });
  });

  it('a ministry closing a sentence about its own state says the same', async () => {
    expect(
      await stancesOnSahel(
        'Chad respected the choices of the Malian people, its foreign ministry said in a statement.',
      ),
    ).toEqual({ Chad: ['support'], 'Chad foreign ministry': ['support'] });
  });

  it('a ministry of no state named, closing a sentence about a state, speaks for it', async () => {
    expect(
      await stancesOnSahel('Washington has no plans to follow suit, a State Department spokesperson said.'),
    ).toEqual({ 'United States': ['caution'], 'State Department': ['caution'] });
  });

  it("a clause with a speaker of its own is relayed, not the relayer's stance", async () => {
    expect(
      await stancesOnSahel(
        'Prime Minister Mette Holm "strongly condemned" the recognition, the Danish foreign ministry said.',
      ),
    ).toEqual({ 'Mette Holm': ['condemnation'], 'Danish foreign ministry': [null] });
  });

  it("the target's own act of speech, closed by who reports it, stays the target's", async () => {
    expect(await stancesOnSahel('The council welcomed the recognition, spokesman Amadou Sy said.')).toEqual({
      'Sahel Transitional Council': ['support'],
      'Amadou Sy': [null],
    });
  });

  it('"said X" followed by a clause of its own is no closing attribution', async () => {
    expect(await stancesOnSahel('In a statement, Chad said the council had done nothing to earn recognition.')).toEqual(
      {
        Chad: ['condemnation'],
      },
    );
  });
});

describe('joined by an official named in an appositive', () => {
  it('"joined the Danish prime minister, X, in refusing" is a stance of both', async () => {
    expect(
      await stancesOnSahel(
        'Chad has joined the Danish prime minister, Mette Holm, in refusing to recognise the council.',
      ),
    ).toEqual({ Chad: ['condemnation'], 'Mette Holm': ['condemnation'] });
  });
});

describe('the words of refusal and of acceptance', () => {
  it('"deserves no recognition" refuses it; "respected the choice" accepts it', async () => {
    expect(await stancesOnSahel('Ghana said the council deserved no recognition.')).toEqual({
      Ghana: ['condemnation'],
    });
    expect(await stancesOnSahel('Ghana said it respected the choice of Norway.')).toEqual({ Ghana: ['support'] });
  });
});

describe('what a speaker wants for someone is not their word', () => {
  it('"said the council should not be isolated / deserved recognition" is the speaker\'s alone', async () => {
    expect(await stancesOnSahel('Ghana said the council should not be isolated.')).toEqual({ Ghana: ['support'] });
    expect(await stancesOnSahel('Chad said the council deserved recognition.')).toEqual({ Chad: ['support'] });
  });
});

describe('refusal, and calls on others not to follow', () => {
  it('"had no intention of recognising" is caution; "urged governments not to follow" is blame', async () => {
    expect(await stancesOnSahel('Ghana said it had no intention of recognising the council.')).toEqual({
      Ghana: ['caution'],
    });
    expect(await stancesOnSahel('Amnesty International urged governments not to follow Norway.')).toEqual({
      'Amnesty International': ['condemnation'],
    });
  });

  it('a pragmatic step is praise; working pragmatically but giving no sign of following is caution', async () => {
    expect(await stancesOnSahel('"It is a pragmatic step," said Kofi Mensah, an analyst in Accra.')).toEqual({
      'Kofi Mensah': ['support'],
    });
    expect(
      await stancesOnSahel(
        'Ghana said it would work with the council on a pragmatic basis but gave no sign it would follow Norway.',
      ),
    ).toEqual({ Ghana: ['caution'] });
  });
});

describe('words of praise, blame and reserve found in reports of recognitions and sanctions', () => {
  it.each([
    ['Ghana said the recognition opened a new page in its relations with the council.', 'support'],
    ['Ghana called the recognition "a mature and far-sighted decision".', 'support'],
    ['Ghana said the recognition reflected the reality in the region.', 'support'],
    ['Ghana was the first to line up behind Norway.', 'support'],
    ['Ghana called the recognition a political verdict written in advance.', 'condemnation'],
    ['Ghana said the recognition was a grave setback for the region.', 'condemnation'],
    ['Ghana did not reject the recognition outright, but asked for elections.', 'caution'],
    ['"Recognition is not a prize to be handed out in the middle of a war," Ghana said.', 'caution'],
  ])('%s', async (sentence, stance) => {
    expect(await stancesOnSahel(sentence)).toEqual({ Ghana: [stance] });
  });
});

describe('a description between commas after the name', () => {
  it('a verb of speech inside it is not the verb of the name', async () => {
    expect(
      await stancesOnSahel(
        'The speaker of parliament, Kwame Boateng, who had refused to attend the talks the president says he held, welcomed the recognition.',
      ),
    ).toEqual({ 'Kwame Boateng': ['support'] });
  });

  it('a number with a comma does not end it', async () => {
    expect(
      await stancesOnSahel(
        'The Sahel Herders Union, which speaks for some 12,000 herders, said the recognition was a mistake.',
      ),
    ).toEqual({ 'Sahel Herders Union': ['condemnation'] });
  });
});

describe('two descriptions after a name, and a parliament by its members', () => {
  it('"X, Mali\'s foreign minister, a lawyer who …, welcomed it" is X speaking', async () => {
    expect(
      await stancesOnSahel(
        "Aminata Diallo, Mali's foreign minister, a lawyer educated in Paris who spent a decade lobbying for this step, welcomed the recognition.",
      ),
    ).toEqual({ 'Aminata Diallo': ['support'] });
  });

  it('"The deputies of the Ghanaian parliament supported it" is the parliament speaking', async () => {
    expect(await stancesOnSahel('The deputies of the Ghanaian parliament fully supported the recognition.')).toEqual({
      'Ghanaian parliament': ['support'],
    });
  });
});

describe('keeping an old recognition', () => {
  it('"continued to recognise the government in Bamako" is not the act', async () => {
    expect(await stancesOnSahel('Ghana said it continued to recognise the government in Bamako.')).toEqual({
      Ghana: [null],
    });
    expect(await stancesOnSahel('Ghana said it would recognise the council too.')).toEqual({ Ghana: ['support'] });
  });
});

describe('who reacts next, said before what they said', () => {
  it('"X took a harder line." takes the stance its official gives next', async () => {
    expect(
      await stancesOnSahel(
        'The Ghana Bar Association, which has long criticised the council, took a harder line. Its president, Ruth Nambozi, said there was no justification for the recognition.',
      ),
    ).toEqual({ 'Ghana Bar Association': ['condemnation'], 'Ruth Nambozi': ['condemnation'] });
  });

  it('"Observers from the X (ACRONYM) were more measured." is X', async () => {
    expect(
      await stancesOnSahel(
        'Observers from the Economic Community of West African States (ECOWAS) were more measured. The head of the mission, Elena Viteri, said the recognition was premature.',
      ),
    ).toEqual({ 'Economic Community of West African States': ['caution'], 'Elena Viteri': ['caution'] });
  });

  it('a second description before "also condemned"', async () => {
    expect(
      await stancesOnSahel(
        "Civic Forward, Ghana's main opposition party, which rarely agrees with the president on anything, also condemned the recognition.",
      ),
    ).toEqual({ 'Civic Forward': ['condemnation'] });
  });
});

describe('"the West", and joining to do the act', () => {
  it('"condemnation from the West" is a camp\'s voice, not an actor', async () => {
    const extraction = await extractFromArticle({
      text: `${SAHEL_LEAD}The recognition has been met with widespread condemnation from the West.`,
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(extraction.proposals.filter((p) => p.start >= SAHEL_LEAD.length)).toEqual([]);
    expect(extraction.unnamed.map((u) => [u.who, u.stance])).toContainEqual(['the West', 'condemnation']);
  });

  it('"Chad has joined Ghana\'s president, X, to recognise the council" is the act by both', async () => {
    expect(await stancesOnSahel("Chad has joined Ghana's president, Kwame Boateng, to recognise the council.")).toEqual(
      { Chad: ['support'], 'Kwame Boateng': ['support'] },
    );
  });
});

describe('hopes, conditions and silence', () => {
  it('"other countries would soon follow" is hope; "might follow" stays a worry', async () => {
    expect(await stancesOnSahel('Amadou Sy told The Associated Press that other countries would soon follow.')).toEqual(
      {
        'Amadou Sy': ['support'],
      },
    );
    expect(await stancesOnSahel('Kofi Mensah said other states might follow suit after the recognition.')).toEqual({
      'Kofi Mensah': ['caution'],
    });
  });

  it('"recognition depends on …" is a condition; "lending credibility" is blame; "said nothing" is no stance', async () => {
    expect(await stancesOnSahel('Ghana has said recognition depends on elections being held.')).toEqual({
      Ghana: ['caution'],
    });
    expect(await stancesOnSahel('Amnesty International said Norway was lending credibility to a junta.')).toEqual({
      'Amnesty International': ['condemnation'],
    });
    expect(await stancesOnSahel('Chad, which borders Mali, said nothing on Friday about the recognition.')).toEqual({});
  });

  it('the object of "told" or "make" is no speaker', async () => {
    expect(
      await stancesOnSahel('Kofi Mensah wrote that the recognition would not make the council legitimate.'),
    ).not.toHaveProperty('Sahel Transitional Council');
  });
});

describe('officials with long titles, and who made the decision', () => {
  it('a title after a committee\'s long name ("… Foreign Affairs Committee Chairman X") is X', async () => {
    expect(
      await stancesOnSahel(
        'Ghana National Assembly Foreign Affairs Committee Chairman Kwame Boateng welcomed the recognition.',
      ),
    ).toEqual({ 'Kwame Boateng': ['support'] });
  });

  it('"envoy for Mali X" is X; Mali is where the post is, not whom the prime minister serves', async () => {
    const extraction = await extractFromArticle({
      text: `${SAHEL_LEAD}Norwegian presidential envoy for Mali Ola Berg told NRK that the decision had been made by Prime Minister Jonas Dahl.`,
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    const names = extraction.proposals.map((p) => [p.actor.name, p.stance]);
    expect(names).toContainEqual(['Ola Berg', null]);
    expect(names).toContainEqual(['Jonas Dahl', 'support']);
    expect(extraction.relations.filter((r) => r.from.name === 'Jonas Dahl').map((r) => r.to.name)).not.toContain(
      'Mali',
    );
  });
});

describe('waiting, sadness and engagement that is no recognition', () => {
  it.each([
    ['Ghana on Friday adopted a wait-and-watch approach after the recognition.', 'caution'],
    ['Ghana said its engagement with the council "does not imply recognition".', 'caution'],
    ['Ghana said it had no plans to change its approach after the recognition.', 'caution'],
    ['Ghana said it was saddened by the recognition.', 'caution'],
  ])('%s', async (sentence, stance) => {
    expect(await stancesOnSahel(sentence)).toEqual({ Ghana: [stance] });
  });

  it('"has yet to comment" is no stance', async () => {
    expect(await stancesOnSahel('The Ghanaian foreign ministry has yet to comment on the recognition.')).toEqual({});
  });
});

describe('a round-up under headings in capitals', () => {
  it('"UNITED KINGDOM" over "A Foreign Office spokesperson said" makes it the British one', async () => {
    const extraction = await extractFromArticle({
      text: `${SAHEL_LEAD}MALI\n\nBamako welcomed the move.\n\nUNITED KINGDOM\n\nA Foreign Office spokesperson said Britain had no plans to recognise the council.\n\nUNITED STATES\n\nA spokesperson said U.S. policy on the council had not changed.`,
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    const stances = extraction.proposals.map((p) => [p.actor.name, p.stance]);
    expect(stances).toContainEqual(['United Kingdom foreign ministry', 'caution']);
    expect(stances.map(([name]) => name)).not.toContain('Mali foreign ministry');
    expect(stances).toContainEqual(['United States', 'caution']);
  });

  it('a heading of no known name ("RIGHTS GROUPS") is no name; one of a state is the state', () => {
    const text = 'RIGHTS GROUPS\n\nAmnesty International condemned it.\n\nUNITED KINGDOM\n\nBritain regretted it.';
    const names = findMentions(text, []).map((m) => m.actor.name);
    expect(names).not.toContain('RIGHTS GROUPS');
    expect(names).toContain('United Kingdom');
  });
});

describe('fear is a worry', () => {
  it('"said she feared that …" is caution, and so is a voice that fears', async () => {
    expect(await stancesOnSahel('Ama Owusu said she feared the recognition would embolden other juntas.')).toEqual({
      'Ama Owusu': ['caution'],
    });
  });

  it('"At the Purple Door, the director, X, …. She said she feared …": a place is not a second person', async () => {
    expect(
      await stancesOnSahel(
        "At the Purple Door, the shelter's director, Ama Owusu, was less interested in the recognition than in the phone. She said she feared that women would stop coming forward.",
      ),
    ).toEqual({ 'Ama Owusu': ['caution'] });
  });
});

describe('a minister of a portfolio in several words', () => {
  it('"Minister for Family and Social Policy X" is X', async () => {
    expect(
      await stancesOnSahel(
        'Minister for Family and Social Policy Ama Owusu told reporters the recognition was a mistake.',
      ),
    ).toEqual({ 'Ama Owusu': ['condemnation'] });
  });
});

describe('whose post, from the words after the name or a place inside the post', () => {
  const relationsOf = async (sentences: string) =>
    (await extractFromArticle({ text: SAHEL_LEAD + sentences, event: SAHEL_EVENT, known: SAHEL_KNOWN })).relations.map(
      (r) => [r.type, r.from.name, r.to.name],
    );

  it('"Its Geneva representative, X" speaks for the body before, not for Geneva', async () => {
    const relations = await relationsOf(
      'Amnesty International condemned the recognition. Its Geneva representative, Benedikt Aalto, said the council was a junta.',
    );
    expect(relations).toContainEqual(['SPEAKS_FOR', 'Benedikt Aalto', 'Amnesty International']);
    expect(relations.map(([, , to]) => to)).not.toContain('Geneva');
  });

  it('"X, its director in Oslo," and "X, the Danish foreign minister," say whose', async () => {
    expect(
      await relationsOf(
        'Amnesty International said the move was wrong. Linnea Eliasson, its director in Oslo, said it was a mistake.',
      ),
    ).toContainEqual(['SPEAKS_FOR', 'Linnea Eliasson', 'Amnesty International']);
    expect(
      await relationsOf('Konstantin Arvel, the Danish foreign minister, said the recognition was a mistake.'),
    ).toContainEqual(['SPEAKS_FOR', 'Konstantin Arvel', 'Denmark']);
  });

  it('"Its delegate, X" is a post too', async () => {
    expect(
      await relationsOf('Ghana said the recognition was premature. Its delegate, Ilario Zaide, said it was a mistake.'),
    ).toContainEqual(['SPEAKS_FOR', 'Ilario Zaide', 'Ghana']);
  });

  it('"The African Union Commission" is part of the African Union', async () => {
    expect(await relationsOf('The African Union Commission said the recognition was premature.')).toContainEqual([
      'PART_OF',
      'African Union Commission',
      'African Union',
    ]);
  });
});

describe('the first to act, outlets, and a former post', () => {
  it('"Norway has become the first country to recognise …" is the act by Norway', async () => {
    const extraction = await extractFromArticle({
      text: 'Norway has become the first country to formally recognise the Sahel Transitional Council.',
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(extraction.proposals.map((p) => [p.actor.name, p.stance, p.how])).toContainEqual([
      'Norway',
      'support',
      'subject',
    ]);
  });

  it('"Speaking to Al Jazeera, Mali\'s former foreign minister, …" makes the outlet no person serving Mali', async () => {
    const extraction = await extractFromArticle({
      text: `${SAHEL_LEAD}Speaking to Al Jazeera, Mali's former foreign minister, now in exile, said the recognition legitimised a junta.`,
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(extraction.relations.map((r) => r.from.name)).not.toContain('Al Jazeera');
  });

  it('"We hope the decision encourages others to engage" is support', async () => {
    expect(
      await stancesOnSahel('"We hope the Norwegian decision encourages others to engage," Amadou Sy told Reuters.'),
    ).toEqual({ 'Amadou Sy': ['support'] });
  });
});

describe('others may follow', () => {
  it('"some states may follow" is a worry', async () => {
    expect(await stancesOnSahel('Kofi Mensah said he thought some West African states may follow.')).toEqual({
      'Kofi Mensah': ['caution'],
    });
  });
});

describe('a bloc qualifying its members; a gentler tone', () => {
  it('"Officials in two EU capitals said …" is not the EU speaking', async () => {
    expect(
      await stancesOnSahel(
        'Officials in two other EU capitals said privately that they would not have approved the recognition.',
      ),
    ).toEqual({});
  });

  it('"X was gentler in tone but no less worried." takes the stance its official gives next', async () => {
    expect(
      await stancesOnSahel(
        'Ghana was gentler in tone but no less worried. Its foreign minister, Kwame Boateng, said the recognition was premature.',
      ),
    ).toEqual({ Ghana: ['caution'], 'Kwame Boateng': ['caution'] });
  });
});

describe('officials of two capitals, then one speaks', () => {
  it('"In Accra and Lome, officials were more circumspect." leads in the stance given next', async () => {
    expect(
      await stancesOnSahel(
        "In Accra and Lome, officials were more circumspect. Ghana's foreign minister, Kwame Boateng, said the recognition was premature.",
      ),
    ).toEqual({ Ghana: ['caution'], 'Kwame Boateng': ['caution'] });
  });
});

describe('silence', () => {
  it('"X has remained silent, its foreign ministry said" is no stance', async () => {
    expect(await stancesOnSahel('Ghana has remained silent, its foreign ministry said.')).toEqual({});
  });
});

describe('"It said" after a body that said nothing yet', () => {
  it('"Amnesty International issued a statement. It said …" is Amnesty, not the speaker before', async () => {
    expect(
      await stancesOnSahel(
        'Amnesty International issued a statement on Friday. It said the recognition was a betrayal of Malian women.',
      ),
    ).toEqual({ 'Amnesty International': ['condemnation'] });
  });

  it('"would comply with it, but had not been consulted" is caution', async () => {
    expect(
      await stancesOnSahel(
        'The Ghana Electoral Commission said it would comply with the recognition, but added that it had not been consulted.',
      ),
    ).toEqual({ 'Ghana Electoral Commission': ['caution'] });
  });
});

describe('the act not done, told by the report', () => {
  it('"X has not formally recognised the council" with no one saying so is no stance', async () => {
    expect(
      await stancesOnSahel(
        'Ghana and Togo have accepted envoys from the council but have not formally recognised the council.',
      ),
    ).toEqual({});
    expect(await stancesOnSahel('Ghana said it would not recognise the council.')).toEqual({ Ghana: ['caution'] });
  });
});
