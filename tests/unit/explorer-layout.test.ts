import { describe, expect, it } from 'vitest';
import type { ActorKind, Stance } from '@/lib/domain';
import type { GraphEdge, GraphNode } from '@/lib/types';
import { actorCamps, visibleGraph, type VisibleGraph } from '@/lib/client/drawing/elements';
import { forceLayout } from '@/lib/client/drawing/force-layout';
import { campOrder, campsLayout, stackedCampsLayout, type Positions } from '@/lib/client/drawing/layout';
import { fitPadding } from '@/lib/client/drawing/fit';
import { LEGIBLE_ZOOM } from '@/lib/client/drawing/renderer-choice';

const EVENT = 'russia-recognizes-taliban';
const node = (id: string, kind: ActorKind = 'person'): GraphNode => ({ id, label: id, type: 'actor', kind });
const stance = (id: string, value: Stance): GraphEdge => ({
  id: `${id}--stance`,
  source: id,
  target: EVENT,
  type: 'STANCE',
  stance: value,
  evidence: [],
});
const rel = (source: string, target: string): GraphEdge => ({
  id: `${source}--${target}`,
  source,
  target,
  type: 'PART_OF',
  evidence: [],
});

function seedLike(): VisibleGraph {
  const supporters = [
    'russia',
    'russian-foreign-ministry',
    'vladimir-putin',
    'amir-khan-muttaqi',
    'taliban-government',
  ];
  const condemners = ['fawzia-koofi', 'afghan-womens-political-participation-network'];
  const cautious = ['rangin-dadfar-spanta', 'united-nations-security-council', 'united-nations'];
  const context = ['afghanistan', 'china', 'united-arab-emirates', 'germany', 'german-interior-minister'];
  return visibleGraph(
    {
      nodes: [
        { id: EVENT, label: 'Recognition', type: 'event', date: '2025-07-03' },
        ...[...supporters, ...condemners, ...cautious, ...context].map((id) => node(id)),
      ],
      edges: [
        ...supporters.map((id) => stance(id, 'support')),
        ...condemners.map((id) => stance(id, 'condemnation')),
        ...cautious.map((id) => stance(id, 'caution')),
        rel('vladimir-putin', 'russia'),
        rel('russian-foreign-ministry', 'russia'),
        rel('russia', 'taliban-government'),
        rel('amir-khan-muttaqi', 'taliban-government'),
        rel('china', 'afghanistan'),
        rel('united-arab-emirates', 'afghanistan'),
        rel('russia', 'afghanistan'),
        rel('german-interior-minister', 'germany'),
      ],
      truncated: false,
      limits: { nodes: 500, edges: 2000 },
    },
    { pruneIsolated: false },
  );
}

function minDistance(positions: Positions): number {
  const points = Object.values(positions);
  let min = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      min = Math.min(min, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
    }
  }
  return min;
}

describe('campsLayout', () => {
  const graph = seedLike();
  const camps = actorCamps(graph, EVENT);
  const positions = campsLayout(graph, camps);

  it('positions every node, the event in the middle', () => {
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(positions[EVENT]).toEqual({ x: 0, y: 0 });
  });

  it('puts supporters left, condemners right, the cautious below and context actors above', () => {
    for (const [id, camp] of camps) {
      const { x, y } = positions[id];
      if (camp === 'support') expect(x).toBeLessThan(-100);
      if (camp === 'condemnation') expect(x).toBeGreaterThan(100);
      if (camp === 'caution') expect(y).toBeGreaterThan(100);
      if (camp === 'context') expect(y).toBeLessThan(-100);
    }
  });

  it('leaves room between nodes for their labels', () => {
    expect(minDistance(positions)).toBeGreaterThan(70);
  });

  it('is deterministic, so a shared link draws the same picture', () => {
    expect(campsLayout(seedLike(), actorCamps(seedLike(), EVENT))).toEqual(positions);
  });

  it('draws a view of a few actors close in, so it fits beside the open panel with legible names', () => {
    const few = visibleGraph(
      {
        nodes: [
          { id: EVENT, label: 'E', type: 'event' },
          node('backer'),
          node('critic'),
          node('doubter'),
          node('second-backer'),
        ],
        edges: [
          stance('backer', 'support'),
          stance('second-backer', 'support'),
          stance('critic', 'condemnation'),
          stance('doubter', 'caution'),
        ],
        truncated: false,
        limits: { nodes: 500, edges: 2000 },
      },
      { pruneIsolated: false },
    );
    const drawn = campsLayout(few, actorCamps(few, EVENT));
    const xs = Object.values(drawn).map((p) => p.x);
    // The canvas beside the panel at 1440 px is about 700 px; names are 130 wide at most.
    expect((Math.max(...xs) - Math.min(...xs) + 130) * LEGIBLE_ZOOM).toBeLessThan(700);
    expect(minDistance(drawn)).toBeGreaterThan(70);
    expect(drawn.backer.x).toBeLessThan(-100);
    expect(drawn.critic.x).toBeGreaterThan(100);
    // A camp of three or more keeps the wider picture the seed is drawn with.
    expect(Math.max(...Object.values(positions).map((p) => p.x))).toBeGreaterThan(400);
  });

  it('grows into outer rings for a crowded camp without overlapping', () => {
    const many = Array.from({ length: 30 }, (_, i) => `supporter-${String(i).padStart(2, '0')}`);
    const crowded = visibleGraph(
      {
        nodes: [{ id: EVENT, label: 'E', type: 'event' }, ...many.map((id) => node(id))],
        edges: many.map((id) => stance(id, 'support')),
        truncated: false,
        limits: { nodes: 500, edges: 2000 },
      },
      { pruneIsolated: false },
    );
    const crowdedPositions = campsLayout(crowded, actorCamps(crowded, EVENT));
    expect(minDistance(crowdedPositions)).toBeGreaterThan(60);
    for (const id of many) expect(crowdedPositions[id].x).toBeLessThan(0);
  });
});

describe('stackedCampsLayout (a phone)', () => {
  const graph = seedLike();
  const camps = actorCamps(graph, EVENT);
  const positions = stackedCampsLayout(graph, camps);
  const ys = (camp: string) => [...camps].filter(([, c]) => c === camp).map(([id]) => positions[id].y);

  it('stacks the camps: context actors, supporters, the event, condemners, the cautious', () => {
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(positions[EVENT]).toEqual({ x: 0, y: 0 });
    expect(Math.max(...ys('context'))).toBeLessThan(Math.min(...ys('support')));
    expect(Math.max(...ys('support'))).toBeLessThan(-60);
    expect(Math.min(...ys('condemnation'))).toBeGreaterThan(60);
    expect(Math.max(...ys('condemnation'))).toBeLessThan(Math.min(...ys('caution')));
  });

  it('is narrow enough for a 360-pixel phone at a legible zoom, with room between names', () => {
    const xs = Object.values(positions).map((p) => p.x);
    // Names are 130 wide at most and centred under their nodes.
    expect((Math.max(...xs) - Math.min(...xs) + 130) * LEGIBLE_ZOOM).toBeLessThan(360 - 2 * fitPadding(360, 340));
    expect(minDistance(positions)).toBeGreaterThan(90);
    // The side-by-side camps of a wider screen would not be.
    const wide = Object.values(campsLayout(graph, camps)).map((p) => p.x);
    expect((Math.max(...wide) - Math.min(...wide) + 130) * LEGIBLE_ZOOM).toBeGreaterThan(360);
  });

  it('keeps a crowded camp in rows, clear of the event and of the next camp', () => {
    const many = Array.from({ length: 20 }, (_, i) => `supporter-${String(i).padStart(2, '0')}`);
    const crowded = visibleGraph(
      {
        nodes: [
          { id: EVENT, label: 'E', type: 'event' },
          { id: 'second', label: 'F', type: 'event', date: '2030-01-01' },
          ...many.map((id) => node(id)),
          node('critic'),
        ],
        edges: [...many.map((id) => stance(id, 'support')), stance('critic', 'condemnation')],
        truncated: false,
        limits: { nodes: 500, edges: 2000 },
      },
      { pruneIsolated: false },
    );
    const drawn = stackedCampsLayout(crowded, actorCamps(crowded, EVENT));
    const events = [drawn[EVENT].y, drawn.second.y];
    expect(minDistance(drawn)).toBeGreaterThanOrEqual(90);
    for (const id of many) expect(drawn[id].y).toBeLessThan(Math.min(...events) - 100);
    expect(drawn.critic.y).toBeGreaterThan(Math.max(...events) + 60);
    expect(new Set(many.map((id) => drawn[id].y)).size).toBe(7);
  });

  it('is deterministic', () => {
    expect(stackedCampsLayout(seedLike(), actorCamps(seedLike(), EVENT))).toEqual(positions);
  });
});

describe('campOrder', () => {
  it('keeps related actors next to each other, the hub among its leaves', () => {
    const graph = seedLike();
    const supporters = [
      'amir-khan-muttaqi',
      'russia',
      'russian-foreign-ministry',
      'taliban-government',
      'vladimir-putin',
    ];
    const order = campOrder(supporters, graph, new Map(graph.nodes.map((n) => [n.id, n.label])));
    expect(order).toEqual([
      'russian-foreign-ministry',
      'russia',
      'vladimir-putin',
      'taliban-government',
      'amir-khan-muttaqi',
    ]);
  });
});

describe('forceLayout', () => {
  it('positions every node, repeatably, starting from the camps', () => {
    const graph = seedLike();
    const initial = campsLayout(graph, actorCamps(graph, EVENT));
    const first = forceLayout(graph, initial);
    const second = forceLayout(graph, initial);
    expect(Object.keys(first).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const p of Object.values(first)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    expect(second).toEqual(first);
    expect(minDistance(first)).toBeGreaterThan(50);
  });

  it('gives the same positions whatever order the nodes and edges come in', () => {
    // Neo4j may return the same graph in another order (after a restore, say): the layout must not move.
    const graph = seedLike();
    const initial = campsLayout(graph, actorCamps(graph, EVENT));
    const reversed = { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    expect(forceLayout(reversed, initial)).toEqual(forceLayout(graph, initial));
  });

  it('leaves the start positions it was given as they were (the camps layout is drawn again from them)', () => {
    const graph = seedLike();
    const initial = campsLayout(graph, actorCamps(graph, EVENT));
    const before = structuredClone(initial);
    forceLayout(graph, initial);
    expect(initial).toEqual(before);
  });
});
