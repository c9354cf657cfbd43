/**
 * The /ingest page's talk with the API: propose stances for an article (POST /api/ingest), create an
 * event, look up the stances an already stored article backs, and save what the editor accepted
 * through the editors' write path (sources, actors, stances, relations), one row at a time so each
 * row gets its own answer.
 */
import { queryOptions } from '@tanstack/react-query';
import { LIMITS } from '@/lib/model/limits';
import type { EventRecord, StanceRecord } from '@/lib/types';
import { actorKey, isDone, type IngestAnswer, type Outcome, type Review, type SaveOutcomes } from '../ingest/review';
import { ApiRequestError, getJson } from './api';

interface Answer {
  status: number;
  body: Record<string, unknown> | null;
}

/** A POST whose status and body both matter (201 against 200, a 409's `current`); status 0: unreachable. */
async function send(path: string, payload: unknown): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: JSON.stringify(payload),
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    });
  } catch {
    return { status: 0, body: { error: 'The Stancegraph server could not be reached.' } };
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  return { status: response.status, body };
}

function serverMessage(answer: Answer): string {
  const error = answer.body?.error;
  if (typeof error === 'string') return error;
  if (answer.status === 503) return 'The graph database is unavailable; try again in a moment.';
  return `The request failed (HTTP ${answer.status}).`;
}

/** What each refusal of a proposal means for the person at the page. */
function proposeError(answer: Answer): ApiRequestError {
  const said = serverMessage(answer);
  const messages: Record<number, string> = {
    400: `The article could not be read: ${said}`,
    401: 'You are not signed in (any more): sign in again, then propose.',
    403: `Your account may not change the graph: ${said}`,
    404: `${said} Choose the event again: it may have been removed.`,
    413: `The article is too long: at most ${LIMITS.sourceText.toLocaleString('en-US')} characters are read. Paste the report alone.`,
  };
  return new ApiRequestError(messages[answer.status] ?? said, answer.status);
}

export interface ArticleInput {
  text: string;
  event: string;
  title: string;
  publisher: string;
  url: string;
  date: string;
  contentType?: 'text/plain' | 'text/html';
}

/** Empty fields are left out: the API takes them as not given. */
function articleFields(input: ArticleInput): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ['title', 'publisher', 'url', 'date'] as const) {
    const value = input[name].trim();
    if (value) fields[name] = value;
  }
  return fields;
}

export async function proposeStances(input: ArticleInput): Promise<IngestAnswer> {
  if (input.text.length > LIMITS.sourceText) throw proposeError({ status: 413, body: null });
  const answer = await send('/api/ingest', {
    text: input.text,
    event: input.event,
    ...articleFields(input),
    ...(input.contentType ? { contentType: input.contentType } : {}),
  });
  if (answer.status !== 200 || !answer.body) throw proposeError(answer);
  return answer.body as unknown as IngestAnswer;
}

/** A new event, or the one of that title stored already (a 409 names it). */
export async function createEvent(title: string, date: string): Promise<{ event: EventRecord; existed: boolean }> {
  const answer = await send('/api/events', { title: title.trim(), date: date.trim() });
  if (answer.status === 201) return { event: answer.body!.event as EventRecord, existed: false };
  const current = answer.body?.current as EventRecord | null | undefined;
  if (answer.status === 409 && current?.id) return { event: current, existed: true };
  throw new ApiRequestError(serverMessage(answer), answer.status);
}

/** A stored stance, to say which of an already stored article's stances exist. */
export const storedStanceQuery = (id: string) =>
  queryOptions({
    // Under the stances' key, so that a change of the stance elsewhere refreshes it.
    queryKey: ['stances', 'detail', id] as const,
    queryFn: ({ signal }) => getJson<StanceRecord>(`/api/stances/${encodeURIComponent(id)}`, signal),
    staleTime: 60_000,
  });

export interface SaveResult extends SaveOutcomes {
  /** Why saving stopped early (no source, signed out, server unreachable): the rows after were not sent. */
  stopped: { message: string; status: number } | null;
}

/** Saving stops on these: every further request would be refused the same way. */
const FATAL = new Set([0, 401, 403]);

function refused(answer: Answer): Outcome {
  return { state: 'refused', message: serverMessage(answer) };
}

/**
 * Stores the source (unless stored), the new actors the accepted rows name (a 409 answers the actor
 * of that name, which is used), then each accepted stance and relation. A refused row is reported and
 * the others go on; rows saved by an earlier try are skipped.
 */
export async function saveReview(review: Review, meta: Omit<ArticleInput, 'text' | 'event'>): Promise<SaveResult> {
  const result: SaveResult = { sourceId: review.sourceId, actorIds: {}, rows: {}, relations: {}, stopped: null };
  const rows = review.rows.filter((r) => r.decision === 'accepted' && !isDone(r.outcome) && r.stance);
  const relations = review.relations.filter((r) => r.decision === 'accepted' && !isDone(r.outcome));

  if (!result.sourceId) {
    const answer = await send('/api/sources', {
      text: review.text,
      event: review.event,
      ...articleFields({ ...meta, text: '', event: '' }),
    });
    const source = answer.body?.source as { id?: string } | undefined;
    if ((answer.status !== 200 && answer.status !== 201) || !source?.id) {
      result.stopped = { message: `The article was not stored: ${serverMessage(answer)}`, status: answer.status };
      return result;
    }
    result.sourceId = source.id;
  }

  // Each new actor once, however many rows and relations name it.
  const actorErrors: Record<string, Outcome> = {};
  const newActors = [...rows.map((r) => r.actor), ...relations.flatMap((r) => [r.relation.from, r.relation.to])];
  for (const actor of newActors) {
    const key = actorKey(actor);
    if (actor.id || key in result.actorIds || key in actorErrors) continue;
    const answer = await send('/api/actors', { name: actor.name.trim(), kind: actor.kind });
    const made = (answer.status === 409 ? answer.body?.current : answer.body?.actor) as { id?: string } | undefined;
    if ((answer.status === 201 || answer.status === 409) && made?.id) result.actorIds[key] = made.id;
    else if (FATAL.has(answer.status)) {
      result.stopped = { message: serverMessage(answer), status: answer.status };
      return result;
    } else actorErrors[key] = { state: 'refused', message: `The actor was not created: ${serverMessage(answer)}` };
  }
  const idOf = (actor: { id: string | null; name: string }) => actor.id ?? result.actorIds[actorKey(actor)] ?? null;

  for (const row of rows) {
    const actor = idOf(row.actor);
    if (!actor) {
      result.rows[row.key] = actorErrors[actorKey(row.actor)];
      continue;
    }
    const answer = await send('/api/stances', {
      actor,
      event: review.event,
      stance: row.stance,
      sourceId: result.sourceId,
      quote: row.quote,
      quoteKind: row.quoteKind,
    });
    if (FATAL.has(answer.status)) {
      result.stopped = { message: serverMessage(answer), status: answer.status };
      return result;
    }
    result.rows[row.key] =
      answer.status === 201
        ? { state: 'saved', message: 'a new stance' }
        : answer.status === 200
          ? { state: 'evidence', message: 'the quote now backs the stance stored already' }
          : refused(answer);
  }

  for (const row of relations) {
    const [from, to] = [idOf(row.relation.from), idOf(row.relation.to)];
    if (!from || !to) {
      result.relations[row.key] = actorErrors[actorKey(from ? row.relation.to : row.relation.from)];
      continue;
    }
    const answer = await send('/api/relations', {
      type: row.relation.type,
      from,
      to,
      sourceId: result.sourceId,
      quote: row.relation.quote,
    });
    if (FATAL.has(answer.status)) {
      result.stopped = { message: serverMessage(answer), status: answer.status };
      return result;
    }
    result.relations[row.key] =
      answer.status === 201
        ? { state: 'saved', message: '' }
        : answer.status === 409
          ? { state: 'exists', message: serverMessage(answer) }
          : refused(answer);
  }
  return result;
}
