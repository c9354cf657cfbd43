/**
 * Forms of the eleventh held-out set's misses, each written again for its rule: a state that does not
 * follow the acting one's lead, whose "Its foreign ministry" is after a sentence that opens with an
 * owner, members of a party who vote, a people's word before a plural, and the agent of a participle
 * inside a subject.
 */
import { describe, expect, it } from 'vitest';
import { sameActor } from '@/lib/ingest/evaluate';
import { extractOnSahel, stancesOnSahel } from './ingest-speakers';

describe('a state that stays back', () => {
  it('is wary when it "did not follow" or "will not be following" the acting state’s lead', async () => {
    expect(
      await stancesOnSahel(
        "Mardovia did not follow Norway's lead.\n\nNeighbouring Harlenne will not be following Norway's lead, at least for now.",
      ),
    ).toEqual({ Mardovia: ['caution'], Harlenne: ['caution'] });
  });

  it('names the ministry after it as its own, not the acting state’s', async () => {
    const { proposals } = await extractOnSahel(
      "Mardovia did not follow Norway's lead. Its foreign ministry urged the government and the opposition to return to talks.",
    );
    expect(proposals.map((p) => p.actor.name)).toContain('Mardovia foreign ministry');
    expect(proposals.map((p) => p.actor.name)).not.toContain('Norway foreign ministry');
  });
});

describe('"Its foreign ministry" after an owner opens the sentence before', () => {
  it('is that owner’s, though the lists do not know it', async () => {
    const { proposals } = await extractOnSahel(
      'Galdor’s response was swift. Its foreign ministry said in a statement that Norway had committed “a flagrant violation of the territorial integrity of a sovereign state”.',
    );
    const ministry = proposals.find((p) => p.actor.name.endsWith('foreign ministry'));
    expect(ministry?.actor.name).toBe('Galdor foreign ministry');
    expect(ministry?.stance).toBe('condemnation');
  });
});

describe('members of a party', () => {
  it('who vote give the party’s stance, named with or without its noun', async () => {
    const { proposals } = await extractOnSahel(
      'Deputies of the Open Kaspary faction voted against the recognition, claiming it would isolate the country.',
    );
    const party = proposals.find((p) => p.stance === 'condemnation');
    expect(party?.actor).toMatchObject({ name: 'Open Kaspary', kind: 'organisation' });
    expect(sameActor('Open Kaspary faction', 'Open Kaspary')).toBe(true);
    expect(sameActor('Open Kaspary faction', 'Kaspary')).toBe(false);
  });

  it('keeps a capital that opens the party’s name inside a sentence', async () => {
    const { proposals } = await extractOnSahel(
      'The nationalist Our Brascova party said the recognition was a betrayal.',
    );
    expect(proposals.find((p) => p.stance === 'condemnation')?.actor).toMatchObject({
      name: 'Our Brascova',
      kind: 'organisation',
    });
  });
});

describe('names that are not the speaker', () => {
  it('a people’s word before a plural and its verb is no actor', async () => {
    const { proposals } = await extractOnSahel(
      'A few dozen Brennican exiles protested outside the foreign ministry in Oslo on Monday.',
    );
    expect(proposals.map((p) => p.actor.name)).not.toContain('Brennican');
  });

  it('the agent of a participle inside the subject does not say what the subject says', async () => {
    const { proposals, unnamed } = await extractOnSahel(
      'Foreign experts interviewed by KNA noted that the decision was logical.',
    );
    expect(proposals.map((p) => p.actor.name)).not.toContain('KNA');
    expect(unnamed.map((u) => u.who)).toContain('Foreign experts');
  });

  it('a state before "says" still speaks', async () => {
    expect(await stancesOnSahel('Kavena says it welcomes the decision.')).toEqual({ Kavena: ['support'] });
  });
});

describe('"the foreign ministry of X"', () => {
  it('is X’s ministry speaking, part of X, and scored as "X foreign ministry"', async () => {
    const { proposals, relations } = await extractOnSahel(
      'Meanwhile, the foreign ministry of Varkand issued a statement calling the recognition "a dangerous and unilateral step".',
    );
    expect(proposals.find((p) => p.stance === 'condemnation')?.actor).toMatchObject({
      name: 'Varkand foreign ministry',
      kind: 'government-body',
    });
    expect(proposals.map((p) => p.actor.name)).not.toContain('Varkand');
    expect(relations).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', from: expect.objectContaining({ name: 'Varkand foreign ministry' }) }),
    );
    expect(sameActor('foreign ministry of Varkand', 'Varkand foreign ministry')).toBe(true);
  });
});

describe('more of the eleventh set’s forms', () => {
  it('echoing a call to reverse the decision is condemnation, whatever the first voice’s stance', async () => {
    expect(
      await stancesOnSahel(
        "The Sallis Women's Forum said the recognition worried it. Its call for Norway's parliament to reverse the decision was echoed by the opposition Social Alliance.",
      ),
    ).toMatchObject({ "Sallis Women's Forum": ['caution'], 'Social Alliance': ['condemnation'] });
  });

  it('"fully understood" the decision is support; "understood" alone stays wary', async () => {
    expect(await stancesOnSahel("Neighbouring Lystra said it fully understood Norway's decision.")).toEqual({
      Lystra: ['support'],
    });
    expect(await stancesOnSahel("Lystra said it understood Norway's decision but hoped for talks.")).toEqual({
      Lystra: ['caution'],
    });
  });

  it('a body’s post with no name after it is the one who holds it', async () => {
    const { proposals } = await extractOnSahel(
      'The United Nations Secretary-General, through his spokesperson, urged all states in the region to avoid actions that could raise tensions.',
    );
    expect(proposals.find((p) => p.stance === 'caution')?.actor).toMatchObject({
      name: 'United Nations Secretary-General',
      kind: 'person',
    });
    // Named, the post is the person's title.
    const named = await extractOnSahel('UN Secretary-General Antonio Guterres said he was concerned.');
    expect(named.proposals.find((p) => p.stance === 'caution')?.actor.name).toBe('Antonio Guterres');
  });
});

describe('stances said in idioms and conditions', () => {
  it('a knife in the back, a kick in the teeth, what no decent country would do: condemnation', async () => {
    expect(
      await stancesOnSahel(
        'The analyst Célestine Mbuyamba said Norway had put a knife in the back of every voter. The fisherman Angus Ingliss said it was a kick in the teeth. The senator Vibeke Sterke said Norway had signed a paper no decent country would sign.',
      ),
    ).toEqual({
      'Célestine Mbuyamba': ['condemnation'],
      'Angus Ingliss': ['condemnation'],
      'Vibeke Sterke': ['condemnation'],
    });
  });

  it('wanting guarantees first is caution; fully sharing the acting side’s assessment is support', async () => {
    expect(
      await stancesOnSahel(
        'The trade envoy of Mali, Florian Ennemoser, said he wanted written guarantees that traders would not be taxed.',
      ),
    ).toMatchObject({ 'Florian Ennemoser': ['caution'] });
    expect(await stancesOnSahel("Zelmora fully shares Norway's assessment of the council.")).toEqual({
      Zelmora: ['support'],
    });
  });
});
