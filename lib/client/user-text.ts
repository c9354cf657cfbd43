/**
 * Text that people supplied (names, titles, quotes, file names, URLs), made safe to show: links only to
 * the web, canvas labels that cannot reorder themselves or grow without bound. The DOM side is
 * components/UserText.tsx, which isolates text rather than changing it, so quotes stay verbatim.
 */

/** Embeddings and overrides (U+202A–202E) and isolates (U+2066–2069): they reorder the text that follows. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function hasBidiControls(text: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(text);
}

/**
 * Longest label drawn on the graph, in characters. Long enough for every name and title of the seed
 * (the longest event title has 67), short enough that a label cannot stretch the view or its PNG.
 */
export const LABEL_MAX = 80;

/** Cytoscape wraps labels at whitespace and zero-width spaces only; a longer word is given breaks. */
const WORD_MAX = 16;
const ZWSP = '\u200B';
const LONG_WORD = new RegExp(`\\S{${WORD_MAX + 1},}`, 'gu');

/** A long word may break after its hyphens and slashes ("Ferreira-|Montenegro"); a piece still too long, every 16 characters. */
function breakLongWords(text: string): string {
  return text.replace(LONG_WORD, (word) =>
    word
      .split(/(?<=[-‐‑–—/])/u)
      .flatMap((piece) => {
        const chars = Array.from(piece);
        const parts: string[] = [];
        for (let i = 0; i < chars.length; i += WORD_MAX) parts.push(chars.slice(i, i + WORD_MAX).join(''));
        return parts;
      })
      .join(ZWSP),
  );
}

/**
 * A label for canvas drawing (Cytoscape, the PNG): without bidi controls, which a canvas cannot isolate,
 * cut to `max` characters with an ellipsis, and with no word too long to wrap. The full text stays in
 * the panel and the table.
 */
export function canvasLabel(text: string, max = LABEL_MAX): string {
  return breakLongWords(cut(stripBidiControls(text), max));
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  // Counted in code points, stopping early, so an emoji is never split and a huge name is never walked.
  const chars: string[] = [];
  for (const char of text) {
    if (chars.length === max)
      return `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
    chars.push(char);
  }
  return text;
}

/** The URL when it is safe to link to (http: or https:), else null: a data: or javascript: URL is shown as text, if at all. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
