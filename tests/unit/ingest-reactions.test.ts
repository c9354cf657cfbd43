/**
 * The extractor on reactions as news reports word them about other governments' decisions: feelings
 * expressed through a verb other than "expressed", refusals to accept or to recognise, officials
 * qualified once and named bare later. The event: Norway withdraws from the Tessin Accord.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type KnownActor } from '@/lib/ingest';
import { stancesOnTessin } from './ingest-speakers';
import { actStem } from '@/lib/ingest/event';

const stances = stancesOnTessin;

describe('feelings owned by the speaker', () => {
  it('"to express his regret", "by expressing their disappointment"', async () => {
    expect(
      await stances('Chancellor Ana Weiss of Germany called Oslo on Friday to express her regret at the withdrawal.'),
    ).toMatchObject({ 'Ana Weiss': ['caution'] });
    expect(
      await stances('The leaders of Chile and Peru responded by expressing their disappointment with the decision.'),
    ).toMatchObject({ Chile: ['caution'], Peru: ['caution'] });
    expect(
      await stances('The governments of Chile and Peru also voiced their regret at the withdrawal.'),
    ).toMatchObject({ Chile: ['caution'], Peru: ['caution'] });
  });
});

describe('officials named with their portfolio or their state after the title', () => {
  it('"Minister for Foreign Affairs X", "The Foreign Minister of Chile X"', async () => {
    expect(await stances('Minister for Foreign Affairs Maeve Doyle said she condemned the withdrawal.')).toMatchObject({
      'Maeve Doyle': ['condemnation'],
    });
    expect(
      await stances('The Foreign Minister of Chile Rosa Vidal expressed deep concern at the withdrawal.'),
    ).toMatchObject({ 'Rosa Vidal': ['caution'] });
  });

  it('"Peruvian Environment Minister X" is no Norwegian official', async () => {
    expect(
      await stances('"We are very disappointed," Peruvian Environment Minister Luis Cano said of the withdrawal.'),
    ).toEqual({ 'Luis Cano': ['caution'] });
  });

  it('an official qualified once is still of that state when named bare later', async () => {
    expect(
      await stances(
        'Chilean Vice President Rosa Vidal spoke first.\n\nVice President Rosa Vidal warned that the withdrawal would leave Oslo isolated.',
      ),
    ).toMatchObject({ 'Rosa Vidal': ['caution'] });
  });
});

describe('refusals and verdicts read as condemnation', () => {
  it('"could not accept", "would recognise neither"', async () => {
    expect(await stances('Prime Minister Jan Ek of Sweden said Europe could not accept the withdrawal.')).toMatchObject(
      { 'Jan Ek': ['condemnation'] },
    );
    expect(
      await stances(
        'President Ana Ruiz of Chile said her country would recognise neither the withdrawal nor its terms.',
      ),
    ).toMatchObject({ 'Ana Ruiz': ['condemnation'] });
  });

  it('"has no legal force", "a land grab", "a serious blow", "against international law"', async () => {
    const found = await stances(
      'Chile said the withdrawal had no legal force. Peru called the withdrawal a land grab. Mexico said the withdrawal dealt a serious blow to the region. Cuba said the withdrawal was against international law.',
    );
    expect(found).toMatchObject({
      Chile: ['condemnation'],
      Peru: ['condemnation'],
      Mexico: ['condemnation'],
      Cuba: ['condemnation'],
    });
  });
});

describe('round-ups under headings', () => {
  it('a heading naming a state is no part of the name on the next line', async () => {
    expect(
      await stances('Chile\n\nForeign Minister Rosa Vidal said in a post: "We condemn the withdrawal."'),
    ).toMatchObject({ 'Rosa Vidal': ['condemnation'] });
  });
});

describe('defiance and verdicts on legitimacy', () => {
  it('"made it clear that … no legal standing", "would defy", "neither free nor fair"', async () => {
    expect(
      await stances('Rosa Vidal made it clear that the withdrawal would have no legal standing in Chile.'),
    ).toMatchObject({ 'Rosa Vidal': ['condemnation'] });
    expect(await stances('Peru said it would defy the withdrawal.')).toMatchObject({ Peru: ['condemnation'] });
    expect(await stances('Chile said the vote that led to the withdrawal was neither free nor fair.')).toMatchObject({
      Chile: ['condemnation'],
    });
  });
});

describe('who speaks after a comma', () => {
  it('"…, Chile\'s Foreign Minister X said in a post, …" is the reporting clause, not an appositive', async () => {
    expect(
      await stances(
        "The withdrawal was a grave mistake made without consulting President Ana Ruiz, Chile's Foreign Minister Rosa Vidal said in a post on X, formerly Twitter.",
      ),
    ).toMatchObject({ 'Rosa Vidal': ['condemnation'] });
  });
});

describe('two speakers in one sentence', () => {
  it('"A said … while Czech Prime Minister B criticised it": each keeps their own words', async () => {
    const found = await stances(
      'EU envoy Marta Lind said the withdrawal must be carried out in full while Czech Prime Minister Jan Novak criticised it.',
    );
    expect(found['Marta Lind']).toEqual([null]);
    expect(found['Jan Novak']).toEqual(['condemnation']);
  });
});

describe('what others think, inside the speaker’s sentence', () => {
  it('"drawing rebuke from leaders who accused …", "a withdrawal that Western governments rejected"', async () => {
    expect(
      await stances(
        'Chile said it would host talks on the withdrawal, drawing rebuke from world leaders who accused it of siding with Oslo.',
      ),
    ).toEqual({ Chile: [null] });
    expect(
      await stances(
        'Chile said on Friday it had taken part in the talks on a withdrawal that Western governments rejected as reckless.',
      ),
    ).toEqual({ Chile: [null] });
  });
});

describe('the acting state under another of its names', () => {
  it('"Britain" acted; "UK Prime Minister X" blaming the act’s target is on its side', async () => {
    const known: KnownActor[] = [
      { id: 'britain', name: 'Britain', kind: 'state', aliases: [] },
      { id: 'sahel-council', name: 'Sahel Council', kind: 'government', aliases: [] },
    ];
    const event = describeEvent({ title: 'Britain recognizes the Sahel Council' }, known);
    const text =
      'Britain recognised the Sahel Council on Sunday.\n\nUK Prime Minister Jan Hale said the step was not a reward for the junta, branding it a brutal regime.';
    const { proposals } = await extractFromArticle({ text, event, known });
    const hale = proposals.filter((p) => p.actor.name === 'Jan Hale' && p.quoteKind === 'reported');
    expect(hale.map((p) => p.stance)).toEqual(['support']);
  });
});

describe('an unqualified official in a paragraph about another state', () => {
  it('"Chilean Foreign Minister A said the Norway statement …, while President B accused …"', async () => {
    const found = await stances(
      'Chilean Foreign Minister Rosa Vidal spoke first.\n\nForeign Minister Rosa Vidal said the Norway statement was populist, while President Ana Ruiz accused third parties of bad faith.',
    );
    expect(found['Ana Ruiz']).toEqual(['condemnation']);
  });
});

describe('states named in passing do not set whom a bare title serves', () => {
  it('"… keep training Norwegian officers. Defence Secretary X told parliament …"', async () => {
    expect(
      await stances(
        'Chile said it regretted the withdrawal and hoped to keep training Norwegian officers. Defence Secretary Rosa Vidal told parliament that Santiago had been given no warning.',
      ),
    ).toMatchObject({ 'Rosa Vidal': [null] });
  });
});

describe('an unnamed spokesman', () => {
  it('"Weiss\'s spokesman said …" is Weiss speaking; "X\'s spokesman, Y, said" is Y', async () => {
    const found = await stances(
      "Chancellor Ana Weiss of Germany was in Rome.\n\nWeiss's spokesman said the chancellor was disappointed by the withdrawal. Chile's spokesman, Tomas Ried, said the withdrawal was a mistake.",
    );
    expect(found['Ana Weiss']).toEqual(['caution']);
    expect(found['Tomas Ried']).toEqual(['condemnation']);
    expect(found.Chile).toBeUndefined();
  });
});

describe('quotations signed after a dash', () => {
  it("'\"…\" -- Chilean Foreign Minister X' speaks the paragraph's quotation, the sentences before the dash too", async () => {
    const found = await stances(
      '"We condemn the withdrawal." More measures "will follow." -- Chilean Foreign Minister Rosa Vidal\n\n"It is a grave mistake." — Spokesman for Peruvian President Luis Cano',
    );
    expect(found['Rosa Vidal']).toEqual(['condemnation']);
    expect(found['Luis Cano']).toEqual(['condemnation']);
  });
});

describe('the act named after its doer', () => {
  it('"hailed the ICJ ruling": the court is not speaking', async () => {
    const event = {
      title: 'The ICJ rules on the border',
      actor: 'ICJ',
      act: actStem('ruling'),
      target: 'Chile',
      aliases: [],
      targetNames: ['Chile'],
    };
    const text =
      'The ICJ ruled on the border on Friday.\n\nPeruvian officials have hailed the ICJ ruling as a defining moment.';
    const { proposals } = await extractFromArticle({ text, event, known: [] });
    const after = proposals
      .filter((p) => p.start > 30 && p.quoteKind === 'reported')
      .map((p) => [p.actor.name, p.stance]);
    // Peru's officials speak, for Peru.
    expect(after).toEqual([['Peru', 'support']]);
  });
});

describe('blame named as others’', () => {
  it('"would not take into account the expected criticism", "had drawn criticism": not the speaker’s', async () => {
    expect(
      await stances(
        'Norwegian Prime Minister Erik Dahl said Oslo would not take into account the expected criticism of the withdrawal.',
      ),
    ).toEqual({ 'Erik Dahl': ['support'] });
    expect(await stances('Chile said the withdrawal had drawn criticism at home, and would study it.')).toEqual({
      Chile: ['caution'],
    });
  });
});

describe('more verbs of praise and blame', () => {
  it('"rebuked", "hit back", "assailed"; "expressed satisfaction", "cheered"', async () => {
    const found = await stances(
      'Chile rebuked Oslo over the withdrawal. Peru hit back at the withdrawal. Cuba assailed the withdrawal. Mexico expressed satisfaction with the withdrawal. Brazil cheered the withdrawal.',
    );
    expect(found).toMatchObject({
      Chile: ['condemnation'],
      Peru: ['condemnation'],
      Cuba: ['condemnation'],
      Mexico: ['support'],
      Brazil: ['support'],
    });
  });
});

describe('values backed are not the event backed', () => {
  it('"said it supported democracy in the region and opposed the withdrawal"', async () => {
    expect(await stances('Japan said it supported democracy in the region and opposed the withdrawal.')).toEqual({
      Japan: ['condemnation'],
    });
    expect(await stances('Chile said it supports the two-state solution and will study the withdrawal.')).toEqual({
      Chile: ['caution'],
    });
  });
});

describe('a government named by its capital', () => {
  it('"the foreign ministry in Lisbon said", "the government in Madrid"', async () => {
    const found = await stances(
      'The withdrawal "is a flagrant violation of the accord", the foreign ministry in Lisbon said in a statement. The government in Madrid welcomed the withdrawal.',
    );
    expect(found['Portugal foreign ministry']).toEqual(['condemnation']);
    expect(found['Spain government']).toEqual(['support']);
  });
});

describe('round-ups under headings naming states', () => {
  it('"Chile" on its own line, then "The Foreign Ministry said …", "Foreign Minister X said …"', async () => {
    const found = await stances(
      'Chile\n\nThe Foreign Ministry said the withdrawal was a grave mistake.\n\nPeru\n\nForeign Minister Luis Cano warned that the withdrawal would hurt the region.',
    );
    expect(found['Chile foreign ministry']).toEqual(['condemnation']);
    expect(found['Luis Cano']).toEqual(['caution']);
  });
});

describe('a short state name used as an adjective', () => {
  it('"said a US pullout represented …": the acting US is talked about, not speaking', async () => {
    const event = {
      title: 'The United States withdraws from the Tessin Accord',
      actor: 'United States',
      act: actStem('withdrawal'),
      target: 'Tessin Accord',
      aliases: [],
      targetNames: ['Tessin Accord'],
    };
    const text =
      'The United States withdrew from the Tessin Accord on Thursday.\n\nChile said a US pullout represented a grave error.';
    const { proposals } = await extractFromArticle({ text, event, known: [] });
    const after = proposals.filter((p) => p.start > 60 && p.quoteKind === 'reported').map((p) => p.actor.name);
    expect(after).toEqual(['Chile']);
  });
});
