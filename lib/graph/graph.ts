import { ACTOR_KINDS, GRAPH_EDGE_LIMIT, GRAPH_NODE_LIMIT, STANCES, type ActorKind, type Stance } from '../domain';
import { int, readQuery } from '../neo4j';
import type { GraphEdge, GraphNode, GraphResponse } from '../types';
import { NotFoundError } from './errors';
import { actorNode, eventNode, pruneIsolatedActors, toActorSummary, toRelationEdge, toStanceEdge } from './mappers';
import {
  GRAPH_ACTOR_NODES,
  GRAPH_CONTEXT_ACTORS,
  GRAPH_EVENTS,
  GRAPH_RELATION_EDGES,
  GRAPH_STANCE_ACTORS,
  GRAPH_STANCE_EDGES,
  GET_ACTOR,
  neighbourhoodQuery,
} from './queries';

type Row = Record<string, unknown>;

export interface GraphFilters {
  /** One event, or undefined for all events. */
  event?: string;
  /** Empty means all. */
  stances: Stance[];
  /** Empty means all. */
  kinds: ActorKind[];
  /** Focus: the neighbourhood of this actor. */
  actor?: string;
  depth: number;
}

/**
 * The stance graph for the filters, capped at GRAPH_NODE_LIMIT nodes and GRAPH_EDGE_LIMIT edges
 * (`truncated` says when a cap applied).
 */
export async function getGraph(filters: GraphFilters): Promise<GraphResponse> {
  const stances = filters.stances.length ? filters.stances : [...STANCES];
  const kinds = filters.kinds.length ? filters.kinds : [...ACTOR_KINDS];

  const eventsResult = await readQuery(GRAPH_EVENTS, { event: filters.event ?? null });
  if (filters.event && eventsResult.records.length === 0) {
    throw new NotFoundError(`No event with id "${filters.event}".`);
  }
  let events = eventsResult.records.map((r) => r.get('event') as Row);
  const eventIds = events.map((e) => String(e.id));

  let actorIds: string[];
  let truncated = false;
  if (filters.actor) {
    const focus = await readQuery(GET_ACTOR, { id: filters.actor });
    if (focus.records.length === 0) throw new NotFoundError(`No actor with id "${filters.actor}".`);
    const { records } = await readQuery(neighbourhoodQuery(filters.depth), {
      actor: filters.actor,
      stances,
      eventIds,
      limit: int(GRAPH_NODE_LIMIT + 1),
    });
    truncated = records.length > GRAPH_NODE_LIMIT;
    const reached = records.slice(0, GRAPH_NODE_LIMIT);
    const reachedEvents = new Set(reached.filter((r) => r.get('isEvent')).map((r) => String(r.get('id'))));
    events = events.filter((e) => reachedEvents.has(String(e.id)));
    actorIds = reached
      .filter((r) => !r.get('isEvent'))
      .filter((r) => r.get('id') === filters.actor || kinds.includes(r.get('kind') as ActorKind))
      .map((r) => String(r.get('id')));
  } else {
    const room = GRAPH_NODE_LIMIT - events.length;
    const params = { eventIds, stances, kinds, limit: int(room + 1) };
    const [stanceActors, contextActors] = await Promise.all([
      readQuery(GRAPH_STANCE_ACTORS, params),
      readQuery(GRAPH_CONTEXT_ACTORS, params),
    ]);
    const ids = [...stanceActors.records, ...contextActors.records].map((r) => String(r.get('id')));
    actorIds = [...new Set(ids)];
    truncated = actorIds.length > room;
    actorIds = actorIds.slice(0, room);
  }

  const visibleEventIds = events.map((e) => String(e.id));
  const [actorNodes, stanceEdges, relationEdges] = await Promise.all([
    readQuery(GRAPH_ACTOR_NODES, { ids: actorIds }),
    readQuery(GRAPH_STANCE_EDGES, { actorIds, eventIds: visibleEventIds, stances, limit: int(GRAPH_EDGE_LIMIT + 1) }),
    readQuery(GRAPH_RELATION_EDGES, { actorIds, limit: int(GRAPH_EDGE_LIMIT + 1) }),
  ]);

  let edges: GraphEdge[] = [
    ...stanceEdges.records.map((r) => toStanceEdge(r.toObject())),
    ...relationEdges.records.map((r) => toRelationEdge(r.toObject())),
  ];
  if (edges.length > GRAPH_EDGE_LIMIT) {
    truncated = true;
    edges = edges.slice(0, GRAPH_EDGE_LIMIT);
  }
  const nodes: GraphNode[] = [
    ...events.map(eventNode),
    ...actorNodes.records.map((r) => actorNode(toActorSummary(r.get('actor') as Row))),
  ];
  return {
    nodes: pruneIsolatedActors(nodes, edges, filters.actor),
    edges,
    truncated,
    limits: { nodes: GRAPH_NODE_LIMIT, edges: GRAPH_EDGE_LIMIT },
  };
}
