/**
 * Whom a report's speakers are: foreign ministries as translated statements name them, titles with
 * a state or a republic in them, a briefing transcript's speakers printed in capitals, a body's
 * official named by region and post, and a state whose government is the act's target (under its
 * capital, its "caretaker government", or an official the graph has speaking for it).
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle } from '@/lib/ingest';
import { SAHEL_EVENT, SAHEL_KNOWN, SAHEL_LEAD, stancesBySpeaker, stancesOnSahel } from './ingest-speakers';

describe("a title's state word and the government the graph has the official speak for", () => {
  const known = [
    ...SAHEL_KNOWN,
    { id: 'amadou-sow', name: 'Amadou Sow', kind: 'person' as const, aliases: ['Sow'], speaksFor: ['sahel-council'] },
  ];

  it('"Malian Foreign Minister X", stored as speaking for the council, speaks for the council', async () => {
    const text = `${SAHEL_LEAD}Malian Foreign Minister Amadou Sow said the recognition was brave.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known });
    expect(extraction.relations.map((r) => [r.type, r.from.name, r.to.name, r.quote])).toEqual([
      ['SPEAKS_FOR', 'Amadou Sow', 'Sahel Transitional Council', 'Malian Foreign Minister Amadou Sow'],
    ]);
  });

  it('an official with no stored relation speaks for the state the title names', async () => {
    const text = `${SAHEL_LEAD}Malian Foreign Minister Oumar Keita said the recognition was brave.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known });
    expect(extraction.relations.map((r) => [r.type, r.from.name, r.to.name])).toEqual([
      ['SPEAKS_FOR', 'Oumar Keita', 'Mali'],
    ]);
  });
});

describe("a state whose government is the act's target", () => {
  it('"Bamako welcomed the move": the government recognised speaks, not a second actor', async () => {
    const known = [
      { id: 'norway', name: 'Norway', kind: 'state' as const, aliases: ['Oslo'] },
      {
        id: 'mali-transition',
        name: 'Transitional Government',
        kind: 'government' as const,
        aliases: ['Transitional Government of Mali'],
      },
      { id: 'mali', name: 'Mali', kind: 'state' as const, aliases: ['Bamako'] },
    ];
    const event = describeEvent({ title: 'Norway recognizes the Transitional Government of Mali' }, known);
    const lead = 'Norway recognized the Transitional Government of Mali on Friday.\n\n';
    const text = `${lead}Bamako welcomed the move as historic. Ghana welcomed it too.`;
    const extraction = await extractFromArticle({ text, event, known });
    expect(stancesBySpeaker(extraction.proposals, lead.length)).toEqual({
      'Transitional Government': ['support'],
      Ghana: ['support'],
    });
  });
});

describe('"The President of the Republic of X, Y,"', () => {
  it('is Y, speaking for X; the post is no actor of its own', async () => {
    const text = `${SAHEL_LEAD}The President of the Republic of Ghana, Kofi Mensah, welcomed the recognition.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length)).toEqual({ 'Kofi Mensah': ['support'] });
    expect(extraction.relations.map((r) => [r.type, r.from.name, r.to.name])).toEqual([
      ['SPEAKS_FOR', 'Kofi Mensah', 'Ghana'],
    ]);
  });
});

describe('a briefing transcript that prints the speaker in capitals', () => {
  it('"HAUGSTED:", "MS HAUGSTED:" are the spokesperson named before; "Thank you." is no thanks; "Q:" no one', async () => {
    const text = `${SAHEL_LEAD}Edited transcript of the briefing by the foreign ministry spokesperson of Ghana, Lina Haugsted.\n\nHAUGSTED: We condemn the recognition. Thank you.\n\nQ: Will you recall your ambassador?\n\nMS HAUGSTED: We regret the recognition and are studying our options.`;
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    const haugsted = extraction.proposals.filter((p) => p.actor.name === 'Lina Haugsted');
    expect(haugsted.map((p) => [p.stance, p.quote.replace(/^[A-Z ]+:\s*/, '')])).toEqual([
      ['condemnation', 'We condemn the recognition.'],
      ['caution', 'We regret the recognition and are studying our options.'],
    ]);
    expect(extraction.proposals.filter((p) => p.quote.includes('Will you'))).toEqual([]);
  });
});

describe("a body's official named by region and post", () => {
  it('"Amnesty International\'s South Asia director said": the organisation speaks, no actor "South Asia"', async () => {
    expect(
      await stancesOnSahel(
        "Amnesty International's West Africa director said the recognition was an affront to the victims.",
      ),
    ).toEqual({ 'Amnesty International': ['condemnation'] });
  });
});

describe('the target government under other names', () => {
  const known = [
    { id: 'norway', name: 'Norway', kind: 'state' as const, aliases: ['Oslo'] },
    {
      id: 'mali-transition',
      name: 'Transitional Government',
      kind: 'government' as const,
      aliases: ['Transitional Government of Mali'],
    },
    { id: 'assimi-sow', name: 'Assimi Sow', kind: 'person' as const, aliases: [], speaksFor: ['mali-transition'] },
  ];
  const event = describeEvent({ title: 'Norway recognizes the Transitional Government of Mali' }, known);
  const lead = 'Norway recognized the Transitional Government of Mali on Friday.\n\n';
  const extract = (sentences: string) => extractFromArticle({ text: lead + sentences, event, known });

  it('"Mali\'s caretaker government hailed it": the government recognised, not a new actor', async () => {
    const extraction = await extract("Mali's caretaker government on Friday hailed Norway's recognition.");
    expect(stancesBySpeaker(extraction.proposals, lead.length)).toMatchObject({
      'Transitional Government': ['support'],
    });
    expect(extraction.proposals.map((p) => p.actor.name)).not.toContain('Mali caretaker government');
  });

  it('an official the graph has speaking for the government is not given the acting state or Mali', async () => {
    for (const sentence of [
      'Speaking at a ceremony, acting Foreign Minister Assimi Sow thanked Norway.',
      "In Mali's capital, Foreign Minister Assimi Sow thanked Norway.",
    ]) {
      const extraction = await extract(sentence);
      const speaksFor = extraction.relations.filter((r) => r.from.name === 'Assimi Sow').map((r) => r.to.name);
      expect(
        speaksFor.filter((name) => name !== 'Transitional Government'),
        sentence,
      ).toEqual([]);
    }
  });

  it('"the Council-appointed ambassador, X": a word made of a name is no actor', async () => {
    const extraction = await extract(
      'Norway accepted the credentials of the Junta-appointed ambassador, Oumar Diarra.',
    );
    expect(extraction.proposals.map((p) => p.actor.name)).not.toContain('Junta-appointed');
    expect(extraction.relations.map((r) => r.to.name)).not.toContain('Junta-appointed');
  });
});
