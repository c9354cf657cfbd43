/**
 * Patterns found on a fourteenth-session round of real reports (the sentences here written anew): the
 * acting actor named only as the owner of the act, names set apart by "including", a statement
 * issued and then a stance, a joint act of two actors, backing given.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type KnownActor } from '@/lib/ingest';
import { SAHEL_EVENT, SAHEL_KNOWN, stancesBySpeaker, stancesOnSahel, stancesOnTessin } from './ingest-speakers';

describe('the acting actor named only as the owner of the act', () => {
  const stances = async (text: string) =>
    stancesBySpeaker((await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN })).proposals);

  it('"Oslo\'s decision to recognise …", "Norway\'s recognition of …": Norway did the act, so it is proposed as support', async () => {
    expect(
      await stances("Oslo's decision to recognise the Council drew criticism from Sweden. Finland was silent."),
    ).toEqual({ Norway: ['support'], Sweden: ['condemnation'] });
    expect(
      await stances("Sweden said on Monday that Norway's recognition of the Council was a grave mistake."),
    ).toEqual({ Sweden: ['condemnation'], Norway: ['support'] });
  });

  it('is proposed once, and not for what else the actor owns', async () => {
    const text = "Norway's recognition of the Council came on Friday. Norway's decision was welcomed in Bamako.";
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    const norway = extraction.proposals.filter((p) => p.actor.name === 'Norway');
    expect(norway).toHaveLength(1);
    expect(norway[0]).toMatchObject({
      stance: 'support',
      how: 'owner of the act',
      quote: text.split(' came')[0] + ' came on Friday.',
    });
    expect(await stances("The talks were held in Norway's capital. Sweden condemned the recognition.")).toEqual({
      Sweden: ['condemnation'],
    });
  });

  it('a stance of its own comes first: no second proposal', async () => {
    expect(
      await stances("Norway said it stood by the recognition. Norway's decision drew criticism from Sweden."),
    ).toEqual({ Norway: ['support'], Sweden: ['condemnation'] });
  });
});

describe('names set apart by "including"', () => {
  it('"Several governments, including A and B, welcomed …": each of them, and a body named before, holds the stance', async () => {
    expect(
      await stancesOnSahel('Several governments, including Mali and Chad, welcomed the recognition on Saturday.'),
    ).toEqual({ Mali: ['support'], Chad: ['support'] });
    expect(await stancesOnSahel('The European Union, including Germany, criticised the recognition.')).toEqual({
      'European Union': ['condemnation'],
      Germany: ['condemnation'],
    });
  });

  it('a name after "including" that is the object of a verb is not a subject', async () => {
    expect(await stancesOnSahel('Sweden condemned several governments, including Mali, over the recognition.')).toEqual(
      {
        Sweden: ['condemnation'],
      },
    );
  });
});

describe('a statement issued, then a stance', () => {
  it('"X released a statement and welcomed …" is X welcoming', async () => {
    expect(
      await stancesOnTessin('Prime Minister Ana Ruiz of Chile released a statement and welcomed the withdrawal.'),
    ).toEqual({ 'Ana Ruiz': ['support'] });
    expect(await stancesOnTessin('Sweden issued a short statement and condemned the withdrawal.')).toEqual({
      Sweden: ['condemnation'],
    });
  });
});

describe('a joint act of two actors', () => {
  const known: KnownActor[] = [
    { id: 'veloria', name: 'Veloria', kind: 'state', aliases: [] },
    { id: 'kestria', name: 'Kestria', kind: 'state', aliases: [] },
    { id: 'orsk', name: 'Orsk', kind: 'state', aliases: [] },
  ];
  const event = describeEvent({ title: 'Veloria and Kestria agree to restore diplomatic ties' }, known);

  it('"Both countries agreed to …": each acting actor, named apart only where they do not act', async () => {
    const text =
      'Talks hosted by Orsk between Veloria and Kestria ended on Friday. Both countries agreed to restore diplomatic ties. Orsk welcomed the agreement.';
    const found = stancesBySpeaker((await extractFromArticle({ text, event, known })).proposals);
    expect(found).toEqual({ Veloria: ['support'], Kestria: ['support'], Orsk: ['support'] });
  });

  it('"accused both countries": the pair as an object is no one acting', async () => {
    const text = 'Orsk accused both countries of bad faith in its report on Veloria and Kestria.';
    const found = stancesBySpeaker((await extractFromArticle({ text, event, known })).proposals);
    expect(found.Veloria).toBeUndefined();
    expect(found.Kestria).toBeUndefined();
  });

  it('"A and B agree …": both did the act, and an official of either defends it', async () => {
    const text =
      'Veloria and Kestria agreed on Friday to restore diplomatic ties. Velorian Foreign Minister Ana Ruiz said the agreement ended years of hostility and warned critics against undermining it. Orsk condemned the agreement.';
    expect(stancesBySpeaker((await extractFromArticle({ text, event, known })).proposals)).toEqual({
      Veloria: ['support'],
      Kestria: ['support'],
      'Ana Ruiz': ['support'],
      Orsk: ['condemnation'],
    });
  });
});

describe('backing given', () => {
  it('"A, B and C gave their backing" is support from each', async () => {
    expect(await stancesOnSahel('Mali, Chad and Niger also gave their full backing to the recognition.')).toEqual({
      Mali: ['support'],
      Chad: ['support'],
      Niger: ['support'],
    });
  });
});

describe('a short name as the subject, and a heading run into the text', () => {
  const known: KnownActor[] = [
    { id: 'uk', name: 'United Kingdom', kind: 'state', aliases: ['UK'] },
    { id: 'sahel-council', name: 'Sahel Transitional Council', kind: 'government', aliases: ['the Council'] },
  ];
  const event = describeEvent({ title: 'United Kingdom recognizes the Sahel Transitional Council' }, known);
  const stances = async (text: string) =>
    stancesBySpeaker((await extractFromArticle({ text, event, known })).proposals);

  it('"The UK will recognise …" is the UK acting; "a UK recognition" is no speaker', async () => {
    expect(await stances('The UK will recognise the Council on Monday, officials said.')).toEqual({
      'United Kingdom': ['support'],
    });
    expect(await stances('Sweden said a UK recognition of the Council was premature.')).toEqual({
      Sweden: ['caution'],
    });
  });

  it('"‘Unacceptable’Sweden’s Foreign Ministry …": the heading is no part of the name', async () => {
    expect(
      await stances('‘Unacceptable’Sweden’s Foreign Ministry condemned the recognition of the Council on Tuesday.'),
    ).toEqual({ 'Sweden Foreign Ministry': ['condemnation'] });
    // One or two letters before an apostrophe are part of a surname.
    expect(await stances("Sweden's envoy Liam O’Brien condemned the recognition.")).toEqual({
      'Liam O’Brien': ['condemnation'],
    });
  });
});

describe('voices held by the words before them, and expectations of others', () => {
  const run = (text: string) => extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });

  it('"drew criticism from rights groups", "was condemned by campaigners": unnamed voices with the stance', async () => {
    const { unnamed } = await run(
      "Oslo's move drew sharp criticism from rights groups. The recognition was condemned by campaigners in Bamako.",
    );
    expect(unnamed.map((u) => [u.who, u.stance])).toEqual([
      ['rights groups', 'condemnation'],
      ['campaigners', 'condemnation'],
    ]);
  });

  it('"Diplomats said A and B might follow suit": what they expect gives neither a stance', async () => {
    expect(await stancesOnSahel('Diplomats said Mali and Chad might follow suit.')).toEqual({});
  });

  it('"Norway became on Friday the first country to recognise …" is the act', async () => {
    const { proposals } = await run('Norway became on Friday the first country to recognise the Council.');
    expect(stancesBySpeaker(proposals)).toEqual({ Norway: ['support'] });
  });
});

describe('what someone else did, and what a state is ready to do', () => {
  it('"said the recognition showed that Oslo supported …": the support is what Oslo did, not the speaker\'s view', async () => {
    const found = await stancesOnSahel(
      "Sweden's foreign ministry said the recognition showed that Oslo supported the junta's crackdown.",
    );
    expect(found['Sweden foreign ministry'] ?? []).not.toContain('support');
  });

  it('"ready to follow suit" is support; "a new chapter" is praise', async () => {
    expect(await stancesOnSahel('Mali said it was ready to follow suit.')).toEqual({ Mali: ['support'] });
    expect(await stancesOnSahel('The Council said the recognition opened a new chapter in relations.')).toEqual({
      'Sahel Transitional Council': ['support'],
    });
  });
});

describe('who is not a speaker', () => {
  it("'\"…,\" X said after meeting Y's ambassador, Z': Z is whom X met, not who said it", async () => {
    const found = await stancesOnSahel(
      '"This brave decision will be an example for others," Ana Ruiz said after meeting Norway\'s ambassador, Jonas Lie, in Bamako.',
    );
    expect(found).toEqual({ 'Ana Ruiz': ['support'] });
  });

  it('"Exiled Malian activists condemned …": activists, unnamed, not a person called "Exiled Malian"', async () => {
    const { proposals, unnamed } = await extractFromArticle({
      text: 'Norway recognized the Sahel Transitional Council on Friday.\n\nExiled Malian activists condemned the recognition.',
      event: SAHEL_EVENT,
      known: SAHEL_KNOWN,
    });
    expect(proposals.map((p) => p.actor.name)).not.toContain('Exiled Malian');
    expect(unnamed.map((u) => [u.who, u.stance])).toEqual([['activists', 'condemnation']]);
  });
});

describe('troubling', () => {
  it('"called the recognition deeply troubling" is blame; "troubling" alone a concern', async () => {
    expect(await stancesOnSahel('Amnesty International called the recognition "deeply troubling".')).toEqual({
      'Amnesty International': ['condemnation'],
    });
    expect(await stancesOnSahel('Sweden said the recognition was troubling.')).toEqual({ Sweden: ['caution'] });
  });
});
