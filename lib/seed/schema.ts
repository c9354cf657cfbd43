/** The shape of the seed files in graph-seed/ (and of the project's own JSON import format). */
import { z } from 'zod';
import { isPartialDate } from '../dates';
import { ACTOR_KINDS, RELATION_TYPES, SLUG_PATTERN, STANCES } from '../domain';
import { LIMITS, lineText, longText, quoteKind, webUrl } from '../model/limits';

const slug = z
  .string({ message: 'must be a slug' })
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(
    SLUG_PATTERN,
    'must be a slug: lower-case letters (any script) and digits joined by single hyphens ("fawzia-koofi")',
  );

/** A required longer text (a description): trimmed, not empty, bounded. */
const text = (what: string, max: number) => longText(what, max).trim().min(1, `${what} must not be empty`);

/**
 * A list of at most `max` items. The length is checked before any item is, so a list of ten million
 * costs one count, not ten million item checks and as many problems.
 */
function boundedList<T extends z.ZodType>(item: T, max: number, what: string) {
  return z
    .array(z.unknown(), { message: `${what} must be a list` })
    .max(max, `${what} must hold at most ${max} items`)
    .pipe(z.array(item));
}

const partialDate = z
  .string({ message: 'must be a date like "2025", "2025-07" or "2025-07-03" (quote it in YAML)' })
  .refine(isPartialDate, 'must be a date like "2025", "2025-07" or "2025-07-03"');

const evidenceSchema = z.object(
  {
    source: slug,
    quote: longText('quote', LIMITS.quote).min(1, 'quote must not be empty'),
    /** `direct` only when the quote is the actor's own words; left out, the quote is reported (or keeps its stored kind). */
    kind: quoteKind.optional(),
  },
  { message: 'evidence must be { source, quote, kind? }' },
);

export const actorSchema = z.strictObject({
  id: slug,
  name: lineText('name'),
  kind: z.enum(ACTOR_KINDS, { message: `kind must be one of ${ACTOR_KINDS.join(', ')}` }),
  aliases: boundedList(lineText('alias'), LIMITS.aliases, 'aliases').default([]),
  description: text('description', LIMITS.description),
});

export const eventSchema = z.strictObject({
  id: slug,
  title: lineText('title', LIMITS.title),
  date: partialDate,
  kind: lineText('kind'),
  description: text('description', LIMITS.description),
});

export const sourceSchema = z.strictObject({
  id: slug,
  title: lineText('title', LIMITS.title),
  publisher: lineText('publisher'),
  url: webUrl.nullable().default(null),
  date: partialDate.nullable().default(null),
  /** Path of the text file, relative to the seed folder. */
  text: lineText('text'),
  about: boundedList(slug, LIMITS.aboutPerSource, 'about').default([]),
});

export const stanceSchema = z.strictObject({
  actor: slug,
  event: slug,
  stance: z.enum(STANCES, { message: `stance must be one of ${STANCES.join(', ')}` }),
  /** When it was stated; left out, its first quote's source's date (else the event's). */
  statedOn: partialDate.optional(),
  evidence: boundedList(evidenceSchema, LIMITS.quotesPerStance, 'evidence').refine(
    (list) => list.length > 0,
    'a stance needs at least one evidence quote',
  ),
});

export const relationSchema = z.strictObject({
  source: slug,
  type: z.enum(RELATION_TYPES, { message: `type must be one of ${RELATION_TYPES.join(', ')}` }),
  target: slug,
  evidence: evidenceSchema.optional(),
});

export type ActorInput = z.infer<typeof actorSchema>;
export type EventInput = z.infer<typeof eventSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type StanceInput = z.infer<typeof stanceSchema>;
export type RelationInput = z.infer<typeof relationSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
