/** The shape of the seed files in graph-seed/ (and of the project's own JSON import format). */
import { z } from 'zod';
import { ACTOR_KINDS, PARTIAL_DATE_PATTERN, RELATION_TYPES, SLUG_PATTERN, STANCES } from '../domain';

const slug = z
  .string({ message: 'must be a slug' })
  .regex(SLUG_PATTERN, 'must be a slug: lower-case letters and digits joined by single hyphens ("fawzia-koofi")');

const text = (what: string) =>
  z
    .string({ message: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`);

const partialDate = z
  .string({ message: 'must be a date like "2025", "2025-07" or "2025-07-03" (quote it in YAML)' })
  .regex(PARTIAL_DATE_PATTERN, 'must be a date like "2025", "2025-07" or "2025-07-03"');

export const evidenceSchema = z.object(
  {
    source: slug,
    quote: z.string({ message: 'quote is required' }).min(1, 'quote must not be empty'),
  },
  { message: 'evidence must be { source, quote }' },
);

export const actorSchema = z.strictObject({
  id: slug,
  name: text('name'),
  kind: z.enum(ACTOR_KINDS, { message: `kind must be one of ${ACTOR_KINDS.join(', ')}` }),
  aliases: z.array(text('alias')).default([]),
  description: text('description'),
});

export const eventSchema = z.strictObject({
  id: slug,
  title: text('title'),
  date: partialDate,
  kind: text('kind'),
  description: text('description'),
});

export const sourceSchema = z.strictObject({
  id: slug,
  title: text('title'),
  publisher: text('publisher'),
  url: z.url({ message: 'url must be a full http(s) address or null' }).nullable().default(null),
  date: partialDate.nullable().default(null),
  /** Path of the text file, relative to the seed folder. */
  text: text('text'),
  about: z.array(slug).default([]),
});

export const stanceSchema = z.strictObject({
  actor: slug,
  event: slug,
  stance: z.enum(STANCES, { message: `stance must be one of ${STANCES.join(', ')}` }),
  evidence: z.array(evidenceSchema).min(1, 'a stance needs at least one evidence quote'),
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
