import { describe, expect, it } from 'vitest';
import type { DrawableGraph } from '@/lib/client/drawing/elements';
import type { Positions } from '@/lib/client/drawing/layout';
import {
  PATH_LAYOUT_MAX_PATHS,
  edgesOverNodes,
  layoutPaths,
  pathLayout,
  segmentMeetsBox,
} from '@/lib/client/drawing/path-layout';
import { answerView } from '@/lib/client/query-page/query-answer';
import type { QueryGraphEdge, QueryGraphNode } from '@/lib/types';

const actor = (id: string): QueryGraphNode => ({ id, label: id, type: 'actor', kind: 'person', labels: ['Actor'] });
const event = (id: string): QueryGraphNode => ({ id, label: id, type: 'event', labels: ['Event'] });
const tie = (source: string, target: string, type = 'PART_OF'): QueryGraphEdge => ({
  id: `${source}--${type.toLowerCase()}--${target}`,
  source,
  target,
  type,
  evidence: [],
});

/** A graph of the paths' nodes and edges, plus any extra edges. */
function graphOf(paths: string[][], extra: QueryGraphEdge[] = [], events: string[] = []): DrawableGraph {
  const ids = [...new Set(paths.flat())];
  const edges = new Map<string, QueryGraphEdge>();
  for (const path of paths)
    for (let i = 1; i < path.length; i += 1) edges.set(`${path[i - 1]}>${path[i]}`, tie(path[i - 1], path[i]));
  for (const e of extra) edges.set(e.id, e);
  return { nodes: ids.map((id) => (events.includes(id) ? event(id) : actor(id))), edges: [...edges.values()] };
}

/** Every path strictly left to right, in hop order. */
function expectHopOrder(paths: string[][], positions: Positions) {
  for (const path of paths) {
    for (let i = 1; i < path.length; i += 1) expect(positions[path[i]].x).toBeGreaterThan(positions[path[i - 1]].x);
  }
}

function expectDistinctPlaces(positions: Positions) {
  const places = Object.values(positions).map((p) => `${p.x},${p.y}`);
  expect(new Set(places).size).toBe(places.length);
}

describe('the path layout', () => {
  it('lays one chain out left to right in hop order, in one row', () => {
    const path = ['amir-khan-muttaqi', 'taliban-government', 'afghanistan'];
    const graph = graphOf([path]);
    const positions = pathLayout(graph, [path])!;
    expectHopOrder([path], positions);
    expect(new Set(path.map((id) => positions[id].y)).size).toBe(1);
    expect(edgesOverNodes(graph, positions)).toEqual([]);
  });

  it('moves a node off an edge it does not belong to (a tie that skips it)', () => {
    const path = ['a', 'b', 'c'];
    // a → c is in the answer but on no path: in one row it would run through b.
    const graph = graphOf([path], [tie('a', 'c', 'LEADS')]);
    const positions = pathLayout(graph, [path])!;
    expectHopOrder([path], positions);
    expect(new Set(path.map((id) => positions[id].y)).size).toBeGreaterThan(1);
    expect(edgesOverNodes(graph, positions, 4)).toEqual([]);
  });

  it('stacks several paths in rows; a shared node is drawn once, between its paths, and every path still runs left to right', () => {
    // The console's chains up to Afghanistan in the seed: Russia and the Taliban government are on several.
    const paths = [
      ['amir-khan-muttaqi', 'taliban-government', 'afghanistan'],
      ['vladimir-putin', 'russia', 'taliban-government', 'afghanistan'],
      ['russian-foreign-ministry', 'russia', 'taliban-government', 'afghanistan'],
      ['vladimir-putin', 'russia', 'afghanistan'],
      ['russian-foreign-ministry', 'russia', 'afghanistan'],
      ['china', 'afghanistan'],
      ['united-arab-emirates', 'afghanistan'],
    ];
    const graph = graphOf(paths);
    const positions = pathLayout(graph, paths)!;
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expectHopOrder(paths, positions);
    expectDistinctPlaces(positions);
    expect(edgesOverNodes(graph, positions, 4)).toEqual([]);
    // Chains that meet at the top end in one column.
    expect(positions.afghanistan.x).toBe(Math.max(...Object.values(positions).map((p) => p.x)));
    // A chain's own start is on its row: Muttaqi above the chains through Russia, China and the UAE below them.
    expect(positions['amir-khan-muttaqi'].y).toBeLessThan(positions['vladimir-putin'].y);
    expect(positions.china.y).toBeGreaterThan(positions['russian-foreign-ministry'].y);
  });

  it('moves a shared node off the row between its paths when another path is there', () => {
    // b is on rows 0 and 2: between them, on row 1, is e.
    const paths = [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'b', 'h'],
    ];
    const graph = graphOf(paths);
    const positions = pathLayout(graph, paths)!;
    expectHopOrder(paths, positions);
    expectDistinctPlaces(positions);
    expect(edgesOverNodes(graph, positions, 4)).toEqual([]);
  });

  it('puts the shared ends of shortest paths between their rows', () => {
    const paths = [
      ['koofi', 'e1', 'putin'],
      ['koofi', 'e2', 'putin'],
      ['koofi', 'e3', 'putin'],
    ];
    const graph = graphOf(paths, [], ['e1', 'e2', 'e3']);
    const positions = pathLayout(graph, paths)!;
    expectHopOrder(paths, positions);
    expect(positions.koofi.y).toBe(positions.e2.y);
    expect(positions.putin.y).toBe(positions.e2.y);
    expect(positions.e1.y).toBeLessThan(positions.e2.y);
    expect(positions.e3.y).toBeGreaterThan(positions.e2.y);
    expect(edgesOverNodes(graph, positions, 4)).toEqual([]);
  });

  it('keeps each path once: not a prefix of a longer one, not the same path walked back', () => {
    const graph = graphOf([
      ['a', 'b', 'c'],
      ['d', 'c'],
    ]);
    expect(
      layoutPaths(
        [
          ['a', 'b'],
          ['a', 'b', 'c'],
          ['c', 'b', 'a'],
          ['d', 'c'],
          ['d', 'c'],
        ],
        graph,
      ),
    ).toEqual([
      ['a', 'b', 'c'],
      ['d', 'c'],
    ]);
    // A node that is not drawn cuts a path into what is drawn on either side of it.
    expect(layoutPaths([['a', 'b', 'ghost', 'd', 'c']], graph)).toEqual([
      ['a', 'b'],
      ['d', 'c'],
    ]);
  });

  it('ends for paths that go round in circles, with every edge clear of other nodes', () => {
    const paths = [
      ['a', 'b', 'c', 'a'],
      ['c', 'd', 'b'],
      ['d', 'a'],
    ];
    const graph = graphOf(paths);
    const positions = pathLayout(graph, paths)!;
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c', 'd']);
    expectDistinctPlaces(positions);
    expect(edgesOverNodes(graph, positions, 4)).toEqual([]);
  });

  it('puts nodes on no path in rows below the paths, clear of every edge', () => {
    const path = ['a', 'b', 'c'];
    const graph = graphOf([path], [tie('x', 'b', 'ECHOES'), tie('y', 'a', 'ECHOES')]);
    graph.nodes.push(actor('x'), actor('y'), actor('z'));
    const positions = pathLayout(graph, [path])!;
    for (const id of ['x', 'y', 'z']) expect(positions[id].y).toBeGreaterThan(positions.a.y);
    expectDistinctPlaces(positions);
    expect(edgesOverNodes(graph, positions, 4)).toEqual([]);
  });

  it('leaves an answer with too many paths to its usual layout', () => {
    const paths = Array.from({ length: PATH_LAYOUT_MAX_PATHS + 1 }, (_, i) => [`s${i}`, 'top']);
    expect(pathLayout(graphOf(paths), paths)).toBeNull();
  });

  it('tells an edge through a box from one beside it', () => {
    const box = { left: -10, right: 10, top: -10, bottom: 10 };
    expect(segmentMeetsBox({ x: -100, y: 0 }, { x: 100, y: 0 }, box)).toBe(true);
    expect(segmentMeetsBox({ x: -100, y: -100 }, { x: 100, y: 100 }, box)).toBe(true);
    expect(segmentMeetsBox({ x: -100, y: 20 }, { x: 100, y: 20 }, box)).toBe(false);
    expect(segmentMeetsBox({ x: 20, y: 0 }, { x: 100, y: 0 }, box)).toBe(false);
  });
});

describe('answerView with paths', () => {
  it('draws an answer that holds paths hop by hop, and one without in its usual layout', () => {
    const path = ['amir-khan-muttaqi', 'taliban-government', 'afghanistan'];
    const graph = graphOf([path]);
    const withPaths = answerView({ ...graph, paths: [path] }, 'k');
    expect(withPaths.layout).toBe('paths');
    expectHopOrder([path], withPaths.positions);
    expect(answerView(graph, 'k').layout).toBe('force');
  });
});
