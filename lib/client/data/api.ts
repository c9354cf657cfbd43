/** Browser-side fetchers for the data API. They throw ApiRequestError with the server's own message. */
import type { ApiError, HealthResponse } from '@/lib/types';

export class ApiRequestError extends Error {
  /** HTTP status; 0 when the server could not be reached at all. */
  readonly status: number;
  /** The answer's whole body, for the answers that say more than `error` (a 409's `current`). */
  readonly body: unknown;

  constructor(message: string, status: number, body: unknown = null) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.body = body;
  }
}

/** 503 is the API's way of saying "Neo4j is down"; 0 means the app server itself is unreachable. */
export function isUnavailable(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 503 || error.status === 0);
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return 'Something went wrong while loading data.';
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as ApiError).error === 'string';
}

async function request(path: string, signal?: AbortSignal, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(path, { ...init, signal, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError('The Stancegraph server could not be reached.', 0);
  }
}

async function readBody(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

async function answerOf<T>(res: Response): Promise<T> {
  const body = await readBody(res);
  if (!res.ok) {
    const fallback =
      res.status === 503 ? 'The graph database is unavailable.' : `The request failed (HTTP ${res.status}).`;
    throw new ApiRequestError(isApiError(body) ? body.error : fallback, res.status, body);
  }
  if (body === null) throw new ApiRequestError('The server sent an unreadable answer.', res.status);
  return body as T;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return answerOf<T>(await request(path, signal));
}

/** A request with a JSON body (the writes); same-origin fetch sends the session cookie and Origin. */
export async function sendJson<T>(
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  payload: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const init = { method, body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } };
  return answerOf<T>(await request(path, signal, init));
}

export function postJson<T>(path: string, payload: unknown, signal?: AbortSignal): Promise<T> {
  return sendJson<T>('POST', path, payload, signal);
}

export async function deleteJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return answerOf<T>(await request(path, signal, { method: 'DELETE' }));
}

/** Health answers 503 with a HealthResponse body when Neo4j is down: that is data, not a failure. */
export async function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  const res = await request('/api/health', signal);
  const body = await readBody(res);
  if (typeof body === 'object' && body !== null && 'neo4j' in body) return body as HealthResponse;
  if (res.status === 503) {
    return { status: 'degraded', neo4j: { status: 'down', message: isApiError(body) ? body.error : undefined } };
  }
  throw new ApiRequestError(isApiError(body) ? body.error : `Health check failed (HTTP ${res.status}).`, res.status);
}
