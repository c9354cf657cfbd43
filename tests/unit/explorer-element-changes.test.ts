import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphResponse } from '@/lib/types';
import { actorCamps, actorRows, sameActorRow, toElements, visibleGraph } from '@/lib/client/drawing/elements';
import { elementChanges } from '@/lib/client/drawing/element-changes';

// One event and the actors who spoke on it month by month, as Play steps through a range.
const EVENT = 'summit';
const member = (i: number): GraphNode => ({ id: `member-${i}`, label: `Member ${i}`, type: 'actor', kind: 'state' });
const said = (i: number): GraphEdge => ({
  id: `member-${i}--${EVENT}`,
  source: `member-${i}`,
  target: EVENT,
  type: 'STANCE',
  stance: (['support', 'condemnation', 'caution'] as const)[i % 3],
  evidence: [
    {
      quote: `Member ${i} said its piece`,
      kind: 'direct',
      source: { id: `s${i}`, title: `Statement ${i}`, publisher: 'Bench', url: null, date: null },
    },
  ],
});

/** The answer for members `from` to `to`, made anew each time as a new fetch would. */
function answer(from: number, to: number): GraphResponse {
  const ids = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  return {
    nodes: [{ id: EVENT, label: 'The summit', type: 'event', date: '2020-01-01' }, ...ids.map(member)],
    edges: ids.map(said),
    truncated: false,
    limits: { nodes: 500, edges: 2000 },
  };
}

const whole = visibleGraph(answer(0, 29), { pruneIsolated: false });
const camps = actorCamps(whole, EVENT);
const elementsOf = (from: number, to: number) =>
  toElements(visibleGraph(answer(from, to), { pruneIsolated: true }), { camps });
const byId = (elements: ElementDefinition[]) => new Map(elements.map((def) => [String(def.data.id), def]));

describe('elementChanges', () => {
  it('a step of the range touches only the actors and stances that left or came, nothing else', () => {
    const before = elementsOf(0, 11);
    const changes = elementChanges(byId(before), elementsOf(3, 14));
    expect(changes.update).toEqual([]);
    expect([...changes.remove].sort()).toEqual(
      ['member-0', 'member-1', 'member-2', `member-0--${EVENT}`, `member-1--${EVENT}`, `member-2--${EVENT}`].sort(),
    );
    expect(changes.add.map((def) => def.data.id).sort()).toEqual(
      [
        'member-12',
        'member-13',
        'member-14',
        `member-12--${EVENT}`,
        `member-13--${EVENT}`,
        `member-14--${EVENT}`,
      ].sort(),
    );
  });

  it('the same view again changes nothing', () => {
    expect(elementChanges(byId(elementsOf(0, 11)), elementsOf(0, 11))).toEqual({ remove: [], add: [], update: [] });
  });

  it('restyles only the element whose classes or data changed', () => {
    const before = elementsOf(0, 5);
    const after = elementsOf(0, 5).map((def) =>
      def.data.id === 'member-4' ? { ...def, classes: 'actor kind-state camp-context' } : def,
    );
    const renamed = after.map((def) =>
      def.data.id === 'member-5' ? { ...def, data: { ...def.data, label: 'Member Five' } } : def,
    );
    expect(elementChanges(byId(before), renamed)).toEqual({
      remove: [],
      add: [],
      update: [
        { id: 'member-4', classes: 'actor kind-state camp-context' },
        { id: 'member-5', data: { ...before.find((d) => d.data.id === 'member-5')!.data, label: 'Member Five' } },
      ],
    });
  });

  it('an edge given other ends is removed and added again (Cytoscape cannot re-point one)', () => {
    const before = elementsOf(0, 2);
    const edge = before.find((def) => def.data.id === `member-1--${EVENT}`)!;
    const after = before.map((def) => (def === edge ? { ...def, data: { ...def.data, source: 'member-2' } } : def));
    const changes = elementChanges(byId(before), after);
    expect(changes.remove).toEqual([edge.data.id]);
    expect(changes.add.map((def) => def.data.id)).toEqual([edge.data.id]);
    expect(changes.update).toEqual([]);
  });
});

describe('sameActorRow', () => {
  it('tells a row drawn again from a new answer with the same content from one whose quote changed', () => {
    const rows = (graph: GraphResponse) => actorRows(visibleGraph(graph, { pruneIsolated: true }), camps);
    const [first] = rows(answer(0, 3));
    const [again] = rows(answer(0, 3));
    expect(again).not.toBe(first);
    expect(sameActorRow(first, again)).toBe(true);

    const edited = answer(0, 3);
    edited.edges[0].evidence[0].quote = 'Member 0 said something else';
    expect(sameActorRow(first, rows(edited)[0])).toBe(false);
    expect(sameActorRow(first, { ...first, camp: 'context' })).toBe(false);
    expect(sameActorRow(first, { ...first, stances: [] })).toBe(false);
  });
});
