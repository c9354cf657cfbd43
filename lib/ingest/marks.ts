/**
 * Quotation marks: straight single quotes that open and close a quotation, as many papers print them
 * ('This brave decision will be an example,' Muttaqi said), read as ‘ ’, one character for one so
 * that every offset stays where it was (an apostrophe inside a word, Afghanistan's, is never one; a
 * plural's, "the countries' leaders", closes a quotation only when no other mark in the paragraph
 * can); a line that is one quotation; the words inside the marks in a speaker's part of a sentence.
 */
import { QUOTED, type Sentence } from './sentences';
import type { Speaker } from './speakers';

/** Before an opening mark: the line's start, a space, a bracket, a dash or a colon. */
const OPENS_AFTER = /[\s([{\u2014\u2013:-]/;
/** After a closing mark: the line's end, a space or punctuation. */
const CLOSES_BEFORE = /[\s,.;:!?)\]}\u2014\u2013-]/;

export function singleQuotesAsMarks(text: string): string {
  // By UTF-16 unit, as offsets into the text are counted.
  const out = text.split('');
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    pairMarks(text, paragraphStart, paragraphStart + paragraph.length, out);
    paragraphStart += paragraph.length + 1;
  }
  return out.join('');
}

function pairMarks(text: string, from: number, to: number, out: string[]): void {
  const opens: number[] = [];
  const closes: { at: number; weak: boolean }[] = [];
  for (let i = from; i < to; i += 1) {
    if (text[i] !== "'") continue;
    const before = i === from ? ' ' : text[i - 1];
    const after = i + 1 >= to ? ' ' : text[i + 1];
    if (OPENS_AFTER.test(before) && /[\p{L}\p{N}"“‘]/u.test(after)) opens.push(i);
    else if (/[\p{L}\p{N}.,!?…"”’]/u.test(before) && CLOSES_BEFORE.test(after))
      // "the countries' leaders": a plural's apostrophe before a word in lower case.
      closes.push({ at: i, weak: before === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) });
  }
  let c = 0;
  for (let o = 0; o < opens.length; o += 1) {
    const open = opens[o];
    const nextOpen = opens[o + 1] ?? to;
    const candidates = closes.slice(c).filter((x) => x.at > open);
    // The first sure close before the next opening mark, else the first close of any kind.
    const close = candidates.find((x) => !x.weak && x.at < nextOpen) ?? candidates.find((x) => x.at < nextOpen);
    if (!close) continue;
    out[open] = '‘';
    out[close.at] = '’';
    c = closes.indexOf(close) + 1;
  }
}

/** The sentence's line is one quotation, with no words of the report's own after it. */
export function wholeQuotation(text: string, sentence: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return /^["“]/.test(line) && /["”][.!?]?$/.test(line) && !/["”][^"“”]*["“]/.test(line);
}

/** The words inside quotation marks in the speaker's part of the sentence. */
export function ownWords(text: string, sentence: Sentence, speaker: Speaker): Sentence[] {
  const out: Sentence[] = [];
  for (const m of sentence.text.matchAll(QUOTED)) {
    const start = sentence.start + m.index + 1;
    const end = sentence.start + m.index + m[0].length - 1;
    const words = text.slice(start, end).replace(/[,.]$/, '');
    if (words.trim().split(/\s+/).length < 2 && !/^[A-Za-z]{3,}$/.test(words)) continue;
    if (speaker.how !== 'said X' && (start < speaker.from || end > speaker.to)) continue;
    // 'the “X Association” has issued …': the speaker's name set in quotation marks, not its words.
    if (start <= speaker.mention.start && end >= speaker.mention.end) continue;
    out.push({ start, end: start + words.length, text: words, paragraph: sentence.paragraph });
  }
  return out;
}
