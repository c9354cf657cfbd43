/**
 * Stance cues as reports word reactions to rulings, withdrawals and sanctions: calls to carry the act
 * out (support) against calls to think again (caution), compliance, challenges in court, and a cue
 * whose gap holds a name ("called on the Security Council to"). The event: Norway withdraws from the
 * Tessin Accord.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type KnownActor } from '@/lib/ingest';
import { readCue } from '@/lib/ingest/lexicon';
import { stancesBySpeaker, stancesOnTessin } from './ingest-speakers';

const stances = stancesOnTessin;

describe('a cue whose gap holds a name', () => {
  it('"called on the European Commission to …" is still a call', async () => {
    expect(
      await stances('Greenpeace said the withdrawal was expected and called on the European Commission to act.'),
    ).toMatchObject({ Greenpeace: ['caution'] });
  });
});

describe('calls to carry the act out', () => {
  it('"urged the government to respect the decision", "called on its members to enforce it"', async () => {
    expect(
      await stances(
        'Opposition leader Mette Lund said voters had spoken and urged the cabinet to respect the decision.',
      ),
    ).toMatchObject({ 'Mette Lund': ['support'] });
    expect(
      await stances(
        'The Nordic Council said the withdrawal was a sound step and called on its member states to implement it without delay.',
      ),
    ).toMatchObject({ 'Nordic Council': ['support'] });
  });

  it('a call to keep commitments other than the act is a condition, not support', async () => {
    expect(
      await stances('Sweden urged Norway to abide by its fishing commitments after the withdrawal.'),
    ).toMatchObject({ Sweden: ['caution'] });
    expect(
      await stances('Finland called on Oslo to comply with the treaty on migratory birds, a day after the withdrawal.'),
    ).toMatchObject({ Finland: ['caution'] });
    expect(
      await stances('Iceland said it would abide by any later vote of the Nordic Council on the withdrawal.'),
    ).not.toMatchObject({ Iceland: ['support'] });
  });

  it('relations that are warm are no reaction to the event', async () => {
    const found = await stances(
      'Relations between Oslo and Reykjavik have long been warm, and the withdrawal was expected.',
    );
    expect(Object.values(found).flat()).not.toContain('support');
  });

  it('"urged Norway to reconsider" stays caution', async () => {
    expect(await stances('The Danish government urged Norway to reconsider the withdrawal.')).toMatchObject({
      'Danish government': ['caution'],
    });
  });
});

describe('compliance, challenges in court, and words of judgement', () => {
  it('"would comply with", "abide by": support', async () => {
    expect(
      await stances('The Tessin Secretariat said it would comply with the withdrawal and close its Oslo office.'),
    ).toMatchObject({ 'Tessin Secretariat': ['support'] });
  });

  it('"ask the court to strike it down", "a surrender": condemnation', async () => {
    expect(
      await stances(
        'Centre Party leader Ola Brekke said the party would ask the Supreme Court to strike the withdrawal down.',
      ),
    ).toMatchObject({ 'Ola Brekke': ['condemnation'] });
    expect(await stances('The Farmers Union called the withdrawal a surrender.')).toMatchObject({
      'Farmers Union': ['condemnation'],
    });
  });

  it('"unjustified", "not justified": condemnation', async () => {
    expect(await stances('The Oslo Chamber of Industry called the withdrawal unjustified.')).toMatchObject({
      'Oslo Chamber of Industry': ['condemnation'],
    });
    expect(await stances('The Farmers Union said the withdrawal was not justified.')).toMatchObject({
      'Farmers Union': ['condemnation'],
    });
  });

  it('"justified": support; "hoped it would not …": caution', async () => {
    expect(await stances('The Oslo Chamber of Industry called the withdrawal justified.')).toMatchObject({
      'Oslo Chamber of Industry': ['support'],
    });
    expect(
      await stances(
        "Bishop Lars Berg said he did not question the government's right to leave, but hoped the withdrawal would not isolate the country.",
      ),
    ).toMatchObject({ 'Lars Berg': ['caution'] });
  });
});

describe('a warning beside blame', () => {
  it('is the blame\'s: "warned … and called it a betrayal", "politically motivated … and warned"', async () => {
    expect(
      await stances(
        "Iceland's envoy, Jon Olafsson, warned that the withdrawal would hurt trade and called it a betrayal of Oslo's partners.",
      ),
    ).toMatchObject({ 'Jon Olafsson': ['condemnation'] });
    expect(
      await stances(
        'Opposition leader Mette Lund said the withdrawal was politically motivated and warned of lasting damage.',
      ),
    ).toMatchObject({ 'Mette Lund': ['condemnation'] });
  });

  it('a warning alone stays caution', async () => {
    expect(
      await stances("Iceland's envoy, Jon Olafsson, warned that the withdrawal could hurt the fishing towns."),
    ).toMatchObject({ 'Jon Olafsson': ['caution'] });
  });
});

describe('blame inside what is warned of', () => {
  it('"warned that the withdrawal would embolden …" stays caution', async () => {
    expect(
      await stances('Opposition leader Mette Lund warned that the withdrawal would embolden other quitters.'),
    ).toMatchObject({ 'Mette Lund': ['caution'] });
  });
});

describe('calls to respect what, and words of the moment', () => {
  it('"urged all sides to respect the ceasefire" is a call for restraint, not support', async () => {
    expect(
      await stances('The Nordic Council regretted the withdrawal and urged all sides to respect the ceasefire.'),
    ).toMatchObject({ 'Nordic Council': ['caution'] });
  });

  it('"jubilant", "a putsch"', async () => {
    expect(await stances('Fishing leader Ole Brandt was jubilant about the withdrawal.')).toMatchObject({
      'Ole Brandt': ['support'],
    });
    expect(await stances('Opposition leader Mette Lund called the withdrawal a putsch by decree.')).toMatchObject({
      'Mette Lund': ['condemnation'],
    });
  });
});

describe('idioms and values, not praise of the event', () => {
  it('"for good", "in good faith" are no praise', async () => {
    const found = await stances(
      'The Tessin Secretariat said it had acted in good faith. "Leaving for good would be a different matter," said Aksel Vik, a trade lawyer.',
    );
    expect(found['Tessin Secretariat'] ?? []).not.toContain('support');
    expect(found['Aksel Vik'] ?? []).not.toContain('support');
  });

  it('"supported the council\'s efforts to …" backs a process; "falls short of endorsing" is caution', async () => {
    expect(
      await stances(
        "The European Union said it supported the council's efforts to keep talks going, a wording that falls well short of endorsing the withdrawal.",
      ),
    ).toMatchObject({ 'European Union': ['caution'] });
  });

  it('"parliament did its job": support', async () => {
    expect(
      await stances('"Parliament did its job," said Ola Brekke, a deputy, after the withdrawal vote.'),
    ).toMatchObject({
      'Ola Brekke': ['support'],
    });
  });
});

describe('news words for a stance beyond the first lexicon', () => {
  it('reads blame, praise and reserve as wire reports word them', async () => {
    expect(
      await stances('Denmark castigated the withdrawal as short-sighted and said it would weaken the region.'),
    ).toMatchObject({ Denmark: ['condemnation'] });
    expect(
      await stances('Iceland said the withdrawal was a step in the right direction for its fishermen.'),
    ).toMatchObject({ Iceland: ['support'] });
    expect(await stances('Finland was cautious, saying it needed time to study the consequences.')).toMatchObject({
      Finland: ['caution'],
    });
  });

  it('protest as foreign ministries word it: "strongly dissatisfied", "lodged a serious protest", "firm opposition"', async () => {
    expect(
      await stances('Sweden is strongly dissatisfied with the withdrawal, the foreign ministry said.'),
    ).toMatchObject({
      Sweden: ['condemnation'],
    });
    expect(await stances('Sweden lodged a "serious" protest with Oslo over the withdrawal.')).toMatchObject({
      Sweden: ['condemnation'],
    });
    expect(await stances("Sweden's envoy expressed Stockholm's firm opposition to the withdrawal.")).toMatchObject({
      Sweden: ['condemnation'],
    });
  });

  it('"a sovereign decision", "an internal matter": the diplomat’s non-committal reply', async () => {
    expect(await stances('"It is a sovereign decision of Norway," Sweden said.')).toMatchObject({
      Sweden: ['caution'],
    });
  });

  it('a signal or precedent of harm is blame; "no rush" is reserve', async () => {
    expect(await stances('Denmark said the withdrawal would send a negative signal to others.')).toMatchObject({
      Denmark: ['condemnation'],
    });
    expect(await stances('Iceland said it was in no rush to follow the withdrawal.')).toMatchObject({
      Iceland: ['caution'],
    });
  });

  it('"has yet to", "refrained from", "reluctant to" hold back what follows', async () => {
    expect(await stances('Sweden said it had yet to endorse the withdrawal.')).toMatchObject({
      Sweden: ['caution'],
    });
    expect(await stances('Germany refrained from condemning the withdrawal on Saturday.')).toMatchObject({
      Germany: ['caution'],
    });
    expect(await stances('Austria said it was reluctant to criticise a close neighbour.')).toMatchObject({
      Austria: ['caution'],
    });
  });

  it('"did not immediately respond" is no stance', async () => {
    expect(await stances('The Danish foreign ministry did not immediately respond to a request for comment.')).toEqual(
      {},
    );
  });
});

describe('blame laid on the acting side', () => {
  it('is condemnation of its act, though the sentence also speaks of the target', async () => {
    expect(
      await stances(
        'Greenpeace said the Tessin Accord had kept the fjords clean, and accused Norway of abandoning its neighbours.',
      ),
    ).toMatchObject({ Greenpeace: ['condemnation'] });
    // Blame for the target's members stays at most caution: it is not about the act.
    expect(
      await stances(
        'Greenpeace said the Tessin Accord had kept the fjords clean, and criticised its members for doing too little.',
      ),
    ).toMatchObject({ Greenpeace: ['caution'] });
  });
});

describe('calls to undo the act', () => {
  it('"urged Oslo to reverse the decision" is condemnation; reversing something else is not', async () => {
    expect(await stances('Sweden urged Oslo to reverse the decision.')).toMatchObject({ Sweden: ['condemnation'] });
    expect(await stances('Greenpeace called on the government to revoke the withdrawal.')).toMatchObject({
      Greenpeace: ['condemnation'],
    });
    expect(await stances('Finland said Norway should reverse course on fishing quotas.')).toEqual({ Finland: [null] });
  });
});

describe('what other voices say after "but"', () => {
  it('is theirs, not the speaker’s', async () => {
    expect(
      await stances(
        'Sweden said it had no view on the fisheries, but diplomats said the withdrawal was a welcome step.',
      ),
    ).toEqual({ Sweden: [null] });
  });
});

describe('blame near the target, when the target is what the act befalls', () => {
  it('"an unprovoked attack on …", "the people of …": blame of the act, not of the target', async () => {
    const known: KnownActor[] = [
      { id: 'kalmar', name: 'Kalmar', kind: 'state', aliases: [] },
      { id: 'vesna', name: 'Vesna', kind: 'state', aliases: [] },
    ];
    const event = describeEvent({ title: 'Kalmar invades Vesna' }, known);
    const said = async (text: string) =>
      stancesBySpeaker(
        (await extractFromArticle({ text: `Kalmar invaded Vesna on Monday.\n\n${text}`, event, known })).proposals,
        33,
      );
    expect(
      await said('Finland said its thoughts were with the people of Vesna as they suffer an unjustified attack.'),
    ).toEqual({ Finland: ['condemnation'] });
    // Blame whose object is the target stays at most caution.
    expect(await said('Finland criticised Vesna for its treatment of minorities.')).toEqual({ Finland: ['caution'] });
  });
});

describe('a cue an editor writes in the lexicon', () => {
  it('is refused, naming the cue and what is wrong, when its stance or weight cannot be used', () => {
    expect(() => readCue({ cue: 'applauds', stance: 'suport', weight: 0.8 })).toThrow(
      /cue "applauds": stance "suport" is not one of support, condemnation, caution, none, same, opposite/,
    );
    expect(() => readCue({ cue: 'applauds', stance: 'support', weight: 8 })).toThrow(
      /cue "applauds": weight 8 is not a number from 0 to 1/,
    );
    expect(() => readCue({ cue: '~ applauds', stance: 'support', weight: 0.8 })).toThrow(/starts with a word/);
    expect(readCue({ cue: 'applaud*', stance: 'support', weight: 0.8 }).pattern.test('She applauded it')).toBe(true);
  });
});
