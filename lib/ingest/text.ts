/**
 * The text the extractor reads: pasted text as it is (line ends and spaces unified, lines wrapped at
 * a fixed width joined again), or the main text of an HTML page taken out by Mozilla's Readability
 * (the reader view of Firefox) over linkedom's DOM. Paragraphs run together without a break (as a
 * page's text copied whole can be) are put on lines of their own again, and paragraphs a page
 * repeats (scraped pages often do) are kept once.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { withParagraphBreaks } from './sentences';

export interface PreparedText {
  text: string;
  title: string | null;
}

/** HTML when said so, or when the text opens like a page. */
function looksLikeHtml(text: string, contentType?: string): boolean {
  if (contentType) return /html/i.test(contentType);
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption';

function htmlToText(html: string): PreparedText {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const body = article?.content ?? html;
  const { document: content } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    // A block inside another block is read with it.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join('\n\n') : (content.body?.textContent ?? '').trim();
  return { text, title: article?.title?.trim() || null };
}

/** A line that ends where a sentence may: a stop, a colon, a closing quote or bracket. */
const ENDS_AS_SENTENCE = /[.!?:;"”’)\]]$/;

/** A sentence going on on the next line, in lower case (a byline's "by" aside). */
function goesOn(line: string, next: string | undefined): boolean {
  return line !== '' && !ENDS_AS_SENTENCE.test(line) && /^[a-z]/.test(next ?? '') && !/^by\s/.test(next ?? '');
}

/**
 * Text wrapped at a fixed width (plain-text wire copy, mail, a terminal browser's dump) has a break
 * inside most sentences; the extractor reads a line as a paragraph, so such lines are joined again.
 * A sentence going on in lower case on the next line always is. The text is taken as wrapped when its
 * lines are short and at least three of them, a quarter of those followed by another, go on so; then
 * a break is also the wrap's own when the next line's first word would not have fitted on the line
 * (most lines are no longer than the width), or when a line near the width ends mid-sentence. A
 * blank line, or a short line (a headline, a paragraph's last), ends a paragraph.
 */
export function unwrapped(text: string): string {
  const lines = text.split('\n').map((line) => line.trim());
  const lengths = lines.filter((line) => line !== '').map((line) => line.length);
  const width = lengths.sort((a, b) => a - b)[Math.floor(lengths.length * 0.9)] ?? 0;
  const followed = lines.filter((line, i) => line !== '' && (lines[i + 1] ?? '') !== '').length;
  const goingOn = lines.filter((line, i) => goesOn(line, lines[i + 1])).length;
  if (goingOn === 0) return text;
  const wrappedText = width <= 160 && goingOn >= 3 && goingOn >= followed / 4;
  let out = lines[0];
  for (let i = 1; i < lines.length; i += 1) {
    const before = lines[i - 1];
    const line = lines[i];
    const hyphen = /\w-$/.test(before);
    const firstWord = line.split(/\s/, 1)[0];
    const wrapped =
      goesOn(before, line) ||
      (wrappedText &&
        before !== '' &&
        line !== '' &&
        (before.length + (hyphen ? 0 : 1) + firstWord.length > width ||
          (!ENDS_AS_SENTENCE.test(before) && before.length >= width * 0.7)));
    out += wrapped ? (hyphen ? '' : ' ') + line : `\n${line}`;
  }
  return out;
}

/** Lines (paragraphs) that repeat an earlier one word for word are dropped; short lines (titles, datelines) may repeat. */
export function withoutRepeatedParagraphs(text: string): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const key = line.trim();
    if (key.length >= 80 && seen.has(key)) continue;
    if (key.length >= 80) seen.add(key);
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A pasted report's headline, when its first line reads as one: 3 to 30 words, not ending as a
 * sentence does, not a byline or a time stamp. Offered as the source's title, which the editor may change.
 */
export function headlineOf(text: string): string | null {
  const first = text.trim().split('\n', 1)[0].trim();
  const words = first.split(/\s+/).length;
  if (first.length > 200 || words < 3 || words > 30) return null;
  if (/[.!?:;,]["”’)]?$/.test(first)) return null;
  if (/^(?:by|updated|published|posted|last\s+updated)\b/i.test(first)) return null;
  return first;
}

/**
 * Spaces other than the plain one (no-break, thin, ideographic) are plain spaces, and characters that
 * show nothing (a soft hyphen, a zero-width space, a byte-order mark) are dropped: a name or a cue
 * written with them is the same words, and a stored actor's name must match it. Zero-width joiners,
 * which Persian and Arabic script need, stay.
 */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/[\u00ad\u200b\u2060\ufeff]/g, '');
}

export function prepareText(input: string, contentType?: string): PreparedText {
  const unified = plainSpaces(input.replace(/\r\n?/g, '\n'));
  const plain = looksLikeHtml(unified, contentType) ? null : unwrapped(unified);
  const prepared = plain === null ? htmlToText(unified) : { text: plain, title: headlineOf(plain) };
  return { ...prepared, text: withoutRepeatedParagraphs(withParagraphBreaks(prepared.text)) };
}
