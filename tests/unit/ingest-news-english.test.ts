/**
 * News English the extractor missed in real reports of reactions (a treaty left, a coup, a state
 * cutting ties, an embassy moved, an election disputed), each written here as a wire report would
 * word it: a quotation said by a list of states, officials named by office or by a surname with its
 * particle, names that are no subject (a list after a preposition, a name before "he said", a name
 * qualifying a document), bodies the lists did not know, "joined the criticism", and a quotation
 * that goes on in the next paragraph. The event: Norway withdraws from the Tessin Accord.
 */
import { describe, expect, it } from 'vitest';
import { stancesOnTessin } from './ingest-speakers';

describe('who says a quotation', () => {
  it('a quotation opening the sentence is said by every state of the list after it', async () => {
    expect(
      await stancesOnTessin(
        '"We regret the decision to leave the accord," Belgium, Finland and Portugal said in a joint statement.',
      ),
    ).toEqual({ Belgium: ['caution'], Finland: ['caution'], Portugal: ['caution'] });
  });

  it('"the foreign ministries of A and B said": each state speaks', async () => {
    expect(
      await stancesOnTessin('The foreign ministries of Belgium and Finland said they regretted the withdrawal.'),
    ).toEqual({ Belgium: ['caution'], Finland: ['caution'] });
  });

  it('a paragraph that is one quotation goes on with the speaker of the paragraph before', async () => {
    expect(
      await stancesOnTessin(
        'Sweden said it regretted the withdrawal.\n\n"We will work with our partners to oppose this decision."',
      ),
    ).toEqual({ Sweden: ['caution', 'condemnation'] });
  });
});

describe('officials', () => {
  it('an unnamed minister of any portfolio speaks for the state', async () => {
    expect(await stancesOnTessin("Germany's health minister said the withdrawal was a mistake.")).toEqual({
      Germany: ['condemnation'],
    });
  });

  it('"an official at X said": X speaks', async () => {
    expect(
      await stancesOnTessin('A senior official at the Kessel Institute said the withdrawal was a grave mistake.'),
    ).toEqual({ 'Kessel Institute': ['condemnation'] });
  });

  it('a surname with its particle is the person named in full before', async () => {
    expect(
      await stancesOnTessin(
        'French Foreign Minister Anne-Marie Le Garrec said she had read the text. Le Garrec said the withdrawal was a betrayal.',
      ),
    ).toEqual({ 'Anne-Marie Le Garrec': [null, 'condemnation'] });
  });

  it('"a White House official said": the United States speaks', async () => {
    expect(await stancesOnTessin('A White House official said the withdrawal was a grave mistake.')).toEqual({
      'United States': ['condemnation'],
    });
  });

  it('the full name of a regional bloc is one body', async () => {
    expect(
      await stancesOnTessin(
        'A spokesman for the Economic Community of West African States said the withdrawal was a grave mistake.',
      ),
    ).toEqual({ 'Economic Community of West African States': ['condemnation'] });
  });
});

describe('names that are no subject', () => {
  it('a list after a preposition: ", and C," is no appositive of B', async () => {
    const found = await stancesOnTessin(
      'Sweden said it had studied the withdrawal. The statement criticised the juntas in Mali, Chad, and Niger, accusing them of bad faith.',
    );
    expect(found).not.toHaveProperty('Chad');
    expect(found).not.toHaveProperty('Niger');
  });

  it('"…, which counts X and Y, he said": the pronoun said it, not the name before it', async () => {
    const found = await stancesOnTessin(
      'Foreign Minister Jan Novak said the withdrawal was lawful. "The critics are a club of the past," which counts states like Chad and Mali, he said.',
    );
    expect(found).not.toHaveProperty('Mali');
  });

  it('a name qualifying a document is not the subject of its participle', async () => {
    const found = await stancesOnTessin(
      'The ministry said the withdrawal breaks a General Assembly resolution condemning such exits.',
    );
    expect(found).not.toHaveProperty('General Assembly');
  });
});

describe('joining the criticism', () => {
  it('"joined the repudiation", "joined the criticism": the subject’s own blame', async () => {
    expect(await stancesOnTessin('Chilean President Gabriel Boric joined the repudiation.')).toEqual({
      'Gabriel Boric': ['condemnation'],
    });
    expect(await stancesOnTessin('Sweden joined the criticism of the withdrawal on Saturday.')).toEqual({
      Sweden: ['condemnation'],
    });
  });
});
