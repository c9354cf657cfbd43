/**
 * Editors' writes of stances. A quote must be a verbatim part of its source's stored text, so
 * every stance can be traced to its words; a second quote for the same actor and event is more
 * evidence for the one stance; a changed or retracted stance keeps its reason in the history.
 */
import type { z } from 'zod';
import { BadRequestError } from '../api/respond';
import { DEFAULT_QUOTE_KIND } from '../domain';
import { NotFoundError } from '../graph/errors';
import { LIMITS } from '../model/limits';
import { openSession, type Db } from '../neo4j';
import { stanceId, type Tx } from '../model';
import type { ActorRecord, EventRecord, SessionUser, SourceRecord, StanceRecord } from '../types';
import { expectVersion, lockedRecord } from './current';
import { ConflictError } from './errors';
import type { newStanceInput, retractInput, stancePatchInput } from './input';
import { changed, readRecord } from './records';
import { linkAbout } from './sources';
import { putState } from './state';
import { edit, type EditResult } from './transaction';

/** The quote as it stands in the source, or a 400 that says why it cannot be used. */
export function verbatimProblem(quote: string, source: SourceRecord): string | null {
  if (source.text === null)
    return `The source "${source.title}" has no stored text, so no quote of it can be checked; store the article's text as a new source.`;
  if (!source.text.includes(quote))
    return `quote is not a verbatim part of the source "${source.title}": select the words in its text (same characters, spaces and punctuation).`;
  return null;
}

export interface SavedStance {
  stance: StanceRecord;
  created: boolean;
}

export function addStance(
  db: Db,
  user: SessionUser,
  input: z.infer<typeof newStanceInput>,
): Promise<EditResult<SavedStance>> {
  return edit(db, user, async (tx) => {
    // The actor's lock orders two editors adding a stance for it at once: the second sees the first's.
    const actor = await lockedRecord<ActorRecord>(tx, 'actor', input.actor);
    const event = await readRecord<EventRecord>(tx, 'event', input.event);
    if (!event) throw new NotFoundError(`No event with id "${input.event}".`);
    const source = await readRecord<SourceRecord>(tx, 'source', input.sourceId);
    if (!source) throw new NotFoundError(`No source with id "${input.sourceId}".`);
    const problem = verbatimProblem(input.quote, source);
    if (problem) throw new BadRequestError(problem);

    const id = stanceId(actor.id, event.id);
    const before = await readRecord<StanceRecord>(tx, 'stance', id, { lock: true });
    if (before && before.stance !== input.stance)
      throw new ConflictError(
        `${actor.name} already has a stance on this event (${before.stance}); change that stance instead of adding another.`,
        before,
      );
    const evidence = { quote: input.quote, sourceId: source.id, kind: input.quoteKind ?? DEFAULT_QUOTE_KIND };
    if (before?.evidence.some((e) => e.quote === evidence.quote && e.sourceId === evidence.sourceId))
      return { result: { stance: before, created: false }, change: null };
    if (before && before.evidence.length >= LIMITS.quotesPerStance)
      throw new BadRequestError(`A stance holds at most ${LIMITS.quotesPerStance} quotes; this one is full.`);
    const after: StanceRecord = before
      ? {
          ...before,
          evidence: [...before.evidence, evidence],
          statedOn: input.statedOn ?? before.statedOn,
          version: before.version + 1,
        }
      : {
          id,
          actorId: actor.id,
          eventId: event.id,
          stance: input.stance,
          evidence: [evidence],
          statedOn: input.statedOn ?? null,
          version: 1,
        };
    await putState(tx, 'stance', id, after);
    await linkAbout(tx, source.id, event.id);
    after.statedOn = await storedDate(tx, id);
    return {
      result: { stance: after, created: !before },
      change: {
        action: before ? 'update' : 'create',
        summary: before
          ? `added a quote to the ${after.stance} of ${actor.name} on ${event.title}, from “${source.title}”`
          : `added the stance of ${actor.name} on ${event.title}: ${after.stance}, from “${source.title}”`,
        reason: null,
        entities: [changed('stance', before, after)],
      },
    };
  });
}

/** Written without a date, a stance takes its source's: the answer and the history keep the date it has now. */
async function storedDate(tx: Tx, id: string): Promise<string | null> {
  return (await readRecord<StanceRecord>(tx, 'stance', id))?.statedOn ?? null;
}

/** The actor's name and the event's title, for the history's summary. */
async function names(tx: Tx, stance: StanceRecord) {
  const actor = await readRecord<ActorRecord>(tx, 'actor', stance.actorId);
  const event = await readRecord<EventRecord>(tx, 'event', stance.eventId);
  return { actor: actor?.name ?? stance.actorId, event: event?.title ?? stance.eventId };
}

export function changeStance(
  db: Db,
  user: SessionUser,
  id: string,
  input: z.infer<typeof stancePatchInput>,
): Promise<EditResult<StanceRecord>> {
  return edit(db, user, async (tx) => {
    const before = await lockedRecord<StanceRecord>(tx, 'stance', id);
    expectVersion(before, input.version);
    const after: StanceRecord = {
      ...before,
      stance: input.stance ?? before.stance,
      statedOn: input.statedOn === undefined ? before.statedOn : input.statedOn,
      version: before.version + 1,
    };
    await putState(tx, 'stance', id, after);
    after.statedOn = await storedDate(tx, id);
    const { actor, event } = await names(tx, before);
    const what = [
      ...(after.stance !== before.stance ? [`from ${before.stance} to ${after.stance}`] : []),
      ...(after.statedOn !== before.statedOn
        ? [`its date from ${before.statedOn ?? 'none'} to ${after.statedOn ?? 'none'}`]
        : []),
    ];
    return {
      result: after,
      change: {
        action: 'update',
        summary: `changed the stance of ${actor} on ${event}${what.length ? `: ${what.join(', ')}` : ''}`,
        reason: input.reason,
        entities: [changed('stance', before, after)],
      },
    };
  });
}

export function retractStance(
  db: Db,
  user: SessionUser,
  id: string,
  input: z.infer<typeof retractInput>,
): Promise<EditResult<null>> {
  return edit(db, user, async (tx) => {
    const before = await lockedRecord<StanceRecord>(tx, 'stance', id);
    expectVersion(before, input.version);
    await putState(tx, 'stance', id, null);
    const { actor, event } = await names(tx, before);
    return {
      result: null,
      change: {
        action: 'retract',
        summary: `retracted the ${before.stance} of ${actor} on ${event}`,
        reason: input.reason,
        entities: [changed('stance', before, null)],
      },
    };
  });
}

export async function getStance(db: Db, id: string): Promise<StanceRecord> {
  const session = openSession(db, 'READ');
  try {
    const stance = await session.executeRead((tx) => readRecord<StanceRecord>(tx, 'stance', id));
    if (!stance) throw new NotFoundError(`No stance with id "${id}".`);
    return stance;
  } finally {
    await session.close();
  }
}
