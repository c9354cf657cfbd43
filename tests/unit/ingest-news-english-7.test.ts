/**
 * Who speaks and with what stance, in the forms of this file's sentences: doing as the one before did
 * ("as did X"), conditions, refusals "for now", passives and their agents, counts, descriptions of
 * the subject, and what a reaction calls the act. Each sentence is written for its rule;
 * docs/ingest.md says where the forms were found. Whom the speakers are: ingest-governments.test.ts.
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

describe('doing as the one before did, the actor named after', () => {
  it('"…, as did X" and "So did X" take the stance said before them', async () => {
    expect(await stancesOnSahel('Mali welcomed the recognition, as did Chad and Niger.')).toEqual({
      Mali: ['support'],
      Chad: ['support'],
      Niger: ['support'],
    });
    expect(await stancesOnSahel('Ghana condemned the recognition. So did neighbouring Chad.')).toEqual({
      Ghana: ['condemnation'],
      Chad: ['condemnation'],
    });
    expect(await stancesOnSahel('Ghana condemned the recognition, and so did the African Union.')).toEqual({
      Ghana: ['condemnation'],
      'African Union': ['condemnation'],
    });
  });
});

describe('a relative clause of what others say of the speaker', () => {
  it('"X, whom protesters accuse of …," is not X accusing anyone', async () => {
    expect(
      await stancesOnSahel('The governor, Amadou Diallo, whom protesters have accused of abuses, welcomed the move.'),
    ).toEqual({ 'Amadou Diallo': ['support'] });
  });
});

describe('"said" before a reported clause', () => {
  it('"…, and said the Norwegian ambassador had been summoned": the ambassador is not a speaker', async () => {
    // A people's word stored as the acting state's alias makes "Norwegian" a mention of Norway.
    const known = SAHEL_KNOWN.map((k) => (k.id === 'norway' ? { ...k, aliases: [...k.aliases, 'Norwegian'] } : k));
    const text = `${SAHEL_LEAD}Ghana's foreign minister, Ama Owusu, condemned the recognition as "a grave mistake", and said the Norwegian ambassador had been summoned.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)).toEqual({ 'Ama Owusu': ['condemnation'] });
  });
});

describe('silence, and doing as the silent did', () => {
  it('"declined to comment" in the sentence before does not negate the next speaker\'s blame', async () => {
    expect(await stancesOnSahel('Mali declined to comment. Ghana condemned the recognition.')).toEqual({
      Ghana: ['condemnation'],
    });
  });

  it('"So did X" after one who declined to comment, or "…, as did X", is silent too', async () => {
    expect(await stancesOnSahel('Ghana condemned the recognition. Mali declined to comment. So did Chad.')).toEqual({
      Ghana: ['condemnation'],
    });
    expect(await stancesOnSahel('Ghana condemned the recognition. Mali declined to comment, as did Chad.')).toEqual({
      Ghana: ['condemnation'],
    });
  });
});

describe('backing on a condition, and hopes for a reversal', () => {
  it('"would support it if …", "ready to recognise it once …": caution', async () => {
    expect(await stancesOnSahel('Ghana said it would support the recognition if the council held elections.')).toEqual({
      Ghana: ['caution'],
    });
    expect(
      await stancesOnSahel('Chad said it was ready to recognise the council once it had freed political prisoners.'),
    ).toEqual({ Chad: ['caution'] });
    expect(
      await stancesOnSahel('Mali said it would back the recognition "only if the council keeps its word".'),
    ).toEqual({ Mali: ['caution'] });
  });

  it('"should be conditional on …": caution', async () => {
    expect(
      await stancesOnSahel('Ghana said any recognition of the council should be conditional on free elections.'),
    ).toEqual({ Ghana: ['caution'] });
  });

  it('support with no condition stays support', async () => {
    expect(
      await stancesOnSahel('Ghana welcomed the recognition, which it said would help if the council kept its word.'),
    ).toEqual({ Ghana: ['support'] });
  });

  it('"hoped the decision would be reversed" is blame; "reserved its position" caution', async () => {
    expect(await stancesOnSahel("Ghana's president said he hoped the decision would be reversed.")).toEqual({
      Ghana: ['condemnation'],
    });
    expect(await stancesOnSahel('Chad reserved its position.')).toEqual({ Chad: ['caution'] });
  });
});

describe('standing with the actor, and refusing for now', () => {
  it('"stood shoulder to shoulder with Norway", "stood firmly by Oslo": support for the act', async () => {
    expect(
      await stancesOnSahel(
        'Ghana\'s president said his government stood "shoulder to shoulder" with Norway and would review its own ties.',
      ),
    ).toEqual({ Ghana: ['support'] });
    expect(await stancesOnSahel('Chad said it stood firmly by Oslo.')).toEqual({ Chad: ['support'] });
  });

  it('"will not recognise the result for now" is caution, where refusing outright is blame', async () => {
    expect(await stancesOnTessin('Sweden will not recognise the withdrawal for now.')).toEqual({ Sweden: ['caution'] });
    expect(await stancesOnTessin('Sweden will not recognise the withdrawal.')).toEqual({ Sweden: ['condemnation'] });
  });

  it('"overstepped its mandate" is blame', async () => {
    expect(await stancesOnSahel('Ghana said Norway had overstepped its mandate with the recognition.')).toEqual({
      Ghana: ['condemnation'],
    });
  });
});

describe('a vote list with a description', () => {
  it('"Among those voting against was Chad, Norway\'s closest ally": Norway is no voter', async () => {
    const extraction = await extractFromArticle({
      text: `${SAHEL_LEAD}Among the states voting against the recognition was Chad, Norway's closest ally in the region.`,
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    const voters = extraction.proposals.filter((p) => p.start >= SAHEL_LEAD.length).map((p) => p.actor.name);
    expect(voters).toEqual(['Chad']);
  });
});

describe('not doing as the actor did', () => {
  it('"had no such plans", "no plans to follow suit", "decided not to follow suit": caution', async () => {
    expect(await stancesOnSahel('Asked about the recognition, Ghana said it had no such plans.')).toEqual({
      Ghana: ['caution'],
    });
    expect(await stancesOnSahel('Chad said it had no plans to follow suit.')).toEqual({ Chad: ['caution'] });
    expect(await stancesOnSahel('Mali said it had decided not to follow suit.')).toEqual({ Mali: ['caution'] });
  });
});

describe('a participle whose agent follows, with no "was"', () => {
  it('"a move welcomed by X and condemned by Y": each agent holds its stance', async () => {
    expect(
      await stancesOnSahel('The recognition, a move welcomed by Mali and condemned by Ghana, took effect on Friday.'),
    ).toEqual({ Mali: ['support'], Ghana: ['condemnation'] });
  });

  it('"condemned the decision by Norway": the doer of the act named after its noun is no agent of the blame', async () => {
    expect(await stancesOnSahel('Chad condemned the decision by Norway.')).toEqual({ Chad: ['condemnation'] });
  });
});

describe("following the actor's lead", () => {
  it('"hoped others would follow Norway\'s lead" is support; "would not follow Norway\'s lead" caution', async () => {
    expect(await stancesOnSahel("Chad said it hoped others would follow Norway's lead on the council.")).toEqual({
      Chad: ['support'],
    });
    expect(await stancesOnSahel("Mali said it would not follow Norway's lead on the council.")).toEqual({
      Mali: ['caution'],
    });
  });
});

describe("an unqualified official after a paragraph about another's government", () => {
  it('"The Council\'s spokesman, X, …" then "Deputy spokesman Y said …": Y is not the acting state\'s', async () => {
    const text = `${SAHEL_LEAD}The Council's spokesman, Idrissa Maiga, said the recognition opened a new chapter.\n\nDeputy spokesman Hamadou Cisse said the Council hoped others would follow Norway's lead.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(extraction.relations.filter((r) => r.from.name === 'Hamadou Cisse').map((r) => r.to.name)).not.toContain(
      'Norway',
    );
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)['Hamadou Cisse']).toEqual(['support']);
  });
});

describe('words that are no stance of the speaker', () => {
  it('\'had been "warned many times"\': done to someone, not the speaker warning', async () => {
    expect(
      await stancesOnSahel(
        'Its chair, Amadou Sy, said the opposition had been "warned many times" before the recognition.',
      ),
    ).toEqual({ 'Amadou Sy': [null] });
  });

  it('"according to United Nations estimates": whose figures, not whose reaction', async () => {
    const stances = await stancesOnSahel(
      'The war has killed about 60,000 people since 2008, according to United Nations estimates, and Chad said the recognition would not end it.',
    );
    expect(Object.keys(stances)).toEqual(['Chad']);
  });

  it('"you can oppress women and still be welcomed": a passive is no welcome by the speaker', async () => {
    expect(
      await stancesOnSahel(
        '"It tells every junta that you can jail your critics and still be welcomed," Amnesty International said of the recognition.',
      ),
    ).toEqual({ 'Amnesty International': [null] });
    expect(await stancesOnSahel('Chad said the recognition should be welcomed.')).toEqual({ Chad: ['support'] });
    expect(await stancesOnSahel('The recognition has been welcomed by Chad.')).toEqual({ Chad: ['support'] });
  });

  it('"61.4% of voters had backed": a count of others, not the board backing', async () => {
    const extraction = await extractFromArticle({
      text: `${SAHEL_LEAD}The Election Board said on Monday that 61.4% of voters had backed the recognition.`,
      event: SAHEL_EVENT,
      known: [...SAHEL_KNOWN, { id: 'board', name: 'Election Board', kind: 'government-body', aliases: [] }],
    });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)['Election Board']).toEqual([null]);
  });
});

describe('a name inside a description of the subject', () => {
  it('"X, the party of the deposed president, Y, called …": X speaks, not Y', async () => {
    expect(
      await stancesOnSahel(
        'The Movement for Change, the party of the deposed president, Amadou Sy, called the recognition a stab in the back.',
      ),
    ).toEqual({ 'Movement for Change': ['condemnation'] });
  });

  it('"X, whose leader, Y, called …": Y speaks', async () => {
    expect(
      await stancesOnSahel(
        'The Movement for Change, whose leader, Amadou Sy, called the recognition a stab in the back.',
      ),
    ).toEqual({ 'Amadou Sy': ['condemnation'] });
  });
});

describe('foreign ministries named as translated statements name them', () => {
  const known = [
    ...SAHEL_KNOWN,
    { id: 'russia', name: 'Russia', kind: 'state' as const, aliases: ['Russian Federation'] },
    { id: 'russian-mfa', name: 'Russian foreign ministry', kind: 'government-body' as const, aliases: [] },
  ];
  const speakers = async (sentences: string) => {
    const extraction = await extractFromArticle({ text: SAHEL_LEAD + sentences, event: SAHEL_EVENT, known });
    return extraction.proposals
      .filter((p) => p.start >= SAHEL_LEAD.length)
      .map((p) => [p.actor.id, p.actor.name, p.stance]);
  };

  it('"the Ministry of Foreign Affairs of the Russian Federation" is the stored Russian foreign ministry', async () => {
    expect(
      await speakers('The Ministry of Foreign Affairs of the Russian Federation welcomed the recognition.'),
    ).toEqual([['russian-mfa', 'Russian foreign ministry', 'support']]);
  });

  it("a ministry with other portfolios in its name is one body, of the state named or of its people's word", async () => {
    expect(
      await speakers(
        'The Ministry of Foreign Affairs and International Cooperation of Ghana welcomed the recognition.',
      ),
    ).toEqual([[null, 'Ghana foreign ministry', 'support']]);
    expect(
      await speakers(
        'The Ministry of Foreign Affairs, Regional Integration and Togolese Abroad regretted the recognition.',
      ),
    ).toEqual([[null, 'Togo foreign ministry', 'caution']]);
  });

  it("the people's word may be a stored state's alias", async () => {
    const extraction = await extractFromArticle({
      text: `${SAHEL_LEAD}The Ministry of Foreign Affairs, Regional Integration and Korossans Abroad regretted the recognition.`,
      event: SAHEL_EVENT,
      known: [...known, { id: 'korossa', name: 'Korossa', kind: 'state', aliases: ['Korossans'] }],
    });
    expect(
      extraction.proposals.filter((p) => p.start >= SAHEL_LEAD.length).map((p) => [p.actor.name, p.stance]),
    ).toEqual([['Korossa foreign ministry', 'caution']]);
  });
});

describe('praise by timing', () => {
  it('"called the recognition timely" is support', async () => {
    expect(await stancesOnSahel('Chad called the recognition timely.')).toEqual({ Chad: ['support'] });
  });
});

describe('blame in the words of warnings about the future', () => {
  it('"sent the worst possible signal", "history would judge those who …": blame', async () => {
    expect(
      await stancesOnSahel(
        'Amnesty International said the recognition sent the worst possible signal to other states.',
      ),
    ).toEqual({ 'Amnesty International': ['condemnation'] });
    expect(await stancesOnSahel('Ghana said history would judge those who recognised the council.')).toEqual({
      Ghana: ['condemnation'],
    });
  });
});

describe('what a reaction calls the act', () => {
  it('"theft", "a mockery", "an insult", "a blank cheque", "the red carpet": blame; "a historic day": support', async () => {
    expect(
      await stancesOnSahel(
        '"This is theft, plain and simple," Ghana\'s finance minister, Kofi Ansah, said of the recognition.',
      ),
    ).toEqual({
      'Kofi Ansah': ['condemnation'],
    });
    expect(await stancesOnSahel("Chad called the recognition a mockery of the region's charter.")).toEqual({
      Chad: ['condemnation'],
    });
    expect(await stancesOnSahel('Mali said the recognition was an insult to the victims.')).toEqual({
      Mali: ['condemnation'],
    });
    expect(await stancesOnSahel('Ghana said the recognition rolled out the red carpet for the generals.')).toEqual({
      Ghana: ['condemnation'],
    });
    expect(await stancesOnSahel('The council called the recognition a blank cheque for the generals.')).toEqual({
      'Sahel Transitional Council': ['condemnation'],
    });
    expect(await stancesOnSahel('Chad said the recognition made it a historic day for the region.')).toEqual({
      Chad: ['support'],
    });
  });
});

describe('normalising a regime, and no reason to change course', () => {
  it('"said the move normalised a regime that …" is blame; "saw no reason to change its approach" caution', async () => {
    expect(
      await stancesOnSahel('Amnesty International said the recognition normalised a regime that jails its critics.'),
    ).toEqual({ 'Amnesty International': ['condemnation'] });
    expect(
      await stancesOnSahel('Asked about the recognition, Ghana said it saw no reason to change its approach.'),
    ).toEqual({ Ghana: ['caution'] });
    expect(await stancesOnSahel('Chad called the recognition a logical step.')).toEqual({ Chad: ['support'] });
  });
});

describe('guards: what the rules above leave alone', () => {
  it('a passive after "deserves to", "needs to", "is to" is the speaker\'s own view', async () => {
    expect(await stancesOnSahel('Chad said the recognition deserves to be condemned.')).toEqual({
      Chad: ['condemnation'],
    });
    expect(await stancesOnSahel('Chad said the recognition is to be regretted.')).toEqual({ Chad: ['caution'] });
  });

  it('a wish or a time span is no condition', async () => {
    expect(await stancesOnSahel("Chad said it would welcome it if other states followed Norway's lead.")).toEqual({
      Chad: ['support'],
    });
    expect(await stancesOnSahel('Ghana said it would support the council for as long as it takes.')).toEqual({
      Ghana: [null],
    });
  });

  it('"the Ministry of Foreign Affairs and Ghana condemned": Ghana is no portfolio of the ministry', async () => {
    expect(
      await stancesOnSahel(
        'Chad summoned the Norwegian ambassador to the Ministry of Foreign Affairs and Ghana condemned the recognition.',
      ),
    ).toMatchObject({ Ghana: ['condemnation'] });
  });

  it('silent once is not silent for good: "On Saturday, Mali condemned it. So did Chad."', async () => {
    expect(
      await stancesOnSahel(
        'Mali declined to comment on Friday. On Saturday, Mali condemned the recognition. So did Chad.',
      ),
    ).toEqual({ Mali: ['condemnation'], Chad: ['condemnation'] });
  });

  it('"Thank you, Norway, for this brave step" is thanks', async () => {
    expect(
      await stancesOnSahel('"Thank you, Norway, for this brave step," the council\'s spokesman, Idrissa Maiga, said.'),
    ).toMatchObject({ 'Idrissa Maiga': ['support'] });
  });
});

describe('a passive whose agent is a capital, and unnamed agents of a joined passive', () => {
  it('"was welcomed in Bamako but criticised by rights groups": Mali welcomes, the rights groups blame', async () => {
    const text = `${SAHEL_LEAD}Oslo's move was welcomed in Bamako but criticised by rights groups, who said it rewarded a junta.`;
    const known = [...SAHEL_KNOWN, { id: 'mali', name: 'Mali', kind: 'state' as const, aliases: ['Bamako'] }];
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)).toEqual({ Mali: ['support'] });
    expect(extraction.unnamed.map((u) => [u.who, u.stance])).toEqual([['rights groups', 'condemnation']]);
  });

  it('"was welcomed in Europe": a place that is no state\'s capital holds no stance', async () => {
    expect(await stancesOnSahel("Oslo's move was welcomed in Europe.")).toEqual({});
  });
});

describe('joining what is owned', () => {
  it('"Sweden joined Norway\'s campaign": no crash, and Norway is not joined as a speaker', async () => {
    const stances = await stancesOnSahel("Sweden joined Norway's campaign against the recognition.");
    expect(stances).not.toHaveProperty('Norway');
  });
});
