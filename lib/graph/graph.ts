import { ACTOR_KINDS, GRAPH_EDGE_LIMIT, GRAPH_NODE_LIMIT, STANCES, type ActorKind, type Stance } from '../domain';
import { closedBounds, hasRange, rangeBounds, type RangeBounds } from '../dates';
import { int, readQuery, type Db } from '../neo4j';
import type { GraphAnswer, GraphAnswerStance, GraphNode, SourceRef, StanceAggregate } from '../types';
import { NotFoundError } from './errors';
import {
  actorNode,
  citedSourceIds,
  eventNode,
  pruneIsolatedActors,
  relationSourceId,
  toActorSummary,
  toBareStances,
  toNumber,
  toRelationEdge,
  toSourceRef,
  toStanceEdge,
} from './mappers';
import {
  FOCUS_STANCE_COUNT,
  FOCUS_STANCE_GROUPS,
  GRAPH_ACTOR_NODES,
  GRAPH_CONTEXT_ACTORS,
  GRAPH_NEWEST_EVENTS,
  GRAPH_NEWEST_EVENTS_IN_RANGE,
  GRAPH_EVENTS_BY_ID,
  GRAPH_RELATION_EDGES,
  GRAPH_SOURCES,
  graphStanceActorsQuery,
  GRAPH_STANCE_EDGES,
  GET_ACTOR,
  neighbourhoodQuery,
  relationNeighbourhoodQuery,
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
  /** Events dated, and stances stated, in this range (lib/dates.ts); both ends optional and inclusive. */
  from?: string;
  to?: string;
  /**
   * 'all': every stance is sent whole. Left out, a focused view of depth 2 or more sends the focused
   * actor's stances whole and the others bare, without quotes or date (GraphAnswer.bareStances): a
   * median actor's depth-2 view went from 507 KB to 106 KB (docs/performance.md).
   */
  quotes?: 'all';
}

/** Without an event, the newest this many events are drawn (`truncated` says when there are more). */
const GRAPH_EVENT_LIMIT = 50;
/** A focused actor with more stances than this (after filters) has them drawn per stance and year. */
export const FOCUS_AGGREGATE_ABOVE = 100;
/**
 * Events listed in each aggregate, to drill into (the timeline narrows a group to fewer). Each costs
 * about 115 bytes in every group: at 20 the busiest actor's focused answer passed 250 KB
 * (docs/performance.md).
 */
export const AGGREGATE_SAMPLE = 10;
/**
 * A view of several events (no event chosen) with more stances than this sends them bare, as a wide
 * focused view does: the busiest event's 500 stances with their quotes are about 230 KB.
 */
export const QUOTED_STANCES_MAX = 500;

type AggregateNode = GraphNode & { aggregate: StanceAggregate };

/** Whose stances carry their quotes: these actors' only (none if empty), or null for every actor's. */
type QuotesOf = string[] | null;

/** What a focused view draws of an actor's stances. */
interface FocusScope {
  stances: Stance[];
  kinds: ActorKind[];
  event: string | null;
  range: RangeBounds;
  quotesOf: QuotesOf;
}

/**
 * The stance graph for the filters, capped at GRAPH_NODE_LIMIT nodes and GRAPH_EDGE_LIMIT edges
 * (`truncated` says when a cap applied).
 */
export async function getGraph(db: Db, filters: GraphFilters): Promise<GraphAnswer> {
  const stances = filters.stances.length ? filters.stances : [...STANCES];
  const kinds = filters.kinds.length ? filters.kinds : [...ACTOR_KINDS];
  const event = filters.event ?? null;
  const dated = hasRange(filters);
  const range = rangeBounds(filters);

  if (filters.actor) {
    const [focus, eventCheck, count] = await Promise.all([
      readQuery(db, GET_ACTOR, { id: filters.actor }),
      event ? readQuery(db, GRAPH_EVENTS_BY_ID, { ids: [event] }) : Promise.resolve(undefined),
      readQuery(db, FOCUS_STANCE_COUNT, { actor: filters.actor, stances, event, ...range }),
    ]);
    if (eventCheck && eventCheck.records.length === 0) throw new NotFoundError(`No event with id "${event}".`);
    if (focus.records.length === 0) throw new NotFoundError(`No actor with id "${filters.actor}".`);
    if (toNumber(count.records[0]?.get('stances')) > FOCUS_AGGREGATE_ABOVE) {
      return aggregatedFocus(db, filters.actor, filters.depth, { stances, kinds, event, range, quotesOf: null });
    }
    const quotesOf = filters.depth > 1 && filters.quotes !== 'all' ? [filters.actor] : null;
    return focusGraph(db, filters.actor, filters.depth, { stances, kinds, event, range, quotesOf });
  }

  // One event by its id (an index seek), or the newest few (dated in the range, if one is given). A
  // chosen event is kept whatever its date: the range then picks which of its stances are drawn.
  const eventsResult = event
    ? await readQuery(db, GRAPH_EVENTS_BY_ID, { ids: [event] })
    : dated
      ? await readQuery(db, GRAPH_NEWEST_EVENTS_IN_RANGE, {
          ...closedBounds(filters),
          limit: int(GRAPH_EVENT_LIMIT + 1),
        })
      : await readQuery(db, GRAPH_NEWEST_EVENTS, { limit: int(GRAPH_EVENT_LIMIT + 1) });
  if (event && eventsResult.records.length === 0) {
    throw new NotFoundError(`No event with id "${event}".`);
  }
  let truncated = eventsResult.records.length > GRAPH_EVENT_LIMIT;
  const events = eventsResult.records.slice(0, GRAPH_EVENT_LIMIT).map((r) => r.get('event') as Row);
  const eventIds = events.map((e) => String(e.id));
  const room = GRAPH_NODE_LIMIT - events.length;
  const params = { eventIds, stances, kinds, ...range, limit: int(room + 1) };
  const [stanceActors, contextActors] = await Promise.all([
    readQuery(
      db,
      graphStanceActorsQuery({
        byStance: !STANCES.every((s) => stances.includes(s)),
        byKind: !ACTOR_KINDS.every((k) => kinds.includes(k)),
        byDate: dated,
        oneEvent: eventIds.length === 1,
      }),
      params,
    ),
    readQuery(db, GRAPH_CONTEXT_ACTORS, params),
  ]);
  const counted = stanceActors.records.map((r) => ({ id: String(r.get('id')), stances: toNumber(r.get('stances')) }));
  const fitting = actorsWithinEdgeCap(counted, GRAPH_EDGE_LIMIT);
  if (fitting.length < stanceActors.records.length) truncated = true;
  let actorIds = [...new Set([...fitting, ...contextActors.records.map((r) => String(r.get('id')))])];
  if (actorIds.length > room) truncated = true;
  actorIds = actorIds.slice(0, room);
  // Several events at once: past a busy event's worth of stances, their quotes load when one is opened.
  const drawnStances = counted.slice(0, fitting.length).reduce((sum, actor) => sum + actor.stances, 0);
  const quotesOf = !event && filters.quotes !== 'all' && drawnStances > QUOTED_STANCES_MAX ? [] : null;
  return assemble(db, events, actorIds, { stances, range, quotesOf }, truncated);
}

/**
 * The busiest actors (ranked most stances first) whose stances all fit under the edge cap together:
 * a cut view shows fewer actors, each with every one of its stances, rather than a random share of
 * everybody's.
 */
export function actorsWithinEdgeCap(ranked: { id: string; stances: number }[], edgeCap: number): string[] {
  const ids: string[] = [];
  let edges = 0;
  for (const actor of ranked) {
    // The busiest is kept even alone over the cap: its edges are then cut like any others.
    if (ids.length > 0 && edges + actor.stances > edgeCap) break;
    edges += actor.stances;
    ids.push(actor.id);
  }
  return ids;
}

/** Everything within `depth` hops of an actor whose stances are few enough to draw one by one. */
async function focusGraph(db: Db, actor: string, depth: number, scope: FocusScope): Promise<GraphAnswer> {
  const { stances, kinds, event, range, quotesOf } = scope;
  const { records } = await readQuery(db, neighbourhoodQuery(depth), {
    actor,
    stances,
    event,
    ...range,
    limit: int(GRAPH_NODE_LIMIT + 1),
  });
  const truncated = records.length > GRAPH_NODE_LIMIT;
  const reached = records.slice(0, GRAPH_NODE_LIMIT);
  const reachedEvents = reached.filter((r) => r.get('isEvent')).map((r) => String(r.get('id')));
  const events = reachedEvents.length
    ? (await readQuery(db, GRAPH_EVENTS_BY_ID, { ids: reachedEvents })).records.map((r) => r.get('event') as Row)
    : [];
  const actorIds = reached
    .filter((r) => !r.get('isEvent'))
    .filter((r) => r.get('id') === actor || kinds.includes(r.get('kind') as ActorKind))
    .map((r) => String(r.get('id')));
  return assemble(db, events, actorIds, { stances, range, quotesOf }, truncated, actor);
}

/** The actor, the actors related to it, and its stances as one edge per stance and year. */
async function aggregatedFocus(db: Db, actor: string, depth: number, scope: FocusScope): Promise<GraphAnswer> {
  const { stances, kinds, event, range } = scope;
  const [groups, neighbours] = await Promise.all([
    readQuery(db, FOCUS_STANCE_GROUPS, { actor, stances, event, ...range, sample: int(AGGREGATE_SAMPLE) }),
    readQuery(db, relationNeighbourhoodQuery(depth), { actor, limit: int(GRAPH_NODE_LIMIT + 1) }),
  ]);
  let truncated = neighbours.records.length > GRAPH_NODE_LIMIT;
  const aggregates: AggregateNode[] = [];
  const aggregateEdges: GraphAnswerStance[] = [];
  for (const record of groups.records) {
    const stance = record.get('stance') as Stance;
    const group = String(record.get('year'));
    const count = toNumber(record.get('events'));
    const id = `${actor}--${stance}--${group}`;
    aggregates.push({
      id,
      label: `${stance} · ${group} · ${count} event${count === 1 ? '' : 's'}`,
      type: 'event',
      date: group === 'undated' ? null : group,
      aggregate: {
        actor,
        stance,
        group,
        events: count,
        sample: (record.get('sample') as Row[]).map((e) => ({
          id: String(e.id),
          title: String(e.title),
          date: typeof e.date === 'string' ? e.date : null,
        })),
      },
    });
    aggregateEdges.push({ id: `${id}--edge`, source: actor, target: id, stance, evidence: [] });
  }
  const room = GRAPH_NODE_LIMIT - aggregates.length;
  const actorIds = neighbours.records
    .filter((r) => r.get('id') === actor || kinds.includes(r.get('kind') as ActorKind))
    .map((r) => String(r.get('id')));
  if (actorIds.length > room) truncated = true;
  const graph = await assemble(
    db,
    [],
    actorIds.slice(0, room),
    { stances, range, quotesOf: null },
    truncated,
    actor,
    aggregateEdges.length,
  );
  graph.nodes.push(...aggregates);
  graph.stances.unshift(...aggregateEdges);
  return graph;
}

async function assemble(
  db: Db,
  events: Row[],
  actorIds: string[],
  { stances: drawn, range, quotesOf }: { stances: Stance[]; range: RangeBounds; quotesOf: QuotesOf },
  truncatedSoFar: boolean,
  keep?: string,
  reservedEdges = 0,
): Promise<GraphAnswer> {
  let truncated = truncatedSoFar;
  const eventIds = events.map((e) => String(e.id));
  const edgeRoom = GRAPH_EDGE_LIMIT - reservedEdges;
  const [actorNodes, stanceEdges, relationEdges] = await Promise.all([
    readQuery(db, GRAPH_ACTOR_NODES, { ids: actorIds }),
    eventIds.length
      ? readQuery(db, GRAPH_STANCE_EDGES, {
          actorIds,
          eventIds,
          stances: drawn,
          ...range,
          quotesOf,
          focus: keep ?? null,
          limit: int(edgeRoom + 1),
        })
      : Promise.resolve(undefined),
    readQuery(db, GRAPH_RELATION_EDGES, { actorIds, limit: int(edgeRoom + 1) }),
  ]);
  let stanceRows = (stanceEdges?.records ?? []).map((r) => r.toObject());
  let relationRows = relationEdges.records.map((r) => r.toObject());
  // Over the cap, stances are kept before relations.
  if (stanceRows.length + relationRows.length > edgeRoom) {
    truncated = true;
    stanceRows = stanceRows.slice(0, edgeRoom);
    relationRows = relationRows.slice(0, edgeRoom - stanceRows.length);
  }
  const bareRows = stanceRows.filter((row) => row.quoted === false);
  const wholeRows = stanceRows.filter((row) => row.quoted !== false);
  const sourceIds = new Set([
    ...wholeRows.flatMap(citedSourceIds),
    ...relationRows.map(relationSourceId).filter((id) => id !== null),
  ]);
  const found = new Map<string, SourceRef>();
  if (sourceIds.size) {
    for (const r of (await readQuery(db, GRAPH_SOURCES, { ids: [...sourceIds] })).records) {
      const source = toSourceRef(r.get('source') as Row);
      found.set(source.id, source);
    }
  }
  const stances = wholeRows.map((row) => toStanceEdge(row, found));
  const relations = relationRows.map((row) => toRelationEdge(row, found));
  const bareStances = toBareStances(bareRows);
  const nodes: GraphNode[] = [
    ...events.map(eventNode),
    ...actorNodes.records.map((r) => actorNode(toActorSummary(r.get('actor') as Row))),
  ];
  const ends = [
    ...stances,
    ...relations,
    ...bareStances.flatMap((set) => set.actors.map((source) => ({ source, target: set.target }))),
  ];
  // Only the sources the kept edges cite, each once, in the order first cited.
  const cited = new Set([...stances, ...relations].flatMap((e) => e.evidence.map((v) => v.sourceId)));
  return {
    nodes: pruneIsolatedActors(nodes, ends, keep),
    stances,
    bareStances,
    relations,
    sources: [...cited].map((id) => found.get(id)).filter((source) => source !== undefined),
    truncated,
    limits: { nodes: GRAPH_NODE_LIMIT, edges: GRAPH_EDGE_LIMIT },
  };
}
