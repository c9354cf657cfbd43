/**
 * Records -> plain DTOs (lib/types.ts). Neo4j Integers and other driver types stop here.
 */
import neo4j from 'neo4j-driver';
import {
  ACTOR_KINDS,
  GRAPH_QUOTE_MAX,
  RELATION_TYPES,
  STANCES,
  quoteKindOf,
  type ActorKind,
  type QuoteKind,
  type RelationType,
  type Stance,
} from '../domain';
import { relationId, stanceId } from '../model/ids';
import type {
  ActorSummary,
  CitedEvidence,
  Evidence,
  EventSummary,
  GraphAnswerRelation,
  GraphAnswerBareStances,
  GraphAnswerStance,
  GraphNode,
  RelationDTO,
  SourceRef,
  StanceCounts,
  StanceDTO,
} from '../types';

type Props = Record<string, unknown>;

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return 0;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function strOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function asKind(value: unknown): ActorKind {
  return ACTOR_KINDS.includes(value as ActorKind) ? (value as ActorKind) : 'organisation';
}

export function toActorSummary(props: Props): ActorSummary {
  return {
    id: str(props.id),
    name: str(props.name),
    kind: asKind(props.kind),
    description: str(props.description),
    aliases: Array.isArray(props.aliases) ? props.aliases.filter((a): a is string => typeof a === 'string') : [],
  };
}

export function toSourceRef(props: Props): SourceRef {
  return {
    id: str(props.id),
    title: str(props.title),
    publisher: str(props.publisher),
    url: strOrNull(props.url),
    date: strOrNull(props.date),
  };
}

function toEvidence(value: unknown): Evidence | null {
  if (!value || typeof value !== 'object') return null;
  const { quote, kind, source } = value as Props;
  if (typeof quote !== 'string' || !source || typeof source !== 'object') return null;
  return { quote, kind: quoteKindOf(kind), source: toSourceRef(source as Props) };
}

export function toEvidenceList(value: unknown): Evidence[] {
  return Array.isArray(value) ? value.map(toEvidence).filter((e): e is Evidence => e !== null) : [];
}

function toStanceCounts(value: unknown): StanceCounts {
  const props = (value ?? {}) as Props;
  return Object.fromEntries(STANCES.map((s) => [s, toNumber(props[s])])) as StanceCounts;
}

export function toEventSummary(event: Props, counts: unknown): EventSummary {
  return {
    id: str(event.id),
    title: str(event.title),
    date: strOrNull(event.date),
    kind: str(event.kind),
    description: str(event.description),
    stanceCounts: toStanceCounts(counts),
  };
}

function asStance(value: unknown): Stance {
  if (!STANCES.includes(value as Stance)) throw new Error(`unexpected stance value in the database: ${String(value)}`);
  return value as Stance;
}

function asRelationType(value: unknown): RelationType {
  if (!RELATION_TYPES.includes(value as RelationType)) throw new Error(`unexpected relation type: ${String(value)}`);
  return value as RelationType;
}

export function toStanceDTO(row: Props): StanceDTO {
  return {
    id: str(row.id),
    stance: asStance(row.stance),
    statedOn: strOrNull(row.statedOn),
    actorId: str(row.actorId),
    eventId: str(row.eventId),
    eventTitle: str(row.eventTitle),
    eventDate: strOrNull(row.eventDate),
    evidence: toEvidenceList(row.evidence),
  };
}

export function toRelationDTO(row: Props): RelationDTO {
  const other = (row.other ?? {}) as Props;
  return {
    id: str(row.id),
    type: asRelationType(row.type),
    direction: row.direction === 'in' ? 'in' : 'out',
    other: { id: str(other.id), name: str(other.name), kind: asKind(other.kind) },
    evidence: toEvidence(row.evidence),
  };
}

export function actorNode(actor: ActorSummary): GraphNode {
  return { id: actor.id, label: actor.name, type: 'actor', kind: actor.kind, description: actor.description };
}

export function eventNode(event: Props): GraphNode {
  return { id: str(event.id), label: str(event.title), type: 'event', date: strOrNull(event.date) };
}

/**
 * A graph answer's quote, its source named by id: past GRAPH_QUOTE_MAX characters it is cut there
 * (never inside a surrogate pair) and marked.
 */
function citedEvidence(quote: string, kind: QuoteKind, sourceId: string): CitedEvidence {
  if (quote.length <= GRAPH_QUOTE_MAX) return { quote, kind, sourceId };
  let end = GRAPH_QUOTE_MAX;
  const last = quote.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { quote: `${quote.slice(0, end)}…`, kind, sourceId, truncated: true };
}

/** The source ids a stance edge row's quotes cite (`sourceIds[i]` is the source of `quotes[i]`). */
export function citedSourceIds(row: Props): string[] {
  return Array.isArray(row.sourceIds) ? row.sourceIds.map(str) : [];
}

/** The source id a relation edge row's quote cites, if it has a quote. */
export function relationSourceId(row: Props): string | null {
  const evidence = row.evidence as Props | null | undefined;
  return typeof evidence?.sourceId === 'string' ? evidence.sourceId : null;
}

/**
 * A stance edge row whose quotes cite sources by id; `sources` holds the ids that exist (a quote
 * whose source is gone is dropped). Its id is sent only when its ends do not make it.
 */
export function toStanceEdge(row: Props, sources: { has(id: string): boolean }): GraphAnswerStance {
  const evidence: CitedEvidence[] = [];
  const quotes = Array.isArray(row.quotes) ? row.quotes : [];
  const sourceIds = citedSourceIds(row);
  const kinds: unknown[] = Array.isArray(row.quoteKinds) ? row.quoteKinds : [];
  quotes.forEach((quote, i) => {
    const sourceId = sourceIds[i] ?? '';
    if (typeof quote === 'string' && sources.has(sourceId))
      evidence.push(citedEvidence(quote, quoteKindOf(kinds[i]), sourceId));
  });
  const id = str(row.id);
  const source = str(row.source);
  const target = str(row.target);
  return {
    ...(id !== stanceId(source, target) ? { id } : {}),
    source,
    target,
    stance: asStance(row.stance),
    statedOn: strOrNull(row.statedOn),
    evidence,
  };
}

/**
 * Stance edge rows sent without quotes or date, as the actors who took each stance on each event, in
 * the order the rows come.
 */
export function toBareStances(rows: Props[]): GraphAnswerBareStances[] {
  const sets = new Map<string, GraphAnswerBareStances>();
  for (const row of rows) {
    const target = str(row.target);
    const stance = asStance(row.stance);
    const key = `${stance} ${target}`;
    const set = sets.get(key) ?? { target, stance, actors: [] };
    set.actors.push(str(row.source));
    sets.set(key, set);
  }
  return [...sets.values()];
}

/** A relation edge row, its quote (if any) citing its source by id; dropped as for stances when the source is gone. */
export function toRelationEdge(row: Props, sources: { has(id: string): boolean }): GraphAnswerRelation {
  const sourceId = relationSourceId(row);
  const { quote, kind } = (row.evidence ?? {}) as Props;
  const id = str(row.id);
  const source = str(row.source);
  const target = str(row.target);
  const type = asRelationType(row.type);
  return {
    ...(id !== relationId(source, type, target) ? { id } : {}),
    source,
    target,
    type,
    evidence:
      sourceId !== null && sources.has(sourceId) && typeof quote === 'string'
        ? [citedEvidence(quote, quoteKindOf(kind), sourceId)]
        : [],
  };
}

/**
 * Drops actors left with no visible edge (after filters), except the focused actor; events stay,
 * so an empty camp still shows what it is empty of.
 */
export function pruneIsolatedActors(
  nodes: GraphNode[],
  edges: { source: string; target: string }[],
  keep?: string,
): GraphNode[] {
  const linked = new Set<string>();
  for (const edge of edges) {
    linked.add(edge.source);
    linked.add(edge.target);
  }
  return nodes.filter((n) => n.type === 'event' || linked.has(n.id) || n.id === keep);
}
