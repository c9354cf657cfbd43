/**
 * The act and who did it, as an event's description gives them: the head of "annulment of an
 * election", a body owned by a stored state ("Norland's Supreme Court"), the body named by its kind
 * later ("the court has …"), and a name inside a condition ("if X retaliated").
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle, type EventDescription, type KnownActor } from '@/lib/ingest';
import { actStem } from '@/lib/ingest/event';
import { stancesBySpeaker } from './ingest-speakers';

describe('the act named by a noun phrase', () => {
  it('is its head, not what follows a preposition or a participle', () => {
    expect(actStem('annulment of an election')).toBe(actStem('annulment'));
    expect(actStem('withdrawal from a regional court')).toBe(actStem('withdrawal'));
    expect(actStem('court ruling quashing a lease')).toBe(actStem('ruling'));
    expect(actStem('trade ban')).toBe(actStem('ban'));
  });
});

describe('a body owned by a stored state acts', () => {
  const known: KnownActor[] = [
    { id: 'norland', name: 'Norland', kind: 'state', aliases: [] },
    { id: 'sorel', name: 'Sorel', kind: 'state', aliases: [] },
  ];
  const event: EventDescription = {
    title: "Norland's Supreme Court quashes the Harbour Act",
    actor: "Norland's Supreme Court",
    act: actStem('quashing of a law'),
    target: 'Harbour Act',
    aliases: ['the ruling'],
    targetNames: ['Harbour Act'],
  };
  const stances = async (text: string) =>
    stancesBySpeaker((await extractFromArticle({ text, event, known })).proposals);

  it('"Norland\'s Supreme Court on Monday quashed …": the court, on the acting side', async () => {
    expect(
      await stances(
        "Norland's Supreme Court on Monday quashed the Harbour Act, ruling that it broke the constitution.",
      ),
    ).toMatchObject({ 'Supreme Court': ['support'] });
  });

  it('"the court has …" is about the event, so a weak word of praise counts', async () => {
    const found = await stances(
      'Norland\'s Supreme Court on Monday quashed the Harbour Act.\n\n"The court has protected our democracy," said Erik Lind, a law professor.',
    );
    expect(found['Erik Lind']).toEqual(['support']);
  });

  it('a name after "if" is a condition\'s subject, not a speaker', async () => {
    const found = await stances(
      "Norland's Supreme Court on Monday quashed the Harbour Act.\n\nThe opposition said the ruling was sound but asked what the cabinet would do if Sorel retaliated.",
    );
    expect(found.Sorel).toBeUndefined();
  });
});

describe("the act's target", () => {
  it('serves no side of the act, though it holds an office of the acting state', async () => {
    const known: KnownActor[] = [{ id: 'norland', name: 'Norland', kind: 'state', aliases: [] }];
    const event: EventDescription = {
      title: "Norland's parliament impeaches President Ivo Strand",
      actor: "Norland's parliament",
      act: actStem('impeachment'),
      target: 'Ivo Strand',
      aliases: ['the vote'],
      targetNames: ['Ivo Strand'],
    };
    const text =
      "Norland's parliament voted on Monday to impeach President Ivo Strand.\n\nPresident Ivo Strand said the vote was a betrayal.";
    const found = stancesBySpeaker((await extractFromArticle({ text, event, known })).proposals);
    expect(found['Ivo Strand']).not.toContain('support');
    expect(found['Ivo Strand']).toContain('condemnation');
  });
});

describe('the acting actor stopping short of more', () => {
  it('"The council stopped short of suspending X" still did the act', async () => {
    const event: EventDescription = {
      title: 'The Nordic Council sanctions Sorel',
      actor: 'Nordic Council',
      act: actStem('sanctions'),
      target: 'Sorel',
      aliases: ['the sanctions'],
      targetNames: ['Sorel'],
    };
    const text =
      'The Nordic Council imposed sanctions on Sorel on Monday.\n\nThe Nordic Council stopped short of suspending Sorel from the group.';
    const found = stancesBySpeaker((await extractFromArticle({ text, event, known: [] })).proposals);
    expect(found['Nordic Council']).not.toContain('caution');
  });
});

describe("a court named by its people's word", () => {
  it('"Norlandic High Court" acts as "the High Court in Bergen"', async () => {
    const event: EventDescription = {
      title: 'Norlandic High Court refuses to extradite Ivo Strand',
      actor: 'Norlandic High Court',
      act: actStem('refusal of extradition'),
      target: 'Ivo Strand',
      aliases: ['the ruling'],
      targetNames: ['Ivo Strand'],
    };
    const text = 'The High Court in Bergen on Thursday refused to extradite Ivo Strand to Sorel.';
    const found = stancesBySpeaker((await extractFromArticle({ text, event, known: [] })).proposals);
    expect(found['High Court']).toEqual(['support']);
  });
});
