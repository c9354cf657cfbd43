/**
 * Choosing a quote by selecting it in a source's text. The text is shown in a <textarea> that takes no
 * edits, whose selectionStart/selectionEnd give exact offsets for a mouse and a keyboard selection alike; but
 * a textarea holds its text with every CRLF and lone CR turned into LF, so its offsets are mapped back
 * onto the stored text here. The quote sent is then a substring of the stored text by construction,
 * which is what the server checks.
 */

export interface QuoteChoice {
  /** The chosen words, exactly as the stored text has them. */
  quote: string;
  /** Where they are in the stored text: [start, end). */
  start: number;
  end: number;
}

/** The text as a textarea's value holds it (HTML's newline normalization). */
export function shownText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The stored text's offset of each offset of the shown text (one more entry: the end). */
function storedOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    offsets.push(i);
    // A CRLF is one LF when shown: skip its LF.
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
  }
  offsets.push(text.length);
  return offsets;
}

/**
 * The quote a selection of the shown text stands for, with the whitespace at its ends left out (a
 * double click or a drag often takes a space or a line break along); null when nothing but whitespace
 * is selected. `start` and `end` are the textarea's selectionStart and selectionEnd.
 */
export function quoteFromSelection(text: string, start: number, end: number): QuoteChoice | null {
  const offsets = storedOffsets(text);
  const last = offsets.length - 1;
  const from = Math.max(0, Math.min(start, end, last));
  const to = Math.min(Math.max(start, end), last);
  let a = offsets[from];
  let b = offsets[to];
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (a === b) return null;
  return { quote: text.slice(a, b), start: a, end: b };
}

/** The shown text's offsets of a choice, to select it again in the textarea (after a reload, say). */
export function shownRange(text: string, choice: Pick<QuoteChoice, 'start' | 'end'>): { start: number; end: number } {
  const offsets = storedOffsets(text);
  const shown = (stored: number) => {
    const i = offsets.findIndex((offset) => offset >= stored);
    return i === -1 ? offsets.length - 1 : i;
  };
  return { start: shown(choice.start), end: shown(choice.end) };
}

/**
 * Whether the words stand between double quotation marks or guillemets in the text (single marks are
 * left out: they double as apostrophes), a hint that they may be the speaker's own. Only a hint: the
 * editor says whose words they are.
 */
export function looksQuoted(text: string, choice: Pick<QuoteChoice, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, choice.start - 1), choice.start);
  const after = text.slice(choice.end, choice.end + 1);
  const firstInside = text[choice.start];
  const lastInside = text[choice.end - 1];
  const opens = /["“«„]/;
  const closes = /["”»“]/;
  return (opens.test(before) && closes.test(after)) || (opens.test(firstInside) && closes.test(lastInside));
}
