/**
 * The text the extractor reads: pasted text as it is (line ends unified), or the main text of an
 * HTML page taken out by Mozilla's Readability (the reader view of Firefox) over linkedom's DOM.
 * Paragraphs a page repeats (scraped pages often do) are kept once.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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

export function prepareText(input: string, contentType?: string): PreparedText {
  const unified = input.replace(/\r\n?/g, '\n');
  const prepared = looksLikeHtml(unified, contentType)
    ? htmlToText(unified)
    : { text: unified, title: headlineOf(unified) };
  return { ...prepared, text: withoutRepeatedParagraphs(prepared.text) };
}
