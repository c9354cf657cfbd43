/**
 * Query results -> JSON and graph elements. Driver types (Integer, Node, Relationship, Path,
 * temporals, points) are converted here; ids shown to people are our slugs, not element ids.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { RELATION_TYPES, STANCE_REL, type RelationType, type Stance } from '../domain';
import type { QueryGraph, QueryGraphEdge, QueryGraphNode } from '../types';

/**
 * Paths kept per answer for the hop-by-hop layout: far more than the query page lays out that way
 * (lib/client/drawing/path-layout.ts), so a cut list never decides the layout by itself.
 */
const QUERY_PATHS_MAX = 1000;

export interface Collected {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
  /** Element ids of each path's nodes in the order walked, by that list joined: each path once. */
  paths: Map<string, string[]>;
}

export function newCollected(): Collected {
  return { nodes: new Map(), relationships: new Map(), paths: new Map() };
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}

/** A JSON-safe copy of a value, remembering the nodes and relationships met on the way. */
export function toJsonValue(value: unknown, seen: Collected): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (neo4j.isNode(value)) {
    seen.nodes.set(value.elementId, value);
    return { labels: value.labels, properties: toJsonValue(value.properties, seen) };
  }
  if (neo4j.isRelationship(value)) {
    seen.relationships.set(value.elementId, value);
    return { type: value.type, properties: toJsonValue(value.properties, seen) };
  }
  if (neo4j.isPath(value)) {
    const path = value as Path;
    const walked = [path.start.elementId, ...path.segments.map((s) => s.end.elementId)];
    if (seen.paths.size < QUERY_PATHS_MAX) seen.paths.set(walked.join(' '), walked);
    return {
      path: path.segments.map((s) => ({
        start: toJsonValue(s.start, seen),
        relationship: toJsonValue(s.relationship, seen),
        end: toJsonValue(s.end, seen),
      })),
      start: toJsonValue(path.start, seen),
    };
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value as never)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toJsonValue(p.srid, seen), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (Array.isArray(value)) return value.map((v) => toJsonValue(v, seen));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v, seen)]));
  }
  return value;
}

/** JSON parameters -> driver values: whole numbers become Cypher integers (LIMIT $n works). */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}

const LABEL_TYPES: Record<string, QueryGraphNode['type']> = {
  Actor: 'actor',
  Event: 'event',
  Source: 'source',
};

function slugOf(node: Node): string | null {
  const id = node.properties.id;
  return typeof id === 'string' ? id : null;
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function toQueryGraphNode(node: Node): QueryGraphNode | null {
  const id = slugOf(node);
  if (!id) return null;
  const p = node.properties as Record<string, unknown>;
  const type = node.labels.map((l) => LABEL_TYPES[l]).find(Boolean) ?? 'other';
  const label = [p.name, p.title, typeof p.quote === 'string' ? truncate(p.quote) : undefined, id].find(
    (v): v is string => typeof v === 'string' && v !== '',
  )!;
  return {
    id,
    label,
    type,
    labels: node.labels,
    ...(typeof p.kind === 'string' && type === 'actor' ? { kind: p.kind as QueryGraphNode['kind'] } : {}),
    ...(type === 'event' && typeof p.date === 'string' ? { date: p.date } : {}),
  };
}

/**
 * Graph elements of everything met in the rows. `endpoints` resolves element ids of relationship
 * ends that the rows did not return themselves.
 */
export function toQueryGraph(seen: Collected, endpoints: Map<string, Node>): QueryGraph {
  const nodes = new Map<string, QueryGraphNode>();
  const slugByElement = new Map<string, string>();
  for (const node of [...seen.nodes.values(), ...endpoints.values()]) {
    const graphNode = toQueryGraphNode(node);
    if (!graphNode) continue;
    nodes.set(graphNode.id, graphNode);
    slugByElement.set(node.elementId, graphNode.id);
  }
  const edges = new Map<string, QueryGraphEdge>();
  for (const rel of seen.relationships.values()) {
    const source = slugByElement.get(rel.startNodeElementId);
    const target = slugByElement.get(rel.endNodeElementId);
    if (!source || !target) continue;
    const ownId = typeof rel.properties.id === 'string' ? rel.properties.id : null;
    const id = ownId ?? `${source}--${rel.type.toLowerCase()}--${target}`;
    const isStance = rel.type === STANCE_REL;
    edges.set(id, {
      id,
      source,
      target,
      type: isStance
        ? 'STANCE'
        : (RELATION_TYPES as readonly string[]).includes(rel.type)
          ? (rel.type as RelationType)
          : rel.type,
      ...(isStance && typeof rel.properties.stance === 'string' ? { stance: rel.properties.stance as Stance } : {}),
      evidence: [],
    });
  }
  const paths = drawnPaths([...seen.paths.values()], slugByElement);
  return { nodes: [...nodes.values()], edges: [...edges.values()], ...(paths.length > 0 ? { paths } : {}) };
}

/**
 * Paths as slug ids. A node without a slug is not drawn, so a path through one is cut there into the
 * runs of two or more drawn nodes on either side.
 */
function drawnPaths(paths: string[][], slugByElement: Map<string, string>): string[][] {
  const runs = new Map<string, string[]>();
  for (const path of paths) {
    let run: string[] = [];
    for (const elementId of [...path, null]) {
      const slug = elementId === null ? undefined : slugByElement.get(elementId);
      if (slug !== undefined) {
        run.push(slug);
        continue;
      }
      if (run.length > 1) runs.set(run.join(' '), run);
      run = [];
    }
  }
  return [...runs.values()];
}

/** Element ids of relationship ends not among the nodes met. */
export function missingEndpoints(seen: Collected): string[] {
  const missing = new Set<string>();
  for (const rel of seen.relationships.values()) {
    for (const end of [rel.startNodeElementId, rel.endNodeElementId]) if (!seen.nodes.has(end)) missing.add(end);
  }
  return [...missing];
}
