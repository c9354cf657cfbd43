/**
 * Who holds a stance when the report does not make them the subject of a verb of speech: "support
 * came from X", "That concern was echoed by X". The event: Norway withdraws from the Tessin Accord.
 */
import { describe, expect, it } from 'vitest';
import { stancesOnTessin } from './ingest-speakers';

const stances = stancesOnTessin;

describe('"… came from X"', () => {
  it('the stance the noun names, for each name of the list, not for an appositive', async () => {
    expect(
      await stances("The loudest criticism came from Denmark and Iceland, Norway's partners in the accord."),
    ).toEqual({ Denmark: ['condemnation'], Iceland: ['condemnation'] });
    expect(await stances('Support for the withdrawal came from Kalmar, a small fishing state.')).toEqual({
      Kalmar: ['support'],
    });
  });
});

describe('"That concern was echoed by X"', () => {
  it('the echoed noun says the stance, not the last stance anyone took', async () => {
    const found = await stances(
      'Sweden praised the withdrawal.\n\nThe Red Cross said the withdrawal would leave the fishing towns without a lifeline. That concern was echoed by Oxfam, which said in a statement that the towns had been forgotten.',
    );
    expect(found.Oxfam).toEqual(['caution']);
  });

  it('"a view echoed by X" in the same sentence: the stance of whom it echoes', async () => {
    const found = await stances(
      'Sweden condemned the withdrawal.\n\nIceland praised the withdrawal, a view echoed by the Nordic Fishers Union.',
    );
    expect(found['Nordic Fishers Union']).toEqual(['support']);
  });
});

describe('a sentence that only says who reacts next', () => {
  it('"X was blunter." takes the stance its official gives next in the paragraph', async () => {
    const found = await stances(
      'Sweden was blunter. Its trade minister, Lena Berg, said the withdrawal was "a reckless gamble" with jobs.',
    );
    expect(found.Sweden).toEqual(['condemnation']);
    expect(found['Lena Berg']).toEqual(['condemnation']);
  });

  it('"In X, the reaction was warm.": its own word of manner says it', async () => {
    expect(await stances('In Iceland, the reaction was warm.')).toEqual({ Iceland: ['support'] });
  });

  it('"the reaction was more divided" and "was stung" give no one the next stance', async () => {
    const found = await stances(
      'In Finland, the reaction was more divided. Farm leader Ville Koski praised the withdrawal.',
    );
    expect(found.Finland).toBeUndefined();
  });
});

describe('the target named in a description of the speaker', () => {
  it('"X, the Tessin Accord\'s largest member, reacted sharply": blame of the event, not of the target', async () => {
    expect(await stances("But Sweden, the Tessin Accord's largest member, reacted sharply.")).toEqual({
      Sweden: ['condemnation'],
    });
  });
});

describe('speakers reached through other grammar', () => {
  it('"X, its foreign ministry said, will …": the reporting clause between commas', async () => {
    expect(
      await stances('Iceland, its foreign ministry said, will not follow Norway and regrets the withdrawal.'),
    ).toMatchObject({ Iceland: ['caution'] });
  });

  it('"… prompting X to recall its ambassador": X\'s words start after its name', async () => {
    const found = await stances(
      'Norway hailed the withdrawal as overdue, prompting Denmark to recall its ambassador from Oslo.',
    );
    expect(found.Denmark).toEqual(['condemnation']);
  });

  it('"according to a statement from the council\'s foreign affairs spokesman, X"', async () => {
    expect(
      await stances(
        "The Nordic Council regretted the withdrawal, according to a statement from the council's foreign affairs spokesman, Aksel Vik.",
      ),
    ).toMatchObject({ 'Aksel Vik': ['caution'] });
  });

  it('"The withdrawal, approved by the Storting on Tuesday …": who approved the act did it', async () => {
    const found = await stances('The withdrawal, approved by the Norwegian Storting on Tuesday, takes effect in May.');
    expect(found['Norwegian Storting']).toEqual(['support']);
  });

  it('"Mr Dahl\'s Centre Party", "the Bergen Chamber of Commerce": one body, not a person and another', async () => {
    const found = await stances(
      "Former prime minister Per Dahl lost the election. Mr Dahl's Centre Party, which the government defeated last year, hailed the withdrawal. The Bergen Chamber of Commerce condemned it.",
    );
    expect(found['Centre Party']).toEqual(['support']);
    expect(found['Bergen Chamber of Commerce']).toEqual(['condemnation']);
  });

  it('"58 percent voted in favour, according to X": a tally reported, not a stance', async () => {
    const found = await stances(
      'In the referendum, 58 percent voted in favour of leaving, according to the commission chairwoman, Ada Moe.',
    );
    expect(found['Ada Moe'] ?? []).not.toContain('support');
  });
});

describe('an appositive holding a number with a thousands comma', () => {
  it('"X, which speaks for some 12,000 fishermen, condemned …"', async () => {
    expect(
      await stances('The Coast Fishers Union, which speaks for some 12,000 fishermen, condemned the withdrawal.'),
    ).toMatchObject({ 'Coast Fishers Union': ['condemnation'] });
  });
});

describe('a body named with where it sits', () => {
  it('"The NCM\'s secretariat in Bergen said …": the secretariat speaks', async () => {
    expect(await stances("The NCM's secretariat in Bergen said it regretted the withdrawal.")).toMatchObject({
      'NCM secretariat': ['caution'],
    });
  });
});
