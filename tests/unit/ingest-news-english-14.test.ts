/**
 * Forms the thirteenth set showed once it was taken for development (each written again for its rule,
 * no sentence of the set): a broadcast's soundbite labels, a speaker's own contractions, backing that
 * only accepts before a reservation, and a round-up's turn to a state's government.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '@/lib/ingest';
import { actStem } from '@/lib/ingest/event';
import { sameActor } from '@/lib/ingest/evaluate';
import type { EventDescription } from '@/lib/ingest/types';
import { SAHEL_LEAD, extractOnSahel, stancesBySpeaker, stancesOnSahel } from './ingest-speakers';

describe('a broadcast transcript with soundbites', () => {
  const TRANSCRIPT =
    'PRESENTER (Jon Aske): The council has its first friend abroad. The trade minister, Lene Hovda, was at the ceremony.\n\n' +
    "LENE HOVDA (soundbite): It is the right step, and I'm proud we took it first.\n\n" +
    'PER SKARE (translated): They have rewarded a junta. We condemn it.';

  it('gives the words after "NAME (soundbite):" to the person named', async () => {
    const stances = await stancesOnSahel(TRANSCRIPT);
    expect(stances['Lene Hovda']).toEqual(['support']);
    expect(new Set(stances['PER SKARE'] ?? stances['Per Skare'])).toEqual(new Set(['condemnation']));
  });

  it('never takes "I\'m" or "I’ve" for a name', async () => {
    const { proposals } = await extractOnSahel(
      `${TRANSCRIPT}\n\nVesmark said that "frankly, I’ve seen this before, and I'm worried".`,
    );
    const names = proposals.map((p) => p.actor.name);
    expect(names.filter((n) => /^I['’]/.test(n))).toEqual([]);
  });
});

describe('backing that only accepts, then a reservation', () => {
  it('is caution when "but" follows respecting the decision', async () => {
    expect(
      await stancesOnSahel(
        'The Farmers’ League said it respected the decision, but that its members "deserve to know what it will cost".\n\n' +
          'Caldara said it respected the decision, but would watch the council closely.',
      ),
    ).toEqual({ 'Farmers’ League': ['caution'], Caldara: ['caution'] });
  });

  it('stays support without the reservation, and a welcome before "but" keeps its own reading', async () => {
    expect(await stancesOnSahel('The Farmers’ League said it respected the decision.')).toEqual({
      'Farmers’ League': ['support'],
    });
    expect(
      await stancesOnSahel('Caldara welcomed the recognition, but said the council now had to hold elections.'),
    ).toEqual({ Caldara: ['support'] });
  });
});

describe('a round-up turns to a state', () => {
  it('gives "In X, the government …" to X\'s government, a state the lists do not know included', async () => {
    expect(
      await stancesOnSahel(
        'In Caldara, the government welcomed the recognition.\n\nIn Beijing, the cabinet said it regretted the step.',
      ),
    ).toEqual({ 'Caldara government': ['support'], 'China cabinet': ['caution'] });
  });

  it('does not make a government of a sentence that opens on a time', async () => {
    const { proposals } = await extractOnSahel('In March, the government said nothing about the council.');
    expect(proposals.map((p) => p.actor.name)).not.toContain('March government');
  });

  it('scores "the government of X" as the X government', () => {
    expect(sameActor('government of Estmarch', 'Estmarch government')).toBe(true);
    expect(sameActor('the parliament of Estmarch', "Estmarch's parliament")).toBe(true);
    expect(sameActor('government of Estmarch', 'Estmarch')).toBe(false);
  });
});

describe('bodies of the UN named in lower case', () => {
  it('are their own actors, not the UN', async () => {
    const { proposals } = await extractOnSahel(
      'The UN refugee agency said it was worried about the recognition.\n\n' +
        'The concern was echoed by the U.N. human rights office, which said the council had jailed critics.',
    );
    const names = proposals.map((p) => p.actor.name);
    expect(names).toContain('UN refugee agency');
    expect(names).toContain('UN human rights office');
    expect(names).not.toContain('United Nations');
  });

  it('leave a post of the UN to the person who holds it', async () => {
    expect(await stancesOnSahel('The UN humanitarian coordinator for Mali, Ana Velder, said she was worried.')).toEqual(
      { 'Ana Velder': ['caution'] },
    );
  });
});

describe('a state the lists do not know, then its organ', () => {
  it('gives "Its foreign ministry" to the state that opened the sentence before with a verb like "went"', async () => {
    const { proposals } = await extractOnSahel(
      'Tirasol went further than its neighbours. Its foreign ministry said it "shares Norway\'s view of the facts".',
    );
    expect(proposals.filter((p) => p.start > SAHEL_LEAD.length).map((p) => p.actor.name)).toContain(
      'Tirasol foreign ministry',
    );
  });
});

describe('a vote said between commas', () => {
  it('is the stance of the one who cast it', async () => {
    expect(await stancesOnSahel('Vesmark, which voted against, has explained why.')).toEqual({
      Vesmark: ['condemnation'],
    });
  });
});

describe('denying the actor standing, and answering in kind', () => {
  it('reads "had no right", "no jurisdiction", reciprocal measures and refusing to comply as condemnation', async () => {
    expect(
      await stancesOnSahel(
        'Caldara said that Norway had no right to do so.\n\n' +
          'Vesmark said Norway had no jurisdiction over the matter.\n\n' +
          'Kirrow said it would take reciprocal measures.\n\n' +
          'Ostland said it would not comply with the decision.',
      ),
    ).toEqual({
      Caldara: ['condemnation'],
      Vesmark: ['condemnation'],
      Kirrow: ['condemnation'],
      Ostland: ['condemnation'],
    });
  });

  it('reads unease as caution', async () => {
    expect(await stancesOnSahel('Halka Tregor said she was uneasy about rewarding the council.')).toEqual({
      'Halka Tregor': ['caution'],
    });
  });
});

describe('a clause of others before a semicolon', () => {
  it('is not the words of the name after it, unless the name closes the sentence', async () => {
    expect(await stancesOnSahel('Friends in Europe are worried; Caldara is furious.')).toEqual({
      Caldara: ['condemnation'],
    });
    expect(await stancesOnSahel('It is a mistake; it rewards a junta, Caldara said.')).toEqual({
      Caldara: ['condemnation'],
    });
  });
});

describe('a subject and its verb apart', () => {
  it('reads through "group in parliament" and "answered within hours, …ing"', async () => {
    expect(
      await stancesOnSahel(
        'The opposition Forward Caldara group in parliament backed the recognition.\n\n' +
          "The Vesmark government answered within hours, expelling Norway's chargé d'affaires.",
      ),
    ).toEqual({ 'Forward Caldara': ['support'], 'Vesmark government': ['condemnation'] });
  });
});

describe('the acting actor doing the act in words of its own', () => {
  const SANCTIONS: EventDescription = {
    title: 'Caldara sanctions Ostmark engine makers',
    actor: 'Caldara',
    act: actStem('sanctions (asset freeze)'),
    target: 'Ostmark engine makers',
    aliases: ['the sanctions'],
    targetNames: ['Ostmark engine makers'],
  };
  const stances = async (text: string) =>
    stancesBySpeaker((await extractFromArticle({ text, event: SANCTIONS, known: [] })).proposals);

  it('takes the head of the act before its brackets', () => {
    expect(actStem('sanctions (asset freeze)')).toBe(actStem('sanctions'));
  });

  it('supports the act when it opens a sentence that tells it', async () => {
    expect(
      await stances(
        'Caldara froze the assets of nine companies from Ostmark on Tuesday.\n\n' +
          "Ostmark's foreign ministry condemned the sanctions.",
      ),
    ).toMatchObject({ Caldara: ['support'] });
  });

  it("not through its people's word, nor beside its government that did it", async () => {
    const byName = await stances(
      'The Caldaran lev fell on Tuesday.\n\nOn Tuesday the government of Caldara froze the assets of nine companies.',
    );
    expect(byName).not.toHaveProperty('Caldara');
  });
});

describe('parties by their names', () => {
  it('keeps a party named by two values whole, and still splits two states', async () => {
    expect(
      await stancesOnSahel('Law and Justice said it regretted the step.\n\nMali and Niger condemned the recognition.'),
    ).toEqual({ 'Law and Justice': ['caution'], Mali: ['condemnation'], Niger: ['condemnation'] });
  });

  it('reads past "party" and a description after it to the verb', async () => {
    expect(
      await stancesOnSahel(
        'In Caldara, the opposition Unity and Progress party, which has long accused the premier of nepotism, said the government should welcome the council.',
      ),
    ).toEqual({ 'Unity and Progress': ['support'] });
  });

  it("leaves a description of the party out of its spokesman's words", async () => {
    const stances = await stancesOnSahel(
      'Dafydd Tregarne, spokesman for the Civic Reform party, who last week accused the premier of lying, said Norway had done the right thing.',
    );
    expect(stances['Dafydd Tregarne']).toEqual(['support']);
  });
});

describe('votes told as deeds', () => {
  it("reads a vote against as blame from a name that ends like a people's word", async () => {
    expect(await stancesOnSahel('Drennic voted against the recognition.')).toEqual({ Drennic: ['condemnation'] });
  });

  it('gives "She said" to the envoy named after the state that voted', async () => {
    const stances = await stancesOnSahel(
      'Caldara voted against, and its deputy envoy, Halka Tregaskis, was one of the few to explain a vote. ' +
        'She said Caldara was "uneasy about rewarding whoever reaches the palace first".',
    );
    expect(stances['Halka Tregaskis']).toEqual(['caution']);
  });
});

describe('a body of a state the lists do not know, after "the"', () => {
  it("is that state's", async () => {
    expect(await stancesOnSahel('The Vesmark foreign ministry issued a statement rejecting the recognition.')).toEqual({
      'Vesmark foreign ministry': ['condemnation'],
    });
  });

  it("takes no party's word for a state", async () => {
    const { relations } = await extractOnSahel(
      'The Labour government welcomed the recognition.\n\nThe Conservative government had condemned it.',
    );
    expect(relations.filter((r) => r.type === 'PART_OF').map((r) => r.to.name)).toEqual([]);
  });
});

describe('a name opening the sentence, then an aside', () => {
  it('is still the subject after ", by contrast," or ", however,"', async () => {
    expect(
      await stancesOnSahel(
        'Brezhan, by contrast, described the recognition as overdue.\n\nCaldara, however, condemned the recognition.',
      ),
    ).toEqual({ Brezhan: ['support'], Caldara: ['condemnation'] });
  });
});

describe("a named person's post between commas", () => {
  it('is a description: the body in it does not speak beside the person', async () => {
    expect(
      await stancesOnSahel(
        'Anselmo Redondo, foreign affairs spokesman for the Solvaran Labour Federation, condemned the recognition.\n\n' +
          "Edyta Lisowiec, president of the Employers' Council, said her members supported the recognition.",
      ),
    ).toEqual({ 'Anselmo Redondo': ['condemnation'], 'Edyta Lisowiec': ['support'] });
  });
});

describe("a person's or a post's office", () => {
  it('speaks as the office', async () => {
    expect(
      await stancesOnSahel(
        "President Ana Salm's office condemned the recognition.\n\n" +
          "The UN Secretary-General's office urged both countries to implement the decision.",
      ),
    ).toEqual({
      "Ana Salm's office": ['condemnation'],
      "United Nations Secretary-General's office": ['support'],
    });
  });
});
