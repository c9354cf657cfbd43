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
import type { ManagedTransaction } from 'neo4j-driver';

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
}

export interface EventProps {
  title: string;
  date: string;
  kind: string;
  description: string;
}

export interface SourceProps {
  title: string;
  publisher: string;
  url: string | null;
  date: string | null;
  /** The source's text, that quotes are checked against; null when it is not stored. */
  text: string | null;
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

const STATEMENTS = {
  mergeActors: nodeStatement('MERGE', 'Actor'),
  createActors: nodeStatement('CREATE', 'Actor'),
  mergeEvents: nodeStatement('MERGE', 'Event'),
  createEvents: nodeStatement('CREATE', 'Event'),
  mergeSources: sourceStatement('MERGE'),
  createSources: sourceStatement('CREATE'),
};

const withSearchText = (rows: NodeRow<ActorProps>[]) =>
  rows.map((r) => ({ id: r.id, props: { ...r.props, searchText: actorSearchText(r.props) } }));

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
  await tx.run(STATEMENTS.mergeEvents, { rows });
}

/** Events known to be missing (see createActors). */
export async function createEvents(tx: Tx, rows: NodeRow<EventProps>[]): Promise<void> {
  await tx.run(STATEMENTS.createEvents, { rows });
}

export async function mergeSources(tx: Tx, rows: SourceRow[]): Promise<void> {
  await tx.run(STATEMENTS.mergeSources, { rows });
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
SET r.stance = row.stance
WITH r, row, coalesce(r.quotes, []) AS quotes, coalesce(r.sourceIds, []) AS sourceIds, r.quoteKinds AS kinds
// Quotes already stored (by an import, say) stay; the row's are added once. A stored quote takes
// the kind the row gives it, else keeps its own (reported when it has none: stored before kinds were).
WITH r, quotes, sourceIds,
     [i IN range(0, size(quotes) - 1) |
        coalesce(head([ev IN row.evidence WHERE ev.quote = quotes[i] AND ev.sourceId = sourceIds[i] | ev.kind]),
                 kinds[i], '${DEFAULT_QUOTE_KIND}')] AS storedKinds,
     [ev IN row.evidence WHERE none(i IN range(0, size(quotes) - 1) WHERE quotes[i] = ev.quote AND sourceIds[i] = ev.sourceId)] AS added
SET r.quotes = quotes + [ev IN added | ev.quote], r.sourceIds = sourceIds + [ev IN added | ev.sourceId],
    r.quoteKinds = storedKinds + [ev IN added | coalesce(ev.kind, '${DEFAULT_QUOTE_KIND}')]`;

/**
 * Stances with their quotes; the actor and event must exist. `quoteKinds[i]` is the kind of
 * `quotes[i]`. This is the seed's write (the reviewed record), so the kind it gives a stored quote
 * is set; an import never changes a stored quote's kind (lib/import/kinds.ts). The importer writes
 * its million stances its own way (lib/import/cypher.ts), to the same properties.
 */
export async function mergeStances(tx: Tx, rows: StanceRow[]): Promise<void> {
  await tx.run(MERGE_STANCES, { rows });
}
