/**
 * The extractor on the sentences of "world reacts" round-ups, the commonest report of a recognition:
 * bodies that issue statements, names spelled out before their acronyms, datelines, officials of the
 * other side. The event: Norway recognizes the Sahel Transitional Council.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type KnownActor } from '@/lib/ingest';
import {
  SAHEL_EVENT as EVENT,
  SAHEL_KNOWN as KNOWN,
  SAHEL_LEAD as LEAD,
  stancesOnSahel as stances,
} from './ingest-speakers';

describe('bodies that speak through statements', () => {
  it('"issued a statement condemning", "released a statement calling it a violation"', async () => {
    expect(await stances('The Arab Maghreb Union issued a statement condemning the decision.')).toEqual({
      'Arab Maghreb Union': ['condemnation'],
    });
    expect(
      await stances("Chad's foreign ministry released a statement late Friday calling the move a clear violation."),
    ).toMatchObject({ 'Chad foreign ministry': ['condemnation'] });
  });

  it('"reacted sharply to the move, saying …"', async () => {
    expect(
      await stances(
        'The African Union, too, reacted sharply to the move, saying it was a breach of international law.',
      ),
    ).toEqual({ 'African Union': ['condemnation'] });
  });

  it('"said a statement by X", "according to a statement from X"', async () => {
    const said = await stances(
      '"This is a violation of international law," said a statement by the Malian Foreign Ministry.',
    );
    expect(said['Malian Foreign Ministry']).toEqual(['condemnation']);
    const according = await stances('The recognition was welcomed, according to a statement from the Arab League.');
    expect(according['Arab League']).toEqual(['support']);
  });

  it('who signed a reaction’s statement did not do the act', async () => {
    const found = await stances(
      'The Sahel Forum also condemned the move in a joint statement signed by its chair, Amadou Sy, and two envoys.',
    );
    expect(found['Sahel Forum']).toEqual(['condemnation']);
    expect(found['Amadou Sy']).toBeUndefined();
  });
});

describe('names', () => {
  it('a name spelled out before its acronym is one name, small words and all', async () => {
    expect(
      await stances('The Organisation for Democracy and Co-operation in Africa (ODCA) condemned the recognition.'),
    ).toEqual({ 'Organisation for Democracy and Co-operation in Africa': ['condemnation'] });
  });

  it('"X and the Y" is two bodies, each speaking', async () => {
    expect(
      await stances('The Gulf Cooperation Council and the African Union have also attacked the decision.'),
    ).toEqual({ 'Gulf Cooperation Council': ['condemnation'], 'African Union': ['condemnation'] });
  });

  it('a person named after a dotted acronym ("U.S. Ambassador to the U.N. Mary Okafor") is found', async () => {
    const found = await stances('"We condemn it," U.S. Ambassador to the U.N. Mary Okafor said late Monday.');
    expect(found['Mary Okafor']).toEqual(['condemnation']);
  });

  it('the word after a dateline’s dash is not a name because it has a capital', async () => {
    const found = await stances(
      'NIAMEY / BAMAKO (AFP) – Regional condemnations have poured in since Norway recognized the Council.',
    );
    expect(Object.keys(found)).not.toContain('Regional');
  });
});

describe('who is the subject', () => {
  it('a name after a preposition and an adjective ("in neighbouring Chad") is not the subject', async () => {
    const found = await stances(
      "Norway's decision to recognize the council's envoys in neighbouring Chad has drawn condemnation across the region.",
    );
    expect(found.Chad).toBeUndefined();
  });

  it('"as independent states" is a noun, not "states" said by the name before it', async () => {
    const found = await stances(
      'Criticism poured in after the recognition of the regions of Kidal and Gao as independent states.',
    );
    expect(found.Gao).toBeUndefined();
  });

  it('an official the report does not qualify, at odds with the acting state, is not its official', async () => {
    const found = await stances(
      'President Idriss Koné said his country would not accept the recognition, amid tensions with Norway.',
    );
    expect(found['Idriss Koné']).not.toContain('support');
  });
});

describe('the act’s verb', () => {
  it('says support only with the event’s target as its object', async () => {
    expect(await stances("Mali said it would recognise the Sahel Transitional Council's authority too.")).toEqual({
      Mali: ['support'],
    });
    expect((await stances("Mali said it continues to recognise Niger's borders.")).Mali ?? []).not.toContain('support');
  });
});

describe('more of the round-ups’ ways', () => {
  it('a list of states past an appositive between dashes speaks together', async () => {
    expect(
      await stances('Mali, Niger and Chad – neighbours that host Norwegian troops – have criticized the recognition.'),
    ).toEqual({ Mali: ['condemnation'], Niger: ['condemnation'], Chad: ['condemnation'] });
  });

  it('"was also rejected by X", "expressed its concern", "called it unfortunate"', async () => {
    expect(await stances('The recognition was also rejected by the African Union.')).toEqual({
      'African Union': ['condemnation'],
    });
    expect(await stances('The Arab League expressed its concern about the recognition.')).toEqual({
      'Arab League': ['caution'],
    });
  });

  it('a people’s adjective, a title and one name: "Malian President Goita"', async () => {
    expect(await stances('Malian President Goita called the recognition unfortunate.')).toEqual({
      Goita: ['caution'],
    });
  });

  it('who is told is not who speaks; a label before a name ("NATO ally Turkey") is no stance', async () => {
    const told = await stances('"Our position has not changed on the recognition," an EU spokeswoman told Reuters.');
    expect(told.Reuters).toBeUndefined();
    const ally = await stances('NATO ally Turkey also lashed out at Norway over the recognition.');
    expect(ally).toEqual({ Turkey: ['condemnation'] });
  });

  it('"Allies of X" are no actor named "Allies of X"; a name after "over the" is no subject', async () => {
    expect(Object.keys(await stances('Allies of Mali are condemning Norway for the recognition.'))).not.toContain(
      'Allies of Mali',
    );
    const over = await stances(
      "Norway's declaration that it will recognize its rule over the Council drew strong condemnation.",
    );
    expect(over['Sahel Transitional Council']).toBeUndefined();
  });
});

describe('titles and reported clauses', () => {
  it('"Kazakh Deputy Foreign Minister X": every title is taken off the name', async () => {
    expect(
      await stances('Kazakh Deputy Foreign Minister Akan Temirov said on Friday that the recognition was premature.'),
    ).toEqual({ 'Akan Temirov': ['caution'] });
  });

  it('"Qatar felt that Norway showed pragmatism": the acting state’s deed in another’s words is not its statement', async () => {
    const found = await stances('Meanwhile, Qatar felt that Norway had shown courage with the recognition.');
    expect(Object.keys(found)).toEqual(['Qatar']);
  });
});

describe('the act named, titles alone', () => {
  it('"disappointed with Norway’s decision to recognize the Council" is caution, not the act', async () => {
    expect(
      await stances("Mali was disappointed with Norway's decision to recognize the Sahel Transitional Council."),
    ).toEqual({ Mali: ['caution'] });
  });

  it('a title alone ("Mali’s Prime Minister, X,") is no one; the person after it is', async () => {
    const found = await stances('"It is a violation of international law," Mali\'s Prime Minister, Awa Traore, said.');
    expect(found).toEqual({ 'Awa Traore': ['condemnation'] });
  });
});

describe('an act with an irregular past', () => {
  it('"Norway has formally left the Sahel Forum" is Norway doing the act "leaves"', async () => {
    const known: KnownActor[] = [
      { id: 'no', name: 'Norway', kind: 'state', aliases: [] },
      { id: 'sf', name: 'Sahel Forum', kind: 'intergovernmental', aliases: [] },
    ];
    const event = describeEvent({ title: 'Norway leaves the Sahel Forum' }, known);
    expect(event).toMatchObject({ act: 'leave', target: 'Sahel Forum' });
    const { proposals } = await extractFromArticle({
      text: 'Norway has formally left the Sahel Forum, a move that ends two decades of membership.',
      event,
      known,
    });
    expect(proposals.map((p) => [p.actor.name, p.stance])).toContainEqual(['Norway', 'support']);
  });
});

describe('several actors acting together', () => {
  const known: KnownActor[] = [
    { id: 'no', name: 'Norway', kind: 'state', aliases: [] },
    { id: 'ie', name: 'Ireland', kind: 'state', aliases: [] },
    { id: 'es', name: 'Spain', kind: 'state', aliases: [] },
    { id: 'ps', name: 'Palestine', kind: 'state', aliases: ['Palestinian state'] },
    { id: 'il', name: 'Israel', kind: 'state', aliases: [] },
  ];
  const event = describeEvent({ title: 'Norway, Ireland and Spain recognise Palestine' }, known);
  const read = async (text: string) =>
    (await extractFromArticle({ text, event, known })).proposals
      .filter((p) => p.quoteKind === 'reported' && !p.how.startsWith('speaks for'))
      .map((p) => [p.actor.name, p.stance]);

  it('the event’s title names them all, then the act and its target', () => {
    expect(event).toMatchObject({ actor: 'Norway, Ireland and Spain', act: 'recogn', target: 'Palestine' });
  });

  it('"Foreign Minister Israel Katz" is a person, not Israel; the act’s object is no subject', async () => {
    expect(
      await read(
        'Foreign Minister Israel Katz said the decision to recognise a Palestinian state undermined security.',
      ),
    ).toEqual([['Israel Katz', 'condemnation']]);
  });

  it('who spoke against the act is not taken for its side when named again ("Katz said")', async () => {
    const said = await read(
      'Foreign Minister Israel Katz said the decision to recognise a Palestinian state undermined security.\n\n"We will not be silent," Katz said.',
    );
    expect(said).not.toContainEqual(['Israel Katz', 'support']);
  });

  it('"Arab states" names no actor "Arab"', async () => {
    const said = await read('Egypt welcomed the recognition, as did several Arab states.');
    expect(said.map(([name]) => name)).not.toContain('Arab');
  });

  it('"The decision by A and B was praised by both C and D": the praise is C’s and D’s', async () => {
    expect(await read('The decision by Ireland and Spain was praised by both the Arab League and Egypt.')).toEqual([
      ['Arab League', 'support'],
      ['Egypt', 'support'],
    ]);
  });
});

describe('reported clauses and the acting side’s own verb', () => {
  it('"… and said Mali would review its posture": Mali is spoken of, not speaking', async () => {
    const found = await stances(
      'Mali\'s foreign ministry called the recognition a provocation that would "redraw the map" and said Mali would review its border posture.',
    );
    expect(found['Mali foreign ministry']).toEqual(['condemnation']);
    expect(found.Mali).toBeUndefined();
  });

  it('the acting state doing the act speaks for it, whatever the verb’s object', async () => {
    expect(
      await stances('Norway will recognise, after two years of talks in Oslo and Niamey, the Council on Monday.'),
    ).toEqual({ Norway: ['support'] });
  });
});

describe('names of office and blocs named again', () => {
  it('"U.S. Secretary of State Jane Roe": the title is not part of her name, and she speaks', async () => {
    expect(await stances('U.S. Secretary of State Jane Roe welcomed the recognition.')).toEqual({
      'Jane Roe': ['support'],
    });
  });

  it('"has no legal effect" is condemnation', async () => {
    expect(
      await stances('The Algerian Foreign Ministry announced that the recognition "has no legal effect".'),
    ).toEqual({ 'Algerian Foreign Ministry': ['condemnation'] });
  });

  it('"expressed its opposition to …, saying it is wrong for X to recognize …" is opposition, not the act', async () => {
    expect(
      await stances(
        'The Malian government expressed its opposition to the recognition, saying it was wrong for Norway to unilaterally recognize the Council.',
      ),
    ).toEqual({ 'Malian government': ['condemnation'] });
  });

  it('"was quick to congratulate", "did not oppose"', async () => {
    expect(await stances('Neighbouring Mali was quick to congratulate its partner on the recognition.')).toEqual({
      Mali: ['support'],
    });
    expect(await stances('The Sahel Farmers Union did not oppose the recognition.')).toEqual({
      'Sahel Farmers Union': ['caution'],
    });
  });

  it('a stored state’s people-word inside a body’s name ("Federation of Malian Teachers") is the body’s', async () => {
    const known: KnownActor[] = [...KNOWN, { id: 'mali', name: 'Mali', kind: 'state', aliases: ['Malian'] }];
    const { proposals } = await extractFromArticle({
      text: `${LEAD}The Federation of Malian Teachers welcomed the recognition.`,
      event: EVENT,
      known,
    });
    expect(proposals.map((p) => [p.actor.name, p.stance])).toContainEqual(['Federation of Malian Teachers', 'support']);
  });

  it('"the government of Mali" is the Mali government, of Mali', async () => {
    const { proposals } = await extractFromArticle({
      text: `${LEAD}On Tuesday the government of Mali condemned the recognition.`,
      event: EVENT,
      known: [...KNOWN, { id: 'mali', name: 'Mali', kind: 'state', aliases: [] }],
    });
    expect(proposals.map((p) => [p.actor.name, p.stance])).toContainEqual(['Mali government', 'condemnation']);
  });

  it('"X, according to its secretary-general, Y, \"fully supports\" it": Y speaks', async () => {
    const found = await stances(
      'The ruling Unity Party, according to its secretary-general, Olga Velasco, "fully supports" the recognition.',
    );
    expect(found['Olga Velasco']).toEqual(['support']);
  });

  it('a cue word in a title ("Justice Minister X") is no stance', async () => {
    expect(
      await stances('Justice Minister Awa Diallo of Egypt told reporters the recognition would be debated.'),
    ).toEqual({ 'Awa Diallo': [null] });
  });

  it('"The regional bloc said …" is the bloc named last', async () => {
    const found = await stances(
      'The African Union met in Addis Ababa on Monday. The regional bloc said in a statement that the recognition was a violation of its charter.',
    );
    expect(found['African Union']).toEqual(['condemnation']);
  });
});
