/**
 * Sentence splitting with offsets into the text. A sentence ends at . ! or ? (and any closing quote
 * or bracket) followed by a space and a capital, digit or opening quote (or, in text run together,
 * by no space and a capitalised word), except after a known abbreviation or an initial, and never
 * inside an open quotation: a quote of several sentences stays one sentence with its speaker.
 */
import { SPEECH_VERB } from './lexicon';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of its paragraph (a line of the text). */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'dept',
  'est',
  'fig',
  'hon',
  'messrs',
  'mt',
  'op',
  'pres',
  'rev',
  'vol',
  'a.m',
  'p.m',
  'ft',
  'sq',
  'maj',
  'brig',
  'amb',
]);

const OPENING_QUOTES = '"“‘\'';
const CLOSERS = `"”’'»)]`;

function endsWithAbbreviation(before: string): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1];
  if (!word) return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Straight double quotes toggle; curly ones open and close. */
function quoteDepth(depth: number, char: string): number {
  if (char === '“') return depth + 1;
  if (char === '”') return Math.max(0, depth - 1);
  if (char === '"') return depth > 0 ? depth - 1 : depth + 1;
  return depth;
}

/**
 * Text taken from a page's paragraphs without the breaks between them runs its sentences together:
 * "elections.Netanyahu said", "1967.\"Your decision". A stop after a word of two or more characters
 * ending lowercase (or a number), right before a capitalised word or a quote opening with one, ends a
 * sentence; initials ("U.S.Secretary"), abbreviations and "amu.tv" do not.
 */
function gluedSentence(text: string, start: number, stop: number, end: number): boolean {
  if (!/[A-Za-z0-9'’][a-z0-9]["”’)]?$/.test(text.slice(Math.max(start, stop - 3), stop))) return false;
  if (text[stop] === '.' && endsWithAbbreviation(text.slice(start, stop))) return false;
  const word = text[end] === '"' || text[end] === '“' ? end + 1 : end;
  return /^[A-Z][a-z]/.test(text.slice(word, word + 2));
}

/** A speaker's name and a verb of speech that end the sentence: "Rezaie added.", "Jane Roe, a lawyer, asked." */
const ATTRIBUTION_AFTER = new RegExp(
  `^(?:[A-Z][\\w.'’-]*\\s+){1,4}(?:,[^,.!?]{1,60},\\s+)?(?:asked|${SPEECH_VERB.source})(?:\\s+[^.!?"“”]{0,60})?[.]`,
);

function splitParagraph(text: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      out.push({ start: offset + start + lead, end: offset + start + lead + trimmed.length, text: trimmed, paragraph });
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    depth = quoteDepth(depth, char);
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let end = i + 1;
    // A straight quote right after the stop closes a quotation only when one is open.
    while (end < text.length && CLOSERS.includes(text[end]) && !(text[end] === '"' && depth === 0)) {
      depth = quoteDepth(depth, text[end]);
      end += 1;
    }
    if (depth > 0) continue;
    if (end >= text.length) break;
    if (!/\s/.test(text[end])) {
      if (!gluedSentence(text, start, i, end)) continue;
      push(end);
      start = end;
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next += 1;
    const following = text[next] ?? '';
    if (!/[A-Z0-9]/.test(following) && !OPENING_QUOTES.includes(following)) continue;
    // '"… a betrayal of human morality?" Rezaie added.': a quoted question or cry and its speaker are one sentence.
    if (char !== '.' && end > i + 1 && ATTRIBUTION_AFTER.test(text.slice(next, next + 120))) {
      i = end - 1;
      continue;
    }
    if (char === '.' && endsWithAbbreviation(text.slice(start, i))) continue;
    // "No. 10", "Nos. 3 and 4".
    if (char === '.' && /\bNos?$/.test(text.slice(start, i)) && /[0-9]/.test(following)) continue;
    push(end);
    start = next;
    i = next - 1;
  }
  push(text.length);
}

const POINT = /^[-•*–]\s+\S+\s+\S+\s+\S+/;
/** A list's heading that says its points are links to other pages, not this report's words. */
const LINKS_HEADING =
  /^(?:related|read more|more on|more from|see also|recommended|most read|latest|trending|you may also like|further reading)\b/i;

/** A point of a list (a live page's key points), not under a heading of links ("Related:"). */
export function listPoint(text: string, sentence: Sentence): boolean {
  if (!POINT.test(sentence.text)) return false;
  const lines = text.slice(0, sentence.start).split('\n').reverse();
  const heading = lines.find((line, i) => i > 0 && line.trim() !== '' && !/^[-•*–]\s/.test(line.trim()));
  return !LINKS_HEADING.test(heading?.trim() ?? '');
}

/** Text whose paragraphs were run together ("elections.Netanyahu said") with each one on its own line again. */
export function withParagraphBreaks(text: string): string {
  const sentences = splitSentences(text);
  let out = '';
  let from = 0;
  sentences.forEach((sentence, i) => {
    if (i === 0 || sentences[i - 1].end !== sentence.start) return;
    out += `${text.slice(from, sentence.start)}\n`;
    from = sentence.start;
  });
  return out + text.slice(from);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  text.split('\n').forEach((line, paragraph) => {
    splitParagraph(line, offset, paragraph, out);
    offset += line.length + 1;
  });
  return out;
}

const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * A sentence that names years, all of them two or more before the latest the report names (none
 * after next year): what happened before the report ("designated the group … in 2003"), not the news.
 */
export function backgroundDating(text: string): (sentence: Sentence) => boolean {
  const horizon = new Date().getUTCFullYear() + 1;
  const years = (s: string) => [...s.matchAll(YEAR)].map((m) => Number(m[0])).filter((y) => y <= horizon);
  const latest = Math.max(0, ...years(text));
  return (sentence) => {
    const named = years(sentence.text);
    return named.length > 0 && named.every((y) => y < latest - 1);
  };
}

/** The quotations between `from` and `to` of the text, each as its start and end (marks included). */
export function quotedSpans(text: string, from: number, to: number): [number, number][] {
  return [...text.slice(from, to).matchAll(/"[^"]*"|“[^”]*”/g)].map((q) => [
    from + q.index,
    from + q.index + q[0].length,
  ]);
}

/** Quotations in a sentence: in straight, curly or single quotation marks. */
export const QUOTED = /"[^"]{3,}"|“[^”]{3,}”|‘[^’]{3,}’|(?<![\w])'[^']{3,}'(?![\w])/g;

/** Whether `at` (an index into `sentence`) is inside a quotation. */
export function insideQuotes(sentence: string, at: number): boolean {
  return [...sentence.matchAll(QUOTED)].some((q) => at > q.index && at < q.index + q[0].length);
}

/** A sentence set before the event: "Earlier this year, …", "In 2022, …", "Last month, …". */
export const BACKGROUND =
  /^(?:Earlier\s+(?:this|that|in\s+the)\s+\w+|Last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|In\s+(?:19|20)\d\d|Back\s+in|Previously|Since\s+(?:19|20)\d\d|Years\s+(?:ago|earlier))\b/;
