/**
 * Forms the fifteenth set showed once it was taken for development (each written again for its rule,
 * no sentence of the set): bodies named by a place, by their organ or by their office, an echo of
 * a named speaker, and cues of blame, caution and reassurance the lexicon lacked.
 */
import { describe, expect, it } from 'vitest';
import type { KnownActor } from '@/lib/ingest';
import { SAHEL_LEAD, extractOnSahel, stancesBySpeaker } from './ingest-speakers';

const BODIES: KnownActor[] = [
  { id: 'oas', name: 'Organization of American States', kind: 'intergovernmental', aliases: ['OAS'] },
  { id: 'eu', name: 'European Union', kind: 'intergovernmental', aliases: ['EU'] },
];

async function read(text: string) {
  const { proposals, relations } = await extractOnSahel(text, BODIES);
  return {
    stances: stancesBySpeaker(proposals, SAHEL_LEAD.length),
    relations: relations
      .filter((r) => r.start >= SAHEL_LEAD.length)
      .map((r) => `${r.type} ${r.from.name} -> ${r.to.name}`),
  };
}

describe('bodies named by a place, an organ or an office', () => {
  it('gives a foreign ministry to the place a sentence opens on, known or not, described as a state or not', async () => {
    const { stances, relations } = await read(
      'In Tarsk, the country’s main gas supplier, the foreign ministry said it had taken note of the recognition and would wait for the courts.\n\n' +
        'In Beijing, the foreign ministry said it was worried by the recognition.',
    );
    expect(stances).toEqual({ 'Tarsk foreign ministry': ['caution'], 'China foreign ministry': ['caution'] });
    expect(relations).toContain('PART_OF Tarsk foreign ministry -> Tarsk');
  });

  it('takes no city described as something else than a state for one', async () => {
    expect(
      (
        await read(
          'In Geneva, where the Human Rights Council is meeting, the foreign ministry said it welcomed the recognition.\n\n' +
            'In Lyon, home of the police agency, the foreign ministry said it was worried by the recognition.',
        )
      ).stances,
    ).toEqual({});
  });

  it('names an organ written before its body ("the Permanent Council of the OAS") as part of the body', async () => {
    const { stances, relations } = await read(
      'The Permanent Council of the OAS said in a statement that it was watching the recognition with concern.',
    );
    expect(stances).toEqual({ 'Permanent Council of the Organization of American States': ['caution'] });
    expect(relations).toEqual([
      'PART_OF Permanent Council of the Organization of American States -> Organization of American States',
    ]);
  });

  it('names a bloc’s delegation in a place as the bloc’s', async () => {
    const { stances, relations } = await read('The EU delegation in Bamako said it was concerned by the recognition.');
    expect(stances).toEqual({ 'European Union delegation in Bamako': ['caution'] });
    expect(relations).toEqual(['PART_OF European Union delegation in Bamako -> European Union']);
  });

  it('knows UN bodies named with a capitalised word or a state: UN Women, the UN mission in Afghanistan', async () => {
    expect(
      (
        await read(
          'UN Women said it was concerned by the recognition.\n\n' +
            'The United Nations Assistance Mission in Afghanistan said it regretted the recognition.\n\n' +
            'The UN mission in Afghanistan said it was worried by the recognition.',
        )
      ).stances,
    ).toEqual({ 'UN Women': ['caution'], 'United Nations Assistance Mission in Afghanistan': ['caution', 'caution'] });
  });

  it('keeps a bishops’ conference as a body, not a meeting', async () => {
    expect((await read('The Malian Bishops’ Conference urged Oslo to reconsider the recognition.')).stances).toEqual({
      'Malian Bishops’ Conference': ['caution'],
    });
  });

  it('reads "the transitional government of X" as that state’s government', async () => {
    const { stances, relations } = await read('The transitional government of Mali welcomed the recognition.');
    expect(stances).toEqual({ 'Mali transitional government': ['support'] });
    expect(relations).toEqual(['PART_OF Mali transitional government -> Mali']);
  });

  it('reads "the Chinese side", as official statements name a state, as that state', async () => {
    expect(
      (
        await read(
          'The Chinese side said it respected the decision.\n\nThe Chinese side of the border welcomed the recognition.',
        )
      ).stances,
    ).toEqual({ China: ['support'] });
  });

  it('reads a prosecutor-general’s office as its state’s body', async () => {
    const { stances } = await read('Vellin’s prosecutor-general’s office said the recognition was unlawful.');
    expect(stances).toEqual({ 'Vellin prosecutor-general’s office': ['condemnation'] });
  });
});

describe('who speaks', () => {
  it('lets a government that is no state speak through its foreign ministry, however the ministry is named', async () => {
    const emirate: KnownActor = { id: 'ke', name: 'Emirate of Kessa', kind: 'government', aliases: ['Kessan Emirate'] };
    for (const sentence of [
      'The Kessan Emirate’s foreign ministry welcomed the recognition.',
      'In a statement, the Ministry of Foreign Affairs of the Emirate of Kessa welcomed the recognition.',
    ]) {
      const { proposals } = await extractOnSahel(sentence, [emirate]);
      expect(stancesBySpeaker(proposals, SAHEL_LEAD.length)).toEqual({ 'Emirate of Kessa': ['support'] });
    }
  });

  it('keeps the speaker before a participial aside ("X, speaking at a meeting with Y, said"), not the one met', async () => {
    expect(
      (
        await read(
          'Ola Berg, speaking at a meeting with the Tarsk ambassador, Ivo Marr, in Oslo, said the recognition was welcome.',
        )
      ).stances,
    ).toEqual({ 'Ola Berg': ['support'] });
  });

  it('keeps a subject after an opening place and a participle ("In Oslo, speaking to reporters, X"), and one after the verb', async () => {
    expect(
      (
        await read(
          'In Oslo, speaking to reporters, Foreign Minister Ola Berg defended the recognition.\n\n' +
            'Ivo Marr, speaking in Tarsk, condemned the recognition, and Vellin’s foreign minister Ana Lind welcomed it.',
        )
      ).stances,
    ).toEqual({ 'Ola Berg': ['support'], 'Ivo Marr': ['condemnation'], 'Ana Lind': ['support'] });
  });

  it('keeps a speaker whose own words end in a question', async () => {
    expect((await read('Ivo Marr said: "The recognition is a betrayal. Who gains from it?"')).stances).toEqual({
      'Ivo Marr': ['condemnation'],
    });
  });

  it('gives an echo "later" the stance of the one whose call is named', async () => {
    const { stances } = await read(
      'Norway’s foreign minister, Ola Berg, defended the recognition. In Beijing, the foreign ministry said it was worried. ' +
        'Berg’s call was later echoed by Tarsk’s prime minister, Ivo Marr.',
    );
    expect(stances['Ivo Marr']).toEqual(['support']);
  });

  it('gives a quotation "the statement reads" to the body whose statement it is', async () => {
    const { proposals } = await extractOnSahel(
      'Tarsk’s foreign ministry said in a statement on Friday that it supported Oslo. "We welcome the recognition," the statement reads.',
    );
    expect(proposals.filter((p) => p.quoteKind === 'direct').map((p) => [p.actor.name, p.stance, p.quote])).toEqual([
      ['Tarsk foreign ministry', 'support', 'We welcome the recognition'],
    ]);
  });

  it('reads "X was quoted by an agency as saying" as X speaking', async () => {
    expect(
      (
        await read(
          'Foreign Minister Ivo Marr was quoted by the Interfax news agency as saying that the recognition was "a welcome step".',
        )
      ).stances,
    ).toEqual({ 'Ivo Marr': ['support'] });
  });

  it('reads "other countries were expected to follow", said by a speaker, as support', async () => {
    expect(
      (await read('Ivo Marr told reporters that other countries were expected to follow Norway.')).stances,
    ).toEqual({
      'Ivo Marr': ['support'],
    });
  });

  it('gives an echo the stance of the one whose view is named, not of the last speaker', async () => {
    const { stances, relations } = await read(
      'Norway’s foreign minister, Ola Berg, defended the recognition. In Beijing, the foreign ministry said it was worried. ' +
        'Berg’s view was echoed by Tarsk’s prime minister, Ivo Marr.',
    );
    expect(stances['Ivo Marr']).toEqual(['support']);
    expect(relations).toContain('ECHOES Ivo Marr -> Ola Berg');
  });

  it('does not take the subject of a reported clause ("and said Vellin expected") for a speaker after a quotation', async () => {
    expect(
      (
        await read(
          'Ivo Marr called the recognition "a betrayal" and said Vellin expected the Council to fall within a year.',
        )
      ).stances,
    ).toEqual({ 'Ivo Marr': ['condemnation'] });
  });

  it('does not take whom a speaker "has asked" after a quotation for a speaker', async () => {
    expect(
      (
        await read(
          'The Chairperson of the African Union Commission "deeply regrets" the recognition and has asked the Peace and Security Council to meet on Friday.',
        )
      ).stances,
    ).toEqual({ 'Chairperson of the African Union Commission': ['caution'] });
  });
});

describe('round-ups and owners', () => {
  it('ends a state’s heading at the next heading in capitals, and names a state no list knows as written in words', async () => {
    const { stances, relations } = await read(
      'TARSK\nThe foreign ministry welcomed the recognition.\n\nVELLIN\nForeign Minister Ivo Marr said he was concerned by the recognition.\n\n' +
        'RIGHTS GROUPS\nDirector Ana Lind said the recognition was a betrayal.',
    );
    expect(stances).toEqual({
      'Tarsk foreign ministry': ['support'],
      'Ivo Marr': ['caution'],
      'Ana Lind': ['condemnation'],
    });
    expect(relations.sort()).toEqual(['PART_OF Tarsk foreign ministry -> Tarsk', 'SPEAKS_FOR Ivo Marr -> Vellin']);
  });

  it('reads "Guterres’ spokesperson" as the spokesperson of the man named, as "Guterres’s" is', async () => {
    const { stances } = await read(
      'Secretary-General Antonio Guterres’ spokesperson said the UN was concerned by the recognition.',
    );
    expect(stances).toEqual({ 'Antonio Guterres': ['caution'] });
  });
});

describe('unnamed voices beside named ones', () => {
  it('starts a named speaker’s words after an opening clause of unnamed voices', async () => {
    const { proposals, unnamed } = await extractOnSahel(
      'While diplomats said the recognition was premature, Tarsk welcomed it.\n\n' +
        'Tarsk welcomed the recognition but rights groups called it "a black day".',
    );
    expect(stancesBySpeaker(proposals, SAHEL_LEAD.length)).toEqual({ Tarsk: ['support', 'support'] });
    expect(unnamed.map((u) => [u.who, u.stance])).toEqual([
      ['diplomats', 'caution'],
      ['rights groups', 'condemnation'],
    ]);
  });

  it('gives a voice after a quotation only the words of a quotation that opens the sentence', async () => {
    const { unnamed } = await extractOnSahel(
      'Ivo Marr called the recognition "a betrayal", a Western diplomat said.\n\nA group of EU lawmakers condemned the recognition.',
      [{ id: 'eu', name: 'European Union', kind: 'intergovernmental', aliases: ['EU'] }],
    );
    expect(unnamed.map((u) => [u.who, u.stance])).toEqual([
      ['a Western diplomat', null],
      ['A group of EU lawmakers', 'condemnation'],
    ]);
  });
});

describe('one unnamed voice', () => {
  it('lists "a senior European diplomat" and "one Western official" as unnamed voices, not as people named "One Western"', async () => {
    const { proposals, unnamed } = await extractOnSahel(
      'A senior European diplomat said the recognition was a mistake.\n\n' +
        'One Western official called the recognition "a cynical bargain".\n\n' +
        '"The recognition is a mistake," said a Western diplomat.',
    );
    expect(unnamed.map((u) => [u.who, u.stance])).toEqual([
      ['A senior European diplomat', 'condemnation'],
      ['One Western official', 'condemnation'],
      ['a Western diplomat', 'condemnation'],
    ]);
    expect(proposals.filter((p) => p.start >= SAHEL_LEAD.length)).toEqual([]);
  });

  it('keeps "One Nation", a party, as a name', async () => {
    expect((await read('One Nation condemned the recognition.')).stances).toEqual({ 'One Nation': ['condemnation'] });
  });
});

describe('a sentence shared with an unnamed voice', () => {
  it('does not give the named speaker the words quoted after "; rights groups called it"', async () => {
    const { proposals, unnamed } = await extractOnSahel(
      'Tarsk welcomed the recognition; rights groups called it "a black day".',
    );
    expect(proposals.filter((p) => p.start >= SAHEL_LEAD.length).map((p) => [p.actor.name, p.quoteKind])).toEqual([
      ['Tarsk', 'reported'],
    ]);
    expect(unnamed.map((u) => [u.who, u.stance])).toEqual([['rights groups', 'condemnation']]);
  });
});

describe('seats that stand for their state', () => {
  it('reads Downing Street, the Élysée and the Quai d’Orsay as their states, as the Kremlin is', async () => {
    expect(
      (
        await read(
          'Downing Street said the recognition was premature.\n\nThe Elysee said it regretted the recognition.\n\n' +
            'The Quai d’Orsay said it was concerned by the recognition.',
        )
      ).stances,
    ).toEqual({ 'United Kingdom': ['caution'], France: ['caution', 'caution'] });
  });
});

describe('a city that says where', () => {
  it('does not take "their Doha office" for the state whose capital it is', async () => {
    expect((await read('Their Doha office praised the recognition.')).stances).toEqual({});
  });
});

describe('a briefing’s transcript', () => {
  const TRANSCRIPT =
    'Reuters: Norway has recognised the Council. Will Tarsk follow suit?\n\n' +
    'Ivo Marr: We have seen the reports. Tarsk has always believed that the Council should not be excluded. We will continue to develop friendly cooperation with it.\n\n' +
    'AFP: Does this mean Tarsk will recognise the Council soon?\n\n' +
    'Ivo Marr: I have nothing to add.';

  it('reads an answer to a question about the event as about it, and a reporter’s question as no one’s stance', async () => {
    const { proposals } = await extractOnSahel(TRANSCRIPT);
    const after = proposals.filter((p) => p.start >= SAHEL_LEAD.length && p.quoteKind === 'reported');
    expect(after.map((p) => [p.actor.name, p.stance, p.quote.slice(0, 24)])).toEqual([
      ['Tarsk', 'support', 'Tarsk has always believe'],
      ['Ivo Marr', 'support', 'We will continue to deve'],
    ]);
  });
});

describe('a factbox of reactions in points', () => {
  it('gives each point’s words to the speaker its label names, a person, a body or a heading’s ministry', async () => {
    const { proposals } = await extractOnSahel(
      'Here are some reactions:\n\nTARSK\n* Foreign ministry: The recognition "opens a new chapter of cooperation".\n\n' +
        'VELLIN\n* Foreign Minister Ivo Marr: "The recognition is a betrayal."\n\n' +
        'RIGHTS GROUPS\n* Amnesty International’s Ana Lind: "Recognising the Council is shameful."',
    );
    expect(stancesBySpeaker(proposals, SAHEL_LEAD.length)).toEqual({
      'Tarsk foreign ministry': ['support'],
      'Ivo Marr': ['condemnation'],
      'Ana Lind': ['condemnation'],
    });
  });
});

describe('blame laid on its owner', () => {
  it('reads embracing terrorists, said of the acting side, as blame, and gives it to no one but the speaker', async () => {
    expect((await read('Tarsk said the recognition showed Norway was embracing terrorists.')).stances).toEqual({
      Tarsk: ['condemnation'],
    });
  });

  it('reads "was showing its contempt for" as the speaker’s condemnation, not a noun of the one blamed', async () => {
    expect(
      (await read('Kirrow said Norway was once again showing its contempt for international law.')).stances,
    ).toEqual({ Kirrow: ['condemnation'] });
  });

  it('still reads support shown by its owner as a noun ("showing its support for")', async () => {
    expect((await read('Kirrow said Norway was showing its support for the Council.')).stances).toEqual({
      Kirrow: [null],
    });
  });
});

describe('what is not done', () => {
  it('reads "has stopped short of formal recognition", said by no one, as the report’s fact', async () => {
    expect((await read('Tarsk has stopped short of formal recognition of the Council.')).stances).toEqual({});
  });

  it('still reads stopping short of condemning the act as caution', async () => {
    expect((await read('Tarsk stopped short of condemning the recognition.')).stances).toEqual({ Tarsk: ['caution'] });
  });
});

describe('cues', () => {
  it.each([
    ['The Mali Lawyers Guild filed a legal challenge against the recognition.', 'Mali Lawyers Guild', 'condemnation'],
    [
      'The Vellin Farmers Union said Norway should have waited for elections before the recognition.',
      'Vellin Farmers Union',
      'caution',
    ],
    ['The EU said it would reassess its aid after the recognition.', 'European Union', 'caution'],
    ['Vellin closed its airspace to Norwegian airlines after the recognition.', 'Vellin', 'condemnation'],
    ['Tarsk urged other governments to do the same as Norway.', 'Tarsk', 'support'],
    ['Tarsk hit back at the critics of the recognition.', 'Tarsk', 'support'],
    ['Tarsk reacted coolly to the recognition.', 'Tarsk', 'caution'],
    ["Tarsk said it had no plans to follow Norway's lead.", 'Tarsk', 'caution'],
    ['Ola Berg brushed aside the criticism of the recognition.', 'Ola Berg', 'support'],
    ['Tarsk called on other states to take the same step as Norway.', 'Tarsk', 'support'],
    ['Ola Berg said critics of the recognition had nothing to fear.', 'Ola Berg', 'support'],
  ])('%s', async (sentence, actor, stance) => {
    expect((await read(sentence)).stances).toEqual({ [actor]: [stance] });
  });
});
