/**
 * The counts beside the filters: how many actors of each kind the view holds, and for a kind switched
 * off how many switching it on would add; how many context actors the checkbox shows or would show.
 * Worked out from the unfiltered graph of the same event and focus (which the explorer loads anyway, for
 * positions), by the server's own filter rules (lib/graph/graph.ts), so no count needs a request.
 */
import type { ActorKind, Stance } from '@/lib/domain';
import { isStanceEdge, visibleGraph, type VisibleGraph } from './elements';

export interface ViewFilters {
  stances: Stance[];
  kinds: ActorKind[];
  /** The focused actor, whose neighbourhood (`depth` hops) is the view. */
  focus: string | null;
  depth: number;
  showContext: boolean;
}

/**
 * What the server answers for `filters`, from its answer without filters (`base`): stances of other
 * values dropped; in a focused view only what `depth` hops over the remaining edges reach; elsewhere
 * the actors with a stance of the filter and the context actors (no stance on the events at all); then
 * the kinds; then, as the explorer draws it, no actor left alone and, unless shown, no context actor.
 */
export function filteredView(base: VisibleGraph, filters: ViewFilters): VisibleGraph {
  const edges = base.edges.filter((e) => !isStanceEdge(e) || filters.stances.includes(e.stance));
  let reached: Set<string>;
  if (filters.focus) {
    const neighbours = new Map<string, string[]>();
    for (const e of edges) {
      neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
      neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
    }
    reached = new Set([filters.focus]);
    let frontier = [filters.focus];
    for (let hop = 0; hop < filters.depth; hop += 1) {
      frontier = frontier.flatMap((id) => neighbours.get(id) ?? []).filter((id) => !reached.has(id));
      frontier.forEach((id) => reached.add(id));
    }
  } else {
    const tookAny = new Set(base.edges.filter(isStanceEdge).map((e) => e.source));
    const tookFiltered = new Set(edges.filter(isStanceEdge).map((e) => e.source));
    reached = new Set(
      base.nodes.filter((n) => n.type === 'event' || tookFiltered.has(n.id) || !tookAny.has(n.id)).map((n) => n.id),
    );
  }
  const nodes = base.nodes.filter(
    (n) =>
      reached.has(n.id) &&
      (n.type !== 'actor' || n.id === filters.focus || (n.kind !== undefined && filters.kinds.includes(n.kind))),
  );
  const keep = filters.focus ? [filters.focus] : [];
  return visibleGraph({ nodes, edges }, { pruneIsolated: true, withoutContext: !filters.showContext, keep });
}

function actorsOfKind(graph: VisibleGraph, kind: ActorKind): number {
  return graph.nodes.filter((n) => n.type === 'actor' && n.kind === kind).length;
}

/**
 * Per kind: the actors of that kind in `drawn` (what the view shows) when the kind is on; when it is off,
 * how many switching it on would add.
 */
export function kindCounts(
  base: VisibleGraph,
  drawn: VisibleGraph,
  filters: ViewFilters,
  allKinds: readonly ActorKind[],
): Partial<Record<ActorKind, number>> {
  const counts: Partial<Record<ActorKind, number>> = {};
  for (const kind of allKinds) {
    counts[kind] = filters.kinds.includes(kind)
      ? actorsOfKind(drawn, kind)
      : actorsOfKind(filteredView(base, { ...filters, kinds: [...filters.kinds, kind] }), kind);
  }
  return counts;
}

/** How many context actors (no stance in view) the view shows, or would show with the checkbox ticked. */
export function contextCount(base: VisibleGraph, filters: ViewFilters): number {
  const actors = (graph: VisibleGraph) => graph.nodes.filter((n) => n.type === 'actor').length;
  return (
    actors(filteredView(base, { ...filters, showContext: true })) -
    actors(filteredView(base, { ...filters, showContext: false }))
  );
}
