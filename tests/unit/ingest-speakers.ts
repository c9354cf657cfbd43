/** What the extractor's unit tests compare: who was proposed to take which stances. */
import { describeEvent, extractFromArticle, type EventDescription, type KnownActor } from '@/lib/ingest';
import type { Proposal } from '@/lib/ingest/types';

/**
 * Each speaker's stances by name, from the proposals of their own sentences (not the quotations
 * proposed again on their own, nor a stance proposed for whom an official speaks); those starting
 * before `from` (a lead the test put first) are left out.
 */
export function stancesBySpeaker(proposals: Proposal[], from = 0): Record<string, (string | null)[]> {
  const out: Record<string, (string | null)[]> = {};
  for (const p of proposals) {
    if (p.start < from || p.quoteKind !== 'reported' || p.how.startsWith('speaks for')) continue;
    (out[p.actor.name] ??= []).push(p.stance);
  }
  return out;
}

const TESSIN_KNOWN: KnownActor[] = [
  { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Oslo'] },
  { id: 'tessin-accord', name: 'Tessin Accord', kind: 'organisation', aliases: [] },
];
const TESSIN_EVENT = describeEvent({ title: 'Norway withdraws from the Tessin Accord' }, TESSIN_KNOWN);
const TESSIN_LEAD = 'Norway withdrew from the Tessin Accord on Friday.\n\n';

/**
 * Each speaker's stances in `sentences`, by name, about the event most reaction tests use (Norway
 * withdraws from the Tessin Accord), after a lead that reports it.
 */
export async function stancesOnTessin(sentences: string): Promise<Record<string, (string | null)[]>> {
  const extraction = await extractFromArticle({
    text: TESSIN_LEAD + sentences,
    event: TESSIN_EVENT,
    known: TESSIN_KNOWN,
  });
  return stancesBySpeaker(extraction.proposals, TESSIN_LEAD.length);
}

export const SAHEL_KNOWN: KnownActor[] = [
  { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Oslo'] },
  { id: 'sahel-council', name: 'Sahel Transitional Council', kind: 'government', aliases: ['the Council', 'STC'] },
];
export const SAHEL_EVENT = describeEvent({ title: 'Norway recognizes the Sahel Transitional Council' }, SAHEL_KNOWN);
export const SAHEL_LEAD = 'Norway recognized the Sahel Transitional Council on Friday.\n\n';

/** The whole extraction of `sentences` after the recognition's lead, with more stored actors if given. */
export function extractOnSahel(sentences: string, more: KnownActor[] = []) {
  return extractFromArticle({ text: SAHEL_LEAD + sentences, event: SAHEL_EVENT, known: [...SAHEL_KNOWN, ...more] });
}

/** The same for a recognition (Norway recognizes the Sahel Transitional Council), which round-ups report. */
export async function stancesOnSahel(sentences: string): Promise<Record<string, (string | null)[]>> {
  const extraction = await extractOnSahel(sentences);
  return stancesBySpeaker(extraction.proposals, SAHEL_LEAD.length);
}

/** The acting side's tests (ingest-sides*.test.ts): a recognition, a suspension and a resolution. */
export const SIDES_KNOWN: KnownActor[] = [
  { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Oslo'] },
  { id: 'sahel-council', name: 'Sahel Transitional Council', kind: 'government', aliases: ['the Council', 'STC'] },
  { id: 'au', name: 'African Union', kind: 'intergovernmental', aliases: ['AU'] },
  { id: 'mali', name: 'Mali', kind: 'state', aliases: ['Bamako'] },
];
export const SIDES_RECOGNITION = describeEvent(
  { title: 'Norway recognizes the Sahel Transitional Council' },
  SIDES_KNOWN,
);
export const SIDES_SUSPENSION: EventDescription = {
  title: 'African Union suspends Mali',
  actor: 'African Union',
  act: 'suspen',
  target: 'Mali',
  aliases: ['the suspension'],
  targetNames: ['Mali'],
};
export const SIDES_RESOLUTION: EventDescription = {
  title: 'UN General Assembly adopts resolution on the Sahel',
  actor: 'UN General Assembly',
  act: 'resolution',
  target: null,
  aliases: ['the resolution', 'the text'],
};

/** Each speaker's stances, by name, from the sentences proposed whole. */
export async function sidesStances(
  text: string,
  event: EventDescription = SIDES_RECOGNITION,
): Promise<Record<string, (string | null)[]>> {
  return stancesBySpeaker((await extractFromArticle({ text, event, known: SIDES_KNOWN })).proposals);
}
