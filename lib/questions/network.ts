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
): { keys: number[]; truncated: boolean; mostStances: number } {
  const stances = new Map<number, number>();
  for (const groups of events)
    for (const members of Object.values(groups))
      for (const key of members) stances.set(key, (stances.get(key) ?? 0) + 1);
  let mostStances = 0;
  for (const n of stances.values()) mostStances = Math.max(mostStances, n);
  const keys = [...stances].filter(([, n]) => n >= minShared).sort(([ka, a], [kb, b]) => b - a || ka - kb);
  return { keys: keys.slice(0, max).map(([key]) => key), truncated: keys.length > max, mostStances };
}

/** The groups with keys turned into indices of `keys`; actors not among them are left out. */
export function indexGroups(events: readonly EventGroups[], keys: readonly number[]): EventGroups[] {
  const index = new Map(keys.map((key, i) => [key, i]));
  return events.map((groups) => {
    const out: EventGroups = {};
    for (const [stance, members] of Object.entries(groups) as [Stance, number[]][]) {
      const kept: number[] = [];
      for (const key of members) {
        const i = index.get(key);
        if (i !== undefined) kept.push(i);
      }
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

/** Where the row of i starts in the triangle, less i + 1: the pair i < j is at `rows[i] + j`. */
function rowStarts(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = pairIndex(n, i, i + 1) - (i + 1);
  return rows;
}

/** Adds one to every pair within `members` (sorted ascending). */
function addPairsWithin(counts: Uint32Array, rows: Int32Array, members: Int32Array): void {
  for (let x = 0; x < members.length - 1; x += 1) {
    const row = rows[members[x]];
    for (let y = x + 1; y < members.length; y += 1) counts[row + members[y]] += 1;
  }
}

/** Adds one to every pair of a member of `a` and one of `b`. */
function addPairsAcross(counts: Uint32Array, rows: Int32Array, a: Int32Array, b: Int32Array): void {
  for (let x = 0; x < a.length; x += 1) {
    const i = a[x];
    const row = rows[i];
    for (let y = 0; y < b.length; y += 1) {
      const j = b[y];
      if (i < j) counts[row + j] += 1;
      else if (j < i) counts[rows[j] + i] += 1;
    }
  }
}

const sorted = (members: number[] = []) => Int32Array.from(members).sort();

/**
 * Each pair of an event's stance-takers is counted once: within a stance (same), support against
 * condemnation (opposite), or caution against either; shared is the three added up at the end
 * (counting it apart went over every pair a second time: docs/performance.md).
 */
export function countPairs(n: number, events: Iterable<EventGroups>): PairCounts {
  const size = (n * (n - 1)) / 2;
  const rows = rowStarts(n);
  const same = new Uint32Array(size);
  const opposite = new Uint32Array(size);
  const cautionAgainst = new Uint32Array(size);
  for (const groups of events) {
    const support = sorted(groups.support);
    const condemnation = sorted(groups.condemnation);
    const caution = sorted(groups.caution);
    addPairsWithin(same, rows, support);
    addPairsWithin(same, rows, condemnation);
    addPairsWithin(same, rows, caution);
    addPairsAcross(opposite, rows, support, condemnation);
    addPairsAcross(cautionAgainst, rows, caution, support);
    addPairsAcross(cautionAgainst, rows, caution, condemnation);
  }
  const shared = new Uint32Array(size);
  for (let k = 0; k < size; k += 1) shared[k] = same[k] + opposite[k] + cautionAgainst[k];
  return { n, shared, same, opposite };
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
