/**
 * An event's box is as tall as its title's wrapped lines (lib/client/drawing/event-size.ts): the line
 * count follows Cytoscape's wrapping rule, the stylesheet gives a long title a taller box, and the
 * camps layout stacks such boxes apart.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { actorCamps, toElements } from '@/lib/client/drawing/elements';
import {
  EVENT_BOX,
  EVENT_LABEL,
  estimatedEventHeight,
  eventNodeHeight,
  wrappedLineCount,
} from '@/lib/client/drawing/event-size';
import { campsLayout } from '@/lib/client/drawing/layout';
import { cytoscapeStylesheet } from '@/lib/client/drawing/styles';
import { canvasLabel } from '@/lib/client/user-text';

/** Every character 10 units wide: 14 to a 140-unit line. */
const tenEach = (text: string) => text.length * 10;

describe('wrappedLineCount', () => {
  it.each([
    ['', 0],
    ['Short title', 1],
    // 14 characters fit exactly; the 15th moves the word on.
    ['abcdefghijklmn', 1],
    ['abcd efgh ijkl mnop', 2],
    // Words are added while the line, with the next word, still fits: "Russia " + "recognizes" is 17.
    ['Russia recognizes the Taliban government', 4],
    // The text's own line breaks, each line wrapped on its own.
    ['One\nTwo words here and more', 3],
    // A word wider than a line takes a line of its own (Cytoscape does not break it).
    ['a abcdefghijklmnopqrstuvwxyz b', 3],
    // Zero-width spaces (canvasLabel puts them in long words) are places to wrap.
    ['abcdefghij\u200Bklmnopqrst\u200Buvwxyz', 3],
    // White space at the end adds no line when it fits; when it does not, Cytoscape adds an empty one.
    ['abcdefghij   ', 1],
    ['abcdefghijklmnop   ', 2],
  ])('%j: %i lines at 140 units', (text, lines) => {
    expect(wrappedLineCount(text, EVENT_LABEL.maxWidth, tenEach)).toBe(lines);
  });

  it('counts the lines of the longest label drawn: a title cut to 80 characters', () => {
    const label = canvasLabel('The United Nations General Assembly demands that Russia withdraw '.repeat(5));
    // "The United ", "Nations ", "General ", "Assembly ", "demands that ", "Russia ", "withdraw The ", "United Nat…".
    expect(wrappedLineCount(label, EVENT_LABEL.maxWidth, tenEach)).toBe(8);
  });
});

describe('eventNodeHeight', () => {
  it('keeps the usual box for up to three lines and grows by a line height for each more', () => {
    expect([0, 1, 3].map(eventNodeHeight)).toEqual([EVENT_BOX.minHeight, EVENT_BOX.minHeight, EVENT_BOX.minHeight]);
    expect(eventNodeHeight(4)).toBe(4 * 12 + 16);
    expect(eventNodeHeight(7)).toBe(7 * 12 + 16);
    // Every line with its padding inside the box.
    for (let lines = 1; lines <= 10; lines += 1)
      expect(eventNodeHeight(lines)).toBeGreaterThanOrEqual(lines * EVENT_LABEL.fontSize + 2 * EVENT_BOX.padding);
  });
});

describe('the event style', () => {
  it('makes a long title’s box taller than a short one’s, and tall enough for its lines', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: cytoscapeStylesheet() });
    const long = 'The United Nations General Assembly demands that Russia immediately withdraw all its forces';
    const graph = {
      nodes: [
        { id: 'short', label: 'A vote', type: 'event' as const },
        { id: 'long', label: long, type: 'event' as const },
      ],
      edges: [],
    };
    cy.add(toElements(graph, { camps: actorCamps(graph, null) }));
    const height = (id: string) => cy.getElementById(id).height();
    expect(height('short')).toBe(EVENT_BOX.minHeight);
    // Without a canvas (here) the width is estimated a little wide: at least the lines at 7.44 units a letter.
    const lines = wrappedLineCount(canvasLabel(long), EVENT_LABEL.maxWidth, (t) => Math.ceil(t.length * 7.44));
    expect(lines).toBeGreaterThan(4);
    expect(height('long')).toBe(eventNodeHeight(lines));
    expect(cy.getElementById('long').width()).toBe(EVENT_BOX.width);
    cy.destroy();
  });
});

describe('campsLayout with long event titles', () => {
  const event = (id: string, label: string, date: string) => ({ id, label, type: 'event' as const, date });
  const centresOf = (labels: string[]) => {
    const graph = { nodes: labels.map((label, i) => event(`e${i}`, label, `202${i}`)), edges: [] };
    const positions = campsLayout(graph, new Map());
    return labels.map((_, i) => positions[`e${i}`].y);
  };

  it('stacks short-titled events 90 apart, as always', () => {
    expect(centresOf(['A vote', 'A summit', 'A treaty'])).toEqual([-90, 0, 90]);
  });

  it('stacks long-titled events far enough apart that their taller boxes do not touch', () => {
    const long = 'The United Nations General Assembly demands that Russia immediately withdraw all its forces';
    const [a, b] = centresOf([long, long]);
    const height = estimatedEventHeight(long);
    expect(height).toBeGreaterThan(EVENT_BOX.minHeight);
    expect(b - a).toBeGreaterThanOrEqual(height + 34);
  });
});
