/**
 * Pure transforms of a question's or a console query's answer into what the query page shows:
 * the graph to draw (reusing the explorer's elements and layouts) and the text of each table cell.
 */
import type { ElementDefinition } from 'cytoscape';
import { SLUG_PATTERN } from '@/lib/domain';
import type { QueryAnswer, QueryGraphNode } from '@/lib/types';
import { actorCamps, isStanceEdge, toElements, visibleGraph, type DrawableGraph } from '../drawing/elements';
import { campsLayout, type Positions } from '../drawing/layout';
import { pathLayout } from '../drawing/path-layout';

/**
 * The largest answer drawn: 5,000 nodes with up to 20,000 edges, which first paints within the
 * target of docs/performance.md; beyond, nothing is drawn and the table still lists every row.
 */
export const DRAW_MAX_NODES = 5000;
/**
 * The force layout runs in a worker (components/hooks/drawing-hooks.ts), but fcose's time grows
 * faster than the view: past a few hundred nodes it takes seconds (bench/render.ts times it), so
 * above this the (instant) camps layout is kept.
 */
const FORCE_MAX_NODES = 300;

export interface AnswerView {
  graph: DrawableGraph;
  elements: ElementDefinition[];
  /** The camps layout: drawn at once, and where the force layout starts from. */
  positions: Positions;
  /**
   * The layout this answer wants: 'paths' (hop by hop, already in `positions`) for answers made of
   * paths; the force layout is computed off the main thread.
   */
  layout: 'camps' | 'force' | 'paths';
  /** Changes with every new answer, so GraphCanvas lays the new one out. */
  layoutKey: string;
  /** More nodes than DRAW_MAX_NODES: nothing is drawn. */
  tooLarge: boolean;
}

/**
 * Paths read best hop by hop (lib/client/drawing/path-layout.ts); stances around events in the
 * explorer's camps layout; anything else (relations, sources) reads better under the force layout,
 * which starts from the camps layout so it is repeatable.
 */
export function answerView(graph: QueryAnswer['graph'], key: string): AnswerView {
  const visible = visibleGraph(graph, { pruneIsolated: false });
  if (visible.nodes.length > DRAW_MAX_NODES) {
    return {
      graph: { nodes: [], edges: [] },
      elements: [],
      positions: {},
      layout: 'camps',
      layoutKey: key,
      tooLarge: true,
    };
  }
  const events = visible.nodes.filter((n) => n.type === 'event');
  const camps = actorCamps(visible, events.length === 1 ? events[0].id : null);
  const hops = graph.paths?.length ? pathLayout(visible, graph.paths) : null;
  if (hops) {
    return {
      graph: visible,
      elements: toElements(visible, { camps }),
      positions: hops,
      layout: 'paths',
      layoutKey: key,
      tooLarge: false,
    };
  }
  const positions = campsLayout(visible, camps);
  const campsFit =
    visible.edges.some((e) => isStanceEdge(e)) && visible.nodes.every((n) => n.type === 'actor' || n.type === 'event');
  const layout = campsFit || visible.nodes.length < 2 || visible.nodes.length > FORCE_MAX_NODES ? 'camps' : 'force';
  return {
    graph: visible,
    elements: toElements(visible, { camps }),
    positions,
    layout,
    layoutKey: key,
    tooLarge: false,
  };
}

interface JsonNode {
  labels: string[];
  properties: Record<string, unknown>;
}
interface JsonRelationship {
  type: string;
  properties: Record<string, unknown>;
}
interface JsonPath {
  start: JsonNode;
  path: { start: JsonNode; relationship: JsonRelationship; end: JsonNode }[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNode(value: unknown): value is JsonNode {
  return isObject(value) && Array.isArray(value.labels) && isObject(value.properties);
}

function isRelationship(value: unknown): value is JsonRelationship {
  return isObject(value) && typeof value.type === 'string' && isObject(value.properties) && !('labels' in value);
}

function isPath(value: unknown): value is JsonPath {
  return isObject(value) && Array.isArray(value.path) && isNode(value.start);
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function nodeName(node: JsonNode): string {
  const p = node.properties;
  const name = [p.name, p.title, typeof p.quote === 'string' ? truncate(p.quote) : undefined, p.id].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return name ?? `(:${node.labels.join(':')})`;
}

function relationshipText(rel: JsonRelationship): string {
  const stance = typeof rel.properties.stance === 'string' ? ` ${rel.properties.stance}` : '';
  return `[:${rel.type}${stance}]`;
}

/**
 * One table cell as text: nodes by their name and labels, relationships by type, paths as chains,
 * lists joined, maps as JSON. Rows are JSON (lib/query/values.ts), so that is all there is to meet.
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(formatCell).join(', ');
  if (isNode(value)) return `${nodeName(value)} (:${value.labels.join(':')})`;
  if (isRelationship(value)) return relationshipText(value);
  if (isPath(value)) {
    // The JSON of a path keeps the order walked, not each relationship's direction.
    return value.path.reduce(
      (text, segment) => `${text} —${relationshipText(segment.relationship)}— ${nodeName(segment.end)}`,
      nodeName(value.start),
    );
  }
  return JSON.stringify(value);
}

/**
 * What a click in an answer opens: the panel of an actor or an event, nothing for sources, quotes or
 * other nodes. An id that is not in the answer (a link inside the panel) is an event if it names one,
 * else an actor.
 */
export function answerSelection(
  id: string | null,
  nodes: QueryGraphNode[] | undefined,
  eventIds: string[],
): { type: 'actor' | 'event'; id: string } | null {
  if (!id) return null;
  const node = nodes?.find((n) => n.id === id);
  if (node) return node.type === 'actor' || node.type === 'event' ? { type: node.type, id } : null;
  if (!SLUG_PATTERN.test(id)) return null;
  return { type: eventIds.includes(id) ? 'event' : 'actor', id };
}
