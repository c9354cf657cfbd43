/**
 * Cypher of the time reads (/api/timeline, an actor's history, one stance with its evidence), beside
 * queries.ts rather than in it: these count and group, and share nothing with the graph's queries.
 * Everything variable is a $parameter; `timelineStancesQuery` only chooses among fixed fragments.
 */
import { STANCE_REL } from '../domain';

const SOURCE_MAP = 's {.id, .title, .publisher, .url, .date}';

export interface TimelineScope {
  /** Start from the one event ($event) or the one actor ($actor): an index seek instead of a scan. */
  event: boolean;
  actor: boolean;
  /** Filters that let everything through are left out: each reads a property of every stance counted. */
  byStance: boolean;
  byKind: boolean;
}

/**
 * Stances in scope grouped per stated date and stance: a few thousand rows at most (one per day a
 * stance was stated), binned into periods in JS (lib/periods.ts).
 */
export function timelineStancesQuery(scope: TimelineScope): string {
  const conditions = [
    ...(scope.actor && scope.event ? ['e.id = $event'] : []),
    ...(scope.byStance ? ['r.stance IN $stances'] : []),
    ...(scope.byKind ? ['a.kind IN $kinds'] : []),
  ];
  const pattern = scope.actor
    ? `(a:Actor {id: $actor})-[r:${STANCE_REL}]->(e:Event)`
    : scope.event
      ? `(a:Actor)-[r:${STANCE_REL}]->(e:Event {id: $event})`
      : scope.byKind
        ? `(a:Actor)-[r:${STANCE_REL}]->(:Event)`
        : `()-[r:${STANCE_REL}]->()`;
  return `
MATCH ${pattern}
${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
RETURN r.statedOn AS date, r.stance AS stance, count(*) AS count`;
}

/** Events in scope grouped per date: one event, the events an actor took a stance on, or all. */
export function timelineEventsQuery(scope: Pick<TimelineScope, 'event' | 'actor' | 'byStance'>): string {
  if (scope.actor) {
    const conditions = [...(scope.event ? ['e.id = $event'] : []), ...(scope.byStance ? ['r.stance IN $stances'] : [])];
    return `
MATCH (:Actor {id: $actor})-[r:${STANCE_REL}]->(e:Event)
${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
RETURN e.date AS date, count(DISTINCT e) AS count`;
  }
  return scope.event
    ? 'MATCH (e:Event {id: $event}) RETURN e.date AS date, count(e) AS count'
    : 'MATCH (e:Event) RETURN e.date AS date, count(e) AS count';
}

export const EVENT_EXISTS = 'MATCH (e:Event {id: $id}) RETURN e.id AS id';

/** An actor's stances, newest stated first (undated last), at most $limit. */
export const ACTOR_HISTORY = `
MATCH (a:Actor {id: $id})-[r:${STANCE_REL}]->(e:Event)
WITH r, e ORDER BY r.statedOn IS NULL, r.statedOn DESC, e.date DESC, r.id
LIMIT $limit
RETURN r.id AS id, r.stance AS stance, r.statedOn AS statedOn, e.id AS eventId, e.title AS eventTitle,
       e.date AS eventDate`;

/** An actor's stances counted per year stated and stance, all of them (the list above is capped). */
export const ACTOR_HISTORY_YEARS = `
MATCH (a:Actor {id: $id})-[r:${STANCE_REL}]->(:Event)
RETURN left(r.statedOn, 4) AS date, r.stance AS stance, count(*) AS count`;

/** The actor's name, and how many stances it took. */
export const ACTOR_HISTORY_HEAD = `
MATCH (a:Actor {id: $id})
RETURN a.name AS name, COUNT { (a)-[:${STANCE_REL}]->(:Event) } AS total`;

/** One stance, by its actor and event, with every quote whole and its source: what a mark opens. */
export const STANCE_EVIDENCE = `
MATCH (a:Actor {id: $actor})-[r:${STANCE_REL}]->(e:Event {id: $event})
CALL (r) {
  UNWIND range(0, size(r.quotes) - 1) AS i
  MATCH (s:Source {id: r.sourceIds[i]})
  WITH i, r.quotes[i] AS quote, r.quoteKinds[i] AS kind, s ORDER BY i
  RETURN collect({quote: quote, kind: kind, source: ${SOURCE_MAP}}) AS evidence
}
RETURN r.id AS id, r.stance AS stance, r.statedOn AS statedOn, a.id AS actorId, e.id AS eventId,
       e.title AS eventTitle, e.date AS eventDate, evidence`;
