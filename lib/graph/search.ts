/**
 * The actor search. What a person types becomes a Lucene query for the actor_search full-text index
 * (names and aliases, and the one-line description that says an actor's role): every word must match
 * somewhere, as a prefix ("koof" -> Koofi) or within a small edit distance ("kofi" -> Koofi). The hits
 * are then ranked here (rankActorHits), where the rules can be read and tested: whole words before
 * partial ones, names before descriptions.
 */
import type { ActorSummary } from '../types';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_WORDS = 8;

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The words of a search, as the index sees them (lower case, no punctuation or Lucene syntax). */
function searchWords(input: string): string[] {
  const words = tokens(input)
    .map((w) => w.replace(LUCENE_SPECIAL, ''))
    .filter((w) => w.length > 0);
  // A lone letter left by a split ("Germany’s" -> "germany", "s") would have to match on its own.
  const meaningful = words.length > 1 ? words.filter((w) => w.length > 1) : words;
  return meaningful.slice(0, MAX_WORDS);
}

/** Typos allowed in a word: none in very short words, which would match nearly everything. */
function typosAllowed(word: string): number {
  return word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
}

export function toLuceneQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const alternatives = [`${w}^3`, `${w}*^2`];
      const typos = typosAllowed(w);
      if (typos > 0) alternatives.push(`${w}~${typos}`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/** Whether a and b are at most `max` edits apart (insertions, deletions, substitutions). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > max) return false;
    previous = row;
  }
  return previous[b.length] <= max;
}

type Grade = 'exact' | 'prefix' | 'typo' | null;

function grade(word: string, fieldTokens: string[]): Grade {
  if (fieldTokens.includes(word)) return 'exact';
  if (fieldTokens.some((t) => t.startsWith(word))) return 'prefix';
  const typos = typosAllowed(word);
  if (typos > 0 && fieldTokens.some((t) => withinEdits(word, t, typos))) return 'typo';
  return null;
}

/**
 * How well an actor answers a search, compared key by key (higher first): the search is the whole
 * name or a whole alias ("UN", "Russia"); words found whole (in the name, an alias or the description);
 * of those, in the name or an alias; words found at all in the name or an alias; words found as a
 * prefix. So "foreign minister" puts Amir Khan Muttaqi, whose role is "Foreign minister of the Taliban
 * government", before the Russian foreign ministry, whose name holds "foreign" whole but "minister"
 * only as a typo of "ministry"; and "Koofi" puts Fawzia Koofi, named so, before any actor whose
 * description mentions her.
 */
export function searchRank(input: string, actor: Pick<ActorSummary, 'name' | 'aliases' | 'description'>): number[] {
  const words = searchWords(input);
  const names = [actor.name, ...actor.aliases].map(tokens);
  const nameTokens = names.flat();
  const description = tokens(actor.description);
  const whole = words.join(' ');
  const key = [names.some((name) => name.join(' ') === whole) ? 1 : 0, 0, 0, 0, 0];
  for (const word of words) {
    const inName = grade(word, nameTokens);
    const inDescription = grade(word, description);
    if (inName === 'exact' || inDescription === 'exact') key[1] += 1;
    if (inName === 'exact') key[2] += 1;
    if (inName !== null) key[3] += 1;
    if (inName === 'prefix' || inDescription === 'prefix') key[4] += 1;
  }
  return key;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

/** The hits of a search, best first (searchRank, then the index's own score, then by name). */
export function rankActorHits<H extends ActorSummary & { score: number }>(input: string, hits: H[]): H[] {
  const ranked = hits.map((hit) => ({ hit, rank: searchRank(input, hit) }));
  ranked.sort(
    (a, b) => compareRanks(a.rank, b.rank) || b.hit.score - a.hit.score || a.hit.name.localeCompare(b.hit.name),
  );
  return ranked.map((r) => r.hit);
}
