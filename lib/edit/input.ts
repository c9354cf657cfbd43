/**
 * What the write API reads from a request body (zod): every field bounded by lib/model/limits.ts,
 * unknown fields refused, each problem named by its field.
 */
import { z } from 'zod';
import { partialDate } from '../dates';
import { ACTOR_KINDS, RELATION_TYPES, SLUG_PATTERN, STANCES } from '../domain';
import { LIMITS, lineText, longText, quoteKind, webUrl } from '../model/limits';
import { CHANGE_PAGE_MAX } from './history';

/** Writes take small bodies, except a source's article text. */
export const EDIT_BODY_MAX_BYTES = 64 * 1024;
export const SOURCE_BODY_MAX_BYTES = LIMITS.sourceText * 4 + 64 * 1024;

const id = (what: string) =>
  z
    .string({ message: `${what} is required` })
    .trim()
    .max(LIMITS.id, `${what} must be at most ${LIMITS.id} characters`)
    .regex(SLUG_PATTERN, `${what} must be an id like "fawzia-koofi"`);

const version = z
  .number({ message: 'version is required: the version you last read' })
  .int('version must be a whole number')
  .min(1, 'version must be 1 or more');

const date = partialDate('date');

const optionalDate = z.union([date, z.null()]).optional();

const actorKind = z.enum(ACTOR_KINDS, { message: `kind must be one of ${ACTOR_KINDS.join(', ')}` });
const stance = z.enum(STANCES, { message: `stance must be one of ${STANCES.join(', ')}` });

const aliases = z
  .array(lineText('each alias'), { message: 'aliases must be a list of names' })
  .max(LIMITS.aliases, `aliases must be at most ${LIMITS.aliases}`);

const description = longText('description', LIMITS.description);

/** Why a change was made: required where a stance changes or goes, so the history can say. */
const reason = lineText('reason', LIMITS.title);

export const newSourceInput = z.strictObject({
  title: lineText('title', LIMITS.title),
  publisher: lineText('publisher').optional(),
  url: z.union([webUrl, z.null()]).optional(),
  date: optionalDate,
  text: longText('text', LIMITS.sourceText).refine((t) => t.trim().length > 0, 'text must not be empty'),
  /** The event the source is about, when known. */
  event: id('event').optional(),
});

export const newActorInput = z.strictObject({
  name: lineText('name'),
  kind: actorKind,
  aliases: aliases.optional(),
  description: description.optional(),
});

export const actorPatchInput = z.strictObject({
  version,
  name: lineText('name').optional(),
  kind: actorKind.optional(),
  aliases: aliases.optional(),
  description: description.optional(),
});

export const mergeInput = z.strictObject({ into: id('into'), version });

export const newEventInput = z.strictObject({
  title: lineText('title', LIMITS.title),
  date,
  description: description.optional(),
  kind: lineText('kind').optional(),
});

export const eventPatchInput = z.strictObject({
  version,
  title: lineText('title', LIMITS.title).optional(),
  date: date.optional(),
  description: description.optional(),
  kind: lineText('kind').optional(),
});

export const newStanceInput = z.strictObject({
  actor: id('actor'),
  event: id('event'),
  stance,
  sourceId: id('sourceId'),
  quote: longText('quote', LIMITS.quote).refine((q) => q.trim().length > 0, 'quote must not be empty'),
  quoteKind: quoteKind.optional(),
  /** When the stance was stated; left out, its source's date. */
  statedOn: partialDate('statedOn').optional(),
});

/** A stance's value or its date (null: back to its source's date), or both. */
export const stancePatchInput = z
  .strictObject({
    version,
    stance: stance.optional(),
    statedOn: z.union([partialDate('statedOn'), z.null()]).optional(),
    reason,
  })
  .refine((p) => p.stance !== undefined || p.statedOn !== undefined, 'give the stance or statedOn to change');

export const retractInput = z.strictObject({ version, reason });

export const newRelationInput = z
  .strictObject({
    type: z.enum(RELATION_TYPES, { message: `type must be one of ${RELATION_TYPES.join(', ')}` }),
    from: id('from'),
    to: id('to'),
    sourceId: id('sourceId').optional(),
    quote: longText('quote', LIMITS.quote).optional(),
    quoteKind: quoteKind.optional(),
  })
  .refine((r) => r.from !== r.to, { message: 'from and to must be two different actors', path: ['to'] })
  .refine((r) => (r.quote === undefined) === (r.sourceId === undefined), {
    message: 'a quote needs its sourceId, and a sourceId its quote',
    path: ['quote'],
  });

export const relationDeleteInput = z.strictObject({ version: version.optional(), reason: reason.optional() });

export const revertInput = z.strictObject({ reason: reason.optional() });

export const changesQuery = z.strictObject({
  entity: z
    .string()
    .trim()
    .max(LIMITS.id * 3, 'entity is too long')
    .optional(),
  user: z.string().trim().max(64, 'user is too long').optional(),
  limit: z
    .string()
    .regex(/^\d+$/, `limit must be a whole number from 1 to ${CHANGE_PAGE_MAX}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, `limit must be from 1 to ${CHANGE_PAGE_MAX}`)
        .max(CHANGE_PAGE_MAX, `limit must be from 1 to ${CHANGE_PAGE_MAX}`),
    )
    .optional(),
  before: z.string().trim().uuid('before must be the id of a change').optional(),
});
