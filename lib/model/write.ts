/**
 * The graph's write fragments, shared by every writer (the seed, the importer, and those to come):
 * each takes a transaction and a list of rows and writes them in one UNWIND. Labels and relationship
 * types are never parameters; only the fixed labels here and the whitelisted RELATION_TYPES are
 * spliced into Cypher.
 */
import {
  DEFAULT_QUOTE_KIND,
  RELATION_TYPES,
  STANCE_REL,
  type ActorKind,
  type QuoteKind,
  type RelationType,
  type Stance,
} from '../domain';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { statedOnDefault } from './stated-on';
import { MOVE_DAY_COUNTS, MOVE_KIND_COUNTS } from './stance-days';
import { MOVE_TAKERS } from './stance-takers';

const int = (value: number) => neo4j.int(value);

/** What the write fragments run their Cypher on: a transaction (or anything that runs Cypher). */
export type Tx = Pick<ManagedTransaction, 'run'>;

/** A node to write: its id and the properties to set (a property set to null is removed). */
export interface NodeRow<P> {
  id: string;
  props: P;
}

export interface ActorProps {
  name: string;
  kind: ActorKind;
  description: string;
  aliases: string[];
  /** Counted up by each edit (lib/edit); writers that do not track versions leave it out. */
  version?: number;
}

export interface EventProps {
  title: string;
  date: string | null;
  kind: string;
  description: string;
  version?: number;
}

export interface SourceProps {
  title: string;
  publisher: string;
  url: string | null;
  date: string | null;
  /** The source's text, that quotes are checked against; null when it is not stored. */
  text: string | null;
  version?: number;
}

/** A source and the events it is about (ABOUT relationships are added, never removed). */
export interface SourceRow extends NodeRow<SourceProps> {
  about: string[];
}

export interface RelationRow {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  quote: string | null;
  /** The source the quote is from. */
  evidenceSourceId: string | null;
  /** What the quote is; null when the writer's data does not say (see mergeRelations). */
  quoteKind: QuoteKind | null;
}

/** One quote of a stance. `kind` null: the data does not say (see mergeStances). */
export interface EvidenceRow {
  quote: string;
  sourceId: string;
  kind: QuoteKind | null;
}

export interface StanceRow {
  id: string;
  actorId: string;
  eventId: string;
  stance: Stance;
  evidence: EvidenceRow[];
  /** When it was stated (a partial ISO date); left out or null: see stated-on.ts for the default. */
  statedOn?: string | null;
}

/** What the actor search (the actor_search full-text index) matches: names and aliases in one field. */
export function actorSearchText(actor: { name: string; aliases?: readonly string[] }): string {
  return [actor.name, ...(actor.aliases ?? [])].join(' | ');
}

type Verb = 'MERGE' | 'CREATE';

const nodeStatement = (verb: Verb, label: 'Actor' | 'Event') => `
UNWIND $rows AS row
${verb} (n:${label} {id: row.id})
SET n += row.props`;

const sourceStatement = (verb: Verb) => `
UNWIND $rows AS row
${verb} (s:Source {id: row.id})
SET s += row.props
WITH s, row
UNWIND row.about AS eventId
MATCH (e:Event {id: eventId})
${verb} (s)-[:ABOUT]->(e)`;

/** An actor's kind may change: the counts of its stances per kind move with it. */
const MERGE_ACTORS = `
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
WITH n, row, n.kind AS oldKind
SET n += row.props
WITH n, oldKind WHERE oldKind IS NOT NULL AND oldKind <> n.kind
${MOVE_KIND_COUNTS}`;

const STATEMENTS = {
  mergeActors: MERGE_ACTORS,
  createActors: nodeStatement('CREATE', 'Actor'),
  mergeEvents: nodeStatement('MERGE', 'Event'),
  createEvents: nodeStatement('CREATE', 'Event'),
  mergeSources: sourceStatement('MERGE'),
  createSources: sourceStatement('CREATE'),
};

/** A version is an integer in the database (a JS number would be stored as a float). */
function stored<P extends { version?: number }>(props: P) {
  return props.version === undefined ? props : { ...props, version: int(props.version) };
}

const withSearchText = (rows: NodeRow<ActorProps>[]) =>
  rows.map((r) => ({ id: r.id, props: { ...stored(r.props), searchText: actorSearchText(r.props) } }));

const withStoredVersions = <R extends NodeRow<{ version?: number }>>(rows: R[]) =>
  rows.map((r) => ({ ...r, props: stored(r.props) }));

export async function mergeActors(tx: Tx, rows: NodeRow<ActorProps>[]): Promise<void> {
  await tx.run(STATEMENTS.mergeActors, { rows: withSearchText(rows) });
}

/**
 * Actors known to be missing: CREATE, not MERGE (faster for a large import). The unique
 * constraint fails the transaction rather than duplicate an actor that appeared meanwhile.
 */
export async function createActors(tx: Tx, rows: NodeRow<ActorProps>[]): Promise<void> {
  await tx.run(STATEMENTS.createActors, { rows: withSearchText(rows) });
}

export async function mergeEvents(tx: Tx, rows: NodeRow<EventProps>[]): Promise<void> {
  await tx.run(STATEMENTS.mergeEvents, { rows: withStoredVersions(rows) });
}

/** Events known to be missing (see createActors). */
export async function createEvents(tx: Tx, rows: NodeRow<EventProps>[]): Promise<void> {
  await tx.run(STATEMENTS.createEvents, { rows });
}

export async function mergeSources(tx: Tx, rows: SourceRow[]): Promise<void> {
  await tx.run(STATEMENTS.mergeSources, { rows: withStoredVersions(rows) });
}

/** Sources known to be missing (see createActors). */
export async function createSources(tx: Tx, rows: SourceRow[]): Promise<void> {
  await tx.run(STATEMENTS.createSources, { rows });
}

/** Relationship types cannot be parameters: one statement per whitelisted type. */
function mergeRelationsOfType(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`not a relation type: ${type}`);
  return `
UNWIND $rows AS row
MATCH (a:Actor {id: row.sourceId}), (b:Actor {id: row.targetId})
MERGE (a)-[r:${type} {id: row.id}]->(b)
WITH r, row, CASE WHEN r.quote = row.quote AND r.sourceId = row.evidenceSourceId THEN r.quoteKind END AS storedKind
SET r.quote = row.quote, r.sourceId = row.evidenceSourceId,
    r.quoteKind = CASE WHEN row.quote IS NULL THEN null ELSE coalesce(row.quoteKind, storedKind, '${DEFAULT_QUOTE_KIND}') END`;
}

/**
 * Relations between actors; both actors must exist. A quote given without a kind keeps the kind
 * stored for the same quote, else is reported.
 */
export async function mergeRelations(tx: Tx, rows: RelationRow[]): Promise<void> {
  for (const type of RELATION_TYPES) {
    const ofType = rows.filter((r) => r.type === type);
    if (ofType.length > 0) await tx.run(mergeRelationsOfType(type), { rows: ofType });
  }
}

const MERGE_STANCES = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (e:Event {id: row.eventId})
MERGE (a)-[r:${STANCE_REL} {id: row.id}]->(e)
WITH r, e, row, r.statedOn AS oldDate, r.stance AS oldStance
SET r.stance = row.stance
WITH r, e, row, oldDate, oldStance, coalesce(r.quotes, []) AS quotes, coalesce(r.sourceIds, []) AS sourceIds, r.quoteKinds AS kinds
// Quotes already stored (by an import, say) stay; the row's are added once. A stored quote takes
// the kind the row gives it, else keeps its own (reported when it has none: stored before kinds were).
WITH r, e, row, oldDate, oldStance, quotes, sourceIds,
     [i IN range(0, size(quotes) - 1) |
        coalesce(head([ev IN row.evidence WHERE ev.quote = quotes[i] AND ev.sourceId = sourceIds[i] | ev.kind]),
                 kinds[i], '${DEFAULT_QUOTE_KIND}')] AS storedKinds,
     [ev IN row.evidence WHERE none(i IN range(0, size(quotes) - 1) WHERE quotes[i] = ev.quote AND sourceIds[i] = ev.sourceId)] AS added
SET r.quotes = quotes + [ev IN added | ev.quote], r.sourceIds = sourceIds + [ev IN added | ev.sourceId],
    r.quoteKinds = storedKinds + [ev IN added | coalesce(ev.kind, '${DEFAULT_QUOTE_KIND}')]
WITH r, e, row, oldDate, oldStance
SET r.statedOn = coalesce(row.statedOn, r.statedOn, ${statedOnDefault('r', 'e')})
WITH oldDate, oldStance, r.statedOn AS newDate, r.stance AS newStance, startNode(r).kind AS kind,
     row.actorId AS actorId, row.eventId AS eventId
${MOVE_DAY_COUNTS}
${MOVE_TAKERS}`;

/**
 * Stances with their quotes; the actor and event must exist. `quoteKinds[i]` is the kind of
 * `quotes[i]`. This is the seed's write (the reviewed record), so the kind it gives a stored quote
 * is set; an import never changes a stored quote's kind (lib/import/kinds.ts). The importer writes
 * its million stances its own way (lib/import/cypher.ts), to the same properties.
 */
export async function mergeStances(tx: Tx, rows: StanceRow[]): Promise<void> {
  await tx.run(MERGE_STANCES, { rows: rows.map((r) => ({ ...r, statedOn: r.statedOn ?? null })) });
}

/** Deletes a stance, and its count and listing beside the graph. */
export async function deleteStance(tx: Tx, id: string): Promise<void> {
  await tx.run(
    `MATCH (a)-[r:${STANCE_REL} {id: $id}]->(e)
     WITH r, r.statedOn AS oldDate, r.stance AS oldStance, null AS newDate, null AS newStance, a.kind AS kind,
          a.id AS actorId, e.id AS eventId
     DELETE r
     WITH oldDate, oldStance, newDate, newStance, kind, actorId, eventId
     ${MOVE_DAY_COUNTS}
     ${MOVE_TAKERS}`,
    { id },
  );
}

/** A stance's or relation's whole state, as an editor's write or a revert sets it (lib/edit). */
export interface StanceState extends StanceRow {
  version: number;
}

export interface RelationState extends RelationRow {
  version: number;
}

/**
 * Sets stances to exactly the given state, quotes and all (mergeStances adds quotes instead).
 * Answers how many were written: fewer than given when an actor or event is missing.
 */
export async function setStances(tx: Tx, rows: StanceState[]): Promise<number> {
  const { records } = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Actor {id: row.actorId}), (e:Event {id: row.eventId})
     MERGE (a)-[r:${STANCE_REL} {id: row.id}]->(e)
     WITH r, e, row, r.statedOn AS oldDate, r.stance AS oldStance
     SET r.stance = row.stance, r.quotes = [ev IN row.evidence | ev.quote],
         r.sourceIds = [ev IN row.evidence | ev.sourceId],
         r.quoteKinds = [ev IN row.evidence | coalesce(ev.kind, '${DEFAULT_QUOTE_KIND}')], r.version = row.version
     WITH r, e, row, oldDate, oldStance
     SET r.statedOn = coalesce(row.statedOn, ${statedOnDefault('r', 'e')})
     WITH oldDate, oldStance, r.statedOn AS newDate, r.stance AS newStance, startNode(r).kind AS kind,
          row.actorId AS actorId, row.eventId AS eventId
     ${MOVE_DAY_COUNTS}
     ${MOVE_TAKERS}
     RETURN count(*) AS written`,
    { rows: rows.map((r) => ({ ...r, statedOn: r.statedOn ?? null, version: int(r.version) })) },
  );
  return records[0].get('written').toNumber();
}

/** Sets relations to exactly the given state (quote, source and kind as given); answers how many were written. */
export async function setRelations(tx: Tx, rows: RelationState[]): Promise<number> {
  let written = 0;
  for (const type of RELATION_TYPES) {
    const ofType = rows.filter((r) => r.type === type);
    if (ofType.length === 0) continue;
    const { records } = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Actor {id: row.sourceId}), (b:Actor {id: row.targetId})
       MERGE (a)-[r:${type} {id: row.id}]->(b)
       SET r.quote = row.quote, r.sourceId = row.evidenceSourceId, r.quoteKind = row.quoteKind, r.version = row.version
       RETURN count(r) AS written`,
      { rows: ofType.map((r) => ({ ...r, version: int(r.version) })) },
    );
    written += records[0].get('written').toNumber();
  }
  return written;
}
