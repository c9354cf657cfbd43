/**
 * How the graph's ids are made. Ids are stable slugs, never Neo4j's element ids, so that loading the
 * same data again (seed, import, a later edit) finds the same nodes and relationships.
 */
import { SLUG_PATTERN, type RelationType } from '../domain';

/** Latin letters that no decomposition takes to ASCII, written as slugs usually write them. */
const LATIN_SPELLED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/**
 * "Afghan Women’s Political Participation Network" -> "afghan-womens-political-participation-network".
 * Latin letters lose their accents ("Côte d’Ivoire" -> "cote-divoire"), as every id stored so far was
 * made; other scripts keep theirs ("Сергей Лавров" -> "сергей-лавров", "王毅" -> "王毅"), so a name in
 * any script has an id and two names differing by a mark keep two.
 */
export function slugify(text: string): string {
  // Most names and titles are ASCII but for typographic dashes and quotes: this way gives them the same
  // slug for a tenth of the time.
  if (PLAIN.test(text)) {
    return text
      .toLowerCase()
      .replace(/['`’‘]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120)
      .replace(/-+$/g, '');
  }
  return slugifyAnyScript(text);
}

/** ASCII, no-break space, « », dashes, quotation marks (not ‗, which decomposes to a mark) and …. */
const PLAIN = /^[\x00-\x7f\u00a0\u00ab\u00bb\u2010-\u2016\u2018-\u201f\u2026]*$/;

/** slugify's way for text in any script; exported for the test that the quick way agrees with it. */
export function slugifyAnyScript(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (letter) => LATIN_SPELLED[letter])
    .replace(/['’‘`\p{Cf}]/gu, '')
    .replace(/[^\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(.{120}).+$/u, '$1')
    .replace(/-+$/g, '');
}

function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/**
 * An actor or event given by a person (a CSV cell, say): a slug is taken as the id itself; anything
 * else is a name, and its id is its slug.
 */
export function idAndName(cell: string): { id: string; name: string | null } {
  if (isSlug(cell)) return { id: cell, name: null };
  return { id: slugify(cell), name: cell };
}

/**
 * How a name, title or alias is compared when a person's text looks for a stored actor or event:
 * "  Russia recognizes the TALIBAN  government " and "Russia recognizes the Taliban government"
 * are the same. Case, surrounding space and runs of white space only; punctuation still counts.
 */
export function nameKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** One stance per actor and event: the pair is the id. */
export function stanceId(actorId: string, eventId: string): string {
  return `${actorId}--${eventId}`;
}

/** Cypher: stanceId of the actor and event ids the two expressions give. */
export const stanceIdOf = (actorId: string, eventId: string) => `${actorId} + '--' + ${eventId}`;

export function relationId(sourceId: string, type: RelationType, targetId: string): string {
  return `${sourceId}--${type.toLowerCase().replace(/_/g, '-')}--${targetId}`;
}

/** A source named without an id (a CSV row, an article): how it is found again. */
export interface SourceKey {
  /** Its address, else its title and date. */
  key: string;
  title: string;
  url: string | null;
  date: string | null;
}

export function sourceKey(title: string, url: string | null, date: string | null): SourceKey {
  return { key: url ? `url:${url}` : `title:${title}\u0000${date ?? ''}`, title, url, date };
}

/** The 32-bit FNV-1a hash of a string's UTF-16 code units, as an unsigned number. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A new source's id: readable, and unique per address (or title and date). */
export function newSourceId(source: SourceKey): string {
  const suffix = fnv1a(source.key).toString(36).padStart(7, '0');
  const base = slugify(source.title).slice(0, 60).replace(/-+$/, '') || 'source';
  return `${base}-${suffix}`;
}

/** The id to use when newSourceId(source) is already another source's (two titles of one slug and hash). */
export function secondSourceId(source: SourceKey): string {
  let hash = 0;
  const text = `${source.key}#2`;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(31, hash) + text.charCodeAt(i);
  return `${newSourceId(source)}-${Math.abs(hash).toString(36)}`;
}
