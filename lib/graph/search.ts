/**
 * Turns what a person types into a Lucene query for the actor_search full-text index: every word
 * must match, as a prefix ("koof" -> Koofi) or within a small edit distance ("kofi" -> Koofi),
 * with exact words ranked first.
 */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLuceneQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => w.replace(LUCENE_SPECIAL, ''))
    .filter((w) => w.length > 0);
  // A lone letter left by a split ("Germany’s" -> "germany", "s") would have to match on its own.
  const meaningful = words.length > 1 ? words.filter((w) => w.length > 1) : words;
  if (meaningful.length === 0) return null;
  return meaningful
    .slice(0, 8)
    .map((w) => {
      const alternatives = [`${w}^3`, `${w}*^2`];
      // Fuzzy matching on very short words matches nearly everything.
      if (w.length >= 4) alternatives.push(`${w}~${w.length >= 7 ? 2 : 1}`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}
