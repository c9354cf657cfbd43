/**
 * Saving an "Add stance" draft: the actor, event and source it names are created first when they are
 * new, then the stance with its quote. Each write is its own request, so a failure part-way leaves the
 * earlier ones stored: `onCreated` hands each created record back at once, for the form to use it
 * from then on (a second try must not create the actor twice). The writes come in as `api`, so the
 * sequence is tested without a server.
 */
import { isPartialDate } from '@/lib/dates';
import { type ActorKind, type QuoteKind, type Stance } from '@/lib/domain';
import { LIMITS, isWebUrl } from '@/lib/model/limits';
import type { ActorRecord, EventRecord, SourceRecord, StanceRecord } from '@/lib/types';
import type { ActorInput, EventInput, SourceInput, StanceInput } from './data/edits';

export type ActorDraft =
  | { mode: 'existing'; id: string; name: string; kind: ActorKind | null }
  | { mode: 'new'; name: string; kind: ActorKind; description: string };

export type EventDraft =
  { mode: 'existing'; id: string; title: string } | { mode: 'new'; title: string; date: string; description: string };

export type SourceDraft =
  | { mode: 'stored'; id: string }
  | { mode: 'new'; title: string; publisher: string; url: string; date: string; text: string };

export interface StanceDraft {
  actor: ActorDraft;
  event: EventDraft;
  source: SourceDraft;
  quote: string;
  quoteKind: QuoteKind;
  stance: Stance;
}

/** The form's parts before they make a StanceDraft: anything may still be missing. */
export interface DraftParts {
  actor: ActorDraft | null;
  event: EventDraft;
  /** A stored source not chosen yet has the id ''. */
  source: SourceDraft;
  quote: string | null;
  stance: Stance | null;
}

/** What must be put right before saving, in the form's order; empty when the draft can be saved. */
export function draftProblems(parts: DraftParts): string[] {
  const problems: string[] = [];
  const { actor, event, source } = parts;
  if (!actor) problems.push('Choose the actor, or add a new one.');
  else if (actor.mode === 'new' && !actor.name.trim()) problems.push('Give the new actor a name.');
  if (event.mode === 'existing' && !event.id) problems.push('Choose the event, or add a new one.');
  if (event.mode === 'new') {
    if (!event.title.trim()) problems.push('Give the new event a title.');
    if (!isPartialDate(event.date.trim()))
      problems.push('Give the new event a date such as 2025-07-03 (or 2025-07, or 2025).');
  }
  if (source.mode === 'stored' && !source.id) problems.push('Choose a stored source, or paste the article.');
  if (source.mode === 'new') {
    if (!source.title.trim()) problems.push('Give the article a title.');
    if (!source.text.trim()) problems.push('Paste the article’s text.');
    if (source.url.trim() && !isWebUrl(source.url.trim()))
      problems.push('The link must be a full web address (https://…), or left empty.');
    if (source.date.trim() && !isPartialDate(source.date.trim()))
      problems.push('The article’s date must be like 2025-07-04 (or 2025-07, or 2025), or left empty.');
  }
  if (!parts.quote) problems.push('Select the quote in the source’s text.');
  else if (parts.quote.length > LIMITS.quote)
    problems.push(`The quote is longer than ${LIMITS.quote.toLocaleString('en')} characters: select fewer words.`);
  if (!parts.stance) problems.push('Choose the stance: support, condemnation or caution.');
  return problems;
}

export interface AddStanceApi {
  createActor(input: ActorInput): Promise<{ actor: ActorRecord }>;
  createEvent(input: EventInput): Promise<{ event: EventRecord }>;
  createSource(input: SourceInput): Promise<{ source: SourceRecord; existing: boolean }>;
  createStance(input: StanceInput): Promise<{ stance: StanceRecord; created: boolean }>;
}

export type SaveStep = 'actor' | 'event' | 'source' | 'stance';

/** A write of the sequence failed: which one, and the error it threw (an ApiRequestError, mostly). */
export class SaveStepError extends Error {
  readonly step: SaveStep;
  override readonly cause: unknown;

  constructor(step: SaveStep, cause: unknown, message?: string) {
    super(message ?? (cause instanceof Error ? cause.message : `The ${step} could not be saved.`));
    this.name = 'SaveStepError';
    this.step = step;
    this.cause = cause;
  }
}

/** What was created on the way; the form turns each into a choice of the stored record. */
export type Created =
  | { step: 'actor'; actor: ActorRecord }
  | { step: 'event'; event: EventRecord }
  | { step: 'source'; source: SourceRecord; existing: boolean };

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** A new record's input, with the draft's description when one was given. */
function described<T extends { description?: string }>(input: T, draft: { description: string }): T {
  const description = optional(draft.description);
  return description ? { ...input, description } : input;
}

async function step<T>(name: SaveStep, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw new SaveStepError(name, error);
  }
}

/**
 * Writes the draft. A pasted source that turns out to be stored already (same link or same text) is
 * used as stored; if its stored text lacks the quote, nothing more is written and the error says
 * so (step 'source'), the form having switched to the stored source to choose the quote again.
 */
export async function saveStanceDraft(
  draft: StanceDraft,
  api: AddStanceApi,
  onCreated: (created: Created) => void,
): Promise<{ stance: StanceRecord; created: boolean }> {
  let actorId: string;
  if (draft.actor.mode === 'new') {
    const input = described<ActorInput>({ name: draft.actor.name.trim(), kind: draft.actor.kind }, draft.actor);
    const { actor } = await step('actor', () => api.createActor(input));
    onCreated({ step: 'actor', actor });
    actorId = actor.id;
  } else actorId = draft.actor.id;

  let eventId: string;
  if (draft.event.mode === 'new') {
    const input = described<EventInput>(
      { title: draft.event.title.trim(), date: draft.event.date.trim() },
      draft.event,
    );
    const { event } = await step('event', () => api.createEvent(input));
    onCreated({ step: 'event', event });
    eventId = event.id;
  } else eventId = draft.event.id;

  let sourceId: string;
  if (draft.source.mode === 'new') {
    const { title, publisher, url, date, text } = draft.source;
    const input: SourceInput = { title: title.trim(), text, event: eventId };
    for (const [key, value] of [
      ['publisher', publisher],
      ['url', url],
      ['date', date],
    ] as const) {
      const given = optional(value);
      if (given) input[key] = given;
    }
    const answer = await step('source', () => api.createSource(input));
    onCreated({ step: 'source', ...answer });
    if (answer.existing && !(answer.source.text ?? '').includes(draft.quote)) {
      throw new SaveStepError(
        'source',
        null,
        'This article is stored already (the same link or text), and the quote is not in its stored text. Choose the quote again in the stored text.',
      );
    }
    sourceId = answer.source.id;
  } else sourceId = draft.source.id;

  return step('stance', () =>
    api.createStance({
      actor: actorId,
      event: eventId,
      stance: draft.stance,
      sourceId,
      quote: draft.quote,
      quoteKind: draft.quoteKind,
    }),
  );
}
