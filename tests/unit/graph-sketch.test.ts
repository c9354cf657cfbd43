import { describe, expect, it } from 'vitest';
import type { ActorKind, Stance } from '@/lib/domain';
import type { GraphEdge, GraphNode } from '@/lib/types';
import { CROWDED_EVENT_STANCES, actorCamps, toElements, visibleGraph } from '@/lib/client/drawing/elements';
import { campsLayout, stackedCampsLayout } from '@/lib/client/drawing/layout';
import { sketchOf, type SketchNode } from '@/lib/client/drawing/sketch';
import {
  CONTEXT_COLOR,
  CROWDED_EDGE_CLASS,
  EVENT_COLOR,
  KIND_STYLES,
  RELATION_COLOR,
  STANCE_STYLES,
  cytoscapeStylesheet,
} from '@/lib/client/drawing/styles';

// A small event's view, built and laid out as the explorer builds it.
const EVENT = 'tessin-accord-signed';
const actor = (id: string, label: string, kind: ActorKind): GraphNode => ({ id, label, type: 'actor', kind });
const stance = (actorId: string, value: Stance): GraphEdge => ({
  id: `${actorId}--${EVENT}`,
  source: actorId,
  target: EVENT,
  type: 'STANCE',
  stance: value,
  evidence: [],
});

function view(stacked = false) {
  const graph = visibleGraph(
    {
      nodes: [
        {
          id: EVENT,
          label: 'Three states sign the Tessin Accord on shared river water',
          type: 'event',
          date: '2026-03',
        },
        actor('vardia', 'Republic of Vardia', 'state'),
        actor('vardia-foreign-ministry', 'Vardian Foreign Ministry', 'government-body'),
        actor('lena-orsk', 'Lena Orsk', 'person'),
        actor('river-watch', 'River Watch', 'organisation'),
        actor('basin-council', 'Basin Council', 'intergovernmental'),
      ],
      edges: [
        stance('vardia', 'support'),
        stance('lena-orsk', 'condemnation'),
        stance('river-watch', 'caution'),
        {
          id: 'vardia-foreign-ministry--vardia',
          source: 'vardia-foreign-ministry',
          target: 'vardia',
          type: 'SPEAKS_FOR',
          evidence: [],
        },
      ],
    },
    { pruneIsolated: false },
  );
  const camps = actorCamps(graph, EVENT);
  const positions = stacked ? stackedCampsLayout(graph, camps) : campsLayout(graph, camps);
  return { elements: toElements(graph, { camps, focusId: null, stacked }), positions };
}

const byId = (nodes: SketchNode[], id: string) => nodes.find((n) => n.id === id)!;

describe('sketchOf: the view drawn before Cytoscape is', () => {
  it('puts every node where the layout put it, in its camp colours and its kind shape', () => {
    const { elements, positions } = view();
    const sketch = sketchOf(elements, positions)!;
    expect(sketch.nodes).toHaveLength(6);
    for (const node of sketch.nodes) expect({ x: node.x, y: node.y }).toEqual(positions[node.id]);

    const vardia = byId(sketch.nodes, 'vardia');
    expect(vardia).toMatchObject({ shape: KIND_STYLES.state.shape, stroke: STANCE_STYLES.support.color });
    expect(vardia.fill).toBe(STANCE_STYLES.support.tint);
    expect(byId(sketch.nodes, 'lena-orsk')).toMatchObject({
      shape: 'ellipse',
      stroke: STANCE_STYLES.condemnation.color,
    });
    expect(byId(sketch.nodes, 'river-watch')).toMatchObject({ stroke: STANCE_STYLES.caution.color });
    // No stance on the event: drawn grey, as context.
    expect(byId(sketch.nodes, 'basin-council')).toMatchObject({ shape: 'star', stroke: CONTEXT_COLOR });
  });

  it('draws the event as a dark box with its whole title inside, over as many lines as it needs', () => {
    const { elements, positions } = view();
    const event = byId(sketchOf(elements, positions)!.nodes, EVENT);
    expect(event).toMatchObject({ place: 'inside', fill: EVENT_COLOR, textColor: '#FFFFFF', anchor: 'middle' });
    expect(event.lines.length).toBeGreaterThan(1);
    expect(event.lines.join(' ')).toBe('Three states sign the Tessin Accord on shared river water');
    expect(event.h).toBeGreaterThanOrEqual(event.lines.length * event.fontSize);
  });

  it('writes supporters’ names to their left, condemners’ to their right and the rest below', () => {
    const { elements, positions } = view();
    const { nodes } = sketchOf(elements, positions)!;
    const vardia = byId(nodes, 'vardia');
    expect(vardia).toMatchObject({ place: 'left', anchor: 'end', lines: ['Republic of Vardia'] });
    expect(vardia.labelX).toBeLessThan(vardia.x - vardia.w / 2);
    const orsk = byId(nodes, 'lena-orsk');
    expect(orsk).toMatchObject({ place: 'right', anchor: 'start' });
    expect(orsk.labelX).toBeGreaterThan(orsk.x + orsk.w / 2);
    const watch = byId(nodes, 'river-watch');
    expect(watch).toMatchObject({ place: 'below', anchor: 'middle', labelX: watch.x });
    expect(watch.labelTop).toBeGreaterThan(watch.y + watch.h / 2);
  });

  it('on a phone (camps stacked), writes every name under its node, in Cytoscape and in the sketch alike', () => {
    const { elements, positions } = view(true);
    const { nodes } = sketchOf(elements, positions)!;
    for (const id of ['vardia', 'lena-orsk', 'river-watch']) {
      const node = byId(nodes, id);
      expect(node).toMatchObject({ place: 'below', anchor: 'middle', labelX: node.x });
    }
    // The stylesheet's rules in order, as Cytoscape applies them to an actor's classes.
    const sheet = cytoscapeStylesheet() as { selector: string; style: Record<string, unknown> }[];
    const styleOf = (classes: string) => {
      const has = new Set(classes.split(' '));
      const style: Record<string, unknown> = {};
      for (const rule of sheet) {
        const match = /^node((?:\.[\w-]+)*)$/.exec(rule.selector);
        if (
          match &&
          match[1]
            .split('.')
            .filter(Boolean)
            .every((c) => has.has(c))
        )
          Object.assign(style, rule.style);
      }
      return style;
    };
    const vardia = elements.find((e) => e.data.id === 'vardia')!;
    expect(styleOf(vardia.classes as string)).toMatchObject({ 'text-halign': 'center', 'text-valign': 'bottom' });
    const wide = view(false).elements.find((e) => e.data.id === 'vardia')!;
    expect(styleOf(wide.classes as string)).toMatchObject({ 'text-halign': 'left', 'text-valign': 'center' });
  });

  it('draws each stance in its colour and line pattern with its verb, and relations as thin grey lines', () => {
    const { elements, positions } = view();
    const { edges } = sketchOf(elements, positions)!;
    const edge = (id: string) => edges.find((e) => e.id === id)!;
    expect(edge(`vardia--${EVENT}`)).toMatchObject({
      x1: positions.vardia.x,
      y2: positions[EVENT].y,
      color: STANCE_STYLES.support.color,
      dash: null,
      label: { text: 'supports' },
    });
    expect(edge(`lena-orsk--${EVENT}`)).toMatchObject({
      dash: STANCE_STYLES.condemnation.dash.join(' '),
      label: { text: 'condemns' },
    });
    expect(edge(`river-watch--${EVENT}`).dash).toBe(STANCE_STYLES.caution.dash.join(' '));
    expect(edge('vardia-foreign-ministry--vardia')).toMatchObject({ color: RELATION_COLOR, width: 1.5, label: null });
  });

  it('frames every body and every name, so a fit of the box shows them all', () => {
    const { elements, positions } = view();
    const { box, nodes } = sketchOf(elements, positions)!;
    for (const node of nodes) {
      expect(node.x - node.w / 2).toBeGreaterThanOrEqual(box.x1);
      expect(node.x + node.w / 2).toBeLessThanOrEqual(box.x1 + box.w);
      expect(node.labelTop).toBeGreaterThanOrEqual(box.y1);
      expect(node.labelTop + node.lines.length * node.fontSize).toBeLessThanOrEqual(box.y1 + box.h);
    }
    // The supporter's name, written leftwards from beside it, is the leftmost thing drawn.
    const vardia = byId(nodes, 'vardia');
    expect(box.x1).toBeLessThan(vardia.labelX - 80);
  });

  it('leaves out edges whose ends are not placed, and draws nothing for a view with no placed node', () => {
    const { elements, positions } = view();
    const { [EVENT]: _event, ...withoutEvent } = positions;
    const sketch = sketchOf(elements, withoutEvent)!;
    expect(sketch.nodes.map((n) => n.id)).not.toContain(EVENT);
    expect(sketch.edges.map((e) => e.id)).toEqual(['vardia-foreign-ministry--vardia']);
    expect(sketchOf(elements, {})).toBeNull();
    expect(sketchOf([], positions)).toBeNull();
  });
});

describe('an event with many stances', () => {
  it('draws their lines without verbs, in Cytoscape and in the sketch alike; a few keep theirs', () => {
    const lines = (count: number) => {
      const actors = Array.from({ length: count }, (_, i) => actor(`member-${i}`, `Member ${i}`, 'state'));
      const graph = visibleGraph(
        {
          nodes: [{ id: EVENT, label: 'A vote', type: 'event', date: '2026-03' }, ...actors],
          edges: actors.map((a, i) => stance(a.id, i % 3 === 0 ? 'support' : 'condemnation')),
        },
        { pruneIsolated: false },
      );
      const camps = actorCamps(graph, EVENT);
      const elements = toElements(graph, { camps, focusId: null });
      const sketch = sketchOf(elements, campsLayout(graph, camps))!;
      return {
        crowded: elements.filter((e) => e.group === 'edges' && String(e.classes).includes(CROWDED_EDGE_CLASS)).length,
        verbs: sketch.edges.filter((e) => e.label !== null).length,
      };
    };
    expect(lines(CROWDED_EVENT_STANCES)).toEqual({ crowded: 0, verbs: CROWDED_EVENT_STANCES });
    expect(lines(CROWDED_EVENT_STANCES + 1)).toEqual({ crowded: CROWDED_EVENT_STANCES + 1, verbs: 0 });
    // Cytoscape's rule for the class drops the label.
    expect(cytoscapeStylesheet()).toContainEqual({ selector: `edge.${CROWDED_EDGE_CLASS}`, style: { label: '' } });
  });
});
