/**
 * Cypher of the questions over time and of the congruence network (over-time.ts, congruence.ts).
 * Every stance is filtered by its `statedOn` within [$from, $toEnd], which are always given (the whole
 * of time when the person gives no range), so undated stances drop out and the range index applies.
 * The year of a pair of stances on one event is the later one's: by then both had spoken.
 */
import { STANCE_REL } from '../domain';

const IN_RANGE = (r: string) => `${r}.statedOn >= $from AND ${r}.statedOn <= $toEnd`;
const LATER_YEAR = `toInteger(left(CASE WHEN ra.statedOn > rb.statedOn THEN ra.statedOn ELSE rb.statedOn END, 4))`;

/** Per year: events A and B both took a stance on, and how many of those stances were the same. */
export const AGREEMENT_OVER_TIME = `
MATCH (a:Actor {id: $a})-[ra:${STANCE_REL}]->(e:Event)
WHERE ${IN_RANGE('ra')}
MATCH (b:Actor {id: $b})-[rb:${STANCE_REL}]->(e)
WHERE ${IN_RANGE('rb')}
WITH ${LATER_YEAR} AS year, ra.stance = rb.stance AS same
RETURN year, count(*) AS shared, sum(CASE WHEN same THEN 1 ELSE 0 END) AS same
ORDER BY year`;

/** Per year and stance, how many stances the actor took. */
export const STANCE_MIX = `
MATCH (a:Actor {id: $actor})-[r:${STANCE_REL}]->(:Event)
WHERE ${IN_RANGE('r')}
RETURN toInteger(left(r.statedOn, 4)) AS year, r.stance AS stance, count(*) AS n
ORDER BY year`;

/**
 * The actors sharing at least $minShared events with A in year $year ("YYYY"; $next is the year
 * after), ranked by how often they took the same stance. A pair is in $year when both stances were
 * stated by its end and one of them in it.
 */
export const CLOSEST_IN_YEAR = `
MATCH (a:Actor {id: $actor})-[ra:${STANCE_REL}]->(e:Event)
WHERE ra.statedOn >= '0' AND ra.statedOn < $next
MATCH (e)<-[rb:${STANCE_REL}]-(b:Actor)
WHERE b <> a AND rb.statedOn >= '0' AND rb.statedOn < $next AND (ra.statedOn >= $year OR rb.statedOn >= $year)
WITH b, count(*) AS shared, sum(CASE WHEN ra.stance = rb.stance THEN 1 ELSE 0 END) AS same
WHERE shared >= $minShared
RETURN b.id AS id, b.name AS name, b.kind AS kind, shared, same, toFloat(same) / shared AS agreement
ORDER BY agreement DESC, shared DESC, name
LIMIT $limit`;

/** The actors with at least $minShared stances in the range (fewer cannot share that many events), busiest first. */
export const NETWORK_ACTORS = `
MATCH (a:Actor)-[r:${STANCE_REL}]->(:Event)
WHERE ${IN_RANGE('r')}
WITH a, count(*) AS stances
WHERE stances >= $minShared
RETURN a.id AS id, a.name AS name, a.kind AS kind
ORDER BY stances DESC, id
LIMIT $limit`;

/** Per event, the stance-takers among $ids (as indices into it) grouped by stance. */
export const NETWORK_EVENT_GROUPS = `
UNWIND range(0, size($ids) - 1) AS i
MATCH (a:Actor {id: $ids[i]})-[r:${STANCE_REL}]->(e:Event)
WHERE ${IN_RANGE('r')}
WITH e, r.stance AS stance, collect(i) AS members
WITH e, collect([stance, members]) AS groups
RETURN groups`;
