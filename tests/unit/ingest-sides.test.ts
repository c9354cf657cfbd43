/**
 * The acting side, agents and votes, on sentences written the way reports put them: whoever did the
 * act (or drafted, signed or announced it) supports it, blame they lay included; a recorded vote is a
 * stance, an abstention alone is none.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle, type EventDescription } from '@/lib/ingest';
import {
  SIDES_KNOWN as KNOWN,
  SIDES_RECOGNITION as RECOGNITION,
  SIDES_RESOLUTION as RESOLUTION,
  SIDES_SUSPENSION as SUSPENSION,
  sidesStances as stances,
} from './ingest-speakers';

describe('the acting side', () => {
  it('the actor doing the act supports it, whatever it blames on the way', async () => {
    expect(
      await stances(
        'Norway on Monday formally recognized the Sahel Transitional Council, accusing the ousted government of fraud.',
      ),
    ).toEqual({ Norway: ['support'] });
    expect(await stances('Norway has opened a liaison office in the capital.')).toEqual({ Norway: ['support'] });
  });

  it('does the act said in its bare form ("will withdraw"), not its noun ("the withdrawal")', async () => {
    const withdrawal: EventDescription = {
      title: 'Norway withdraws from the Sahel mission',
      actor: 'Norway',
      act: 'withdraw',
      target: null,
      aliases: ['the withdrawal'],
    };
    expect(
      await stances('Norway will withdraw from the Sahel mission, the government said on Monday.', withdrawal),
    ).toEqual({ Norway: ['support'] });
    expect(await stances('Mali said the withdrawal was expected.', withdrawal)).toEqual({ Mali: [null] });
    // An act named by a noun is not done where the noun stands alone.
    const asylum: EventDescription = {
      title: 'Norway grants asylum to Ole Vik',
      actor: 'Norway',
      act: 'asylum',
      target: null,
      aliases: ['the asylum'],
    };
    expect(await stances('Mali said granting asylum to Ole Vik was expected.', asylum)).toEqual({
      Mali: [null],
    });
  });

  it('a minister of the acting state who resigns over the act protests it', async () => {
    expect(
      await stances(
        'Norway recognized the council on Monday. Within hours, Development Minister Ida Lie had resigned.',
      ),
    ).toMatchObject({ 'Ida Lie': ['condemnation'] });
  });

  it('a minister titled by portfolio ("Fisheries Minister") serves the acting state', async () => {
    expect(
      await stances('Fisheries Minister Ola Dahl said the embassy in the capital would open in the spring.'),
    ).toEqual({ 'Ola Dahl': ['support'] });
  });

  it('an unqualified minister after another government is named serves that government, not the actor', async () => {
    expect(
      await stances(
        'The Malian government was stung. Foreign Minister Awa Keita called the recognition a betrayal of the region.',
      ),
    ).toEqual({ 'Awa Keita': ['condemnation'] });
  });

  it('its serving officials support it without a cue word; a former one speaks for himself', async () => {
    expect(await stances('Norwegian Foreign Minister Ola Dahl said the embassy would reopen in the spring.')).toEqual({
      'Ola Dahl': ['support'],
    });
    expect(
      await stances("Norway's trade minister, Kari Lunde, told reporters that talks on a trade office start in May."),
    ).toEqual({ 'Kari Lunde': ['support'] });
    expect(
      await stances('Former Norwegian Foreign Minister Jan Eide said the recognition was a grave mistake.'),
    ).toEqual({ 'Jan Eide': ['condemnation'] });
  });

  it('a body of the acting bloc condemning the ground of the act supports the act', async () => {
    const result = await extractFromArticle({
      text: 'The bloc\'s Peace and Security Council "strongly condemns the seizure of power" in Bamako, it said in a communique on the suspension.',
      event: SUSPENSION,
      known: KNOWN,
    });
    expect(result.proposals.find((p) => p.quoteKind === 'reported')).toMatchObject({
      actor: { name: 'Peace and Security Council' },
      stance: 'support',
      quote: expect.stringContaining('strongly condemns the seizure of power'),
    });
  });

  it('who drafted, signed or announced the act did it', async () => {
    expect(await stances('The recognition decree, signed by Prime Minister Eva Holm, takes effect on Friday.')).toEqual(
      { 'Eva Holm': ['support'] },
    );
    expect(
      await stances('The resolution, drafted by Ghana and Kenya, asks all parties to return to talks.', RESOLUTION),
    ).toEqual({ Ghana: ['support'], Kenya: ['support'] });
    // Every name of a long list, past a clause that names someone else (who opposed it).
    expect(
      await stances(
        'The resolution, which Togo had opposed, was drafted by Ghana, Kenya, Chile, Peru, Fiji and Nepal.',
        RESOLUTION,
      ),
    ).toEqual({
      Ghana: ['support'],
      Kenya: ['support'],
      Chile: ['support'],
      Peru: ['support'],
      Fiji: ['support'],
      Nepal: ['support'],
      Togo: ['condemnation'],
    });
    // Where they met is not who did it.
    expect(
      await stances(
        'The resolution, adopted by the African Union in Mali, asks all parties to return to talks.',
        RESOLUTION,
      ),
    ).toEqual({ 'African Union': ['support'] });
    // A drafter's envoy speaks for the drafter.
    expect(
      await stances(
        'The text was drafted by Ghana. "Today the world listened," Ghanaian ambassador Ama Owusu said after the vote.',
        RESOLUTION,
      ),
    ).toEqual({ Ghana: ['support'], 'Ama Owusu': ['support'] });
  });

  it('a name after a preposition is not the subject; "a spokesperson for X" is X speaking', async () => {
    expect(await stances('Many in Sweden were opposed to the decision.')).toEqual({});
    expect(await stances('A spokesperson for the European Commission said the recognition was premature.')).toEqual({
      'European Commission': ['caution'],
    });
  });
});

describe('officials', () => {
  it('an official the report does not qualify serves the acting state, or the state their paragraph is about', async () => {
    expect(
      await stances(
        'Norway on Monday recognized the council. Foreign Minister Espen Barth said the embassy would reopen soon.',
      ),
    ).toEqual({ Norway: ['support'], 'Espen Barth': ['support'] });
    expect(
      await stances('Sweden reacted coolly. Foreign Minister Tove Lind said the recognition was premature.'),
    ).toEqual({ Sweden: ['caution'], 'Tove Lind': ['caution'] });
    expect(await stances('Gondorian Foreign Minister Ana Reyes condemned the recognition.')).toEqual({
      'Ana Reyes': ['condemnation'],
    });
  });

  it('one who "stopped short of criticising" the act is not on its side, whoever the report lets her serve', async () => {
    expect(
      await stances('In Vell, Prime Minister Ilka Storm stopped short of criticising the recognition of the council.'),
    ).toEqual({ 'Ilka Storm': ['caution'] });
  });

  it('"Norway\'s ambassador to the UN, X,": a role with its post', async () => {
    expect(
      await stances("Norway's ambassador to the UN, Kari Berg, said the embassy would reopen within the year."),
    ).toEqual({ 'Kari Berg': ['support'] });
  });

  it('a dateline names a place, not a state in the paragraph', async () => {
    expect(
      await stances(
        'BAMAKO, July 3 (Test Wire) - Foreign Minister Ola Dahl said the embassy would reopen in the spring.',
      ),
    ).toEqual({ 'Ola Dahl': ['support'] });
  });

  it('a title inside a run of capitals: the person after it, the body or state before it', async () => {
    const result = await extractFromArticle({
      text: 'Gondorian Foreign Minister Vera Sol called the recognition premature. Gondor confirmed it would not follow.',
      event: RECOGNITION,
      known: KNOWN,
    });
    expect(result.proposals[0]).toMatchObject({ actor: { name: 'Vera Sol', kind: 'person' }, stance: 'caution' });
    expect(result.proposals.find((p) => p.actor.name === 'Gondor')?.actor.kind).toBe('state');
    expect(
      await stances('ECOWAS Commission President Omar Diop told reporters the recognition was premature.'),
    ).toEqual({ 'Omar Diop': ['caution'] });
  });
});

describe('quotations', () => {
  it("'…,\" said the network's director, X': the speaker after a role", async () => {
    expect(await stances('"This recognition was long overdue," said the network\'s director, Kari Nordmann.')).toEqual({
      'Kari Nordmann': ['support'],
    });
  });

  it('a quotation alone goes on with the last speaker in its paragraph', async () => {
    const result = await extractFromArticle({
      text: '"The recognition is a grave mistake," said Peter Holm. "It is shameful, and we will say so in parliament."',
      event: RECOGNITION,
      known: KNOWN,
    });
    expect(result.proposals.filter((p) => p.quoteKind === 'reported')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ name: 'Peter Holm' }), stance: 'condemnation' }),
      expect.objectContaining({
        actor: expect.objectContaining({ name: 'Peter Holm' }),
        stance: 'condemnation',
        quote: '"It is shameful, and we will say so in parliament."',
        how: 'quote goes on',
      }),
    ]);
  });

  it('a name inside the quotation is not its speaker', async () => {
    expect(
      await stances('"Norway has betrayed the people of the Sahel," spokesman Issa Ba posted on Telegram.'),
    ).toEqual({ 'Issa Ba': ['condemnation'] });
  });
});

describe('cues and their subjects', () => {
  it('"stopped short of" is a hedge, past a clause describing the speaker', async () => {
    expect(
      await stances('Ulla Holm, who heads the defence committee, stopped short of opposing the recognition.'),
    ).toEqual({ 'Ulla Holm': ['caution'] });
  });

  it('"declined to say …, but said" keeps its subject', async () => {
    expect(
      await stances(
        'A French diplomat, Luc Morel, refused to say whether Paris would respond, but said it would "not follow" the recognition.',
      ),
    ).toEqual({ 'Luc Morel': ['caution'] });
  });

  it('a speaker whose words only hint is proposed without a stance, for the reviewer', async () => {
    expect(
      await stances('Election monitor Ana Petit said her staff were refused entry to two counting halls.'),
    ).toEqual({ 'Ana Petit': [null] });
  });

  it('anger, haste and a recalled ambassador are condemnation; a signed decree is support', async () => {
    expect(await stances('Sweden reacted with anger to the recognition.')).toEqual({ Sweden: ['condemnation'] });
    expect(await stances('Sweden called the recognition hasty.')).toEqual({ Sweden: ['condemnation'] });
    expect(await stances('After the recognition, Sweden recalled its ambassador for consultations.')).toEqual({
      Sweden: ['condemnation'],
    });
    expect(
      await stances("Norway's prime minister, Jonas Lie, signed the decree recognizing the council on Monday."),
    ).toEqual({
      'Jonas Lie': ['support'],
    });
  });

  it('names in any script', async () => {
    expect(await stances('Łukasz Nowak and José Núñez condemned the recognition.')).toEqual({
      'Łukasz Nowak': ['condemnation'],
      'José Núñez': ['condemnation'],
    });
  });
});

describe('more names', () => {
  it('an acronym given in parentheses names the same actor after', async () => {
    const result = await extractFromArticle({
      text: 'The Sahel Liberation Movement (SLM) was founded in 1990. The SLM said in a statement that the recognition was a betrayal.',
      event: RECOGNITION,
      known: KNOWN,
    });
    expect(result.proposals.filter((p) => p.quoteKind === 'reported')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ name: 'Sahel Liberation Movement' }),
        stance: 'condemnation',
      }),
    ]);
  });

  it('"X of the Y Party" is the person speaking, of that body', async () => {
    expect(await stances('Speaking in Dakar, Awa Keita of the Party of Progress rejected the recognition.')).toEqual({
      'Awa Keita': ['condemnation'],
    });
  });

  it('a state opening a sentence before an appositive; a plural noun opening one is no state', async () => {
    expect(await stances('Benin, a close partner of Norway, said it regretted the recognition.')).toEqual({
      Benin: ['caution'],
    });
    expect(await stances('Tessaly, whose capital hosts the talks, was more cautious about the recognition.')).toEqual({
      Tessaly: ['caution'],
    });
    expect(await stances('"Recognitions are not rewards," Peter Holm said of the decision.')).toEqual({
      'Peter Holm': [null],
    });
  });

  it('a body named after its country is the body, whichever end the country is at', async () => {
    const result = await extractFromArticle({
      text: 'The ruling Norway First party, which drafted the recognition law, called it overdue.',
      event: RECOGNITION,
      known: KNOWN,
    });
    expect(result.proposals[0]).toMatchObject({
      actor: { name: 'Norway First', kind: 'organisation' },
      stance: 'support',
    });
  });

  it('"prompted X to recall its ambassador": X is the one recalling', async () => {
    expect(await stances('The recognition led Mali to recall its envoy on Tuesday.')).toEqual({
      Mali: ['condemnation'],
    });
  });
});

describe('whose words', () => {
  it('\'"…," she said\': the words before the pronoun are hers', async () => {
    expect(
      await stances('Marta Lind said the vote was near. "The recognition is a shameful day for the region," she said.'),
    ).toEqual({ 'Marta Lind': [null, 'condemnation'] });
  });

  it('a gerund names the act, it does not perform it', async () => {
    expect(await stances('Peter Holm said recognizing the council was a grave mistake.')).toEqual({
      'Peter Holm': ['condemnation'],
    });
  });

  it('"A said …, while B said …": each has their own words', async () => {
    expect(
      await stances(
        'The Sahel Bar Association said the recognition was lawful, while the Civic Forum said it was "a betrayal".',
      ),
    ).toEqual({ 'Sahel Bar Association': ['support'], 'Civic Forum': ['condemnation'] });
  });

  it('names inside an appositive role or before a common noun are not speakers', async () => {
    expect(
      await stances("Ola Dahl, Sweden's special envoy for Mali, told reporters the recognition was premature."),
    ).toEqual({ 'Ola Dahl': ['caution'] });
    expect(
      await stances('Peter Holm said other Central Asian states might follow suit after the recognition.'),
    ).toEqual({
      'Peter Holm': ['caution'],
    });
  });

  it('a word for unnamed voices inside a quotation is the speaker’s, not a voice', async () => {
    const result = await extractFromArticle({
      text: '"The recognition is an example for others," Peter Holm said.',
      event: RECOGNITION,
      known: KNOWN,
    });
    expect(result.unnamed).toEqual([]);
  });
});

describe('acting officials and asides', () => {
  it('an official of the acting state doing the act with any verb supports it', async () => {
    expect(
      await stances("Norway's ambassador in Bamako, Eva Lunde, presented her credentials to the council on Thursday."),
    ).toEqual({ 'Eva Lunde': ['support'] });
  });

  it('", spokesman for X," describes the speaker; X does not speak', async () => {
    expect(
      await stances(
        'Jean Dupont, spokesman for Secretary-General Ana Silva, told reporters the recognition was premature.',
      ),
    ).toEqual({ 'Jean Dupont': ['caution'] });
  });

  it('a people’s adjective before a noun is not its state speaking', async () => {
    const result = await extractFromArticle({
      text: 'Kenyan judges threw out two such petitions in May.',
      event: {
        title: 'Kenya ratifies a treaty',
        actor: 'Kenya',
        act: 'ratif',
        target: null,
        aliases: ['the treaty'],
      },
      known: [{ id: 'kenya', name: 'Kenya', kind: 'state', aliases: ['Kenyan'] }],
    });
    expect(result.proposals).toEqual([]);
  });

  it('thanks and "sold out" are stances', async () => {
    expect(await stances('"We thank Norway for this step," council spokesman Issa Ba wrote on social media.')).toEqual({
      'Issa Ba': ['support'],
    });
    expect(await stances('Peter Holm said Norway had "sold out" the opposition with the recognition.')).toEqual({
      'Peter Holm': ['condemnation'],
    });
  });
});
