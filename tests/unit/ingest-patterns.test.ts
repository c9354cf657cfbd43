/**
 * The extractor on sentences written the way reports put them, one pattern at a time: who speaks,
 * which stance, which words. The event: Norway recognizes the Sahel Transitional Council.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type Extraction, type KnownActor } from '@/lib/ingest';
import { splitSentences } from '@/lib/ingest/sentences';
import { withoutRepeatedParagraphs } from '@/lib/ingest/text';
import { stancesBySpeaker } from './ingest-speakers';

const KNOWN: KnownActor[] = [
  { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Oslo'] },
  { id: 'sahel-council', name: 'Sahel Transitional Council', kind: 'government', aliases: ['the Council', 'STC'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', aliases: [], speaksFor: ['norway'] },
  { id: 'ecowas', name: 'Economic Community of West African States', kind: 'intergovernmental', aliases: ['ECOWAS'] },
  { id: 'amnesty', name: 'Amnesty International', kind: 'organisation', aliases: ['Amnesty'] },
];
const EVENT = describeEvent({ title: 'Norway recognizes the Sahel Transitional Council' }, KNOWN);

async function run(text: string): Promise<Extraction> {
  return extractFromArticle({ text, event: EVENT, known: KNOWN });
}

/** Each speaker's stances, by name (the sentences whole; not who the graph says they speak for). */
async function stances(text: string): Promise<Record<string, (string | null)[]>> {
  return stancesBySpeaker((await run(text)).proposals);
}

describe('the event', () => {
  it('is read from the stored title: the actor, the act and its target', () => {
    expect(EVENT).toMatchObject({ actor: 'Norway', act: 'recogn', target: 'Sahel Transitional Council' });
    expect(EVENT.targetNames).toEqual(['Sahel Transitional Council', 'the Council', 'STC']);
  });
});

describe('sentences and paragraphs', () => {
  it('splits after a stop, not after an abbreviation, an initial, or inside a quotation', () => {
    const text =
      'Dr. J. Smith of the U.S. State Department spoke. "We will wait. We will see," he said. It fell 3.5 percent!';
    const sentences = splitSentences(text).map((s) => s.text);
    expect(sentences).toEqual([
      'Dr. J. Smith of the U.S. State Department spoke.',
      '"We will wait. We will see," he said.',
      'It fell 3.5 percent!',
    ]);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a repeated paragraph once', () => {
    const paragraph = 'Anna Berg said the recognition of the council was a step forward for the whole region today.';
    expect(withoutRepeatedParagraphs(`Title\n${paragraph}\nMiddle.\n${paragraph}\nEnd.`)).toBe(
      `Title\n${paragraph}\nMiddle.\nEnd.`,
    );
  });
});

describe('who speaks', () => {
  it('"X said", "said X", "according to X", "X told"', async () => {
    expect(await stances('Anna Berg said the recognition was a step forward.')).toEqual({ 'Anna Berg': ['support'] });
    expect(await stances('"The recognition is a grave mistake," said Peter Holm, a member of parliament.')).toEqual({
      'Peter Holm': ['condemnation'],
    });
    expect(await stances('The decision is illegal, according to Amnesty International.')).toEqual({
      'Amnesty International': ['condemnation'],
    });
    expect(await stances('Kofi Mensah told reporters the move was premature.')).toEqual({ 'Kofi Mensah': ['caution'] });
  });

  it('an appositive between the speaker and the verb, and "X, which stated"', async () => {
    expect(await stances('Marta Lind, a former defence minister, condemned the recognition on Tuesday.')).toEqual({
      'Marta Lind': ['condemnation'],
    });
    expect(
      await stances(
        'The news drew a reply from the Sahel Bar Association, which stated that the decision was a dark day.',
      ),
    ).toEqual({ 'Sahel Bar Association': ['condemnation'] });
  });

  it('"echoed by X" takes the stance it echoes, and proposes the ECHOES relation', async () => {
    const result = await run(
      'Marta Lind condemned the recognition. Her view was echoed by the Nordic Helsinki Network, which called the move shameful.',
    );
    expect(result.proposals.map((p) => [p.actor.name, p.stance])).toContainEqual([
      'Nordic Helsinki Network',
      'condemnation',
    ]);
    expect(result.relations).toContainEqual(
      expect.objectContaining({ type: 'ECHOES', from: expect.objectContaining({ name: 'Nordic Helsinki Network' }) }),
    );
  });

  it('"echoed by" a name with its role or a word before it', async () => {
    expect(
      await stances(
        "Marta Lind condemned the recognition. Her condemnation was echoed by neighbouring Sweden's prime minister, Lars Ek.",
      ),
    ).toMatchObject({ 'Lars Ek': ['condemnation'] });
    expect(await stances('Marta Lind condemned the recognition, a view echoed by neighbouring Finland.')).toMatchObject(
      {
        Finland: ['condemnation'],
      },
    );
  });

  it('a party named after its leader\'s possessive is the party ("Holm\'s Unity Front said")', async () => {
    expect(
      await stances(
        "Peter Holm attacked the government. Holm's Unity Front said in a statement that it did not recognise the decision.",
      ),
    ).toMatchObject({ 'Unity Front': ['condemnation'] });
  });

  it('"People\'s Alliance" is one name, its possessive owns nothing', async () => {
    expect(await stances("The People's Alliance condemned the recognition.")).toEqual({
      "People's Alliance": ['condemnation'],
    });
  });

  it("a line without a stop is a headline, a related link's too: no one's statement", async () => {
    expect(await stances('Related:\n- Sweden backs the recognition in historic vote\n')).toEqual({});
  });

  it('"the government" is not taken for another state\'s named before', async () => {
    // Its own sentence's objection is its stance; the welcome is not.
    const found = await stances("Sweden's government objected. Lars Ek said the government welcomed the recognition.");
    expect(found['Sweden government'] ?? []).not.toContain('support');
  });

  it('what unnamed voices expect of an actor is not its stance', async () => {
    expect(
      await stances('Diplomats said privately that Sweden, which trades with the council, might follow suit.'),
    ).toEqual({});
    expect(await stances('Some economists said Finland might follow suit after the recognition.')).toEqual({});
  });

  it('a pronoun points back to the last speaker of its kind', async () => {
    expect(
      await stances('Anna Berg defended the recognition of the council. She warned that the region was fragile.'),
    ).toEqual({
      'Anna Berg': ['support', 'caution'],
    });
  });

  it('an official the text does not name speaks for the state', async () => {
    expect(await stances("Mali's foreign minister said the recognition was regrettable.")).toEqual({
      Mali: ['caution'],
    });
    expect(await stances('The Swedish prime minister criticised the recognition.')).toEqual({
      Sweden: ['condemnation'],
    });
    // Done to, the official is no speaker: "summoned the Swedish ambassador".
    expect(await stances('Mali summoned the Swedish ambassador over the recognition.')).not.toHaveProperty('Sweden');
    // Named, the official is the speaker.
    expect(await stances("Mali's foreign minister, Abdoulaye Diop, said the recognition was regrettable.")).toEqual({
      'Abdoulaye Diop': ['caution'],
    });
  });

  it('"special representative for X" names a portfolio: X does not speak', async () => {
    expect(
      await stances("Oslo's special representative for Mali, Lars Holm, told reporters the recognition was final."),
    ).not.toHaveProperty('Mali');
    // The state's own envoy, who says it did the act (the act's verb quoted), is on its side.
    expect(
      await stances(
        "Oslo's special representative for Mali, Lars Holm, told reporters that Norway had “recognised” the Sahel Transitional Council.",
      ),
    ).toEqual({ 'Lars Holm': ['support'], Norway: ['support'] });
    // A spokesperson for X is X's voice.
    expect(await stances('A spokesperson for Mali said the recognition was regrettable.')).toEqual({
      Mali: ['caution'],
    });
  });

  it('"The coalition …", "The movement …" opening a sentence point back to the body that spoke', async () => {
    expect(
      await stances(
        'The Bamako Civic Coalition said it had read the decree. The coalition called on Oslo to revoke the recognition.',
      ),
    ).toEqual({ 'Bamako Civic Coalition': [null, 'condemnation'] });
  });

  it('a pronoun set apart inside the sentence: "The move, she said, was …"', async () => {
    expect(
      await stances('Anna Berg said she was told on Monday. The recognition, she said, was a grave mistake.'),
    ).toEqual({ 'Anna Berg': [null, 'condemnation'] });
    expect(
      await stances('Anna Berg said she had read the decree. The recognition, she told reporters, was a betrayal.'),
    ).toMatchObject({ 'Anna Berg': expect.arrayContaining(['condemnation']) });
    // The speaker must be of the pronoun's kind: a state is no "she".
    expect(await stances('Denmark said it had been told. The recognition, she said, was a grave mistake.')).toEqual({
      Denmark: [null],
    });
  });

  it('a quote before its speaker, and the quoted words again as direct', async () => {
    const result = await run('"This recognition is a betrayal of our values," said Marta Lind.');
    const direct = result.proposals.find((p) => p.quoteKind === 'direct');
    expect(direct).toMatchObject({
      actor: { name: 'Marta Lind' },
      stance: 'condemnation',
      quote: 'This recognition is a betrayal of our values',
    });
    expect(result.text.slice(direct!.start, direct!.end)).toBe(direct!.quote);
  });

  it('indirect speech without quotation marks', async () => {
    expect(
      await stances('Oslo has formally recognized the Sahel Transitional Council as the legitimate government.'),
    ).toEqual({
      Norway: ['support'],
    });
    expect(await stances('Norway on Tuesday became the first country to recognize the council.')).toEqual({
      Norway: ['support'],
    });
  });
});

describe('who they are', () => {
  it('a state voiced by its minister: the official’s stance, and the SPEAKS_FOR relation', async () => {
    const result = await run('Ghanaian Foreign Minister Kwame Asante welcomed the recognition.');
    expect(result.proposals[0]).toMatchObject({
      actor: { id: null, name: 'Kwame Asante', kind: 'person' },
      stance: 'support',
    });
    expect(result.relations).toContainEqual(
      expect.objectContaining({
        type: 'SPEAKS_FOR',
        from: expect.objectContaining({ name: 'Kwame Asante' }),
        to: expect.objectContaining({ name: 'Ghana', kind: 'state' }),
        quote: 'Ghanaian Foreign Minister Kwame Asante',
      }),
    );
  });

  it('a ministry named by its state is part of it', async () => {
    const result = await run('The Malian foreign ministry rejected the decision.');
    expect(result.proposals[0]).toMatchObject({
      actor: { name: 'Malian foreign ministry', kind: 'government-body' },
      stance: 'condemnation',
    });
    expect(result.relations).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', to: expect.objectContaining({ name: 'Mali' }) }),
    );
  });

  it('a ministry named again by "its" or "the" is the one named before, under its state', async () => {
    expect(
      await stances(
        'Tamaria, which borders Mali, recalled its ambassador to Norway and rejected what its foreign ministry called a betrayal of the region in the recognition.',
      ),
    ).toMatchObject({ Tamaria: ['condemnation'] });
    expect(
      await stances(
        'Kessland condemned the recognition on Monday. Its foreign ministry said the decision was a mistake. The ministry added that it had summoned the Norwegian ambassador over the recognition.',
      ),
    ).toEqual({ Kessland: ['condemnation'], 'Kessland foreign ministry': ['condemnation', 'condemnation'] });
    // "Its" opening a sentence is the subject of the one before, not a state named inside it.
    expect(
      await stances(
        "Vessaria, Norway's largest neighbour, reacted angrily. Its foreign ministry called the recognition a provocation.",
      ),
    ).toMatchObject({ 'Vessaria foreign ministry': ['condemnation'] });
    // Named with a possessive, it is stored without one.
    expect(Object.keys(await stances("Kessland's defence ministry rejected the recognition.")).sort()).toEqual([
      'Kessland defence ministry',
    ]);
  });

  it('a name written family name first is found again by it ("Mao Ning … Ms Mao said")', async () => {
    const result = await run(
      'Spokeswoman Mao Ning said Beijing was studying the text. The recognition was hasty, Ms Mao told reporters.',
    );
    expect(result.proposals.filter((p) => p.quoteKind === 'reported').map((p) => p.actor.name)).not.toContain('Mao');
    expect(stancesBySpeaker(result.proposals)['Mao Ning']).toContain('condemnation');
  });

  it('a state named by its capital is the stored state', async () => {
    const known: KnownActor[] = [...KNOWN, { id: 'sweden', name: 'Sweden', kind: 'state', aliases: [] }];
    const result = await extractFromArticle({ text: 'Stockholm condemned the recognition.', event: EVENT, known });
    expect(result.proposals[0]?.actor).toEqual({ id: 'sweden', name: 'Sweden', kind: 'state' });
  });

  it('a day after a name is when, not part of the name ("China Tuesday lodged a protest")', async () => {
    expect(await stances('Sweden Tuesday condemned the recognition.')).toEqual({ Sweden: ['condemnation'] });
  });

  it('surnames, acronyms and aliases are matched to the stored actors', async () => {
    const result = await run('Anna Berg spoke first. ECOWAS criticised the recognition. Berg later praised the move.');
    expect(result.proposals.map((p) => [p.actor.id, p.stance])).toEqual([
      ['ecowas', 'condemnation'],
      ['anna-berg', 'support'],
      // The graph says Anna Berg speaks for Norway.
      ['norway', 'support'],
    ]);
  });

  it('a body written in capitals, or owned by its capital, is still the state’s body', async () => {
    expect(
      await stances('The Saudi Foreign Ministry issued a statement expressing its concern over the recognition.'),
    ).toEqual({ 'Saudi Foreign Ministry': ['caution'] });
    expect(await stances("Cairo's Foreign Ministry expressed its deep concern over the recognition.")).toEqual({
      'Egypt foreign ministry': ['caution'],
    });
  });

  it("a state's body is the stored one however the state is written", async () => {
    const known: KnownActor[] = [
      ...KNOWN,
      { id: 'sweden', name: 'Sweden', kind: 'state', aliases: [] },
      { id: 'swedish-mfa', name: 'Swedish foreign ministry', kind: 'government-body', aliases: [] },
    ];
    for (const text of [
      "Sweden's foreign ministry criticised the recognition.",
      'The Swedish Ministry of Foreign Affairs criticised the recognition.',
      'The Swedish foreign ministry criticised the recognition.',
      "Sweden's foreign affairs ministry criticised the recognition.",
    ]) {
      const result = await extractFromArticle({ text, event: EVENT, known });
      expect(result.proposals[0]?.actor, text).toEqual({
        id: 'swedish-mfa',
        name: 'Swedish foreign ministry',
        kind: 'government-body',
      });
    }
    // Another of its bodies is not the ministry.
    const other = await extractFromArticle({
      text: "Sweden's defence ministry criticised the recognition.",
      event: EVENT,
      known,
    });
    expect(other.proposals[0]?.actor.id).toBeNull();
  });

  it('guesses the kind of an actor not stored', async () => {
    const kinds = Object.fromEntries(
      (
        await run(
          'Human Rights Watch condemned the recognition. The African Union expressed concern over the decision.',
        )
      ).proposals.map((p) => [p.actor.name, p.actor.kind]),
    );
    expect(kinds).toEqual({ 'Human Rights Watch': 'organisation', 'African Union': 'intergovernmental' });
  });
});

describe('which stance', () => {
  it('negation and hedges', async () => {
    expect(await stances('Marta Lind did not welcome the recognition.')).toEqual({ 'Marta Lind': ['caution'] });
    expect(await stances('Amnesty International stopped short of condemning the decision.')).toEqual({
      'Amnesty International': ['caution'],
    });
    expect(await stances('Peter Holm said other states might follow suit after the recognition.')).toEqual({
      'Peter Holm': ['caution'],
    });
    expect(await stances('Kofi Mensah declined to comment on the decision.')).toEqual({});
    expect(await stances('The African Union has joined the chorus of condemnation of the recognition.')).toEqual({
      'African Union': ['condemnation'],
    });
    expect(
      await stances(
        'Marta Lind, who leads the Unity Front, lashed out at Norway, saying the recognition was a mistake.',
      ),
    ).toEqual({ 'Marta Lind': ['condemnation'] });
    expect(await stances('In the council vote on the recognition, Sweden voted no and Finland voted yes.')).toEqual({
      Sweden: ['condemnation'],
      Finland: ['support'],
    });
    expect(await stances('Sweden did not join the chorus of support for the recognition.')).toEqual({
      Sweden: ['caution'],
    });
  });

  it('a refusal to recognise is condemnation; a refusal to say is no stance, unless a "but" follows it', async () => {
    expect(await stances('The opposition party Unity Front said it did not recognise the decision.')).toEqual({
      'Unity Front': ['condemnation'],
    });
    // She says what Sweden will do: its stance as well as hers.
    expect(await stances('Marta Lind said Sweden will not recognise the decision either.')).toEqual({
      'Marta Lind': ['condemnation'],
      Sweden: ['condemnation'],
    });
    expect(await stances('Kofi Mensah declined to say whether Ghana would follow Norway in the recognition.')).toEqual(
      {},
    );
    expect(
      await stances(
        'Kofi Mensah declined to say whether Ghana would act, but said the recognition was a step backwards.',
      ),
    ).toEqual({ 'Kofi Mensah': ['condemnation'] });
  });

  it('a stance noun owned by an actor is no statement by it', async () => {
    expect(
      await stances("Norway's support for the council was no secret, analysts noted about the recognition."),
    ).toEqual({});
  });

  it('what someone has long or repeatedly said is not a stance on this event', async () => {
    expect(
      await stances(
        'The opposition party Unity Front, whose leader Jonas Berg has long accused Norway of naivety, said little about the recognition.',
      ),
    ).not.toHaveProperty('Jonas Berg');
    expect(
      await stances('Jonas Berg has repeatedly criticised Norway over its aid budget, the recognition aside.'),
    ).toEqual({});
  });

  it('criticism of the target that is not about the event is caution, not condemnation', async () => {
    expect(
      await stances(
        'Amnesty International has accused the Sahel Transitional Council of a brutal crackdown on protesters.',
      ),
    ).toEqual({ 'Amnesty International': ['caution'] });
  });

  it('a speaker about the event without a stance cue is proposed without a stance, for the reviewer', async () => {
    expect(await stances('Peter Holm said the recognition would be discussed in parliament next week.')).toEqual({
      'Peter Holm': [null],
    });
  });

  it('actors merely mentioned get no stance', async () => {
    expect(
      await stances(
        'China and the United Arab Emirates keep embassies in the capital. The recognition comes two years after the coup.',
      ),
    ).toEqual({});
  });

  it('what an actor did before the event, told as background, is no reaction to it', async () => {
    expect(
      await stances('Earlier this year, Mali resumed cooperation with the Sahel Transitional Council on trade.'),
    ).toEqual({});
    expect(await stances('Mali said it would deepen cooperation with the Sahel Transitional Council.')).toEqual({
      Mali: ['support'],
    });
  });

  it('unnamed voices are listed apart', async () => {
    const result = await run('Critics warned that the recognition would embolden other juntas.');
    expect(result.proposals).toEqual([]);
    expect(result.unnamed).toEqual([expect.objectContaining({ who: 'Critics', stance: 'caution' })]);
  });

  it('a coalition or group of many is a voice; those spoken to are not', async () => {
    const coalition = await run("A coalition of women's rights groups condemned the recognition on Sunday.");
    expect(coalition.unnamed).toEqual([
      expect.objectContaining({ who: "A coalition of women's rights groups", stance: 'condemnation' }),
    ]);
    const advocates = await run('Human rights advocates denounced the recognition.');
    expect(advocates.unnamed).toEqual([expect.objectContaining({ stance: 'condemnation' })]);
    // Called on, the international community says nothing here; Amnesty does.
    const called = await run(
      'Amnesty called on the international community to reject the recognition and urged diplomats to stay away.',
    );
    expect(called.unnamed).toEqual([]);
  });
});

describe('HTML', () => {
  it('takes the article’s main text, not the navigation or the boxes around it', async () => {
    const filler = 'The council took power in a coup two years ago and has since promised elections. '.repeat(4);
    const html = `<!doctype html><html><head><title>Norway recognizes council | Test Wire</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> Anna Berg praised the recognition in our newsletter</nav>
      <article><h1>Norway recognizes Sahel council</h1>
        <p>Oslo has formally recognized the Sahel Transitional Council, the foreign ministry said on Monday.</p>
        <p>${filler}</p>
        <p>Marta Lind, a former defence minister, condemned the recognition as a betrayal.</p>
        <p>${filler}</p></article>
      <aside class="related">Related: Anna Berg praised the recognition</aside></body></html>`;
    const result = await extractFromArticle({ text: html, event: EVENT, known: KNOWN });
    expect(result.text).toContain('Marta Lind, a former defence minister, condemned the recognition as a betrayal.');
    expect(result.text).not.toMatch(/Home|Related|newsletter/);
    expect(result.proposals.filter((p) => p.quoteKind === 'reported').map((p) => [p.actor.name, p.stance])).toEqual([
      ['Norway', 'support'],
      ['Marta Lind', 'condemnation'],
    ]);
    for (const p of result.proposals) expect(result.text.slice(p.start, p.end)).toBe(p.quote);
  });
});
