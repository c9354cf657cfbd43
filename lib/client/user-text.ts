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

/**
 * Longest label drawn on the graph, in characters. Long enough for every name and title of the seed
 * (the longest event title has 67), short enough that a label cannot stretch the view or its PNG.
 */
export const LABEL_MAX = 80;

/**
 * A label for canvas drawing (Cytoscape, the PNG): without bidi controls, which a canvas cannot isolate,
 * and cut to `max` characters with an ellipsis. The full text stays in the panel and the table.
 */
export function canvasLabel(text: string, max = LABEL_MAX): string {
  const clean = stripBidiControls(text);
  if (clean.length <= max) return clean;
  // Counted in code points, stopping early, so an emoji is never split and a huge name is never walked.
  const chars: string[] = [];
  for (const char of clean) {
    if (chars.length === max) return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
    chars.push(char);
  }
  return clean;
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
