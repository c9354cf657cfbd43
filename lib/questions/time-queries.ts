/**
 * Cypher of the questions over time and of the congruence network (over-time.ts, congruence.ts).
 * Every stance is filtered by its `statedOn` within [$from, $toEnd], which are always given (the whole
 * of time when the person gives no range), so undated stances drop out and the range index applies.
 * The year of a pair of stances on one event is the later one's: by then both had spoken.
 */
import { STANCE_REL } from '../domain';

const IN_RANGE = (r: string) => `${r}.statedOn >= $from AND ${r}.statedOn <= $toEnd`;
const LATER_YEAR = `toInteger(left(CASE WHEN ra.statedOn > rb.statedOn THEN ra.statedOn ELSE rb.statedOn END, 4))`;

/**
 * Per year: events A and B both took a stance on, and how many of those stances were the same. A's
 * stances and B's are read once each and joined on the event: expanding from each of A's events to
 * find B read every stance on those events (hundreds of thousands for two busy actors).
 */
export const AGREEMENT_OVER_TIME = `
MATCH (a:Actor {id: $a})-[ra:${STANCE_REL}]->(e:Event)
WHERE ${IN_RANGE('ra')}
MATCH (b:Actor {id: $b})-[rb:${STANCE_REL}]->(e)
USING JOIN ON e
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
 * stated by its end and one of them in it: A's stances in the year with everyone's on those events,
 * plus A's earlier stances with the others' stated in the year. The second half starts from the year's
 * stances (the range index) and joins A's on the event: walking every event A ever spoke on to all of
 * its stance-takers read hundreds of thousands of stances for a busy A.
 */
export const CLOSEST_IN_YEAR = `
CALL {
  MATCH (a:Actor {id: $actor})-[ra:${STANCE_REL}]->(e)
  WHERE ra.statedOn >= $year AND ra.statedOn < $next
  MATCH (e)<-[rb:${STANCE_REL}]-(b)
  WHERE b <> a AND rb.statedOn >= '0' AND rb.statedOn < $next
  RETURN b, ra.stance = rb.stance AS same
  UNION ALL
  MATCH (a:Actor {id: $actor})-[ra:${STANCE_REL}]->(e)
  WHERE ra.statedOn >= '0' AND ra.statedOn < $year
  MATCH (b)-[rb:${STANCE_REL}]->(e)
  USING INDEX rb:${STANCE_REL}(statedOn)
  USING JOIN ON e
  WHERE rb.statedOn >= $year AND rb.statedOn < $next AND b <> a
  RETURN b, ra.stance = rb.stance AS same
}
WITH b, count(*) AS shared, sum(CASE WHEN same THEN 1 ELSE 0 END) AS same
WHERE shared >= $minShared
RETURN b.id AS id, b.name AS name, b.kind AS kind, shared, same, toFloat(same) / shared AS agreement
ORDER BY agreement DESC, shared DESC, name
LIMIT $limit`;

/**
 * Per event, its stance-takers in the range grouped by stance. Actors come as internal ids, which
 * never leave the request: a range holds hundreds of thousands of stances, and an integer per stance
 * is what keeps reading them fast (a slug read per stance took twice as long). No labels are checked
 * either: a TOOK_STANCE relationship always runs from an actor to an event.
 */
export const NETWORK_EVENT_GROUPS = `
MATCH (a)-[r:${STANCE_REL}]->(e)
WHERE ${IN_RANGE('r')}
WITH e, r.stance AS stance, collect(id(a)) AS members
WITH e, collect([stance, members]) AS groups
RETURN groups`;

/** The actors of the network, by the internal ids NETWORK_EVENT_GROUPS gave. */
export const NETWORK_ACTORS = `
UNWIND $keys AS key
MATCH (a:Actor) WHERE id(a) = key
RETURN key, a.id AS id, a.name AS name, a.kind AS kind`;
