/** Cypher of the ready questions (lib/questions/index.ts). Parameters only; nothing spliced in. */
import { RELATION_TYPES, STANCE_REL } from '../domain';
import { stanceIdOf } from '../model/ids';
import { takersOf } from '../model/stance-takers';

const ALL_TIES = [STANCE_REL, ...RELATION_TYPES].join('|');
const CHAIN_TIES = 'SPEAKS_FOR|PART_OF|LEADS';

export const ACTOR_EXISTS = 'MATCH (a:Actor {id: $id}) RETURN a.name AS name';
export const EVENT_EXISTS = 'MATCH (e:Event {id: $id}) RETURN e.title AS title';

export const STANCE_TAKERS = `
MATCH (a:Actor)-[r:${STANCE_REL} {stance: $stance}]->(e:Event {id: $event})
WHERE size($kinds) = 0 OR a.kind IN $kinds
OPTIONAL MATCH (s:Source {id: r.sourceIds[0]})
RETURN a, r, e, r.quotes[0] AS quote, r.quoteKinds[0] AS quoteKind, s.title AS source
ORDER BY a.name
LIMIT $limit`;

export const SHORTEST_PATHS = `
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:${ALL_TIES}*..10]-(b))
RETURN p
LIMIT $limit`;

/** The other actors `b` ranked by `sharedEvents`, then by name. */
const rankedBy = (relation: 'agrees' | 'opposes') => `
ORDER BY sharedEvents DESC, b.name
LIMIT $limit
RETURN '${relation}' AS relation, b.id AS id, b.name AS name, b.kind AS kind, sharedEvents`;

/**
 * Who agrees with A (same stance on an event) and who opposes A (support against condemnation),
 * ranked by how many events they share: one query per relation, run side by side. Only counts here: an
 * actor with thousands of stances meets hundreds of thousands of other stances, so carrying more than a
 * count per pair would not fit. Each groups by the other actor alone: grouping by actor and relation at
 * once took about twice as long as the two queries together (docs/performance.md).
 */
const agreementQuery = (relation: 'agrees' | 'opposes', match: string) => `
MATCH (a:Actor {id: $actor})-[mine:${STANCE_REL}]->(e)<-[theirs:${STANCE_REL}]-(b)
WHERE ${match} AND b <> a
WITH b, count(*) AS sharedEvents
${rankedBy(relation)}`;

export const AGREES = agreementQuery('agrees', 'theirs.stance = mine.stance');
export const OPPOSES = agreementQuery(
  'opposes',
  "mine.stance <> 'caution' AND theirs.stance <> 'caution' AND theirs.stance <> mine.stance",
);

/**
 * The same ranking from the lists of who took each stance on each event (lib/model/stance-takers.ts):
 * one list read per event of A's instead of every stance on it, a fifth to a third of the time
 * (docs/performance.md).
 */
const keptAgreementQuery = (relation: 'agrees' | 'opposes', theirs: string) => `
MATCH (:Actor {id: $actor})-[mine:${STANCE_REL}]->(e:Event)
MATCH (t:StanceTakers {event: e.id})
UNWIND ${theirs} AS other
WITH other, count(*) AS sharedEvents WHERE other <> $actor
MATCH (b:Actor {id: other})
WITH b, sharedEvents
${rankedBy(relation)}`;

const AGREEING_TAKERS = takersOf('t', 'mine.stance');
const OPPOSING_TAKERS = takersOf(
  't',
  "CASE mine.stance WHEN 'support' THEN 'condemnation' WHEN 'condemnation' THEN 'support' END",
);
export const AGREES_KEPT = keptAgreementQuery('agrees', AGREEING_TAKERS);
export const OPPOSES_KEPT = keptAgreementQuery('opposes', OPPOSING_TAKERS);

const AGREEMENT_SAMPLE_RETURN = `
WITH relation, b, theirs, mine, e
ORDER BY e.date DESC, e.id
WITH relation, b, collect([theirs, mine, e])[0..$sample] AS shared
RETURN b.id AS id, relation, b,
       [s IN shared | s[2].title] AS events,
       [s IN shared | s[0]] + [s IN shared | s[1]] AS stances,
       [s IN shared | s[2]] AS eventNodes`;

const AGREEMENT_RELATION = `CASE WHEN theirs.stance = mine.stance THEN 'agrees' ELSE 'opposes' END`;

/**
 * For the ranked pairs of AGREEMENT ($keys: "agrees:<id>", "opposes:<id>"): their newest $sample
 * shared events, with both stances to draw, looked for among A's newest $window events only. A busy
 * A shares thousands of events with each of hundreds of actors; this bounds the work whatever A is.
 */
export const AGREEMENT_SAMPLES_RECENT = `
MATCH (a:Actor {id: $actor})-[mine:${STANCE_REL}]->(e:Event)
WITH mine, e ORDER BY e.date DESC, e.id LIMIT $window
MATCH (e)<-[theirs:${STANCE_REL}]-(b:Actor)
WHERE theirs <> mine AND (theirs.stance = mine.stance OR (mine.stance <> 'caution' AND theirs.stance <> 'caution'))
WITH b, theirs, mine, e, ${AGREEMENT_RELATION} AS relation
WHERE relation + ':' + b.id IN $keys
${AGREEMENT_SAMPLE_RETURN}`;

/**
 * AGREEMENT_SAMPLES_RECENT from the lists of who took each stance on each event: the pairs are found
 * in the lists, and only the stances listed are read, each by its id (one per actor and event).
 */
export const AGREEMENT_SAMPLES_RECENT_KEPT = `
MATCH (:Actor {id: $actor})-[mine:${STANCE_REL}]->(e:Event)
WITH mine, e ORDER BY e.date DESC, e.id LIMIT $window
MATCH (t:StanceTakers {event: e.id})
UNWIND [['agrees', ${AGREEING_TAKERS}], ['opposes', ${OPPOSING_TAKERS}]] AS listed
UNWIND listed[1] AS other
WITH DISTINCT listed[0] AS relation, other, mine, e
WHERE relation + ':' + other IN $keys
WITH relation, other, mine, e ORDER BY e.date DESC, e.id
WITH relation, other, collect([mine, e])[0..$sample] AS shared
UNWIND shared AS pair
WITH relation, pair[0] AS mine, pair[1] AS e, ${stanceIdOf('other', 'pair[1].id')} AS theirsId
MATCH (b:Actor)-[theirs:${STANCE_REL} {id: theirsId}]->(e)
${AGREEMENT_SAMPLE_RETURN}`;

/** The same for pairs whose shared events are all older than that window: every shared event is read. */
export const AGREEMENT_SAMPLES_ALL = `
MATCH (a:Actor {id: $actor})
UNWIND $pairs AS pair
MATCH (b:Actor {id: pair.id})-[theirs:${STANCE_REL}]->(e:Event)<-[mine:${STANCE_REL}]-(a)
WITH pair, b, theirs, mine, e, ${AGREEMENT_RELATION} AS relation
WHERE relation = pair.relation AND (theirs.stance = mine.stance OR (mine.stance <> 'caution' AND theirs.stance <> 'caution'))
${AGREEMENT_SAMPLE_RETURN}`;

export const SPEAKS_FOR_CHAINS = `
MATCH p = (a:Actor)-[:${CHAIN_TIES}*1..6]->(top:Actor)
WHERE (CASE WHEN $actor IS NULL THEN a.kind = 'person' ELSE a.id = $actor END)
  AND NOT EXISTS { (top)-[:${CHAIN_TIES}]->(:Actor) }
RETURN p
ORDER BY a.name, length(p) DESC
LIMIT $limit`;

export const ECHO_CHAINS = `
MATCH p = (a:Actor)-[:ECHOES*1..6]->(b:Actor)
WHERE NOT EXISTS { (:Actor)-[:ECHOES]->(a) } AND NOT EXISTS { (b)-[:ECHOES]->(:Actor) }
  AND ($actor IS NULL OR any(n IN nodes(p) WHERE n.id = $actor))
RETURN p
ORDER BY a.name
LIMIT $limit`;

export const CAMPS = `
MATCH (a:Actor)-[r:${STANCE_REL}]->(e:Event {id: $event})
WITH r.stance AS stance, a.kind AS kind, collect(a) AS actors, collect(r) AS rels, e
RETURN stance, kind, size(actors) AS count, actors, rels, e
ORDER BY stance, kind`;
