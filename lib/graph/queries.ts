/**
 * Cypher of the read API, in one place. Everything variable is a $parameter, except the hop bound of
 * a neighbourhood, which only `neighbourhoodQuery` splices in after checking it is 1..MAX_DEPTH.
 */
import { GRAPH_QUOTE_MAX, MAX_DEPTH, RELATION_TYPES, STANCE_REL } from '../domain';

const SOURCE_MAP = 's {.id, .title, .publisher, .url, .date}';
const ACTOR_MAP = 'a {.id, .name, .kind, .description, .aliases}';

export const HEALTH = 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition';

export const SEARCH_ACTORS = `
CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $limit}) YIELD node AS a, score
RETURN ${ACTOR_MAP} AS actor, score
ORDER BY score DESC, a.name
LIMIT $limit`;

export const LIST_ACTORS = `
MATCH (a:Actor)
RETURN ${ACTOR_MAP} AS actor, 0.0 AS score
ORDER BY a.name
LIMIT $limit`;

/** The actor, and how many stances it took in all (cheap: a degree count). */
export const GET_ACTOR = `
MATCH (a:Actor {id: $id})
RETURN ${ACTOR_MAP} AS actor, COUNT { (a)-[:${STANCE_REL}]->(:Event) } AS stanceTotal, coalesce(a.version, 1) AS version`;

/** One page of an actor's stances, newest event first, each with its evidence. */
export const ACTOR_STANCES = `
MATCH (a:Actor {id: $id})-[r:${STANCE_REL}]->(e:Event)
WITH a, r, e ORDER BY e.date DESC, e.id
SKIP $offset LIMIT $limit
CALL (r) {
  UNWIND range(0, size(r.quotes) - 1) AS i
  MATCH (s:Source {id: r.sourceIds[i]})
  WITH i, r.quotes[i] AS quote, r.quoteKinds[i] AS kind, s ORDER BY i
  RETURN collect({quote: quote, kind: kind, source: ${SOURCE_MAP}}) AS evidence
}
RETURN r.id AS id, r.stance AS stance, r.statedOn AS statedOn, a.id AS actorId, e.id AS eventId, e.title AS eventTitle,
       e.date AS eventDate, evidence
ORDER BY e.date DESC, e.id`;

export const ACTOR_RELATIONS = `
MATCH (a:Actor {id: $id})-[r:${RELATION_TYPES.join('|')}]-(other:Actor)
OPTIONAL MATCH (s:Source {id: r.sourceId})
RETURN r.id AS id, type(r) AS type,
       CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       other {.id, .name, .kind} AS other,
       CASE WHEN r.quote IS NULL OR s IS NULL THEN null ELSE {quote: r.quote, kind: r.quoteKind, source: ${SOURCE_MAP}} END AS evidence
ORDER BY type, other.name`;

/** How many actors took each stance on `e`, counted from its stances. */
const COUNTED_ON_EVENT = `OPTIONAL MATCH (:Actor)-[r:${STANCE_REL}]->(e)
  RETURN sum(CASE r.stance WHEN 'support' THEN 1 ELSE 0 END) AS support,
         sum(CASE r.stance WHEN 'condemnation' THEN 1 ELSE 0 END) AS condemnation,
         sum(CASE r.stance WHEN 'caution' THEN 1 ELSE 0 END) AS caution`;

/** The same, read from its kept list of takers (lib/model/stance-takers.ts): one node, not every stance. */
const KEPT_FOR_EVENT = `OPTIONAL MATCH (t:StanceTakers {event: e.id})
  RETURN coalesce(size(t.support), 0) AS support, coalesce(size(t.condemnation), 0) AS condemnation,
         coalesce(size(t.caution), 0) AS caution`;

/**
 * The event and how many actors took each stance on it; `kept` (only when stanceTakersAddUp) reads
 * the kept lists, which an event a million people took a stance on needs.
 */
const eventWithCounts = (kept: boolean) => `
CALL (e) {
  ${kept ? KEPT_FOR_EVENT : COUNTED_ON_EVENT}
}
RETURN e {.id, .title, .date, .kind, .description} AS event,
       {support: support, condemnation: condemnation, caution: caution} AS stanceCounts`;

/** One page of events, newest first: counting stances only for the page keeps this fast at any size. */
/** $q: null for every event, else lower-case words that each must be in the title or the id. */
const EVENT_MATCHES = `MATCH (e:Event)
WHERE $q IS NULL OR all(word IN $q WHERE toLower(e.title) CONTAINS word OR e.id CONTAINS word)`;

export const LIST_EVENTS = (kept: boolean) => `
${EVENT_MATCHES}
WITH e ORDER BY e.date DESC, e.id
SKIP $offset LIMIT $limit
${eventWithCounts(kept)}
ORDER BY e.date DESC, e.id`;

/**
 * LIST_EVENTS for words typed: titles holding them as typed ($phrase) come first, the title itself,
 * then titles that begin with them, then titles that hold them in that order; the newest first
 * within each. Apart, so that the list without words keeps its order by date alone.
 */
export const SEARCH_EVENTS = (kept: boolean) => `
${EVENT_MATCHES}
WITH e, CASE
  WHEN toLower(e.title) = $phrase THEN 0
  WHEN toLower(e.title) STARTS WITH $phrase THEN 1
  WHEN toLower(e.title) CONTAINS $phrase THEN 2
  ELSE 3 END AS rank
ORDER BY rank, e.date DESC, e.id
SKIP $offset LIMIT $limit
${eventWithCounts(kept)}
ORDER BY rank, e.date DESC, e.id`;

export const COUNT_EVENTS = `${EVENT_MATCHES}
RETURN count(e) AS total`;

export const GET_EVENT = (kept: boolean) => `
MATCH (e:Event {id: $id})
${eventWithCounts(kept)}, coalesce(e.version, 1) AS version`;

export const EVENT_SOURCES = `
MATCH (s:Source)-[:ABOUT]->(:Event {id: $id})
RETURN ${SOURCE_MAP} AS source
ORDER BY s.date DESC, s.title`;

/**
 * A stance stated in the view's date range ($from and $to from lib/dates.ts rangeBounds; null: open).
 * A filter on stances found from their events, so it needs no index.
 */
const STATED_IN_RANGE = '($from IS NULL OR r.statedOn >= $from) AND ($to IS NULL OR r.statedOn <= $to)';

/** Events in scope of a graph without an event: the newest $limit. */
export const GRAPH_NEWEST_EVENTS = `
MATCH (e:Event)
RETURN e {.id, .title, .date} AS event
ORDER BY e.date DESC, e.id
LIMIT $limit`;

/** The newest $limit events dated in a range; the bounds are never null, so the event_date index serves it. */
export const GRAPH_NEWEST_EVENTS_IN_RANGE = `
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to
RETURN e {.id, .title, .date} AS event
ORDER BY e.date DESC, e.id
LIMIT $limit`;

export const GRAPH_EVENTS_BY_ID = `
MATCH (e:Event)
WHERE e.id IN $ids
RETURN e {.id, .title, .date} AS event
ORDER BY e.date DESC, e.id`;

/** How many stances of an actor pass the filters: above a threshold they are drawn aggregated. */
export const FOCUS_STANCE_COUNT = `
MATCH (a:Actor {id: $actor})
RETURN COUNT { MATCH (a)-[r:${STANCE_REL}]->(e:Event) WHERE r.stance IN $stances AND ($event IS NULL OR e.id = $event) AND ${STATED_IN_RANGE} } AS stances`;

/**
 * An actor's stances grouped per stance and per event year, newest first, with a few of each
 * group's events to drill into.
 */
export const FOCUS_STANCE_GROUPS = `
MATCH (a:Actor {id: $actor})-[r:${STANCE_REL}]->(e:Event)
WHERE r.stance IN $stances AND ($event IS NULL OR e.id = $event) AND ${STATED_IN_RANGE}
WITH r.stance AS stance, coalesce(left(e.date, 4), 'undated') AS year, e
ORDER BY e.date DESC, e.id
WITH stance, year, count(e) AS events, collect(e {.id, .title, .date})[0..$sample] AS sample
RETURN stance, year, events, sample
ORDER BY year DESC, stance`;

/** Actors within $depth relation hops of an actor (relations only: its stances are aggregated). */
export function relationNeighbourhoodQuery(depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new RangeError(`depth must be an integer from 1 to ${MAX_DEPTH}`);
  }
  return `
MATCH (start:Actor {id: $actor})
MATCH (start)-[:${RELATION_TYPES.join('|')}*0..${depth}]-(n:Actor)
RETURN DISTINCT n.id AS id, n.kind AS kind
LIMIT $limit`;
}

const ONE_STANCE_EACH = `RETURN a.id AS id, 1 AS stances
ORDER BY id`;
const COUNTED = `WITH a, count(r) AS stances
RETURN a.id AS id, stances
ORDER BY stances DESC, id`;

/**
 * Actors with a stance in the filter on the events in scope, busiest first, with how many each took.
 * A filter that lets everything through is left out: it would read a property of each of the
 * thousands of stances and actors this counts (a third of the query's time on the unfiltered view).
 * On one event (`oneEvent`) each actor has one stance at most, so nothing is counted: the same order
 * by id, at half the time on an event a million people took a stance on.
 */
export function graphStanceActorsQuery(filter: {
  byStance: boolean;
  byKind: boolean;
  byDate: boolean;
  oneEvent?: boolean;
}): string {
  const conditions = [
    'e.id IN $eventIds',
    ...(filter.byStance ? ['r.stance IN $stances'] : []),
    ...(filter.byKind ? ['a.kind IN $kinds'] : []),
    ...(filter.byDate ? [STATED_IN_RANGE] : []),
  ];
  return `
MATCH (a:Actor)-[r:${STANCE_REL}]->(e:Event) USING INDEX e:Event(id)
WHERE ${conditions.join(' AND ')}
${filter.oneEvent ? ONE_STANCE_EACH : COUNTED}
LIMIT $limit`;
}

/**
 * Context actors: no stance on the events in scope, but tied to another actor by a relation that a
 * source about those events cites (China's presence in Kabul, say). One branch per relation type, so
 * each seeks its `sourceId` index instead of scanning every relation.
 */
export const GRAPH_CONTEXT_ACTORS = `
MATCH (e:Event) USING INDEX e:Event(id)
WHERE e.id IN $eventIds
MATCH (s:Source)-[:ABOUT]->(e)
WITH collect(DISTINCT s.id) AS sourceIds
CALL (sourceIds) {
  ${RELATION_TYPES.map((type) => `MATCH (a:Actor)-[r:${type}]-(:Actor) WHERE r.sourceId IN sourceIds RETURN a`).join('\n  UNION\n  ')}
}
WITH DISTINCT a
WHERE a.kind IN $kinds AND NOT EXISTS { MATCH (a)-[:${STANCE_REL}]->(x:Event) WHERE x.id IN $eventIds }
RETURN a.id AS id
ORDER BY id
LIMIT $limit`;

/** Nodes within `depth` hops of an actor; a stance edge counts only if it passes the filters. */
export function neighbourhoodQuery(depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new RangeError(`depth must be an integer from 1 to ${MAX_DEPTH}`);
  }
  return `
MATCH (start:Actor {id: $actor})
MATCH (start)-[rels:${STANCE_REL}|${RELATION_TYPES.join('|')}*0..${depth}]-(n)
WHERE all(r IN rels WHERE type(r) <> '${STANCE_REL}' OR (r.stance IN $stances AND ($event IS NULL OR endNode(r).id = $event) AND ${STATED_IN_RANGE}))
RETURN DISTINCT n.id AS id, n:Event AS isEvent, n.kind AS kind
LIMIT $limit`;
}

export const GRAPH_ACTOR_NODES = `
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN ${ACTOR_MAP} AS actor`;

/**
 * Stance edges among actors and events, with their quotes, the ids of the sources quoted (see
 * GRAPH_SOURCES) and the quotes' kinds (null before kinds were: the mappers read it as reported).
 * A focused actor's (`$focus`) come first, so that a cap never cuts them. With `$quotesOf` (a list of
 * actor ids) set, only those actors' stances carry their quotes (`quoted`); the others are sent bare.
 * Walked from the events, joined on the actors: a view's busiest actors have thousands of stances
 * elsewhere, which the planner would otherwise expand when they are few.
 */
export const GRAPH_STANCE_EDGES = `
MATCH (a:Actor)-[r:${STANCE_REL}]->(e:Event) USING INDEX e:Event(id) USING JOIN ON a
WHERE a.id IN $actorIds AND e.id IN $eventIds AND r.stance IN $stances AND ${STATED_IN_RANGE}
WITH a, r, e ORDER BY a.id = $focus DESC, r.id
LIMIT $limit
WITH a, r, e, ($quotesOf IS NULL OR a.id IN $quotesOf) AS quoted
RETURN r.id AS id, a.id AS source, e.id AS target, r.stance AS stance, r.statedOn AS statedOn, quoted,
       CASE WHEN quoted THEN [q IN r.quotes | left(q, ${GRAPH_QUOTE_MAX + 1})] END AS quotes,
       CASE WHEN quoted THEN r.sourceIds END AS sourceIds, CASE WHEN quoted THEN r.quoteKinds END AS quoteKinds`;

/**
 * The sources cited by a view's quotes, once each: a view cites few sources many times over (a
 * voting record behind every vote), so its edges carry only a source's id, and so does the answer.
 */
export const GRAPH_SOURCES = `
MATCH (s:Source)
WHERE s.id IN $ids
RETURN ${SOURCE_MAP} AS source`;

export const GRAPH_RELATION_EDGES = `
MATCH (a:Actor)-[r:${RELATION_TYPES.join('|')}]->(b:Actor)
WHERE a.id IN $actorIds AND b.id IN $actorIds
WITH a, r, b ORDER BY r.id
LIMIT $limit
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target,
       CASE WHEN r.quote IS NULL OR r.sourceId IS NULL THEN null
            ELSE {quote: left(r.quote, ${GRAPH_QUOTE_MAX + 1}), kind: r.quoteKind, sourceId: r.sourceId} END AS evidence`;
