/** zod schemas for everything the data API reads from a request. */
import { z } from 'zod';
import { ACTOR_KINDS, ACTOR_STANCE_PAGE_MAX, EVENT_PAGE_MAX, MAX_DEPTH, SLUG_PATTERN, STANCES } from '../domain';
import { rangeParams } from '../dates';

export const slugParam = (what: string) =>
  z
    .string()
    .trim()
    .regex(
      SLUG_PATTERN,
      `${what} must be an id like "fawzia-koofi" (lower-case letters in any script, digits and hyphens)`,
    );

const integerParam = (what: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${what} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z.number().min(min, `${what} must be from ${min} to ${max}`).max(max, `${what} must be from ${min} to ${max}`),
    );

export const graphQuerySchema = z.strictObject(
  {
    event: slugParam('event').optional(),
    stance: z.array(z.enum(STANCES, { message: `stance must be one of ${STANCES.join(', ')}` })).default([]),
    kind: z.array(z.enum(ACTOR_KINDS, { message: `kind must be one of ${ACTOR_KINDS.join(', ')}` })).default([]),
    actor: slugParam('actor').optional(),
    depth: integerParam('depth', 1, MAX_DEPTH).optional(),
    quotes: z.enum(['all'], { message: 'quotes must be all (or left out)' }).optional(),
    // Checked as a pair (from after to) by lib/api/filters.ts: a refined schema cannot be extended.
    ...rangeParams,
  },
  { message: 'unknown parameter' },
);

export type GraphQuery = z.infer<typeof graphQuerySchema>;

export const ACTOR_SEARCH_DEFAULT_LIMIT = 10;
const ACTOR_SEARCH_MAX_LIMIT = 50;

export const actorSearchSchema = z.strictObject({
  q: z.string().trim().max(100, 'q must be at most 100 characters').optional(),
  limit: integerParam('limit', 1, ACTOR_SEARCH_MAX_LIMIT).optional(),
});

export const actorDetailSchema = z.strictObject({
  limit: integerParam('limit', 1, ACTOR_STANCE_PAGE_MAX).optional(),
  offset: integerParam('offset', 0, 10_000_000).optional(),
});

export const eventListSchema = z.strictObject({
  q: z.string().trim().max(100, 'q must be at most 100 characters').optional(),
  limit: integerParam('limit', 1, EVENT_PAGE_MAX).optional(),
  offset: integerParam('offset', 0, 10_000_000).optional(),
});

/** The graph API's repeatable filters. */
const GRAPH_REPEATABLE = ['stance', 'kind'];

/**
 * URLSearchParams -> plain object: repeatable keys become arrays; a single key given twice is kept
 * as an array so the schema reports it instead of silently taking one.
 */
export function searchParamsToObject(
  params: URLSearchParams,
  repeatable: readonly string[] = GRAPH_REPEATABLE,
): Record<string, string | string[]> {
  const REPEATABLE = new Set(repeatable);
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).flatMap((v) => (REPEATABLE.has(key) ? v.split(',') : [v]));
    const cleaned = REPEATABLE.has(key) ? values.map((v) => v.trim()).filter((v) => v !== '') : values;
    out[key] = REPEATABLE.has(key) || cleaned.length > 1 ? cleaned : cleaned[0];
  }
  return out;
}

const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

export const QUERY_MAX_LENGTH = 20_000;
export const QUERY_BODY_MAX_BYTES = 200_000;

export const consoleQuerySchema = z.strictObject({
  cypher: z
    .string({ message: 'cypher is required: the Cypher text to run' })
    .trim()
    .min(1, 'cypher must not be empty')
    .max(QUERY_MAX_LENGTH, `cypher must be at most ${QUERY_MAX_LENGTH} characters`),
  params: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are letters, digits and _'), jsonValue)
    .default({}),
});
