/**
 * Forms the fourteenth set showed once it was taken for development (each written again for its rule,
 * no sentence of the set): deeds said without a verb of speech, a name set apart after its owner's
 * noun, a party named for two things, and guesses or words of others that are not the named side's.
 */
import { describe, expect, it } from 'vitest';
import { sameActor } from '@/lib/ingest/evaluate';
import { SAHEL_LEAD, extractOnSahel, stancesOnSahel } from './ingest-speakers';

const namesAfterLead = async (text: string) =>
  (await extractOnSahel(text)).proposals.filter((p) => p.start >= SAHEL_LEAD.length).map((p) => p.actor.name);

describe('deeds in place of words', () => {
  it('reads suspended aid, recalled negotiators and a walkout as condemnation', async () => {
    expect(
      await stancesOnSahel(
        'Tarsk, the council’s largest donor, has suspended its budget support.\n\n' +
          'Vellin had recalled its negotiators from the talks in Bonn.\n\n' +
          'The opposition Green Front walked out of the chamber before the vote.',
      ),
    ).toEqual({ Tarsk: ['condemnation'], Vellin: ['condemnation'], 'Green Front': ['condemnation'] });
  });

  it('does not read leaving a prison as a walkout', async () => {
    expect(await stancesOnSahel('Olaf Dorn walked out of the prison on Sunday, to cheers from his family.')).toEqual(
      {},
    );
  });

  it('reads standing behind the act as support', async () => {
    expect(await stancesOnSahel('The Farmers’ League said it stood behind the recognition.')).toEqual({
      'Farmers’ League': ['support'],
    });
  });

  it('reads stopping short after a first verb ("abstained and stopped short of") as caution', async () => {
    expect(await stancesOnSahel('Vesmark abstained and stopped short of blocking the decision.')).toEqual({
      Vesmark: ['caution'],
    });
  });

  it('reads a call to respect the decision, however the decision is named, as support', async () => {
    expect(
      await stancesOnSahel('The African Union called on all sides to respect the Norwegian government’s decision.'),
    ).toEqual({ 'African Union': ['support'] });
  });
});

describe('a name set apart after its owner’s noun', () => {
  it('is the subject the next sentence’s "Its foreign ministry" belongs to', async () => {
    expect(
      await namesAfterLead('Norway’s closest ally, Tarsk, was warmer. Its foreign ministry welcomed the decision.'),
    ).toContain('Tarsk foreign ministry');
  });

  it('keeps "Party of X and Y" as one party', async () => {
    expect(
      await stancesOnSahel('Dorn’s party, the Party of Labour and Land, called the ceremony a masquerade.'),
    ).toEqual({ 'Party of Labour and Land': ['condemnation'] });
  });

  it('knows a mining company by the last word of its name', async () => {
    expect(
      await stancesOnSahel(
        'Bellmark Mining, the minority partner, was more measured. It said it regretted the decision.',
      ),
    ).toEqual({ 'Bellmark Mining': ['caution'] });
  });
});

describe('words that are not the named side’s', () => {
  it('gives no stance to neighbours others expect to follow suit, named after a noun', async () => {
    expect(
      await namesAfterLead('Diplomats in the region said two smaller neighbours, Brevik and Olmar, might follow suit.'),
    ).toEqual([]);
  });

  it('gives a chamber nothing for what several of its members wrote, but a group its members’ applause', async () => {
    expect(
      await stancesOnSahel(
        'Several members of the European Parliament said in a joint letter that the step was premature.',
      ),
    ).toEqual({});
    expect(
      await stancesOnSahel('A few hundred members of the Farmers’ League applauded as the result was read out.'),
    ).toEqual({ 'Farmers’ League': ['support'] });
  });

  it('does not read the act described inside a quotation ("X has recognised a map it drew") as support', async () => {
    expect(
      await stancesOnSahel('"Norway has recognised a map it drew itself," Caldara’s Foreign Minister Ines Volk said.'),
    ).not.toEqual(expect.objectContaining({ 'Ines Volk': ['support'] }));
    expect(await stancesOnSahel('Denmark said it would recognise it too.')).toEqual({ Denmark: ['support'] });
  });
});

describe('an embassy in a city', () => {
  it('is named with its city, and scored as its state’s embassy with the city said or not', async () => {
    expect(await stancesOnSahel('Caldara’s embassy in Port Vell said it took note of the ceremony.')).toEqual({
      'Caldara embassy in Port Vell': ['caution'],
    });
    expect(sameActor("Harlund's embassy in Tiliboro", 'Harlund embassy')).toBe(true);
    expect(sameActor('Harlund embassy in Tiliboro', 'Harlund embassy')).toBe(true);
    expect(sameActor('Harlund embassy', 'Ostland embassy')).toBe(false);
  });
});

describe('an official with no state named, after a government opened the sentence before', () => {
  it('does not serve the acting state', async () => {
    const { proposals } = await extractOnSahel(
      'The Sahel Transitional Council hailed the decision. Deputy spokesman Idris Kane said more states would follow.',
    );
    const kane = proposals.filter((p) => p.actor.name === 'Idris Kane');
    expect(kane.length).toBeGreaterThan(0);
    expect(kane.map((p) => p.cue)).not.toContain('the act');
    expect((await extractOnSahel('Deputy spokesman Idris Kane said more states would follow.')).relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'SPEAKS_FOR', to: expect.objectContaining({ name: 'Norway' }) }),
      ]),
    );
  });
});

describe('words of blame and approval', () => {
  it('reads contempt for international law as condemnation, and being in line with interests as support', async () => {
    expect(
      await stancesOnSahel(
        'Kirrow said Norway was showing contempt for international law.\n\n' +
          'Per Skare said the recognition was in line with Norway’s national interests.',
      ),
    ).toEqual({ Kirrow: ['condemnation'], 'Per Skare': ['support'] });
  });

  it('reads a chilling message or precedent as condemnation', async () => {
    expect(
      await stancesOnSahel('The Kessel Rights Trust said the recognition sends a chilling message to every dissident.'),
    ).toEqual({ 'Kessel Rights Trust': ['condemnation'] });
  });

  it('does not count "many of them" inside a group of voices as a voice of its own', async () => {
    const { unnamed } = await extractOnSahel('Activists, many of them living in exile, denounced the decision.');
    expect(unnamed.map((u) => u.who)).toEqual(['Activists']);
  });
});

describe('a call to comply, and an act still to be done by someone', () => {
  it('reads urging compliance "in full" or "without delay" as support, not urging to comply with something else', async () => {
    expect(
      await stancesOnSahel(
        'The UN human rights office urged Norway to comply in full and without delay.\n\n' +
          'Caldara urged Norway to comply with international law.',
      ),
    ).toEqual({ 'UN human rights office': ['support'], Caldara: ['caution'] });
  });

  it('gives no stance to whom an act is still to be done by', async () => {
    expect(await stancesOnSahel('The law must still be signed by President Olaf Dorn, who has fifteen days.')).toEqual(
      {},
    );
    expect(await stancesOnSahel('The recognition was announced by Foreign Minister Olaf Dorn.')).toEqual({
      'Olaf Dorn': ['support'],
    });
  });
});

describe('the opposite view', () => {
  it('is the other of support and condemnation from the stance before, and nothing after a caution', async () => {
    expect(
      await stancesOnSahel('Caldara welcomed the recognition. Vesmark, Caldara’s closest ally, took a different view.'),
    ).toEqual({ Caldara: ['support'], Vesmark: ['condemnation'] });
    expect(
      await stancesOnSahel(
        'The Farmers’ League condemned the recognition. The opposition Liberal Greens took the opposite view.',
      ),
    ).toEqual({ 'Farmers’ League': ['condemnation'], 'Liberal Greens': ['support'] });
    expect(await stancesOnSahel('Caldara said it was worried. Vesmark went the other way.')).toEqual({
      Caldara: ['caution'],
    });
  });
});
