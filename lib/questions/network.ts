/**
 * The congruence network's arithmetic, apart from the database: pair counts from per-event stance
 * groups, the links that pass the thresholds, and clusters by Louvain community detection.
 *
 * Counting pairs in Cypher would make one row per pair of stances on every event (an event with 140
 * stances makes ~10,000), millions over a decade; here each event's groups come in as small integer
 * lists and the pairs are counted in typed arrays, a few increments each.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Stance } from '../domain';
import { mulberry32 as seeded } from '../random';

export type NetworkKind = 'congruence' | 'conflict';

/** One event's stance-takers, as indices into the network's actor list (or other integer keys), per stance. */
export type EventGroups = Partial<Record<Stance, number[]>>;

/**
 * The keys of the actors that can have a link: at least `minShared` stances (fewer cannot share that
 * many events), the busiest `max` of them (then by key), and whether more were left out.
 */
export function busiestActors(
  events: readonly EventGroups[],
  minShared: number,
  max: number,
): { keys: number[]; truncated: boolean } {
  const stances = new Map<number, number>();
  for (const groups of events)
    for (const members of Object.values(groups))
      for (const key of members) stances.set(key, (stances.get(key) ?? 0) + 1);
  const keys = [...stances].filter(([, n]) => n >= minShared).sort(([ka, a], [kb, b]) => b - a || ka - kb);
  return { keys: keys.slice(0, max).map(([key]) => key), truncated: keys.length > max };
}

/** The groups with keys turned into indices of `keys`; actors not among them are left out. */
export function indexGroups(events: readonly EventGroups[], keys: readonly number[]): EventGroups[] {
  const index = new Map(keys.map((key, i) => [key, i]));
  return events.map((groups) => {
    const out: EventGroups = {};
    for (const [stance, members] of Object.entries(groups) as [Stance, number[]][]) {
      const kept = members.flatMap((key) => (index.has(key) ? [index.get(key)!] : []));
      if (kept.length > 0) out[stance] = kept;
    }
    return out;
  });
}

export interface PairCounts {
  n: number;
  /** Per pair (i < j, at pairIndex): events both took a stance on. */
  shared: Uint32Array;
  /** The same stance. */
  same: Uint32Array;
  /** Opposite stances: support against condemnation. Caution opposes nothing, as in the agreement question. */
  opposite: Uint32Array;
}

/** Where the pair i < j is kept in a triangle of n actors. */
export function pairIndex(n: number, i: number, j: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Adds one to every pair of `members` (sorted ascending): the row of i starts once, j is added to it. */
function addPairsWithin(counts: Uint32Array, n: number, members: Int32Array): void {
  for (let x = 0; x < members.length - 1; x += 1) {
    const i = members[x];
    const row = pairIndex(n, i, i + 1) - (i + 1);
    for (let y = x + 1; y < members.length; y += 1) counts[row + members[y]] += 1;
  }
}

const sorted = (members: number[]) => Int32Array.from(members).sort();

export function countPairs(n: number, events: Iterable<EventGroups>): PairCounts {
  const size = (n * (n - 1)) / 2;
  const counts: PairCounts = {
    n,
    shared: new Uint32Array(size),
    same: new Uint32Array(size),
    opposite: new Uint32Array(size),
  };
  for (const groups of events) {
    const support = sorted(groups.support ?? []);
    const condemnation = sorted(groups.condemnation ?? []);
    const caution = sorted(groups.caution ?? []);
    addPairsWithin(counts.shared, n, Int32Array.from([...support, ...condemnation, ...caution]).sort());
    addPairsWithin(counts.same, n, support);
    addPairsWithin(counts.same, n, condemnation);
    addPairsWithin(counts.same, n, caution);
    for (const s of support)
      for (const c of condemnation) counts.opposite[s < c ? pairIndex(n, s, c) : pairIndex(n, c, s)] += 1;
  }
  return counts;
}

export interface Link {
  source: number;
  target: number;
  weight: number;
  shared: number;
}

/**
 * The pairs with at least `minShared` shared events whose weight (the share of them with the same
 * stance, or with opposite stances) is at least `minWeight` and above 0: a link says they met.
 * Strongest first (weight, then shared events, then index), so a cap keeps the strongest.
 */
export function networkLinks(
  counts: PairCounts,
  options: { kind: NetworkKind; minShared: number; minWeight: number },
): Link[] {
  const { n } = counts;
  const agreeing = options.kind === 'congruence' ? counts.same : counts.opposite;
  const links: Link[] = [];
  for (let i = 0; i < n; i += 1)
    for (let j = i + 1; j < n; j += 1) {
      const k = pairIndex(n, i, j);
      const shared = counts.shared[k];
      if (shared < options.minShared || agreeing[k] === 0) continue;
      const weight = agreeing[k] / shared;
      if (weight >= options.minWeight) links.push({ source: i, target: j, weight, shared });
    }
  return links.sort((a, b) => b.weight - a.weight || b.shared - a.shared || a.source - b.source || a.target - b.target);
}

const LOUVAIN_SEED = 13;

/**
 * Louvain communities of the linked actors (`labels[i]` names actor i), weighted by link weight.
 * Numbered 1 for the largest cluster, then by size and by the first member's label, so the numbers
 * do not depend on the order Louvain found them in. Answers the cluster of each linked actor.
 */
export function clusterActors(labels: string[], links: Link[]): Map<number, number> {
  const graph = new Graph({ type: 'undirected' });
  const linked = [...new Set(links.flatMap((l) => [l.source, l.target]))].sort((a, b) => a - b);
  for (const i of linked) graph.addNode(String(i));
  for (const l of links) graph.addEdge(String(l.source), String(l.target), { weight: l.weight });
  const found = linked.length > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seeded(LOUVAIN_SEED) }) : {};
  const members = new Map<number, number[]>();
  for (const i of linked) {
    const community = found[String(i)];
    members.set(community, [...(members.get(community) ?? []), i]);
  }
  const firstLabel = (group: number[]) => group.map((i) => labels[i]).sort()[0];
  const ordered = [...members.values()].sort(
    (a, b) => b.length - a.length || firstLabel(a).localeCompare(firstLabel(b)),
  );
  const cluster = new Map<number, number>();
  ordered.forEach((group, index) => {
    for (const i of group) cluster.set(i, index + 1);
  });
  return cluster;
}
