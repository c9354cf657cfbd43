/**
 * The stance-grouped ("camps") layout: events in the middle, supporters on the left, condemners on the
 * right, the cautious below and context actors above. Pure and deterministic, so a shared link draws the
 * same picture and a node never moves unless its camp or its camp-mates change.
 */
import type { Position } from 'cytoscape';
import type { Camp, VisibleGraph } from './elements';

export type Positions = Record<string, Position>;

/** Centre angle (radians, y grows downwards) of each camp's arc around the event. */
const CAMP_ANGLE: Record<Camp, number> = {
  support: Math.PI,
  condemnation: 0,
  caution: Math.PI / 2,
  context: -Math.PI / 2,
};

/** Half-width of each camp's arc: left/right camps get more room than top/bottom, and they never overlap. */
const CAMP_SPREAD: Record<Camp, number> = {
  support: (50 * Math.PI) / 180,
  condemnation: (50 * Math.PI) / 180,
  caution: (36 * Math.PI) / 180,
  context: (36 * Math.PI) / 180,
};

/** Distance between neighbours on an arc: side camps stack vertically, top and bottom need label width. */
const NODE_GAP: Record<Camp, number> = { support: 88, condemnation: 88, caution: 140, context: 140 };
const FIRST_RING_MAX = 9;
const RING_GAP = 150;
const EVENT_GAP = 90;
const MIN_RADIUS = 280;

/**
 * Members of a camp in an order that keeps related actors next to each other (a relation drawn
 * between neighbours on an arc crosses nothing), then by name within a cluster.
 */
export function campOrder(ids: string[], graph: VisibleGraph, labels: Map<string, string>): string[] {
  const members = new Set(ids);
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.type === 'STANCE') continue;
    if (!members.has(edge.source) || !members.has(edge.target)) continue;
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const byName = (a: string, b: string) => (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b) || a.localeCompare(b);
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  // Hubs first (Russia before its foreign ministry), so each cluster starts at its centre of gravity.
  const seeds = [...ids].sort((a, b) => degree(b) - degree(a) || byName(a, b));
  const seen = new Set<string>();
  const order: string[] = [];
  for (const seed of seeds) {
    if (seen.has(seed)) continue;
    const queue = [seed];
    seen.add(seed);
    while (queue.length) {
      const id = queue.shift()!;
      order.push(id);
      for (const next of [...(neighbours.get(id) ?? [])].sort(byName)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return order;
}

export function campsLayout(graph: VisibleGraph, camps: Map<string, Camp>): Positions {
  const positions: Positions = {};
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const events = graph.nodes
    .filter((n) => n.type === 'event')
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  events.forEach((event, i) => {
    positions[event.id] = { x: 0, y: (i - (events.length - 1) / 2) * EVENT_GAP };
  });

  const groups = new Map<Camp, string[]>();
  for (const node of graph.nodes) {
    if (node.type !== 'actor') continue;
    const camp = camps.get(node.id) ?? 'context';
    groups.set(camp, [...(groups.get(camp) ?? []), node.id]);
  }

  const eventsHalfHeight = ((events.length - 1) * EVENT_GAP) / 2;

  for (const [camp, ids] of groups) {
    const order = campOrder(ids, graph, labels);
    const spread = CAMP_SPREAD[camp];
    const gap = NODE_GAP[camp];
    const firstRing = Math.min(order.length, FIRST_RING_MAX);
    const radius = Math.max(MIN_RADIUS, eventsHalfHeight + 220, ((firstRing - 1) * gap) / (2 * spread));
    let placed = 0;
    for (let ring = 0; placed < order.length; ring += 1) {
      const r = radius + ring * RING_GAP;
      const capacity = Math.max(1, Math.floor((2 * spread * r) / gap) + 1);
      const onRing = order.slice(placed, placed + capacity);
      const step = onRing.length > 1 ? Math.min((2 * spread) / (onRing.length - 1), gap / r) : 0;
      const start = CAMP_ANGLE[camp] - (step * (onRing.length - 1)) / 2;
      onRing.forEach((id, i) => {
        // The left arc runs clockwise from the top so both side camps read top to bottom.
        const angle = camp === 'support' ? CAMP_ANGLE[camp] + (step * (onRing.length - 1)) / 2 - i * step : start + i * step;
        positions[id] = { x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) };
      });
      placed += onRing.length;
    }
  }
  return positions;
}
