/**
 * The layout of answers made of paths (chains of ties, shortest paths, `RETURN p`): each path reads
 * left to right in hop order, one row per path, stacked. Pure and deterministic.
 *
 * - Columns: a node's column is its hop index along the paths. Where paths share a node at different
 *   hop indices it takes the furthest (longest-path layering), so every path still runs strictly
 *   left to right; a node where paths only start moves right, next to what it leads to.
 * - Rows: path i is row i; a node on several paths sits between their rows (shared ends of shortest
 *   paths in the middle, a common top between the chains that reach it).
 * - No node lies on an edge it does not belong to: nodes are placed one by one, each at the first
 *   free place up or down from its row where its box meets no edge drawn so far and its own edges
 *   cross no node.
 */
import type { DrawableGraph } from './elements';
import type { Positions } from './layout';

/** More paths than this do not read as rows; the answer keeps its usual layout. */
export const PATH_LAYOUT_MAX_PATHS = 100;
const PATH_LAYOUT_MAX_NODES = 200;

const COLUMN_GAP = 240;
const ROW_GAP = 110;
/** Nodes move in half rows when their place is taken. */
const STEP = ROW_GAP / 2;
/** Space kept between an edge and a node it does not touch. */
const CLEARANCE = 14;
/** How far Cytoscape bows each further edge between the same two nodes (its control-point-step-size). */
const PARALLEL_BOW = 40;
const OTHERS_PER_ROW = 6;
const OTHER_GAP = 180;
/** Labels are at most 130px wide (styles.ts), two or three lines under the node. */
const LABEL_HALF_WIDTH = 65;
const LABEL_HEIGHT = 48;

interface Point {
  x: number;
  y: number;
}

/** Half the width and height of each node type as drawn (lib/client/drawing/styles.ts). */
const HALF_SIZE: Record<DrawableGraph['nodes'][number]['type'], Point> = {
  actor: { x: 17, y: 17 },
  event: { x: 75, y: 28 },
  source: { x: 20, y: 14 },
  other: { x: 17, y: 17 },
};

/**
 * What a node takes up beside other nodes: its box, widened to its label's width and lengthened by the
 * label under it (actors, sources, other nodes); an event's label is inside its box.
 */
function footprint(type: DrawableGraph['nodes'][number]['type'], p: Point, margin: number): Box {
  const body = HALF_SIZE[type];
  if (type === 'event') return boxAt(p, body, margin);
  return {
    left: p.x - LABEL_HALF_WIDTH - margin,
    right: p.x + LABEL_HALF_WIDTH + margin,
    top: p.y - body.y - margin,
    bottom: p.y + body.y + LABEL_HEIGHT + margin,
  };
}

/**
 * The paths to lay out: only drawn nodes joined by drawn edges (a path is cut where it is not), each
 * once whichever way it was walked, and none that a longer one already holds (`(a)-[*]->(b)` returns
 * every prefix too). In the answer's order.
 */
export function layoutPaths(paths: string[][], graph: DrawableGraph): string[][] {
  const drawn = new Set(graph.nodes.map((n) => n.id));
  const joined = new Set(graph.edges.flatMap((e) => [`${e.source} ${e.target}`, `${e.target} ${e.source}`]));
  const runs: string[][] = [];
  for (const path of paths) {
    let run: string[] = [];
    path.forEach((id, i) => {
      const continues = drawn.has(id) && i > 0 && joined.has(`${path[i - 1]} ${id}`) && run.length > 0;
      if (!continues) {
        if (run.length > 1) runs.push(run);
        run = drawn.has(id) ? [id] : [];
      } else run.push(id);
    });
    if (run.length > 1) runs.push(run);
  }
  const wrap = (ids: string[]) => `\u0000${ids.join('\u0000')}\u0000`;
  const kept: { index: number; ids: string[]; text: string }[] = [];
  const longestFirst = runs.map((ids, index) => ({ ids, index })).sort((a, b) => b.ids.length - a.ids.length);
  for (const { ids, index } of longestFirst) {
    const forward = wrap(ids);
    const backward = wrap([...ids].reverse());
    if (kept.some((k) => k.text.includes(forward) || k.text.includes(backward))) continue;
    kept.push({ index, ids, text: forward });
  }
  return kept.sort((a, b) => a.index - b.index).map((k) => k.ids);
}

/** Columns by hop index: longest-path layering over the walked direction, cycles broken where first met. */
function columns(paths: string[][]): Map<string, number> {
  const order: string[] = [];
  const next = new Map<string, string[]>();
  for (const path of paths) {
    path.forEach((id, i) => {
      if (!next.has(id)) {
        next.set(id, []);
        order.push(id);
      }
      const after = path[i + 1];
      if (after !== undefined && after !== id && !next.get(id)!.includes(after)) next.get(id)!.push(after);
    });
  }
  // Depth-first, in order of appearance: an edge back to a node still open closes a cycle and is left out.
  const state = new Map<string, 'open' | 'done'>();
  const kept = new Map<string, string[]>(order.map((id) => [id, []]));
  const finished: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const after of next.get(id)!) {
      if (state.get(after) === 'open') continue;
      kept.get(id)!.push(after);
      if (!state.has(after)) visit(after);
    }
    state.set(id, 'done');
    finished.push(id);
  };
  for (const id of order) if (!state.has(id)) visit(id);

  const column = new Map<string, number>(order.map((id) => [id, 0]));
  const hasBefore = new Set<string>();
  for (const id of [...finished].reverse()) {
    for (const after of kept.get(id)!) {
      column.set(after, Math.max(column.get(after)!, column.get(id)! + 1));
      hasBefore.add(after);
    }
  }
  // A node where paths only start sits just before the nearest node it leads to.
  for (const id of order) {
    const afters = kept.get(id)!;
    if (hasBefore.has(id) || afters.length === 0) continue;
    column.set(id, Math.min(...afters.map((a) => column.get(a)!)) - 1);
  }
  return column;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxAt(p: Point, half: Point, margin: number): Box {
  return {
    left: p.x - half.x - margin,
    right: p.x + half.x + margin,
    top: p.y - half.y - margin,
    bottom: p.y + half.y + margin,
  };
}

function boxesMeet(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether the segment from a to b passes through the box (Liang–Barsky clipping). */
export function segmentMeetsBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

interface Line {
  source: string;
  target: string;
  /** Extra space to keep for edges bowed beside others between the same two nodes. */
  bow: number;
}

/** The edges as lines between two distinct nodes, one per pair of nodes. */
function linesOf(graph: DrawableGraph): Line[] {
  const byPair = new Map<string, Line>();
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    const key = [edge.source, edge.target].sort().join(' ');
    const line = byPair.get(key);
    if (line) line.bow += PARALLEL_BOW / 2;
    else byPair.set(key, { source: edge.source, target: edge.target, bow: 0 });
  }
  return [...byPair.values()];
}

/**
 * Each pair of an edge and a node it does not belong to whose box it crosses (with `margin` to spare):
 * empty for a layout that keeps every edge clear.
 */
export function edgesOverNodes(graph: DrawableGraph, positions: Positions, margin = 0): [string, string][] {
  const crossings: [string, string][] = [];
  for (const line of linesOf(graph)) {
    const a = positions[line.source];
    const b = positions[line.target];
    if (!a || !b) continue;
    for (const node of graph.nodes) {
      const p = positions[node.id];
      if (!p || node.id === line.source || node.id === line.target) continue;
      if (segmentMeetsBox(a, b, boxAt(p, HALF_SIZE[node.type], margin + line.bow)))
        crossings.push([`${line.source}>${line.target}`, node.id]);
    }
  }
  return crossings;
}

/**
 * Positions of the path layout, or null when the answer does not read as rows (no path, or more
 * than PATH_LAYOUT_MAX_PATHS paths or PATH_LAYOUT_MAX_NODES nodes). Nodes on no path go in rows below.
 */
export function pathLayout(graph: DrawableGraph, answerPaths: string[][]): Positions | null {
  if (graph.nodes.length > PATH_LAYOUT_MAX_NODES) return null;
  const paths = layoutPaths(answerPaths, graph);
  if (paths.length === 0 || paths.length > PATH_LAYOUT_MAX_PATHS) return null;

  const column = columns(paths);
  const rows = new Map<string, number[]>();
  paths.forEach((path, row) => {
    for (const id of path) if (!rows.get(id)?.includes(row)) rows.set(id, [...(rows.get(id) ?? []), row]);
  });

  const type = new Map(graph.nodes.map((n) => [n.id, n.type]));
  const half = new Map(graph.nodes.map((n) => [n.id, HALF_SIZE[n.type]]));
  const lines = linesOf(graph);
  const linesOfNode = new Map<string, Line[]>();
  for (const line of lines) {
    for (const end of [line.source, line.target]) linesOfNode.set(end, [...(linesOfNode.get(end) ?? []), line]);
  }

  const positions: Positions = {};
  const placed: string[] = [];
  const other = (line: Line, id: string) => (line.source === id ? line.target : line.source);

  /** How many edges and nodes a node at p would meet: 0 is a free place. */
  const conflicts = (id: string, p: Point): number => {
    let count = 0;
    const own = footprint(type.get(id)!, p, 0);
    for (const q of placed) if (boxesMeet(own, footprint(type.get(q)!, positions[q], CLEARANCE))) count += 1;
    for (const line of lines) {
      const a = positions[line.source];
      const b = positions[line.target];
      if (!a || !b) continue;
      if (segmentMeetsBox(a, b, boxAt(p, half.get(id)!, CLEARANCE + line.bow))) count += 1;
    }
    for (const line of linesOfNode.get(id) ?? []) {
      const end = positions[other(line, id)];
      if (!end) continue;
      for (const q of placed) {
        if (q === other(line, id)) continue;
        if (segmentMeetsBox(p, end, boxAt(positions[q], half.get(q)!, CLEARANCE + line.bow))) count += 1;
      }
    }
    return count;
  };

  const place = (id: string, candidates: Iterable<Point>) => {
    let best: { p: Point; count: number } | null = null;
    for (const p of candidates) {
      const count = conflicts(id, p);
      if (!best || count < best.count) best = { p, count };
      if (count === 0) break;
    }
    positions[id] = best!.p;
    placed.push(id);
  };

  // Up and down from the wanted place, half a row at a time, further than there are rows and nodes.
  const reach = 2 * (paths.length + graph.nodes.length);
  function* around(x: number, y: number): Generator<Point> {
    yield { x, y };
    for (let k = 1; k <= reach; k += 1) {
      yield { x, y: y + k * STEP };
      yield { x, y: y - k * STEP };
    }
  }

  for (const path of paths) {
    for (const id of path) {
      if (positions[id]) continue;
      const homeRows = rows.get(id)!;
      const row = homeRows.reduce((sum, r) => sum + r, 0) / homeRows.length;
      place(id, around(column.get(id)! * COLUMN_GAP, Math.round((row * ROW_GAP) / STEP) * STEP));
    }
  }

  const others = graph.nodes.filter((n) => !positions[n.id]);
  if (others.length > 0) {
    const bottom = Math.max(...placed.map((id) => positions[id].y)) + ROW_GAP;
    others.forEach((node, i) => {
      const x = (i % OTHERS_PER_ROW) * OTHER_GAP;
      const y = bottom + Math.floor(i / OTHERS_PER_ROW) * ROW_GAP;
      function* below(): Generator<Point> {
        for (let k = 0; k <= reach; k += 1) yield { x, y: y + k * STEP };
      }
      place(node.id, below());
    });
  }
  return positions;
}
