import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { actorCamps, toElements } from '@/lib/client/drawing/elements';
import { fitPadding, fitViewport, panToReveal, visibleArea, MAX_FIT_ZOOM } from '@/lib/client/drawing/fit';
import { labelBends } from '@/lib/client/drawing/label-room';
import { graphCanvasOptions, chooseRenderer } from '@/lib/client/drawing/renderer-choice';
import { LABEL_FONT_SIZE, LEGIBLE_FONT_PX } from '@/lib/client/drawing/styles';
import { edgeTooltip, nodeTooltip } from '@/lib/client/drawing/tooltip';

const BOUNDS = { minZoom: 0.2, maxZoom: 3, legibleZoom: LEGIBLE_FONT_PX / LABEL_FONT_SIZE.node };
// The camps layout of the first event, with labels, in graph units.
const SEED_BOX = { x1: -588, y1: -249, w: 1183, h: 533 };

describe('fitViewport', () => {
  it('fits the whole view, centred, when names stay legible', () => {
    const { zoom, pan } = fitViewport(SEED_BOX, 1098, 517, BOUNDS);
    expect(zoom * LABEL_FONT_SIZE.node).toBeGreaterThanOrEqual(LEGIBLE_FONT_PX);
    const padding = fitPadding(1098, 517);
    expect(zoom * SEED_BOX.h).toBeCloseTo(517 - 2 * padding, 5);
    // The box's middle is the canvas's middle.
    expect(pan.x + zoom * (SEED_BOX.x1 + SEED_BOX.w / 2)).toBeCloseTo(549, 5);
    expect(pan.y + zoom * (SEED_BOX.y1 + SEED_BOX.h / 2)).toBeCloseTo(258.5, 5);
  });

  it('fits the first event beside the table on a 1280 × 720 laptop with names legible', () => {
    const { zoom, pan } = fitViewport(SEED_BOX, 938, 380, BOUNDS);
    expect(zoom * LABEL_FONT_SIZE.node).toBeGreaterThanOrEqual(LEGIBLE_FONT_PX);
    expect(pan.y + zoom * SEED_BOX.y1).toBeGreaterThanOrEqual(0);
    expect(pan.y + zoom * (SEED_BOX.y1 + SEED_BOX.h)).toBeLessThanOrEqual(380);
  });

  it('never zooms out past legible names: a view too big shows its middle', () => {
    const { zoom, pan } = fitViewport(SEED_BOX, 348, 349, BOUNDS);
    expect(zoom).toBeCloseTo(BOUNDS.legibleZoom, 10);
    expect(pan.x + zoom * (SEED_BOX.x1 + SEED_BOX.w / 2)).toBeCloseTo(174, 5);
    // Without the bound (large views), the whole view is framed however small.
    expect(fitViewport(SEED_BOX, 348, 349, { ...BOUNDS, legibleZoom: null }).zoom).toBeLessThan(0.3);
  });

  it('does not blow a small graph up, and keeps within Cytoscape’s bounds', () => {
    expect(fitViewport({ x1: 0, y1: 0, w: 40, h: 40 }, 1000, 800, BOUNDS).zoom).toBe(MAX_FIT_ZOOM);
    expect(fitViewport(SEED_BOX, 100, 100, { ...BOUNDS, legibleZoom: null }).zoom).toBe(0.2);
  });

  it('leaves less room around a small canvas', () => {
    expect(fitPadding(1098, 517)).toBe(31);
    expect(fitPadding(2000, 1200)).toBe(48);
    expect(fitPadding(150, 100)).toBe(12);
  });
});

describe('panToReveal and visibleArea', () => {
  const area = { x1: 0, y1: 0, w: 560, h: 380 };

  it('leaves an element in view where it is', () => {
    expect(panToReveal({ x1: 100, y1: 100, w: 30, h: 30 }, area)).toEqual({ x: 0, y: 0 });
  });

  it('moves an element hidden past an edge just inside it', () => {
    expect(panToReveal({ x1: 700, y1: 100, w: 30, h: 30 }, area)).toEqual({ x: 560 - 16 - 730, y: 0 });
    expect(panToReveal({ x1: 100, y1: -50, w: 30, h: 30 }, area)).toEqual({ x: 0, y: 66 });
  });

  it('centres an element too big for the area', () => {
    expect(panToReveal({ x1: 0, y1: 0, w: 600, h: 30 }, area).x).toBe(-20);
  });

  it('leaves out what an overlay covers', () => {
    const canvas = { left: 320, right: 1260, top: 120, bottom: 500 };
    expect(visibleArea(canvas)).toEqual({ x1: 0, y1: 0, w: 940, h: 380 });
    // The detail panel over the right of the canvas on a narrow screen.
    const panel = { left: 900, right: 1280, top: 56, bottom: 720 };
    expect(visibleArea(canvas, panel)).toEqual({ x1: 0, y1: 0, w: 580, h: 380 });
    // A panel beside the canvas covers none of it.
    expect(visibleArea(canvas, { ...panel, left: 1260 })).toEqual({ x1: 0, y1: 0, w: 940, h: 380 });
    // A panel over the whole width leaves nothing to show.
    expect(visibleArea(canvas, { left: 0, right: 1280, top: 56, bottom: 720 })).toBe(null);
  });
});

describe('labelBends', () => {
  const node = (x: number, y: number) => ({ box: { x1: x - 17, y1: y - 17, w: 34, h: 34 } });
  const middle = { x: 0, y: 0 };

  it('leaves an edge straight when its label fits between its nodes', () => {
    const edges = [{ id: 'echoes', source: { x: 400, y: 41 }, target: { x: 400, y: -41 }, label: { w: 48, h: 19 } }];
    expect(labelBends([node(400, 41), node(400, -41)], edges, middle).size).toBe(0);
  });

  it('bends an edge that runs past a third node, towards the middle of the graph, until its label is clear', () => {
    // Russia above Putin above the Taliban government, on the supporters' side (left of the middle).
    const nodes = [node(-400, -82), node(-400, 0), node(-400, 82)];
    const edge = { id: 'recognizes', source: { x: -400, y: -82 }, target: { x: -400, y: 82 }, label: { w: 62, h: 19 } };
    const bend = labelBends(nodes, [edge], middle).get('recognizes');
    // Down the screen, Cytoscape's positive side (the right of the direction of travel) is -x: away
    // from the middle, so the bend is negative.
    expect(bend).toBeLessThan(0);
    const labelCentre = -400 - bend! / 2;
    expect(labelCentre - 62 / 2).toBeGreaterThan(-400 + 17);
    expect(Math.abs(bend!)).toBeLessThan(2 * (17 + 62 / 2 + 10));
  });

  it('bends an edge too short for its label', () => {
    const bends = labelBends(
      [node(0, -250), node(125, -250)],
      [{ id: 'has presence in', source: { x: 0, y: -250 }, target: { x: 125, y: -250 }, label: { w: 96, h: 19 } }],
      middle,
    );
    // Towards the middle of the graph (down): the normal of a rightward edge is +y.
    expect(bends.get('has presence in')).toBeGreaterThan(0);
  });
});

describe('the app’s stylesheet', () => {
  it('gives edge labels an opaque background and relation labels a level line', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphCanvasOptions(chooseRenderer(10, { available: false, renderer: null })).style,
    });
    const graph = {
      nodes: [
        { id: 'e', label: 'Event', type: 'event' as const },
        { id: 'a', label: 'A', type: 'actor' as const, kind: 'state' as const },
        { id: 'b', label: 'B', type: 'actor' as const, kind: 'person' as const },
      ],
      edges: [
        { id: 's', source: 'a', target: 'e', type: 'STANCE' as const, stance: 'support' as const, evidence: [] },
        { id: 'r', source: 'b', target: 'a', type: 'LEADS' as const, evidence: [] },
      ],
    };
    cy.add(toElements(graph, { camps: actorCamps(graph, 'e') }));
    for (const id of ['s', 'r']) {
      expect(cy.getElementById(id).style('text-background-opacity')).toBe('1');
      expect(cy.getElementById(id).style('text-background-padding')).toBe('2px');
    }
    expect(cy.getElementById('r').style('text-rotation')).toBe('none');
    // A supporter's name is drawn to its left, clear of the edges between stacked supporters.
    expect(cy.getElementById('a').style('text-halign')).toBe('left');
    expect(cy.getElementById('a').style('font-size')).toBe(`${LABEL_FONT_SIZE.node}px`);
    cy.destroy();
  });
});

describe('tooltips', () => {
  it('name a node, its kind and its stance', () => {
    expect(nodeTooltip({ label: 'Fawzia Koofi', type: 'actor', kind: 'person', camp: 'condemnation' })).toEqual({
      title: 'Fawzia Koofi',
      detail: 'Person · Stance: condemnation',
    });
    expect(nodeTooltip({ label: 'China', type: 'actor', kind: 'state', camp: 'context' }).detail).toBe(
      'State · No stance in this view (context)',
    );
    expect(nodeTooltip({ label: 'Russia recognizes the Taliban government', type: 'event' }).detail).toBe('Event');
    expect(nodeTooltip({ label: 'An article', type: 'source' }).detail).toBe('Source');
  });

  it('read an edge as a sentence, with its stance or that it is a relation', () => {
    expect(edgeTooltip({ label: 'condemns', stance: 'condemnation' }, 'Fawzia Koofi', 'The recognition')).toEqual({
      title: 'Fawzia Koofi condemns The recognition',
      detail: 'Stance: condemnation',
    });
    expect(edgeTooltip({ label: 'echoes' }, 'AWPPN', 'Fawzia Koofi')).toEqual({
      title: 'AWPPN echoes Fawzia Koofi',
      detail: 'Relation between actors',
    });
  });
});
