/**
 * Bounds on every text and list the graph takes in, whichever writer brings it (seed, import, and
 * the editors that follow). They are generous for real reporting and small enough that one record
 * cannot take the server or a reader's page down: a quote is a sentence or a paragraph, not a book.
 */
import { z } from 'zod';
import { QUOTE_KINDS } from '../domain';

export const LIMITS = {
  /** Names, aliases, titles, publishers, kinds: one line each. */
  name: 300,
  title: 500,
  description: 5_000,
  quote: 10_000,
  /** A source's stored article text. */
  sourceText: 500_000,
  url: 2_000,
  id: 200,
  aliases: 50,
  quotesPerStance: 100,
  aboutPerSource: 100,
} as const;

/**
 * Characters that reorder how text is displayed (U+202A–202E embeddings and overrides, U+2066–2069
 * isolates): in a name they can show `evil` as `live` or disguise a file name. Refused in names and
 * ids; in quotes they stay (a verbatim quote keeps its characters) and the UI isolates them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Control characters other than tab: a one-line field holds none. */
const LINE_CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F]/;

export function lineTextProblem(value: string, max: number): string | null {
  if (value.length > max)
    return `must be at most ${max.toLocaleString('en')} characters (it has ${value.length.toLocaleString('en')})`;
  if (BIDI_CONTROLS.test(value)) return 'must not hold bidirectional control characters (U+202A–202E, U+2066–2069)';
  if (LINE_CONTROLS.test(value)) return 'must be one line without control characters';
  return null;
}

/** A required one-line text: trimmed, not empty, bounded, without bidi or control characters. */
export function lineText(what: string, max: number = LIMITS.name) {
  return z
    .string({ message: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`)
    .superRefine((value, ctx) => {
      const problem = lineTextProblem(value, max);
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    });
}

/** A longer text (description, quote): bounded; line breaks allowed. */
export function longText(what: string, max: number) {
  return z
    .string({ message: `${what} is required` })
    .max(max, `${what} must be at most ${max.toLocaleString('en')} characters`);
}

/** Only web links: a `javascript:` or `data:` address in a source would run in a reader's browser. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const webUrl = z
  .string()
  .max(LIMITS.url, `url must be at most ${LIMITS.url} characters`)
  .refine(isWebUrl, 'url must be a full http(s) address or null');

/** A quote's kind (domain.ts QUOTE_KINDS). Writers take it as optional: left out, DEFAULT_QUOTE_KIND applies. */
export const quoteKind = z.enum(QUOTE_KINDS, { message: `kind must be one of ${QUOTE_KINDS.join(', ')}` });
