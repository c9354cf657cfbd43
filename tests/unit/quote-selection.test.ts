import { describe, expect, it } from 'vitest';
import { looksQuoted, quoteFromSelection, shownRange, shownText } from '@/lib/client/quote-selection';

const ARTICLE =
  'Moscow, 3 July.\r\nThe ministry said the step would open a "new phase of positive relations".\r\n\r\nKabul welcomed it.';

/** What a textarea holding ARTICLE would give for a selection of `words` (its first occurrence). */
function selectionOf(words: string): [number, number] {
  const shown = shownText(ARTICLE);
  const start = shown.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not shown`);
  return [start, start + words.length];
}

describe('choosing a quote by selecting it in the shown text', () => {
  it('shows the text as a textarea holds it: every CRLF and lone CR a LF', () => {
    expect(shownText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('gives the stored words of a selection after CRLF line breaks, at their stored offsets', () => {
    const choice = quoteFromSelection(ARTICLE, ...selectionOf('new phase of positive relations'))!;
    expect(choice.quote).toBe('new phase of positive relations');
    expect(ARTICLE.slice(choice.start, choice.end)).toBe(choice.quote);
    // Two CRLFs precede it: the shown offset is one less per CRLF.
    expect(choice.start).toBe(selectionOf('new phase')[0] + 1);
  });

  it('keeps the stored line break inside a quote that spans lines, so it is still verbatim', () => {
    const choice = quoteFromSelection(ARTICLE, ...selectionOf('relations".\n\nKabul'))!;
    expect(choice.quote).toBe('relations".\r\n\r\nKabul');
    expect(ARTICLE.includes(choice.quote)).toBe(true);
  });

  it('leaves out the spaces and line breaks a drag takes along at either end', () => {
    const [start, end] = selectionOf('July.\nThe ministry said ');
    // From the space before "July" to the space after "said".
    expect(quoteFromSelection(ARTICLE, start - 1, end)!.quote).toBe('July.\r\nThe ministry said');
  });

  it('takes a selection made backwards (shift+left) as the same words', () => {
    const [start, end] = selectionOf('Kabul welcomed it');
    expect(quoteFromSelection(ARTICLE, end, start)!.quote).toBe('Kabul welcomed it');
  });

  it('gives nothing for an empty or whitespace-only selection, and clamps offsets past the end', () => {
    expect(quoteFromSelection(ARTICLE, 5, 5)).toBeNull();
    const [start] = selectionOf('\n\n');
    expect(quoteFromSelection(ARTICLE, start, start + 2)).toBeNull();
    const shownLength = shownText(ARTICLE).length;
    expect(quoteFromSelection(ARTICLE, shownLength - 3, shownLength + 50)!.quote).toBe('it.');
  });

  it('maps a choice back to the shown offsets, to select it again', () => {
    const choice = quoteFromSelection(ARTICLE, ...selectionOf('Kabul welcomed'))!;
    expect(shownRange(ARTICLE, choice)).toEqual({
      start: selectionOf('Kabul welcomed')[0],
      end: selectionOf('Kabul welcomed')[1],
    });
  });

  it('hints that words between double quotation marks may be the speaker’s own, not words after an apostrophe', () => {
    expect(looksQuoted(ARTICLE, quoteFromSelection(ARTICLE, ...selectionOf('new phase of positive relations'))!)).toBe(
      true,
    );
    expect(
      looksQuoted(ARTICLE, quoteFromSelection(ARTICLE, ...selectionOf('"new phase of positive relations"'))!),
    ).toBe(true);
    expect(looksQuoted(ARTICLE, quoteFromSelection(ARTICLE, ...selectionOf('The ministry said'))!)).toBe(false);
    const curly = 'Russia’s decision was “a mistake”, she said.';
    expect(looksQuoted(curly, { start: curly.indexOf('s decision'), end: curly.indexOf(' was') })).toBe(false);
    expect(looksQuoted(curly, { start: curly.indexOf('a mistake'), end: curly.indexOf('”') })).toBe(true);
  });
});
