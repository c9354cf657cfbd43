/**
 * How route handlers answer: JSON bodies, `{ error }` with a message a person can act on, and the
 * status that says what kind of problem it is. No stack trace or driver message reaches a client.
 */
import { type z } from 'zod';
import { isNeo4jUnavailable, unavailableReason } from '../neo4j';
import { AuthError } from '../auth/errors';
import { ConfigError } from '../config/env';
import { NotFoundError } from '../graph/errors';
import { ConflictError } from '../edit/errors';
import type { ApiError, ConflictAnswer } from '../types';
import { PayloadTooLargeError, readTextBody } from './body';

export class BadRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestError';
  }
}

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export function errorResponse(status: number, message: string, headers: HeadersInit = {}): Response {
  const body: ApiError = { error: message };
  return json(body, status, headers);
}

/** The value at `path` in what was parsed; undefined where it is missing. */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One line per problem: "depth: depth must be from 1 to 3"; `input` tells a missing field from a malformed one. */
export function describeZodError(error: z.ZodError, input?: unknown): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown parameter(s): ${issue.keys.join(', ')}`;
      const field = issue.path.filter((p) => typeof p === 'string').join('.');
      if (issue.code === 'invalid_type' && field) {
        return input !== undefined && valueAt(input, issue.path) === undefined
          ? `${field} is required`
          : `${field}: given more than once or in the wrong form`;
      }
      return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Reads a JSON body of at most `maxBytes` (413 past it); a body that is not JSON is a 400 saying so,
 * with `example` of what to send.
 */
export async function readJsonBody(request: Request, maxBytes: number, example?: string): Promise<unknown> {
  const text = await readTextBody(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError(`The request body must be JSON${example ? `, e.g. ${example}` : ''}.`);
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new BadRequestError(describeZodError(result.error, input));
  return result.data;
}

/** Maps a route's own errors to responses; undefined leaves the error to the common mapping. */
export type ErrorMapper = (error: unknown) => Response | undefined;

/** Runs a handler body and maps what it throws to the right status. */
export async function handle(work: () => Promise<Response>, mapError?: ErrorMapper): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const mapped = mapError?.(error);
    if (mapped) return mapped;
    if (error instanceof BadRequestError) return errorResponse(400, error.message);
    if (error instanceof AuthError) {
      const retry = error.retryAfterSeconds;
      return errorResponse(error.status, error.message, retry === undefined ? {} : { 'Retry-After': String(retry) });
    }
    if (error instanceof PayloadTooLargeError) return errorResponse(413, error.message);
    if (error instanceof NotFoundError) return errorResponse(404, error.message);
    if (error instanceof ConflictError) {
      const body: ConflictAnswer = { error: error.message, current: error.current };
      if (error.conflicts) body.conflicts = error.conflicts;
      return json(body, 409);
    }
    if (isNeo4jUnavailable(error)) return errorResponse(503, unavailableReason(error));
    if (error instanceof ConfigError) {
      console.error(error.message);
      return errorResponse(500, 'The server is misconfigured; see its log.');
    }
    console.error('Unexpected error in the data API:', error);
    return errorResponse(500, 'Something went wrong on the server; the error was logged.');
  }
}
