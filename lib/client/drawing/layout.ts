/**
 * The stance-grouped ("camps") layout: events in the middle, supporters on the left, condemners on the
 * right, the cautious below and context actors above. Pure and deterministic, so a shared link draws the
 * same picture and a node never moves unless its camp or its camp-mates change.
 */
import type { Position } from 'cytoscape';
import type { Camp, DrawableGraph } from './elements';
import { EVENT_BOX, estimatedEventHeight } from './event-size';

export type Positions = Record<string, Position>;

/** Centre angle (radians, y grows downwards) of each camp's arc around the event. */
const CAMP_ANGLE: Record<Camp, number> = {
  support: Math.PI,
  condemnation: 0,
  caution: Math.PI / 2,
  context: -Math.PI / 2,
};

/** Half-width of each camp's arc; side camps get more room than top and bottom, and no two overlap. */
const CAMP_SPREAD: Record<Camp, number> = {
  support: (52 * Math.PI) / 180,
  condemnation: (52 * Math.PI) / 180,
  caution: (36 * Math.PI) / 180,
  context: (36 * Math.PI) / 180,
};

/** Side camps stack vertically (a node and its label are ~80px tall); top and bottom need label width. */
const NODE_GAP: Record<Camp, number> = { support: 82, condemnation: 82, caution: 135, context: 135 };
const SIDE_CAMPS: readonly Camp[] = ['support', 'condemnation'];
/** Arcs whose angle must decrease for the order to run top-to-bottom or left-to-right. */
const FLIPPED: readonly Camp[] = ['support', 'caution'];
/**
 * Screens are wider than tall: camps sit on an ellipse this much wider than high. The graph beside the
 * table on a 1280 × 720 laptop is about 940 × 380 pixels; at 2 the seed's view fits it with legible names.
 */
const ASPECT = 2;
const FIRST_RING_MAX = 9;
const RING_GAP = 130;
const EVENT_GAP = 90;
const MIN_RADIUS = 230;
/** A view whose camps hold one or two each is drawn closer in: spread to MIN_RADIUS, it did not fit beside the panel. */
const SMALL_CAMP_RADIUS = [150, 190];

/**
 * Members of a camp in an order that keeps related actors next to each other, so a relation drawn
 * between neighbours on an arc crosses little. Each cluster is laid out around its hub (one leaf,
 * the hub, the other leaves, then the branches), clusters by the given weight, then by name.
 */
export function campOrder(
  ids: string[],
  graph: DrawableGraph,
  labels: Map<string, string>,
  clusterWeight: (members: string[]) => number = () => 0,
): string[] {
  const members = new Set(ids);
  const neighbours = new Map<string, Set<string>>();
  for (const id of ids) neighbours.set(id, new Set());
  for (const edge of graph.edges) {
    if (edge.type === 'STANCE' || edge.source === edge.target) continue;
    if (!members.has(edge.source) || !members.has(edge.target)) continue;
    neighbours.get(edge.source)!.add(edge.target);
    neighbours.get(edge.target)!.add(edge.source);
  }
  const name = (id: string) => labels.get(id) ?? id;
  const byName = (a: string, b: string) => name(a).localeCompare(name(b)) || a.localeCompare(b);
  const degree = (id: string) => neighbours.get(id)!.size;

  const seen = new Set<string>();
  // A cluster's root sits between its leaves; a branch starts next to its parent and trails its leaves.
  const visit = (id: string, root: boolean): string[] => {
    const children = [...neighbours.get(id)!].filter((n) => !seen.has(n));
    children.forEach((n) => seen.add(n));
    const leaves = children.filter((n) => degree(n) === 1).sort(byName);
    const branches = children.filter((n) => degree(n) > 1).sort((a, b) => degree(b) - degree(a) || byName(a, b));
    const head = root ? [...leaves.slice(0, 1), id, ...leaves.slice(1)] : [id, ...leaves];
    return [...head, ...branches.flatMap((branch) => visit(branch, false))];
  };

  // Hubs first, so each cluster is walked from its centre of gravity (Russia before its ministry).
  const seeds = [...ids].sort((a, b) => degree(b) - degree(a) || byName(a, b));
  const clusters: string[][] = [];
  for (const seed of seeds) {
    if (seen.has(seed)) continue;
    seen.add(seed);
    clusters.push(visit(seed, true));
  }
  const weights = new Map(clusters.map((c) => [c, clusterWeight(c)]));
  clusters.sort((a, b) => weights.get(a)! - weights.get(b)! || byName(a[0], b[0]));
  return clusters.flat();
}

/**
 * Puts the events one under the other at x = 0, centred on y = 0, in date order; returns half the
 * height from the first centre to the last.
 */
function placeEvents(graph: DrawableGraph, positions: Positions): number {
  const events = graph.nodes
    .filter((n) => n.type === 'event')
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  // Stacked EVENT_GAP apart, further where long titles make the boxes taller than the usual 56.
  const heights = events.map((event) => estimatedEventHeight(event.label));
  const centres = [0];
  for (let i = 1; i < events.length; i += 1)
    centres.push(
      centres[i - 1] + Math.max(EVENT_GAP, (heights[i - 1] + heights[i]) / 2 + EVENT_GAP - EVENT_BOX.minHeight),
    );
  const half = (centres.at(-1) ?? 0) / 2;
  events.forEach((event, i) => {
    positions[event.id] = { x: 0, y: centres[i] - half };
  });
  return half;
}

function campGroups(graph: DrawableGraph, camps: Map<string, Camp>): Map<Camp, string[]> {
  const groups = new Map<Camp, string[]>();
  for (const node of graph.nodes) {
    if (node.type !== 'actor') continue;
    const camp = camps.get(node.id) ?? 'context';
    groups.set(camp, [...(groups.get(camp) ?? []), node.id]);
  }
  return groups;
}

export function campsLayout(graph: DrawableGraph, camps: Map<string, Camp>): Positions {
  const positions: Positions = {};
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const eventsHalfHeight = placeEvents(graph, positions);
  const groups = campGroups(graph, camps);

  // Along an arc, side camps move mostly vertically (radius ry), top and bottom camps horizontally (rx).
  const localRadius = (camp: Camp, ry: number) => (SIDE_CAMPS.includes(camp) ? ry : ry * ASPECT);
  // One ellipse for all camps keeps the picture balanced; it grows until the most crowded camp fits.
  const largest = Math.max(0, ...[...groups.values()].map((ids) => ids.length));
  let radius = Math.max(SMALL_CAMP_RADIUS[largest - 1] ?? MIN_RADIUS, eventsHalfHeight + 160);
  for (const [camp, ids] of groups) {
    const first = Math.min(ids.length, FIRST_RING_MAX);
    const needed = ((first - 1) * NODE_GAP[camp]) / (2 * CAMP_SPREAD[camp]);
    radius = Math.max(radius, SIDE_CAMPS.includes(camp) ? needed : needed / ASPECT);
  }

  const adjacency = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.type === 'STANCE') continue;
    adjacency.set(edge.source, [...(adjacency.get(edge.source) ?? []), edge.target]);
    adjacency.set(edge.target, [...(adjacency.get(edge.target) ?? []), edge.source]);
  }
  // Top and bottom camps are placed last, each cluster near the side its relations point to
  // (Afghanistan, tied to Russia and the Taliban, goes to the supporters' side).
  const barycentre = (members: string[], axis: 'x' | 'y') => {
    const placed = members
      .flatMap((id) => adjacency.get(id) ?? [])
      .filter((id) => positions[id] && !members.includes(id));
    if (placed.length === 0) return 0;
    return placed.reduce((sum, id) => sum + positions[id][axis], 0) / placed.length;
  };
  const campsInOrder = [...groups.keys()].sort(
    (a, b) => Number(!SIDE_CAMPS.includes(a)) - Number(!SIDE_CAMPS.includes(b)),
  );

  for (const camp of campsInOrder) {
    const ids = groups.get(camp)!;
    const axis = SIDE_CAMPS.includes(camp) ? 'y' : 'x';
    const order = campOrder(ids, graph, labels, (members) => barycentre(members, axis));
    const spread = CAMP_SPREAD[camp];
    const gap = NODE_GAP[camp];
    let placed = 0;
    for (let ring = 0; placed < order.length; ring += 1) {
      const ry = radius + ring * RING_GAP;
      const local = localRadius(camp, ry);
      const capacity = Math.max(1, Math.floor((2 * spread * local) / gap) + 1);
      const onRing = order.slice(placed, placed + capacity);
      const step = onRing.length > 1 ? Math.min((2 * spread) / (onRing.length - 1), gap / local) : 0;
      const half = (step * (onRing.length - 1)) / 2;
      onRing.forEach((id, i) => {
        // Order runs top to bottom on the sides and left to right above and below the event.
        const angle = FLIPPED.includes(camp) ? CAMP_ANGLE[camp] + half - i * step : CAMP_ANGLE[camp] - half + i * step;
        positions[id] = { x: Math.round(ry * ASPECT * Math.cos(angle)), y: Math.round(ry * Math.sin(angle)) };
      });
      placed += onRing.length;
    }
  }
  placeOthers(graph, positions);
  return positions;
}

/** Camps in the stacked layout, top to bottom; the events go between supporters and condemners. */
const STACK_ABOVE: readonly Camp[] = ['context', 'support'];
const STACK_BELOW: readonly Camp[] = ['condemnation', 'caution'];
/**
 * Three names side by side (a name wraps at 130 units) make a block about 410 units wide: on a
 * 360-pixel phone that is drawn at 0.8, above the zoom that keeps names legible.
 */
const STACK_COLUMNS = 3;
const STACK_COLUMN_GAP = 140;
/** A node with its name under it, up to three lines. */
const STACK_ROW_GAP = 96;
/** Between two camps, and between a camp and the events. */
const STACK_CAMP_GAP = 70;

/**
 * The camps for a narrow, tall screen (a phone held upright), where camps side by side could only be
 * shown cut or with names too small to read: each camp a block of rows, context actors at the top,
 * then the supporters, the events, the condemners and the cautious; names go under the nodes.
 * Pure and deterministic, like campsLayout.
 */
export function stackedCampsLayout(graph: DrawableGraph, camps: Map<string, Camp>): Positions {
  const positions: Positions = {};
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const eventsHalfHeight = placeEvents(graph, positions);
  const groups = campGroups(graph, camps);
  const rowsOf = (camp: Camp) => Math.ceil((groups.get(camp)?.length ?? 0) / STACK_COLUMNS);
  const block = (camp: Camp, top: number) => {
    const order = campOrder(groups.get(camp) ?? [], graph, labels);
    order.forEach((id, i) => {
      const row = Math.floor(i / STACK_COLUMNS);
      const inRow = Math.min(STACK_COLUMNS, order.length - row * STACK_COLUMNS);
      const column = i % STACK_COLUMNS;
      positions[id] = { x: Math.round((column - (inRow - 1) / 2) * STACK_COLUMN_GAP), y: top + row * STACK_ROW_GAP };
    });
  };
  // Upwards from the events: the camp nearest them first, its last row (names under it) a row above them.
  let bottom = -eventsHalfHeight - EVENT_BOX.minHeight / 2 - STACK_ROW_GAP;
  for (const camp of [...STACK_ABOVE].reverse()) {
    const rows = rowsOf(camp);
    if (rows === 0) continue;
    const top = bottom - (rows - 1) * STACK_ROW_GAP;
    block(camp, top);
    bottom = top - STACK_ROW_GAP - STACK_CAMP_GAP;
  }
  let top = eventsHalfHeight + EVENT_BOX.minHeight / 2 + STACK_CAMP_GAP;
  for (const camp of STACK_BELOW) {
    const rows = rowsOf(camp);
    if (rows === 0) continue;
    block(camp, top);
    top += rows * STACK_ROW_GAP + STACK_CAMP_GAP;
  }
  placeOthers(graph, positions);
  return positions;
}

const OTHER_GAP = 170;
const OTHER_ROW_GAP = 110;
const OTHERS_PER_ROW = 8;

/**
 * Sources, quotes and nodes of other labels (only a query answer has them) have no camp: they go in
 * rows under everything else, in label order, so they never land on top of an actor.
 */
function placeOthers(graph: DrawableGraph, positions: Positions) {
  const others = graph.nodes
    .filter((n) => n.type !== 'actor' && n.type !== 'event')
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  if (others.length === 0) return;
  const ys = Object.values(positions).map((p) => p.y);
  const top = (ys.length > 0 ? Math.max(...ys) : -OTHER_ROW_GAP) + OTHER_ROW_GAP;
  others.forEach((node, i) => {
    const row = Math.floor(i / OTHERS_PER_ROW);
    const inRow = Math.min(OTHERS_PER_ROW, others.length - row * OTHERS_PER_ROW);
    const column = i % OTHERS_PER_ROW;
    positions[node.id] = { x: Math.round((column - (inRow - 1) / 2) * OTHER_GAP), y: top + row * OTHER_ROW_GAP };
  });
}
