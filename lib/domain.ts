/**
 * The domain's vocabulary (actor kinds, stances, relations), shared by the seed loader, the API and the UI.
 * Lists here are the only place these values are spelled out.
 */

export const STANCES = ['support', 'condemnation', 'caution'] as const;
export type Stance = (typeof STANCES)[number];

export const ACTOR_KINDS = [
  'state',
  'government',
  'government-body',
  'person',
  'organisation',
  'intergovernmental',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * What a piece of evidence is: the actor's own words (`direct`: inside quotation marks in the source,
 * attributed to them) or the source's account of what they said or did (`reported`). Only a direct
 * quote may be shown, or cited, as the actor's words.
 */
export const QUOTE_KINDS = ['direct', 'reported'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/**
 * The kind of a quote whose data does not say (a seed entry or an import row without one, a quote
 * stored before kinds were): reported, so that nobody's words are ever presented as theirs unless
 * the data says they are.
 */
export const DEFAULT_QUOTE_KIND: QuoteKind = 'reported';

/** A stored kind as read back: anything but `direct` (null included) is reported. */
export function quoteKindOf(value: unknown): QuoteKind {
  return value === 'direct' ? 'direct' : DEFAULT_QUOTE_KIND;
}

/** Relationship types between actors; these are also the Neo4j relationship types. */
export const RELATION_TYPES = ['LEADS', 'PART_OF', 'SPEAKS_FOR', 'ECHOES', 'RECOGNIZES', 'HAS_PRESENCE_IN'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The Neo4j relationship type of a stance, actor -> event. */
export const STANCE_REL = 'TOOK_STANCE';

/**
 * Slugs: lower-case words joined by single hyphens ("fawzia-koofi"), in any script ("王毅",
 * "сергей-лавров", "محمد-بن-سلمان"): letters without upper case, combining marks and digits.
 */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+)*$/u;

/** Dates as ISO 8601 with the precision that is known: "1979", "2022-09" or "2025-07-03". */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** GET /api/events answers one page of events: this many unless asked (`limit`), never more than the max. */
export const EVENT_PAGE_DEFAULT = 100;
export const EVENT_PAGE_MAX = 500;

/** GET /api/actors/{id} lists this many of the actor's stances unless asked (`limit`, `offset`). */
export const ACTOR_STANCE_PAGE_DEFAULT = 100;
export const ACTOR_STANCE_PAGE_MAX = 500;

/** Limits of /api/graph; documented in docs/api.md. */
export const GRAPH_NODE_LIMIT = 500;
export const GRAPH_EDGE_LIMIT = 2000;
export const MAX_DEPTH = 3;
/**
 * Quotes in /api/graph answers are cut to this many characters (and marked `truncated`): a view
 * draws hundreds of edges, and one oversized quote must not make everyone's view slow. The actor's
 * panel (/api/actors/{id}) has every quote whole.
 */
export const GRAPH_QUOTE_MAX = 1000;
