/**
 * Pure transforms from API data to what the explorer draws and lists:
 * GraphResponse -> visible graph -> Cytoscape elements and table rows.
 * The drawing half also takes the answers of the query page (any label of the model), since the
 * explorer's graph is a special case of those.
 */
import type { ElementDefinition } from 'cytoscape';
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '@/lib/domain';
import type { Evidence, GraphEdge, GraphNode, QueryGraphEdge, QueryGraphNode, StanceAggregate } from '@/lib/types';
import { canvasLabel } from '../user-text';
import { CROWDED_EDGE_CLASS, STACKED_CLASS, STANCE_STYLES, relationLabel } from './styles';

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Anything that can be drawn: the explorer's graph, or a question or console answer whose nodes may
 * also be sources, quotes or other labels. Every VisibleGraph is one.
 */
export interface DrawableGraph {
  nodes: QueryGraphNode[];
  edges: QueryGraphEdge[];
}

/** 'context': an actor with no stance in view, present because of its relations. */
export type Camp = Stance | 'context';

export interface VisibleOptions {
  /** Drop actors left with no edge: filters switched something off and they would float alone. */
  pruneIsolated: boolean;
  /**
   * Drop actors with no stance in view (context actors, there for their relations): a stance filter
   * asks who took those stances, and actors who took none of them are not an answer.
   */
  withoutContext?: boolean;
  /** Ids kept even when isolated or without a stance (the focused actor). */
  keep?: string[];
}

export function isStanceEdge<E extends QueryGraphEdge>(edge: E): edge is E & { stance: Stance } {
  return edge.type === 'STANCE' && edge.stance !== undefined;
}

/** Keeps the node and edge types it is given: the explorer's GraphResponse gives a VisibleGraph. */
export function visibleGraph<G extends DrawableGraph>(
  graph: G,
  options: VisibleOptions,
): { nodes: G['nodes']; edges: G['edges'] } {
  const keep = new Set(options.keep ?? []);
  let candidates = graph.nodes;
  if (options.withoutContext) {
    const stanceTakers = new Set(graph.edges.filter(isStanceEdge).map((e) => e.source));
    candidates = candidates.filter((n) => n.type !== 'actor' || stanceTakers.has(n.id) || keep.has(n.id));
  }
  const nodeIds = new Set(candidates.map((n) => n.id));
  // Edges must join two drawn nodes; Cytoscape refuses dangling edges.
  const edges = graph.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  if (!options.pruneIsolated) return { nodes: candidates, edges };

  const linked = new Set<string>();
  for (const edge of edges) {
    linked.add(edge.source);
    linked.add(edge.target);
  }
  const nodes = candidates.filter((n) => n.type === 'event' || linked.has(n.id) || keep.has(n.id));
  // An event is only worth drawing with someone reacting to it, unless nothing else is left to show.
  const actorCount = nodes.filter((n) => n.type === 'actor').length;
  const shown =
    actorCount === 0 ? nodes : nodes.filter((n) => n.type === 'actor' || linked.has(n.id) || keep.has(n.id));
  const shownIds = new Set(shown.map((n) => n.id));
  return { nodes: shown, edges: edges.filter((e) => shownIds.has(e.source) && shownIds.has(e.target)) };
}

/**
 * Each actor's camp: its stance on the primary event when it has one, else its most frequent
 * stance in view (ties go to STANCES order), else 'context'.
 */
export function actorCamps(graph: DrawableGraph, primaryEvent: string | null): Map<string, Camp> {
  const counts = new Map<string, Record<Stance, number>>();
  const onPrimary = new Map<string, Stance>();
  for (const edge of graph.edges) {
    if (!isStanceEdge(edge)) continue;
    const tally = counts.get(edge.source) ?? { support: 0, condemnation: 0, caution: 0 };
    tally[edge.stance] += 1;
    counts.set(edge.source, tally);
    if (edge.target === primaryEvent) onPrimary.set(edge.source, edge.stance);
  }
  const camps = new Map<string, Camp>();
  for (const node of graph.nodes) {
    if (node.type !== 'actor') continue;
    const primary = onPrimary.get(node.id);
    const tally = counts.get(node.id);
    if (primary) camps.set(node.id, primary);
    else if (tally) {
      const best = STANCES.reduce((a, b) => (tally[b] > tally[a] ? b : a));
      camps.set(node.id, best);
    } else camps.set(node.id, 'context');
  }
  return camps;
}

export interface ElementOptions {
  camps: Map<string, Camp>;
  focusId?: string | null;
  /** Laid out by stackedCampsLayout: every name goes under its node (STACKED_CLASS). */
  stacked?: boolean;
}

interface NodeData {
  id: string;
  label: string;
  type: QueryGraphNode['type'];
  kind?: ActorKind;
  camp?: Camp;
  description?: string;
}

interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  stance?: Stance;
  label: string;
}

function nodeClasses(node: QueryGraphNode, camp: Camp | undefined, options: ElementOptions): string {
  const classes: string[] = [node.type];
  if (node.type === 'actor') {
    if (node.kind) classes.push(`kind-${node.kind}`);
    classes.push(`camp-${camp ?? 'context'}`);
    if (options.stacked) classes.push(STACKED_CLASS);
  }
  if (options.focusId && node.id === options.focusId) classes.push('focus');
  return classes.join(' ');
}

function edgeClasses(edge: QueryGraphEdge): string {
  return isStanceEdge(edge) ? `stance stance-${edge.stance}` : `relation rel-${edge.type}`;
}

function edgeLabel(edge: QueryGraphEdge): string {
  // A console answer's relationship type is whatever the database holds.
  return isStanceEdge(edge) ? STANCE_STYLES[edge.stance].verb : canvasLabel(relationLabel(edge.type));
}

/**
 * Past this many stance lines into one event their verbs are left out (CROWDED_EDGE_CLASS): dozens of
 * "supports" side by side hide the lines and say nothing their colours and patterns do not; the
 * tooltip, the panel and the table still name each stance.
 */
export const CROWDED_EVENT_STANCES = 30;

export function toElements(graph: DrawableGraph, options: ElementOptions): ElementDefinition[] {
  const into = new Map<string, number>();
  for (const edge of graph.edges) if (isStanceEdge(edge)) into.set(edge.target, (into.get(edge.target) ?? 0) + 1);
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const camp = node.type === 'actor' ? (options.camps.get(node.id) ?? 'context') : undefined;
    // Drawn labels are cut and cleaned (lib/client/user-text); the table and panel show the name whole.
    const data: NodeData = { id: node.id, label: canvasLabel(node.label), type: node.type };
    if (node.kind) data.kind = node.kind;
    if (camp) data.camp = camp;
    if (node.description) data.description = node.description;
    return { group: 'nodes', data, classes: nodeClasses(node, camp, options) };
  });
  const edges: ElementDefinition[] = graph.edges.map((edge) => {
    const data: EdgeData = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edgeLabel(edge),
    };
    if (edge.stance) data.stance = edge.stance;
    const crowded = isStanceEdge(edge) && (into.get(edge.target) ?? 0) > CROWDED_EVENT_STANCES;
    return {
      group: 'edges',
      data,
      classes: crowded ? `${edgeClasses(edge)} ${CROWDED_EDGE_CLASS}` : edgeClasses(edge),
    };
  });
  return [...nodes, ...edges];
}

interface StanceCell {
  stance: Stance;
  eventId: string;
  eventTitle: string;
  edgeId: string;
  /** The quote the table shows: the actor's own words when the stance has them, else its first. */
  evidence: Evidence | null;
  /** The stance's other quotes, which its panel shows. */
  otherQuotes: number;
  /** The graph answer sent the stance bare (a wide focused view): the stance's panel loads its quotes. */
  quotesLeftOut: boolean;
}

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind | null;
  description: string;
  camp: Camp;
  stances: StanceCell[];
}

/** One row per drawn actor, in name order. */
export function actorRows(graph: VisibleGraph, camps: Map<string, Camp>): ActorRow[] {
  const eventTitles = new Map(graph.nodes.filter((n) => n.type === 'event').map((n) => [n.id, n.label]));
  const stancesByActor = new Map<string, StanceCell[]>();
  for (const edge of graph.edges) {
    if (!isStanceEdge(edge)) continue;
    const cells = stancesByActor.get(edge.source) ?? [];
    cells.push({
      stance: edge.stance,
      eventId: edge.target,
      eventTitle: eventTitles.get(edge.target) ?? edge.target,
      edgeId: edge.id,
      evidence: edge.evidence.find((e) => e.kind === 'direct') ?? edge.evidence[0] ?? null,
      otherQuotes: Math.max(0, edge.evidence.length - 1),
      quotesLeftOut: edge.quotesLeftOut ?? false,
    });
    stancesByActor.set(edge.source, cells);
  }
  return graph.nodes
    .filter((n) => n.type === 'actor')
    .map((n) => ({
      id: n.id,
      name: n.label,
      kind: n.kind ?? null,
      description: n.description ?? '',
      camp: camps.get(n.id) ?? 'context',
      stances: stancesByActor.get(n.id) ?? [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Plain data (JSON's kinds of value) equal field by field. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const bRecord = b as Record<string, unknown>;
  const aRecord = a as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameJson(aRecord[key], bRecord[key]));
}

/**
 * Whether two rows show the same: a new view (each step of Play) brings new row objects, mostly for
 * the same actors with the same stances, and a row that shows the same need not be drawn again.
 */
export function sameActorRow(a: ActorRow, b: ActorRow): boolean {
  return sameJson(a, b);
}

export type SortKey = 'name' | 'stance' | 'kind';
export type SortDirection = 'ascending' | 'descending';

const CAMP_ORDER: Camp[] = [...STANCES, 'context'];

function compareRows(a: ActorRow, b: ActorRow, key: SortKey): number {
  if (key === 'stance') return CAMP_ORDER.indexOf(a.camp) - CAMP_ORDER.indexOf(b.camp);
  if (key === 'kind') return (a.kind ? ACTOR_KINDS.indexOf(a.kind) : -1) - (b.kind ? ACTOR_KINDS.indexOf(b.kind) : -1);
  return a.name.localeCompare(b.name);
}

/** Sorted by the chosen column, then by name, so equal stances list alphabetically. */
export function sortActorRows(rows: ActorRow[], key: SortKey, direction: SortDirection): ActorRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compareRows(a, b, key) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

export type StanceTally = Record<Stance, number>;

/** Stance edges per stance: the counts beside the stance toggles when no event summary applies. */
export function stanceTally(graph: Pick<VisibleGraph, 'edges'>): StanceTally {
  const tally: StanceTally = { support: 0, condemnation: 0, caution: 0 };
  for (const edge of graph.edges) if (isStanceEdge(edge)) tally[edge.stance] += 1;
  return tally;
}

export interface ExportedView {
  exportedAt: string;
  url: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The JSON export: exactly what is drawn, with the evidence behind every edge. */
export function exportView(graph: VisibleGraph, url: string, now = new Date()): ExportedView {
  return { exportedAt: now.toISOString(), url, nodes: graph.nodes, edges: graph.edges };
}

export type Selection =
  | { type: 'actor'; id: string }
  | { type: 'event'; id: string }
  | { type: 'aggregate'; node: GraphNode & { aggregate: StanceAggregate } }
  | { type: 'edge'; edge: GraphEdge; source: GraphNode | null; target: GraphNode | null }
  | { type: 'unknown'; id: string };

/**
 * What a `select` id points at. Graphs are searched in order (what is drawn first), then the event list;
 * any other slug is taken as an actor so a shared link to an actor outside the view still opens its panel.
 */
export function resolveSelection(
  id: string | null,
  graphs: (Pick<VisibleGraph, 'nodes' | 'edges'> | null | undefined)[],
  eventIds: string[],
  isSlug: (id: string) => boolean,
): Selection | null {
  if (!id) return null;
  for (const graph of graphs) {
    if (!graph) continue;
    const node = graph.nodes.find((n) => n.id === id);
    if (node?.aggregate) return { type: 'aggregate', node: { ...node, aggregate: node.aggregate } };
    if (node) return node.type === 'event' ? { type: 'event', id } : { type: 'actor', id };
    const edge = graph.edges.find((e) => e.id === id);
    if (edge) {
      const find = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId) ?? null;
      return { type: 'edge', edge, source: find(edge.source), target: find(edge.target) };
    }
  }
  if (eventIds.includes(id)) return { type: 'event', id };
  return isSlug(id) ? { type: 'actor', id } : { type: 'unknown', id };
}
