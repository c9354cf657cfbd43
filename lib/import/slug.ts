import { SLUG_PATTERN } from '../domain';

/** "Afghan Women’s Political Participation Network" -> "afghan-womens-political-participation-network". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
}

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/**
 * A cell of the CSV's actor or event column: a slug is taken as the id itself; anything else is a
 * name, and its id is its slug.
 */
export function idAndName(cell: string): { id: string; name: string | null } {
  if (isSlug(cell)) return { id: cell, name: null };
  return { id: slugify(cell), name: cell };
}
