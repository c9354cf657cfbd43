/**
 * What every route that writes the graph does first: an editor's session from this site (401, 403),
 * then a JSON body within its byte limit, checked against its schema (400 naming the field).
 */
import type { z } from 'zod';
import { requireEditor } from '../auth/session';
import { appDb } from '../neo4j';
import type { SessionUser } from '../types';
import { readTextBody } from './body';
import { BadRequestError, handle, json, parseOrThrow } from './respond';

export interface WriteRoute<S extends z.ZodType> {
  request: Request;
  body: S;
  maxBytes: number;
}

export function writeRoute<S extends z.ZodType>(
  { request, body, maxBytes }: WriteRoute<S>,
  work: (user: SessionUser, input: z.infer<S>) => Promise<Response>,
): Promise<Response> {
  return handle(async () => {
    const user = await requireEditor(appDb(), request);
    const input = parseOrThrow(body, await jsonBody(request, maxBytes));
    return work(user, input);
  });
}

/** The body as JSON; an empty body is `{}` (a revert or a removal without a reason). */
async function jsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readTextBody(request, maxBytes);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError('The request body must be JSON (Content-Type: application/json).');
  }
}

/** 201 for something new, else 200. */
export function written(body: unknown, created: boolean): Response {
  return json(body, created ? 201 : 200);
}

/** Ids of stances (`actor--event`) and relations (`a--speaks-for--b`): slugs joined by double hyphens. */
export const COMPOUND_ID = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;
