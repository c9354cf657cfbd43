/**
 * Sentences worded the way wire reports word reactions: a body named again after an opening phrase
 * ("In a statement, the coalition …", "Later, the Foreign Ministry …"), backing for others' engagement
 * with the act's target, the target speaking of itself, and calls on a third party to stop the act.
 * The events: Norway recognizes the Sahel Transitional Council; Kalmar invades Vesna.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type KnownActor } from '@/lib/ingest';
import { stancesBySpeaker, stancesOnSahel as stances } from './ingest-speakers';

const INVASION_KNOWN: KnownActor[] = [
  { id: 'kalmar', name: 'Kalmar', kind: 'state', aliases: [] },
  { id: 'vesna', name: 'Vesna', kind: 'state', aliases: ['Vesnian'] },
];
const INVASION = describeEvent({ title: 'Kalmar invades Vesna' }, INVASION_KNOWN);
const INVASION_LEAD = 'Kalmar invaded Vesna on Monday.\n\n';

async function onInvasion(sentences: string): Promise<Record<string, (string | null)[]>> {
  const extraction = await extractFromArticle({
    text: INVASION_LEAD + sentences,
    event: INVASION,
    known: INVASION_KNOWN,
  });
  return stancesBySpeaker(extraction.proposals, INVASION_LEAD.length);
}

describe('a body named again inside a sentence', () => {
  it('"In a statement on Sunday, the coalition …": by the last word of its name', async () => {
    expect(
      await stances(
        'The Bamako Civic Coalition said it had read the decree. In a statement on Sunday, the coalition called the recognition a betrayal.',
      ),
    ).toEqual({ 'Bamako Civic Coalition': [null, 'condemnation'] });
    // Not when a body of that kind, unnamed, came in between.
    expect(
      await stances(
        'The Bamako Civic Coalition said it had read the decree. A coalition of student unions met on Sunday, and the coalition condemned the recognition.',
      ),
    ).toEqual({ 'Bamako Civic Coalition': [null] });
  });

  it('"the rights group", "the organisation": the body named last, but never a government', async () => {
    expect(
      await stances(
        'Amnesty International said it had read the decree. In a statement, the rights group called the recognition a betrayal.',
      ),
    ).toEqual({ 'Amnesty International': [null, 'condemnation'] });
    expect(
      await stances(
        'The Malian government said it had read the decree. In a statement, the organisation called the recognition a betrayal.',
      ),
    ).toEqual({ 'Malian government': [null] });
  });

  it('"the ministry" after "X’s Ministry of Foreign Affairs"', async () => {
    expect(
      await stances(
        "Sweden's Ministry of Foreign Affairs said it had read the decree. Hours later, the ministry called the recognition a betrayal.",
      ),
    ).toEqual({ 'Sweden Ministry of Foreign Affairs': [null, 'condemnation'] });
  });

  it('"the Foreign Ministry" in capitals is the state’s named last, except under a heading naming another', async () => {
    expect(
      await stances(
        "Sweden's Foreign Ministry said it had read the decree. Later on Saturday, the Foreign Ministry condemned the recognition.",
      ),
    ).toEqual({ 'Sweden Foreign Ministry': [null, 'condemnation'] });
    expect(
      await stances(
        "Sweden\n\nSweden's Foreign Ministry said it regretted the recognition.\n\nChile\n\nThe Foreign Ministry said it welcomed the recognition.",
      ),
    ).toEqual({ 'Sweden Foreign Ministry': ['caution'], 'Chile foreign ministry': ['support'] });
  });

  it('"In Stockholm, the foreign ministry said": the place the sentence opens on owns it', async () => {
    expect(await stances('In Stockholm, the foreign ministry said the recognition was a betrayal.')).toEqual({
      'Sweden foreign ministry': ['condemnation'],
    });
  });

  it('a name ending an opening clause is no member of a list with the subject', async () => {
    expect(
      await stances(
        'Asked whether Sweden would follow Oslo, the Swedish foreign minister said she opposed the recognition.',
      ),
    ).toEqual({ Sweden: ['condemnation'] });
    expect(await stances('Sweden, Finland and Denmark said they opposed the recognition.')).toEqual({
      Sweden: ['condemnation'],
      Finland: ['condemnation'],
      Denmark: ['condemnation'],
    });
  });
});

describe('backing others’ engagement with the target', () => {
  it('"supports efforts by other countries to engage the interim government" is support', async () => {
    expect(
      await stances('Sweden said it supports efforts by other countries to engage the interim government.'),
    ).toEqual({ Sweden: ['support'] });
    expect(
      await stances(
        'Finland said it backed moves by regional states to open talks with the Sahel Transitional Council.',
      ),
    ).toEqual({ Finland: ['support'] });
    // Efforts toward something else stay a value backed.
    expect(await stances('Sweden said it supported efforts to bring peace to the region.')).toEqual({ Sweden: [null] });
    expect(await stances('Sweden said it supported efforts by aid groups to work with farmers.')).toEqual({
      Sweden: [null],
    });
  });
});

describe('the target speaking of itself', () => {
  it('its blame is of the act, not of itself', async () => {
    expect(
      await onInvasion('The Vesnian foreign ministry condemned the attack and said Vesna would never bow to it.'),
    ).toMatchObject({ 'Vesnian foreign ministry': ['condemnation'] });
    // Blame of the target by someone else stays at most caution.
    expect(await onInvasion('Finland criticised Vesna for its treatment of minorities.')).toEqual({
      Finland: ['caution'],
    });
  });
});

describe('a call on a third party to stop the act', () => {
  it('"called on the United Nations to stop the war", "urged Kalmar to withdraw its troops" are condemnation', async () => {
    expect(await onInvasion('Finland called on the United Nations to stop the war.')).toEqual({
      Finland: ['condemnation'],
    });
    expect(await onInvasion('Estonia urged the Security Council to halt the invasion.')).toEqual({
      Estonia: ['condemnation'],
    });
    expect(await onInvasion('Latvia urged Kalmar to withdraw its troops.')).toEqual({ Latvia: ['condemnation'] });
  });

  it('a call on both sides is restraint; a war the act is not is no object of it', async () => {
    expect(await onInvasion('Brazil urged both sides to stop the fighting.')).toEqual({ Brazil: ['caution'] });
    expect(await stances('Sweden called on the United Nations to end the war in the north.')).toEqual({
      Sweden: ['caution'],
    });
    expect(await stances('Sweden asked Oslo to withdraw its recognition.')).toEqual({ Sweden: ['condemnation'] });
  });
});
