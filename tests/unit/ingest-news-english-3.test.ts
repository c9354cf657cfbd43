/**
 * News English the extractor missed in a third round of real reports of reactions (a monument's
 * status changed, a region's autonomy revoked, ties normalised, a law enacted, a discharge decided,
 * an arrest warrant issued), each written here as a wire report would word it. The event: Norway
 * withdraws from the Tessin Accord.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type KnownActor } from '@/lib/ingest';
import { stancesBySpeaker, stancesOnTessin } from './ingest-speakers';

describe('calls and words of dismissal', () => {
  it('"urged X not to <the act>" is against the act, not caution; urged on both sides, it is restraint', async () => {
    expect(await stancesOnTessin('Sweden urged Norway not to withdraw from the accord.')).toEqual({
      Sweden: ['condemnation'],
    });
    expect(await stancesOnTessin('Sweden urged both sides not to withdraw from the accord.')).toEqual({
      Sweden: ['caution'],
    });
  });

  it('"should not <the act>" is against the act', async () => {
    const found = await stancesOnTessin(
      'Finland said Oslo should not withdraw from the accord without consulting its partners.',
    );
    expect(found.Finland).toEqual(['condemnation']);
    expect(found.Norway ?? []).not.toContain('support');
  });

  it('"a historic mistake" is blame, not praise', async () => {
    expect(await stancesOnTessin('Sweden called the withdrawal a historic mistake.')).toEqual({
      Sweden: ['condemnation'],
    });
  });

  it('a decision said to be void of value or meaning is rejected', async () => {
    expect(
      await stancesOnTessin(
        'Denmark said the withdrawal had no legal value. Iceland said it was meaningless. Estonia called it insignificant. Latvia said it was of no importance at all.',
      ),
    ).toEqual({
      Denmark: ['condemnation'],
      Iceland: ['condemnation'],
      Estonia: ['condemnation'],
      Latvia: ['condemnation'],
    });
  });

  it('"showed understanding of" the decision and "a breakthrough" back it', async () => {
    expect(
      await stancesOnTessin(
        'The United States showed understanding of the withdrawal. Chile said the withdrawal was a breakthrough.',
      ),
    ).toEqual({ 'United States': ['support'], Chile: ['support'] });
  });
});

describe('officials and names', () => {
  it('an envoy named with where they serve: "Ambassador to the United Nations Jane Roe"', async () => {
    expect(
      await stancesOnTessin(
        'Swedish Ambassador to the United Nations Karin Holm said the withdrawal was a grave mistake.',
      ),
    ).toEqual({ 'Karin Holm': ['condemnation'] });
  });

  it('an unnamed envoy with where they serve speaks for the state', async () => {
    expect(
      await stancesOnTessin("Sweden's ambassador to the United Nations said the withdrawal was a mistake."),
    ).toEqual({ Sweden: ['condemnation'] });
  });

  it('a name with an Arabic article in lower case is one name, and found again without it', async () => {
    expect(
      await stancesOnTessin('Egyptian President Abdel Karim el-Masri welcomed the withdrawal. Masri said it was wise.'),
    ).toEqual({ 'Abdel Karim el-Masri': ['support', 'support'] });
  });
});

describe('who speaks', () => {
  it('"A, B and C were among those to express concern": each of them', async () => {
    expect(
      await stancesOnTessin(
        'Denmark, Iceland and the Netherlands were among those to express concern about the withdrawal.',
      ),
    ).toEqual({ Denmark: ['caution'], Iceland: ['caution'], Netherlands: ['caution'] });
  });

  it('"the Danish leadership" is a state\'s government, and "its strong rejection" blame', async () => {
    expect(await stancesOnTessin('The Danish leadership voiced its strong rejection of the withdrawal.')).toEqual({
      'Danish leadership': ['condemnation'],
    });
  });
});

describe('clauses between a speaker and the verb', () => {
  it('a participle clause after the name: "X, conveying Y\'s opposition to …, said"', async () => {
    expect(
      await stancesOnTessin(
        'Jane Holm, conveying Sweden’s opposition to the withdrawal, said in Stockholm that the talks must go on.',
      ),
    ).toEqual({ 'Jane Holm': ['condemnation'] });
  });

  it('a relative clause after an appositive: "X, spokeswoman for Y, which runs Z, said"', async () => {
    expect(
      await stancesOnTessin(
        'Karin Lund, spokeswoman for the Civic Alliance, which runs the Oslo office, said the withdrawal was a grave mistake.',
      ),
    ).toEqual({ 'Karin Lund': ['condemnation'] });
  });

  it('a news agency after "according to" reports; it does not react', async () => {
    expect(
      await stancesOnTessin(
        'Sweden said the withdrawal was a grave mistake, according to the Baltic Wire news agency.',
      ),
    ).toEqual({ Sweden: ['condemnation'] });
  });
});

describe('factboxes', () => {
  it('a quotation under a line of capitals naming its speaker is theirs, a name inside it no speaker', async () => {
    expect(
      await stancesOnTessin(
        [
          'Below are some reactions.',
          'SWEDISH FOREIGN MINISTER KARIN HOLM',
          '"Norway has made a grave mistake."',
          'AMNESTY INTERNATIONAL',
          '"The decision is draconian and must be reversed."',
          'FINNISH CLIMATE ENVOY PAAVO LAHTI',
          '"We have read the text with care."',
        ].join('\n'),
      ),
    ).toEqual({
      'Karin Holm': ['condemnation'],
      'Amnesty International': ['condemnation'],
      'Paavo Lahti': [null],
    });
  });
});

describe("the act's own verb", () => {
  it('is no cue of blame where it is the act ("will normalise their relations")', async () => {
    const known: KnownActor[] = [
      { id: 'norway', name: 'Norway', kind: 'state', aliases: [] },
      { id: 'vesna', name: 'Vesna', kind: 'state', aliases: [] },
    ];
    const lead = 'Norway normalised relations with Vesna on Friday.\n\n';
    const extraction = await extractFromArticle({
      text: `${lead}Sweden said the two states would now normalise their relations fully.`,
      event: describeEvent({ title: 'Norway normalises relations with Vesna' }, known),
      known,
    });
    expect(stancesBySpeaker(extraction.proposals, lead.length)).toEqual({ Sweden: [null] });
  });
});
