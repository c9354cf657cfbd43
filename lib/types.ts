/**
 * The JSON shapes of the data API. Everything the API returns is one of these plain types:
 * no Neo4j Integers, temporals or Node objects cross this boundary.
 */
import type { ActorKind, QuoteKind, RelationType, Stance } from './domain';
import type { QuestionChart } from './types-over-time';

// The shapes along time (charts, the congruence network, the timeline, an actor's history) live apart.
export type * from './types-over-time';
// What /api/graph sends (leaner than the graph the explorer reads) lives apart too.
export type * from './types-graph-answer';
import type { ImportProgress, ImportReport, ImportRunSummary } from './import';

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  /** Partial ISO date ("2025-07"), as precise as is known. */
  date: string | null;
}

export interface Evidence {
  /** A verbatim substring of the source's stored text. */
  quote: string;
  /**
   * `direct`: the actor's own words, to be shown and cited as a quotation of them; `reported`: the
   * source's account of what they said (also every quote stored without a kind).
   */
  kind: QuoteKind;
  source: SourceRef;
  /** Set in /api/graph answers when the quote was cut to GRAPH_QUOTE_MAX characters; the actor's panel has it whole. */
  truncated?: true;
}

export interface ActorSummary {
  id: string;
  name: string;
  kind: ActorKind;
  /** One line: the actor's role. */
  description: string;
  aliases: string[];
}

export interface ActorSearchHit extends ActorSummary {
  score: number;
}

/** GET /api/actors: the best matches first (all actors by name when `q` is empty). */
export interface ActorSearchResponse {
  actors: ActorSearchHit[];
}

export interface StanceDTO {
  id: string;
  stance: Stance;
  /** When the stance was stated (a partial ISO date): its source's date unless given. */
  statedOn: string | null;
  actorId: string;
  eventId: string;
  eventTitle: string;
  eventDate: string | null;
  evidence: Evidence[];
}

export interface RelationDTO {
  id: string;
  type: RelationType;
  /** 'out': this actor is the relation's source; 'in': its target. */
  direction: 'out' | 'in';
  other: Pick<ActorSummary, 'id' | 'name' | 'kind'>;
  evidence: Evidence | null;
}

export interface ActorDetail extends ActorSummary {
  /** One page of the actor's stances, newest event first. */
  stances: StanceDTO[];
  /** How many stances the actor took in all. */
  stanceTotal: number;
  stancePage: { limit: number; offset: number };
  relations: RelationDTO[];
  /** What an edit of the actor sends back (PATCH /api/actors/{id}). */
  version: number;
}

export type StanceCounts = Record<Stance, number>;

export interface EventSummary {
  id: string;
  title: string;
  date: string | null;
  kind: string;
  description: string;
  stanceCounts: StanceCounts;
}

/** GET /api/events: one page, newest first; `total` counts every event. */
export interface EventList {
  events: EventSummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface EventDetail extends EventSummary {
  sources: SourceRef[];
  /** What an edit of the event sends back (PATCH /api/events/{id}). */
  version: number;
}

/**
 * A focused actor's stances on many events, grouped per stance and year: drawn as an event-type node
 * ("support · 2019 · 143 events") joined to the actor by one STANCE edge, so clients that know only
 * actors and events still draw it. `sample` lists its newest events; `?actor=<actor>&event=<id>`
 * drills into one.
 */
export interface StanceAggregate {
  actor: string;
  stance: Stance;
  /** The events' year ("2019"), or "undated". */
  group: string;
  events: number;
  sample: { id: string; title: string; date: string | null }[];
}

export interface GraphNode {
  id: string;
  label: string;
  type: 'actor' | 'event';
  /** Actors only. */
  kind?: ActorKind;
  description?: string;
  /** Events only. */
  date?: string | null;
  /** Only on the nodes that stand for a group of a focused actor's stances. */
  aggregate?: StanceAggregate;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** 'STANCE' for a stance (actor -> event), otherwise the relation type (actor -> actor). */
  type: 'STANCE' | RelationType;
  stance?: Stance;
  /** Stances only: when it was stated (see StanceDTO). */
  statedOn?: string | null;
  evidence: Evidence[];
  /** Stances only: sent bare (GraphAnswerBareStances), its quotes and date to be asked for; `evidence` is then empty. */
  quotesLeftOut?: true;
}

/**
 * A graph as the explorer reads it: one list of edges, each with its id, every quote with its whole
 * source. What /api/graph sends is the leaner GraphAnswer; hydrateGraph (lib/client/data/graph-answer.ts)
 * turns one into this.
 */
export interface GraphResponse {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the node or edge cap cut the answer short. */
  truncated: boolean;
  limits: { nodes: number; edges: number };
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  neo4j: { status: 'up' | 'down'; version?: string; edition?: string; message?: string };
}

export interface ApiError {
  error: string;
}

/** A node of a console or question answer: any label of the model, not only actors and events. */
export interface QueryGraphNode {
  id: string;
  label: string;
  type: 'actor' | 'event' | 'source' | 'other';
  labels?: string[];
  kind?: ActorKind;
  description?: string;
  date?: string | null;
}

export interface QueryGraphEdge {
  id: string;
  source: string;
  target: string;
  /** 'STANCE', a relation type, or another relationship type of the model (ABOUT). */
  type: string;
  stance?: Stance;
  evidence: Evidence[];
}

export interface QueryGraph {
  nodes: QueryGraphNode[];
  edges: QueryGraphEdge[];
  /**
   * The paths the rows hold, each as the ids of its drawn nodes in the order walked (at most
   * QUERY_PATHS_MAX, each once); the query page lays them out hop by hop. Absent in answers without paths.
   */
  paths?: string[][];
}

/** Where in the query text a notification points: 1-based line and column, 0-based offset. */
export interface QueryTextPosition {
  line: number;
  column: number;
  offset: number;
}

/**
 * A note the database left on a console query that still ran: an unknown label, relationship type
 * or property key, a cartesian product, a deprecated feature. From the result summary's GQL status objects.
 */
export interface QueryNotification {
  /** The GQLSTATUS code, e.g. "01N51" (unknown relationship type). */
  code: string;
  severity: 'warning' | 'information';
  /** Neo4j's classification: UNRECOGNIZED, PERFORMANCE, DEPRECATION, HINT, … */
  classification: string;
  title: string;
  description: string;
  /** Where in the query, as it was sent; null when the database names no place. */
  position: QueryTextPosition | null;
}

export interface QueryAnswer {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: QueryGraph;
  /** True when the row cap stopped reading. */
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
  /** The database's notifications on the query (always empty for ready questions). */
  notifications: QueryNotification[];
}

/** One name of the graph's schema and how many nodes or relationships carry it. */
export interface SchemaEntry {
  name: string;
  /** Null when it was not counted (the property count did not finish within the console's timeout). */
  count: number | null;
}

/** GET /api/schema: the graph's labels, relationship types and property keys, each sorted by name. */
export interface GraphSchema {
  labels: SchemaEntry[];
  relationshipTypes: SchemaEntry[];
  /** The count is of the nodes and relationships holding the key. */
  propertyKeys: SchemaEntry[];
  /** When the database was read (ISO); the server keeps an answer for SCHEMA_CACHE_MS. */
  readAt: string;
}

/** What input a ready question's parameter takes, so the UI can offer the right picker. */
export interface QuestionField {
  name: string;
  /**
   * `date`: YYYY, YYYY-MM or YYYY-MM-DD; `year`: YYYY; `number`: a number from `min` to `max`;
   * `choice`: one of `options`.
   */
  input: 'actor' | 'event' | 'stance' | 'kind' | 'hops' | 'date' | 'year' | 'number' | 'choice';
  required: boolean;
  repeatable?: boolean;
  /** What the form calls it, when its name alone would mislead (`kind` of a network is not an actor kind). */
  label?: string;
  /** The value used when none is given. */
  default?: string;
  min?: number;
  max?: number;
  step?: number;
  options?: { value: string; label: string }[];
}

/** One entry of GET /api/questions. */
export interface QuestionSummary {
  name: string;
  title: string;
  description: string;
  fields: QuestionField[];
}

/** GET /api/questions: the ready questions and the inputs each takes. */
export interface QuestionList {
  questions: QuestionSummary[];
}

/** GET /api/questions/{name}: the console's answer shape plus the question and a title naming its inputs. */
export interface QuestionAnswer extends QueryAnswer {
  question: string;
  title: string;
  /** Answers over time and networks are drawn as a chart instead of `graph` (then empty); the rows are its table. */
  chart?: QuestionChart;
  /** When no row answers: why, and which setting would change that. */
  emptyReason?: string;
}

// ---- The import stream: POST /api/import answers NDJSON, one of these per line; GET /api/import lists runs.

/** One line of the import stream: progress while it works, then the report or an error. */
export type ImportStreamLine =
  ({ type: 'progress' } & ImportProgress) | { type: 'report'; report: ImportReport } | { type: 'error'; error: string };

/** GET /api/import. */
export interface ImportRunList {
  runs: ImportRunSummary[];
}

/** A signed-in account as the API shows it (never its password or hash). */
export interface SessionUser {
  username: string;
  role: string;
}

/** GET, POST and DELETE /api/session. */
export interface SessionResponse {
  user: SessionUser | null;
}

// ---- Editing (lib/edit): every entity an editor writes answers with its `version`, which the next
// change of it must send back (409 with the current state when it is stale).

/** An actor as the write API answers it. */
export interface ActorRecord extends ActorSummary {
  version: number;
}

export interface EventRecord {
  id: string;
  title: string;
  date: string | null;
  kind: string;
  description: string;
  version: number;
}

/** A stored source with the text its quotes are checked against (null: no text stored). */
export interface SourceRecord extends SourceRef {
  text: string | null;
  version: number;
}

/** One quote of a stance as stored: the source is named by id. */
interface EvidenceRecord {
  quote: string;
  kind: QuoteKind;
  sourceId: string;
}

export interface StanceRecord {
  id: string;
  actorId: string;
  eventId: string;
  stance: Stance;
  evidence: EvidenceRecord[];
  /** When it was stated; null: undated (written without one, its source's or event's date is taken). */
  statedOn: string | null;
  version: number;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  quote: string | null;
  sourceId: string | null;
  quoteKind: QuoteKind | null;
  version: number;
}

export type EntityType = 'actor' | 'event' | 'source' | 'stance' | 'relation';

/** The state of one entity a change touched; null before a creation, after a deletion. */
export interface ChangedEntity {
  type: EntityType;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One entry of the history: who changed what, when and why. */
export interface ChangeRecord {
  id: string;
  /** ISO 8601 instant. */
  at: string;
  user: string;
  /** What was done: create, update, merge, retract, delete, revert, import. */
  action: string;
  /** One line for people: "changed the stance of Russia on … from caution to support". */
  summary: string;
  reason: string | null;
  entities: ChangedEntity[];
  /** The change this one reverted. */
  revertOf: string | null;
  /** False for imports (undone by a new import, not from the history) and reverts of reverts are allowed. */
  revertible: boolean;
}

/** GET /api/changes: newest first; `next` is the `before` of the next page (null: no more). */
export interface ChangeList {
  changes: ChangeRecord[];
  next: string | null;
}

/** A 409: the entity as it is now (null when it is gone), for the editor to see what changed. */
export interface ConflictAnswer extends ApiError {
  current: unknown;
  /** For a refused revert: the later changes to the same entities. */
  conflicts?: ChangeRecord[];
}

/** GET /api/stances/{id}/evidence: one stance as the panels show it, every quote whole with its source. */
export type StanceEvidence = StanceDTO;
