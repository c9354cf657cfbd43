/**
 * Forms read in real reports of the first event (not copied; each written again for its rule): a titled
 * person "of" a state before the verb, a decision held up as an example for others, a cautious tone
 * struck, an error called grave, and officials "in" a state.
 */
import { describe, expect, it } from 'vitest';
import { sameActor } from '@/lib/ingest/evaluate';
import { SAHEL_LEAD, extractOnSahel, stancesOnSahel } from './ingest-speakers';

describe('a titled person of a state', () => {
  it('speaks though the state is named between the name and the verb', async () => {
    expect(
      await stancesOnSahel(
        'Foreign Minister Ana Velder of Caldara condemned the recognition.\n\nPresident Tomas Erlen of Vesmark welcomed it on Saturday.',
      ),
    ).toEqual({ 'Ana Velder': ['condemnation'], 'Tomas Erlen': ['support'] });
  });
});

describe('an example for others', () => {
  it('is support when the decision is hoped to be one, blame when it is a bad one', async () => {
    expect(
      await stancesOnSahel(
        '"We hope this step becomes an example for others," council spokesman Idris Maikano said.\n\n' +
          'Foreign Minister Ana Velder said the recognition set a bad example for other states.',
      ),
    ).toEqual({ 'Idris Maikano': ['support'], 'Ana Velder': ['condemnation'] });
  });
});

describe('tone and errors', () => {
  it('reads a more cautious tone as caution and a grave error as condemnation', async () => {
    expect(
      await stancesOnSahel(
        'Emmanuel Macron struck a more cautious tone, saying the region needed calm first.\n\n' +
          'Olaf Brenner called the recognition a grave error.',
      ),
    ).toEqual({ 'Emmanuel Macron': ['caution'], 'Olaf Brenner': ['condemnation'] });
  });
});

describe('officials in a state', () => {
  it('speak for the state, not for a town the lists do not know', async () => {
    expect(await stancesOnSahel('Officials in France said they were dismayed by the decision.')).toEqual({
      France: ['condemnation'],
    });
    const { proposals } = await extractOnSahel(
      'Officials in Port Amell insisted that the decision had nothing to do with trade.',
    );
    expect(proposals.map((p) => p.actor.name)).not.toContain('Port Amell');
  });
});

describe('staying back, and leaving it to the acting state', () => {
  it('reads no reason to follow, an unchanged own position, a sovereign right and its own business as caution', async () => {
    expect(
      await stancesOnSahel(
        'Czechia said it saw no reason to follow suit.\n\n' +
          'Poland said the decision would not change its own position.\n\n' +
          "Kazakhstan said the recognition was Norway's sovereign right.\n\n" +
          "Austria's foreign minister told reporters the decision was Norway's own business.",
      ),
    ).toEqual({ 'Czech Republic': ['caution'], Poland: ['caution'], Kazakhstan: ['caution'], Austria: ['caution'] });
  });

  it('reads an act within the acting state’s rights as support', async () => {
    expect(await stancesOnSahel('Greece said Norway had acted within its rights.')).toEqual({ Greece: ['support'] });
  });
});

describe('the act told by someone else', () => {
  it('is not their support when the acting state is said to embrace the target', async () => {
    expect(
      await stancesOnSahel('Caldara’s foreign minister Ana Velder said Norway had "embraced the Council."'),
    ).toEqual({ 'Ana Velder': [null] });
  });

  it('is blame when the acting state is said to be recognising terrorists', async () => {
    expect(await stancesOnSahel('Ukraine’s foreign ministry said Oslo was "recognising terrorists."')).toEqual({
      'Ukraine foreign ministry': ['condemnation'],
    });
  });
});

describe('quotations and their speakers', () => {
  it('finds the speaker named with an owner and a post after "said"', async () => {
    expect(await stancesOnSahel('"This is a mistake," said Caldara’s foreign minister Ana Velder.')).toEqual({
      'Ana Velder': ['condemnation'],
    });
  });

  it('finds the speaker whose words follow a colon: "was blunt:", "put it simply:"', async () => {
    expect(
      await stancesOnSahel(
        'Ana Velder was blunt: "This is a mistake."\n\nOlaf Brenner put it simply: Norway was wrong.',
      ),
    ).toMatchObject({ 'Ana Velder': ['condemnation'], 'Olaf Brenner': ['condemnation'] });
  });
});

describe('a stored government under the words reports use for it', () => {
  it('is found as its administration, its authorities and its officials', async () => {
    const more = [{ id: 'velsk-government', name: 'Velsk government', kind: 'government' as const, aliases: [] }];
    const { proposals } = await extractOnSahel(
      'Velsk officials welcomed the recognition on Saturday.\n\nThe Velsk-led administration said it hoped for more trade.',
      more,
    );
    expect(
      proposals
        .filter((p) => p.quoteKind === 'reported' && p.start >= SAHEL_LEAD.length)
        .map((p) => [p.actor.id, p.stance]),
    ).toEqual([
      ['velsk-government', 'support'],
      ['velsk-government', null],
    ]);
  });
});

describe('forms of the twelfth set, written again', () => {
  it('reads a challenge before a court as blame, doing it differently as caution, respecting a free choice as support', async () => {
    expect(
      await stancesOnSahel(
        'Her lawyer, Jan Morel, said he would challenge the ruling before the constitutional court.\n\n' +
          'Asked about the recognition, Olaf Brenner said only that he "would have done it differently".\n\n' +
          'Greece said it "respects the free choice of the people of the Sahel".',
      ),
    ).toEqual({ 'Jan Morel': ['condemnation'], 'Olaf Brenner': ['caution'], Greece: ['support'] });
  });

  it('scores the UN’s posts as the United Nations’', () => {
    expect(sameActor('UN Secretary-General', 'United Nations Secretary-General')).toBe(true);
    expect(sameActor('U.N. Security Council', 'United Nations Security Council')).toBe(true);
    expect(sameActor('UN Secretary-General', 'United Nations')).toBe(false);
  });
});

describe('deeds that say a stance', () => {
  it('reads opening an embassy or a consulate and paying towards it as support, a visit called off and an army of occupation as blame', async () => {
    expect(
      await stancesOnSahel(
        'Greece said it would open an embassy in the Sahel capital as soon as possible.\n\n' +
          'Italy said it would open a consulate there this year.\n\n' +
          "Spain has called off next week's visit by its foreign minister to Oslo.\n\n" +
          'Portugal cancelled a planned visit to Oslo in protest.\n\n' +
          'The Free Sahel Front said it would treat Norwegian diplomats as an army of occupation.\n\n' +
          "The European Union said it would contribute 40 million euros towards the new council's budget.",
      ),
    ).toEqual({
      Greece: ['support'],
      Italy: ['support'],
      Spain: ['condemnation'],
      Portugal: ['condemnation'],
      'Free Sahel Front': ['condemnation'],
      'European Union': ['support'],
    });
  });
});
