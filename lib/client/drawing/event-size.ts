/**
 * An event is drawn as a box with its title inside, so the box must be as tall as the title's lines:
 * a fixed height cut a long title's first and last lines off (white text past the box's edge, on
 * white). Cytoscape sizes a node by its style alone (`height: label` is deprecated since 3.16), so the
 * stylesheet's height is a function of the label: how many lines Cytoscape will wrap it into, counted
 * here by the same rule with the same font measure.
 */
import { canvasLabel } from '../user-text';

/** The title's font and the room for it inside the box, in graph units. */
export const EVENT_LABEL = { fontSize: 12, fontWeight: 600, maxWidth: 140 } as const;
/** Box sizes: the usual height (up to three lines) and the padding above and below a longer title. */
export const EVENT_BOX = { width: 150, minHeight: 56, padding: 8 } as const;

/** A text's width in graph units at the label's font. */
export type MeasureText = (text: string) => number;

/**
 * The number of lines Cytoscape's `text-wrap: wrap` makes of `text`, by its renderer's rule
 * (getLabelText, cytoscape 3.34) step for step: the text's own line breaks, then, on a line wider than
 * `maxWidth`, words (split at white space and zero-width spaces, which canvasLabel puts inside long
 * words) added while the line still fits. A word wider than maxWidth alone takes a line; so, as
 * there, may an empty last line after trailing white space that does not fit.
 */
export function wrappedLineCount(text: string, maxWidth: number, measure: MeasureText): number {
  return wrappedLines(text, maxWidth, measure).length;
}

/** The lines themselves (wrappedLineCount's rule), each without the white space it was broken at. */
export function wrappedLines(text: string, maxWidth: number, measure: MeasureText): string[] {
  if (!text) return [];
  const lines: string[] = [];
  const push = (line: string) => lines.push(line.replace(/[\s\u200b]+$/, ''));
  for (const line of text.split('\n')) {
    if (measure(line) <= maxWidth) {
      push(line);
      continue;
    }
    let current = '';
    let previous = 0;
    for (const separator of line.matchAll(/[\s\u200b]+|$/g)) {
      const word = line.substring(previous, separator.index);
      previous = separator.index + separator[0].length;
      const test = current.length === 0 ? word : current + word + separator[0];
      if (measure(test) <= maxWidth) {
        current += word + separator[0];
      } else {
        if (current) push(current);
        current = word + separator[0];
      }
    }
    if (!/^[\s\u200b]+$/.test(current)) push(current);
  }
  return lines;
}

/** The box's height for a title of `lines` lines (Cytoscape's default line height is the font size). */
export function eventNodeHeight(lines: number): number {
  return Math.max(EVENT_BOX.minHeight, lines * EVENT_LABEL.fontSize + 2 * EVENT_BOX.padding);
}

/** Without a font to measure with: a little wider than the font's average letter, erring towards a taller box. */
export const estimate: MeasureText = (text) => Math.ceil(text.length * EVENT_LABEL.fontSize * 0.62);

/**
 * The box's height for a title, estimated without a canvas, for the pure layouts (layout.ts stacks
 * events this far apart); the drawn box is measured (eventHeightFor).
 */
export function estimatedEventHeight(title: string): number {
  return eventNodeHeight(wrappedLineCount(canvasLabel(title), EVENT_LABEL.maxWidth, estimate));
}

/** A measure with the browser's canvas, rounded up as Cytoscape rounds; without one (unit tests, a worker) the estimate. */
function canvasMeasure(font: string): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimate;
  context.font = font;
  return (text) => Math.ceil(context.measureText(text).width);
}

/** The event box's height for its label, remembered per label (the stylesheet asks on every restyle). */
export function eventHeightFor(font: string): (label: string) => number {
  let measure: MeasureText | undefined;
  const known = new Map<string, number>();
  return (label) => {
    let height = known.get(label);
    if (height === undefined) {
      measure ??= canvasMeasure(font);
      if (known.size >= 5_000) known.clear();
      height = eventNodeHeight(wrappedLineCount(label, EVENT_LABEL.maxWidth, measure));
      known.set(label, height);
    }
    return height;
  };
}
