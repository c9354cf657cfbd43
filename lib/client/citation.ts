/**
 * The one-line citation of a piece of evidence, as "Copy citation" puts it on the clipboard: who, the
 * words, and where they were read. Only own words are set in quotation marks; the source's account of
 * what someone said is marked "reported:", so that a pasted citation cannot present a reporter's
 * sentence as the actor's words.
 */
import type { Evidence, SourceRef } from '@/lib/types';
import { formatPartialDate } from './format';
import { hasBidiControls, safeHref } from './user-text';

/**
 * Text someone supplied, made to stay on one line and in its place: line breaks become spaces, and a
 * text holding bidi controls is wrapped in an isolate (U+2068 … U+2069), as the page's <bdi> does, so
 * it cannot reorder the rest of the line where it is pasted. The words themselves are kept.
 */
function inLine(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return hasBidiControls(line) ? `\u2068${line}\u2069` : line;
}

/** The source's address if it is a web link; else what a reader should know instead. */
export function sourceLink(source: Pick<SourceRef, 'url'>): { href: string } | { missing: string } {
  const href = safeHref(source.url);
  if (href) return { href };
  // An address that is not a web link (data:, javascript:) is never shown or followed.
  return { missing: source.url ? 'no web link on file' : 'no link on file' };
}

/**
 * "Amir Khan Muttaqi — “new phase of positive relations” — Title, Publisher, July 2025, https://…"
 * or "Fawzia Koofi — reported: Fawzia Koofi, a former Afghan politician, condemned … — Title, …, no link on file".
 * `who` is the actor (or, for a relation's evidence, the relation in words).
 */
export function citationLine(who: string, evidence: Evidence): string {
  const { source } = evidence;
  const words = evidence.kind === 'direct' ? `“${inLine(evidence.quote)}”` : `reported: ${inLine(evidence.quote)}`;
  const link = sourceLink(source);
  const where = [
    inLine(source.title),
    source.publisher ? inLine(source.publisher) : null,
    source.date ? formatPartialDate(source.date) : 'undated',
    'href' in link ? link.href : link.missing,
  ].filter((part): part is string => part !== null);
  return `${inLine(who)} — ${words} — ${where.join(', ')}`;
}
