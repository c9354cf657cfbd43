/**
 * How the congruence network is drawn: a colour per cluster and a ring of members per cluster.
 * Colours are Paul Tol's "bright" scheme, made to stay apart for colour-blind readers; past seven
 * clusters they repeat, so every label also carries its cluster's number.
 */
import type { CongruenceNode } from '@/lib/types';
import type { Positions } from './layout';

const CLUSTER_COLORS = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#BBBBBB'];

export function clusterColor(cluster: number): string {
  return CLUSTER_COLORS[(Math.max(1, cluster) - 1) % CLUSTER_COLORS.length];
}

/** The name a node is drawn with: its cluster's number first, so the cluster reads without colour. */
export function clusterLabel(node: Pick<CongruenceNode, 'label' | 'cluster'>): string {
  return `${node.cluster} · ${node.label}`;
}

// Room for a wrapped name (at most 120 px wide, CongruenceNetwork) between neighbours on a ring.
const NODE_GAP = 150;
const CLUSTER_GAP = 160;

/**
 * Each cluster a ring of its members (in the order given), the rings in rows, largest cluster first.
 * Instant and the same every time, so a reopened link draws the same picture.
 */
export function clusterLayout(nodes: readonly Pick<CongruenceNode, 'id' | 'cluster'>[]): Positions {
  const clusters = new Map<number, string[]>();
  for (const node of nodes) clusters.set(node.cluster, [...(clusters.get(node.cluster) ?? []), node.id]);
  const rings = [...clusters.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, ids]) => ({
      ids,
      radius: ids.length === 1 ? 0 : Math.max(NODE_GAP, (ids.length * NODE_GAP) / (2 * Math.PI)),
    }));
  const perRow = Math.max(1, Math.ceil(Math.sqrt(rings.length)));
  const positions: Positions = {};
  let y = 0;
  for (let start = 0; start < rings.length; start += perRow) {
    const row = rings.slice(start, start + perRow);
    const rowRadius = Math.max(...row.map((r) => r.radius));
    let x = 0;
    for (const ring of row) {
      x += ring.radius;
      ring.ids.forEach((id, k) => {
        const angle = (2 * Math.PI * k) / ring.ids.length - Math.PI / 2;
        positions[id] = { x: x + ring.radius * Math.cos(angle), y: y + rowRadius + ring.radius * Math.sin(angle) };
      });
      x += ring.radius + CLUSTER_GAP;
    }
    y += 2 * rowRadius + CLUSTER_GAP;
  }
  return positions;
}
