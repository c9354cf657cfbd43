/**
 * Forms that real reports of the first event showed in the thirtieth session (each written again for
 * its rule on another event, no sentence of those reports): the act told inside a critic's words, a
 * list of bodies set off by dashes, an echoed concern, a body named "of" a common noun, and a fact
 * about a state set off by an aside.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle } from '@/lib/ingest';
import {
  extractOnSahel,
  SAHEL_EVENT,
  SAHEL_KNOWN,
  SAHEL_LEAD,
  stancesBySpeaker,
  stancesOnSahel,
} from './ingest-speakers';

describe('the act told inside a speaker’s words', () => {
  it('takes no support from the acting side being first to do it', async () => {
    expect(
      await stancesOnSahel(
        'Ibrahim Diallo, a former foreign minister, called the move "a grave error."\n\n' +
          '"Norway is the first country to recognize the Council’s junta," Diallo said.',
      ),
    ).toEqual({ 'Ibrahim Diallo': ['condemnation', null] });
  });

  it('still reads the act as the speaker’s when the speaker is the acting side', async () => {
    expect(
      await stancesOnSahel(
        '"Norway is the first country to recognize the Council," the Norwegian foreign minister said.',
      ),
    ).toEqual({ Norway: ['support'] });
  });
});

describe('a place’s name as a person’s first name', () => {
  it('names a person whose first name is a city or a state', async () => {
    const { proposals } = await extractOnSahel(
      'Women’s rights activist Lima Amiri said the recognition was a betrayal.\n\n' +
        'Jordan Bardella, the party’s leader, said the recognition was a mistake.',
    );
    const said = proposals.filter((p) => p.start >= SAHEL_LEAD.length && p.quoteKind === 'reported');
    expect(said.map((p) => [p.actor.name, p.actor.kind, p.stance])).toEqual([
      ['Lima Amiri', 'person', 'condemnation'],
      ['Jordan Bardella', 'person', 'condemnation'],
    ]);
  });

  it('keeps bodies named after their place', async () => {
    const { proposals } = await extractOnSahel(
      'Kenya Airways said it would suspend its flights after the recognition.\n\n' +
        'Russia Today said the recognition was a mistake.\n\n' +
        'Kenya Power said it would stop exports after the recognition.\n\n' +
        'Russia Monday said the recognition was a mistake.\n\n' +
        'The Lima Group said the recognition was a mistake.',
    );
    const people = proposals.filter((p) => p.start >= SAHEL_LEAD.length && p.actor.kind === 'person');
    expect(people.map((p) => p.actor.name)).toEqual([]);
    expect(stancesBySpeaker(proposals, SAHEL_LEAD.length)).toHaveProperty('Russia', ['condemnation']);
  });
});

describe('a description led by "former"', () => {
  it('gives no words to the state a former post names', async () => {
    expect(
      await stancesOnSahel(
        'Amadou Sall, former Vice President of Mali, wrote on his X account that the Council will inevitably fall.',
      ),
    ).toEqual({ 'Amadou Sall': [null] });
  });
});

describe('a list of bodies set off by dashes', () => {
  it('gives the stance to each body the dashes list and to one named "along with" them', async () => {
    expect(
      await stancesOnSahel(
        'Political groups — including the Union for Progress, the Rally for Mali, and the Patriotic Front — along with the National Salvation Council, have also expressed concern, warning that Norway’s decision could destabilise the region.',
      ),
    ).toEqual({
      'Union for Progress': ['caution'],
      'Rally for Mali': ['caution'],
      'Patriotic Front': ['caution'],
      'National Salvation Council': ['caution'],
    });
  });

  it('gives it to a body named "along with" another between commas', async () => {
    expect(
      await stancesOnSahel('The Union for Progress, along with the Patriotic Front, condemned the recognition.'),
    ).toEqual({ 'Union for Progress': ['condemnation'], 'Patriotic Front': ['condemnation'] });
  });
});

describe('a speaker who echoes another', () => {
  it('gives the one who echoes a concern its stance, past a description', async () => {
    expect(
      await stancesOnSahel(
        'Ibrahim Diallo said he was worried by the recognition.\n\n' +
          'Amadou Sall, the former head of the army, echoed that concern, noting that opposition groups remain divided.',
      ),
    ).toEqual({ 'Ibrahim Diallo': ['caution'], 'Amadou Sall': ['caution'] });
  });

  it('echoes the name after the verb, or no one, not the last speaker', async () => {
    const { proposals, relations } = await extractOnSahel(
      'Chad welcomed the recognition.\n\nMali echoed Niger’s criticism of the move.\n\nGhana echoed calls for restraint.',
    );
    expect(stancesBySpeaker(proposals, SAHEL_LEAD.length)).toEqual({
      Chad: ['support'],
      Mali: ['condemnation'],
      Ghana: ['caution'],
    });
    expect(relations.map((r) => `${r.type} ${r.from.name} -> ${r.to.name}`)).toEqual(['ECHOES Mali -> Niger']);
  });

  it('reads the echoed noun after a word before it ("that deep concern")', async () => {
    expect(
      await stancesOnSahel('Chad welcomed the recognition.\n\nMali echoed that deep concern of the opposition.'),
    ).toEqual({ Chad: ['support'], Mali: ['caution'] });
  });

  it('takes the stance the echoed noun names over the speaker’s before', async () => {
    expect(
      await stancesOnSahel(
        'Ibrahim Diallo welcomed the recognition.\n\nAmadou Sall echoed the criticism of the rights groups.',
      ),
    ).toEqual({ 'Ibrahim Diallo': ['support'], 'Amadou Sall': ['condemnation'] });
  });
});

describe('a state body named "of" a common noun', () => {
  it('names a directorate whole, as the state’s', async () => {
    const { relations } = await extractOnSahel(
      'Amadou Sall, the former head of Mali’s National Directorate of Security, said he was worried by the recognition.',
    );
    expect(relations.map((r) => `${r.type} ${r.from.name} -> ${r.to.name}`)).toEqual([
      'PART_OF National Directorate of Security -> Mali',
    ]);
  });
});

describe('a fact about a state, not its words', () => {
  it('takes no caution from a state that keeps contacts but stopped short of the act', async () => {
    expect(
      await stancesOnSahel(
        'Mali quickly welcomed the development. Bamako maintains contacts with the Council and has accepted its envoy, but — like most governments — has stopped short of formal recognition.',
      ),
    ).toEqual({ Mali: ['support'] });
  });
});

describe('blame of those who deal with the target', () => {
  it('reads blame of normalising ties with the target as condemnation, not as criticism of the target', async () => {
    expect(
      await stancesOnSahel(
        'Aminata Keita, a former member of parliament, said any attempt by foreign governments to normalize ties with the Council would only deepen impunity.',
      ),
    ).toEqual({ 'Aminata Keita': ['condemnation'] });
  });

  it('knows deepening impunity and fuelling violence as blame', async () => {
    expect(
      await stancesOnSahel(
        'Aminata Keita said the step would deepen impunity.\n\nOumar Coulibaly said the recognition fuels violence.',
      ),
    ).toEqual({ 'Aminata Keita': ['condemnation'], 'Oumar Coulibaly': ['condemnation'] });
  });
});

describe('normalising relations', () => {
  it('is blame of the act where it is said of dealing with the target', async () => {
    expect(
      await stancesOnSahel(
        'Opposition figures, like former Malian politician Aminata Keita, argue that normalizing relations with the Council will enable its violent behaviour.',
      ),
    ).toEqual({ 'Aminata Keita': ['condemnation'] });
  });

  it('is the act itself where normalising relations is the event', async () => {
    const known = [
      { id: 'morvia', name: 'Morvia', kind: 'state' as const, aliases: [] },
      { id: 'tessaly', name: 'Tessaly', kind: 'state' as const, aliases: [] },
    ];
    const lead = 'Morvia normalized relations with Tessaly on Monday.\n\n';
    const { proposals } = await extractFromArticle({
      text: `${lead}Varnia said it would normalize relations with Tessaly soon.`,
      event: describeEvent({ title: 'Morvia normalizes relations with Tessaly' }, known),
      known,
    });
    expect(stancesBySpeaker(proposals, lead.length)).toEqual({ Varnia: ['support'] });
  });
});

describe('the acting side named by its people’s word', () => {
  it('gives the acting state its act where the report says "the Norwegian decision"', async () => {
    const { proposals } = await extractFromArticle({
      text:
        'Mali on Friday reacted cautiously to the Norwegian decision recognising the Council, saying the matter was between two sovereign states.\n\n' +
        '"Norway is an important country in the region," the spokesperson said.',
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(stancesBySpeaker(proposals)).toEqual({ Mali: ['caution'], Norway: ['support'] });
  });
});

describe('a body whose name is set in quotation marks', () => {
  it('speaks through the resolution it issued, and its name is not its words', async () => {
    const { proposals } = await extractOnSahel(
      'Following the decision, the “Coordination Association of Malian Women Activists” has issued a resolution strongly condemning the move.',
    );
    expect(
      proposals.filter((p) => p.start >= SAHEL_LEAD.length).map((p) => [p.actor.name, p.stance, p.quoteKind]),
    ).toEqual([['Coordination Association of Malian Women Activists', 'condemnation', 'reported']]);
  });
});

describe('who took the decision', () => {
  it('gives the act to whoever took it and to whoever recommended it', async () => {
    expect(
      await stancesOnSahel(
        'The decision was taken by President Ousmane Toure on the recommendation of Foreign Minister Awa Diarra.\n\n' +
          'It was made at the suggestion of Defence Minister Ali Sow, the ambassador said.',
      ),
    ).toEqual({ 'Ousmane Toure': ['support'], 'Awa Diarra': ['support'], 'Ali Sow': ['support'] });
    const { proposals } = await extractOnSahel(
      'The decision was taken by President Ousmane Toure on the recommendation of Foreign Minister Awa Diarra.',
    );
    expect(proposals.filter((p) => p.start >= SAHEL_LEAD.length).map((p) => p.how)).toEqual(['by X', 'by X']);
  });
});

describe('measures taken by someone', () => {
  it('are no act of theirs unless the decision was taken by them', async () => {
    expect(
      await stancesOnSahel('The Unity Party said it fully backed the measures taken by the Interior Ministry.'),
    ).toEqual({ 'Unity Party': ['support'] });
  });
});

describe('a stored body of the acting state', () => {
  it('is on the acting side, whether or not the graph ties it to its state', async () => {
    const { proposals, relations } = await extractOnSahel(
      'The Norwegian Foreign Ministry posted a short press release with a photo of the ceremony.',
      [{ id: 'nmfa', name: 'Norwegian foreign ministry', kind: 'government-body', aliases: [] }],
    );
    expect(stancesBySpeaker(proposals, SAHEL_LEAD.length)).toEqual({ 'Norwegian foreign ministry': ['support'] });
    expect(relations.map((r) => `${r.type} ${r.from.name} -> ${r.to.name}`)).toEqual([
      'PART_OF Norwegian foreign ministry -> Norway',
    ]);
  });
});

describe('the acting side’s deed, told by others', () => {
  it('gives the acting state the act told in another’s reported words', async () => {
    const { proposals } = await extractFromArticle({
      text: 'Mali’s government said that Norway had become the first country to officially recognise the Council, calling it a brave decision.',
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(stancesBySpeaker(proposals)).toEqual({ 'Mali government': ['support'], Norway: ['support'] });
  });

  it('gives the act to the acting state named inside a critic’s quotation', async () => {
    const { proposals } = await extractFromArticle({
      text: '“Norway is the first country to recognize the Council,” Diallo said.',
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(proposals.filter((p) => p.actor.name === 'Norway').map((p) => [p.stance, p.how])).toEqual([
      ['support', 'acting side'],
    ]);
  });

  it('reads an envoy’s deed past an opening single quotation mark', async () => {
    expect(
      await stancesOnSahel(
        "Oslo's ambassador to Mali, Kari Holm, had 'officially conveyed her government's decision to recognize the Council' during a meeting in Bamako.",
      ),
    ).toEqual({ 'Kari Holm': ['support'] });
  });
});

describe('praise the lexicon lacked', () => {
  it('knows a huge step, a positive message and a landmark as support', async () => {
    expect(
      await stancesOnSahel(
        '"The decision is a huge step," said Ousmane Traore, a professor at Bamako University.\n\n' +
          'Aminata Sy said the recognition was a positive message for the rest of the world.\n\n' +
          'Ali Toure called the recognition a landmark decision.',
      ),
    ).toEqual({ 'Ousmane Traore': ['support'], 'Aminata Sy': ['support'], 'Ali Toure': ['support'] });
  });

  it('lets a step or a landmark not called the act give way to blame', async () => {
    expect(
      await stancesOnSahel(
        'At a landmark summit in Bamako, Mali condemned the recognition.\n\n' +
          'Niger called the recognition a significant step toward legitimising the junta.\n\n' +
          'Chad called it a big step in the wrong direction.',
      ),
    ).toEqual({ Mali: ['condemnation'], Niger: ['condemnation'], Chad: ['condemnation'] });
  });

  it('keeps a step backwards as blame', async () => {
    expect(await stancesOnSahel('Aminata Sy called the recognition a major step backwards.')).toEqual({
      'Aminata Sy': ['condemnation'],
    });
  });
});

describe('blame by what the act puts at risk', () => {
  it('reads endangering and destabilising as condemnation', async () => {
    expect(
      await stancesOnSahel(
        '"Such steps endanger the lives of Malians," Aminata Sy said.\n\nAli Toure said the recognition destabilises the region.',
      ),
    ).toEqual({ 'Aminata Sy': ['condemnation'], 'Ali Toure': ['condemnation'] });
  });
});

describe('the acting state’s government', () => {
  it('is proposed as the state that acted', async () => {
    const { proposals } = await extractFromArticle({
      text:
        'On Tuesday the government of Norway recognised the Sahel Transitional Council.\n\n' +
        'Mali said it welcomed the recognition.',
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(stancesBySpeaker(proposals)).toEqual({ Norway: ['support'], Mali: ['support'] });
  });

  it('keeps another state’s government as it is named', async () => {
    expect(await stancesOnSahel('Mali’s government said it welcomed the recognition.')).toEqual({
      'Mali government': ['support'],
    });
  });
});

describe('backing, then asking for more', () => {
  it('stays support when the speaker welcomed the act but urged more', async () => {
    expect(
      await stancesOnSahel(
        'The Lawyers Circle welcomed the recognition in a message to reporters, but urged the council to release the 300 people detained since February.',
      ),
    ).toEqual({ 'Lawyers Circle': ['support'] });
  });

  it('is caution when the speaker only respected it, then urged', async () => {
    expect(
      await stancesOnSahel(
        'Mali’s foreign ministry said it respected "the sovereign decision of each state" but urged Oslo to consult its neighbours.',
      ),
    ).toEqual({ 'Mali foreign ministry': ['caution'] });
  });
});

describe('warnings that threaten', () => {
  it('reads a warning of countermeasures or consequences as condemnation, a plain warning as caution', async () => {
    expect(
      await stancesOnSahel(
        'Foreign Minister Vesna Kiral of Mali warned that Bamako would reconsider its trade preferences for Norwegian goods.\n\n' +
          'Ali Toure warned of retaliation against Oslo.\n\n' +
          'Aminata Sy warned that the recognition could slow the talks.',
      ),
    ).toEqual({ 'Vesna Kiral': ['condemnation'], 'Ali Toure': ['condemnation'], 'Aminata Sy': ['caution'] });
  });
});

describe('an official with a title and no state', () => {
  it('is not taken for the acting side when worried by the act', async () => {
    expect(
      await stancesOnSahel(
        'Prime Minister Tobias Grenn expressed deep concern, and called on Oslo to reconsider the recognition.',
      ),
    ).toEqual({ 'Tobias Grenn': ['caution'] });
  });
});

describe('a titled official in a trailing attribution', () => {
  it('speaks for the state the reported clause opens with, not the last one it names', async () => {
    const { relations } = await extractOnSahel('Mali will recognise Niger soon, President Amadou Toure said.');
    expect(relations.map((r) => `${r.type} ${r.from.name} -> ${r.to.name}`)).toEqual([
      'SPEAKS_FOR Amadou Toure -> Mali',
    ]);
  });
});

describe('"decry" in the present', () => {
  it('is condemnation', async () => {
    expect(
      await stancesOnSahel('Mali and Niger decry the recognition, their foreign ministers said in a joint statement.'),
    ).toEqual({
      Mali: ['condemnation'],
      Niger: ['condemnation'],
    });
  });
});

describe('a passive with a titled agent', () => {
  it('gives the stance to the agent past its title, not to the sentence’s subject', async () => {
    expect(
      await stancesOnSahel(
        'Amadou Toure urged others to follow Norway’s move, but the decision was condemned by Malian Foreign Minister Awa Diarra.',
      ),
    ).toEqual({ 'Amadou Toure': ['support'], 'Awa Diarra': ['condemnation'] });
  });
});

describe('"with X following suit"', () => {
  it('follows no one when the sentence has no subject speaking', async () => {
    expect(
      await stancesOnSahel('Mali condemned the recognition.\n\nNiger is expected to follow, with Chad following suit.'),
    ).not.toHaveProperty('Chad');
  });

  it('gives X the stance of the sentence’s subject', async () => {
    expect(await stancesOnSahel('Mali condemned the recognition, with Niger following suit.')).toEqual({
      Mali: ['condemnation'],
      Niger: ['condemnation'],
    });
  });

  it('gives every acting state of an opening list its act', async () => {
    const known = [
      { id: 'uk', name: 'United Kingdom', kind: 'state' as const, aliases: ['UK', 'Britain'] },
      { id: 'ca', name: 'Canada', kind: 'state' as const, aliases: [] },
      { id: 'au', name: 'Australia', kind: 'state' as const, aliases: [] },
    ];
    const { proposals } = await extractFromArticle({
      text: 'The UK and Canada became the first members of the group to take the step, with Australia following suit.',
      event: {
        title: 'Britain, Australia and Canada recognise the Council',
        actor: 'Britain, Australia and Canada',
        act: 'recogn',
        target: 'Council',
        aliases: ['the step'],
        targetNames: ['Council'],
      },
      known,
    });
    expect(stancesBySpeaker(proposals)).toEqual({
      'United Kingdom': ['support'],
      Canada: ['support'],
      Australia: ['support'],
    });
  });
});

describe('quotations signed after a dash', () => {
  it('finds the signer past a post with a comma, and past a rank before a people’s word', async () => {
    expect(
      await stancesOnSahel(
        '"The announcement has a very worrying potential impact," - the EU\'s head of foreign policy, Federica Morelli.\n\n' +
          '"I do not agree with this decision and I disapprove of it because it contravenes international law," - French President Emile Marchand.\n\n' +
          '"The Council needs to address this issue with urgency," - Deputy Swedish UN Ambassador Carl Skau.',
      ),
    ).toEqual({ 'Federica Morelli': ['caution'], 'Emile Marchand': ['condemnation'], 'Carl Skau': ['caution'] });
  });
});

describe('the acting state’s leader named as the act’s owner', () => {
  it('did the act; another state’s leader’s decision is not the act', async () => {
    expect(
      await stancesOnSahel(
        "Norwegian Prime Minister Jonas Dahl's recognition of the Council drew criticism from Mali.\n\n" +
          "Malian President Amadou Toure's decision to recall the ambassador was welcomed at home.",
      ),
    ).toEqual({ Mali: ['condemnation'], 'Jonas Dahl': ['support'] });
  });
});

describe('a stored leader of the acting state', () => {
  it('did the act when named as its owner, with or without a title', async () => {
    const known = [
      ...SAHEL_KNOWN,
      { id: 'dahl', name: 'Jonas Dahl', kind: 'person' as const, aliases: ['Dahl'], speaksFor: ['norway'] },
    ];
    for (const text of [
      "Dahl's decision to recognise the Council drew criticism from Mali.",
      "Prime Minister Jonas Dahl's decision to recognise the Council drew criticism from Mali.",
    ]) {
      const { proposals } = await extractFromArticle({ text, event: SAHEL_EVENT, known });
      expect(stancesBySpeaker(proposals)).toEqual({ Mali: ['condemnation'], 'Jonas Dahl': ['support'] });
    }
  });
});

describe('blame of the acting side that names the target', () => {
  it('is condemnation when the acting side is named before the target', async () => {
    expect(
      await stancesOnSahel(
        'Heather Barr of Human Rights Watch said Oslo had "handed the Council a propaganda victory".',
      ),
    ).toMatchObject({ 'Heather Barr': ['condemnation'] });
  });

  it('is still caution when only the target is criticised', async () => {
    expect(await stancesOnSahel('Heather Barr said the Council had won a propaganda victory.')).toEqual({
      'Heather Barr': ['caution'],
    });
  });
});

describe('the target government named by its people’s word', () => {
  it('is the stored government the event recognises', async () => {
    const known = [
      { id: 'norway', name: 'Norway', kind: 'state' as const, aliases: ['Oslo'] },
      { id: 'junta', name: 'Government of Mali', kind: 'government' as const, aliases: ['Malian junta'] },
    ];
    const { proposals } = await extractFromArticle({
      text: 'The Malian caretaker government on Friday welcomed the recognition.\n\nNiger has not commented on the move.',
      event: describeEvent({ title: 'Norway recognizes the Government of Mali' }, known),
      known,
    });
    expect(stancesBySpeaker(proposals)).toEqual({ 'Government of Mali': ['support'] });
  });
});

describe('review of the session’s rules', () => {
  it('puts a stored parliament named after the acting state on no side by its name alone', async () => {
    const { proposals } = await extractOnSahel(
      'The Norwegian Parliament said it was deeply worried by the recognition.',
      [{ id: 'np', name: 'Norwegian Parliament', kind: 'government-body', aliases: [] }],
    );
    expect(stancesBySpeaker(proposals, SAHEL_LEAD.length)).toEqual({ 'Norwegian Parliament': ['caution'] });
  });

  it('reads "concerned by X" as a feeling and its cause, not a passive with X speaking', async () => {
    expect(await stancesOnSahel('Mali said it was deeply concerned by Norway recognizing the Council.')).toEqual({
      Mali: ['caution'],
    });
  });

  it('is caution when support for something else is followed by a call to reconsider the act', async () => {
    expect(
      await stancesOnSahel('Mali welcomed Norway’s pledge of aid but called on Oslo to reconsider the recognition.'),
    ).toEqual({ Mali: ['caution'] });
  });

  it('keeps criticism of what the target itself does as caution', async () => {
    expect(await stancesOnSahel('Mali said the Council would embolden extremists.')).toEqual({ Mali: ['caution'] });
  });

  it('keeps an acting official worried about something else on the acting side', async () => {
    expect(
      await stancesOnSahel(
        'Prime Minister Jonas Store expressed deep concern about the violence, saying recognition of the Council would help end it.',
      ),
    ).toEqual({ 'Jonas Store': ['support'] });
  });

  it('reads "maintains" as speech when a clause follows its object', async () => {
    expect(await stancesOnSahel('Mali maintains its relations with Oslo are unaffected by the recognition.')).toEqual({
      Mali: [null],
    });
  });

  it('names the acting state for its government named by its people’s word', async () => {
    const { proposals } = await extractFromArticle({
      text: 'The Norwegian government said it stood by the recognition of the Council.',
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(stancesBySpeaker(proposals)).toEqual({ Norway: ['support'] });
  });
});

describe('sentences without a closing stop', () => {
  it('reads a lede that lost its stop and a paste cut off mid-sentence, not a headline', async () => {
    expect(
      await stancesOnSahel(
        'Niger condemns Norway move\n\n' +
          'Mali on Sunday sharply condemned the recognition in a statement read on state television, triggering a diplomatic row with Oslo that officials said could last\n\n' +
          'Chad said it was studying the matter.\n\n' +
          'Malian president Amadou Toure hailed the recognition as "an important and necessary step toward achieving a j',
      ),
    ).toEqual({ Mali: ['condemnation'], Chad: ['caution'], 'Amadou Toure': ['support'] });
  });
});

describe('a regret beside a denunciation', () => {
  it('is condemnation when the speaker also denounced the act, caution when it only asked to reverse it', async () => {
    expect(
      await stancesOnSahel(
        'Algeria expressed "great regret" and strongly denounced Oslo’s decision.\n\n' +
          'Tunisia said it "deeply regrets" the decision and urged Oslo to reverse it.',
      ),
    ).toEqual({ Algeria: ['condemnation'], Tunisia: ['caution'] });
  });
});

describe('credentials received', () => {
  it('by the acting state’s official is the act of recognition', async () => {
    expect(
      await stancesOnSahel(
        'The Council’s envoy presented his credentials to Norwegian Deputy Foreign Minister Kari Holm on Thursday.\n\n' +
          'A photo showed Norwegian Deputy Foreign Minister Lars Berg accepting the diplomatic credentials of a second envoy.\n\n' +
          'Mali’s envoy presented his credentials to Malian officials.',
      ),
    ).toEqual({ 'Kari Holm': ['support'], 'Lars Berg': ['support'] });
  });
});
