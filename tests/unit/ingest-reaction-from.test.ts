/**
 * Reactions as real reports word them, found on a thirteenth-session round of real reports (written
 * here anew): a reaction named by its noun and held by whoever it came from ("drew criticism from
 * X", "a guarded response from X"), measures against the act, lists of voices, scorn. The event:
 * Norway withdraws from the Tessin Accord.
 */
import { describe, expect, it } from 'vitest';
import { stancesOnTessin } from './ingest-speakers';

describe('a reaction from someone', () => {
  it('"drew criticism from X" and "was met with condemnation from X and Y" are theirs', async () => {
    expect(await stancesOnTessin('The withdrawal drew sharp criticism from Sweden on Friday.')).toEqual({
      Sweden: ['condemnation'],
    });
    expect(await stancesOnTessin('The withdrawal was met with condemnation from Finland and Denmark.')).toEqual({
      Finland: ['condemnation'],
      Denmark: ['condemnation'],
    });
  });

  it('"drew praise from X" is support; a guarded or cautious reaction from X is caution', async () => {
    expect(await stancesOnTessin('The withdrawal drew praise from Chile.')).toEqual({ Chile: ['support'] });
    expect(await stancesOnTessin('The withdrawal drew a guarded response from Iceland.')).toEqual({
      Iceland: ['caution'],
    });
    expect(await stancesOnTessin('There was a cautious welcome from Estonia.')).toEqual({ Estonia: ['caution'] });
  });

  it('a reaction someone did not give is not theirs', async () => {
    const found = await stancesOnTessin('The withdrawal drew no criticism from Sweden.');
    expect(found.Sweden ?? []).not.toContain('condemnation');
  });
});

describe('measures taken against the act', () => {
  it('suspending or freezing cooperation or ties is blame, though "cooperation" alone is praise', async () => {
    expect(
      await stancesOnTessin(
        'Sweden said on Friday it had suspended military cooperation with Norway. Finland said it would freeze ties with Oslo.',
      ),
    ).toEqual({ Sweden: ['condemnation'], Finland: ['condemnation'] });
  });
});

describe('lists of voices, and scorn', () => {
  it('"echoed by A and B": both echo the speaker before them', async () => {
    expect(
      await stancesOnTessin('Sweden condemned the withdrawal, in comments that were echoed by Finland and Denmark.'),
    ).toEqual({ Sweden: ['condemnation'], Finland: ['condemnation'], Denmark: ['condemnation'] });
  });

  it('"The African Union (AU) and the Arab League said": a name with its acronym in brackets is one of the list', async () => {
    expect(
      await stancesOnTessin('The African Union (AU) and the Arab League condemned the withdrawal on Saturday.'),
    ).toEqual({ 'African Union': ['condemnation'], 'Arab League': ['condemnation'] });
  });

  it('mocking the decision is blame', async () => {
    expect(await stancesOnTessin("Sweden's foreign minister Ann Berg mocked the withdrawal.")).toEqual({
      'Ann Berg': ['condemnation'],
    });
  });
});
