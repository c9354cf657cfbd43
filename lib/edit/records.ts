/**
 * The state of one entity as the write API answers it and the history records it (lib/types.ts
 * ActorRecord, …): read inside the writing transaction, optionally taking the entity's write lock
 * first, so that a version compared after `lock` cannot change before the transaction commits.
 */
import { RELATION_TYPES, STANCE_REL, quoteKindOf, type ActorKind, type RelationType, type Stance } from '../domain';
import { toNumber } from '../graph/mappers';
import type { Tx } from '../model';
import type {
  ActorRecord,
  ChangedEntity,
  EntityType,
  EventRecord,
  RelationRecord,
  SourceRecord,
  StanceRecord,
} from '../types';

export type EntityRecord = ActorRecord | EventRecord | SourceRecord | StanceRecord | RelationRecord;

type Props = Record<string, unknown>;

/** Entities written before versions were read as version 1. */
const VERSION = 'coalesce(n.version, 1)';

/**
 * `_lock` is set and removed in the same transaction, so it is never seen; setting it takes the
 * entity's write lock, and what is read after it is the state another writer committed last.
 */
const MATCH = {
  actor: 'MATCH (n:Actor {id: $id})',
  event: 'MATCH (n:Event {id: $id})',
  source: 'MATCH (n:Source {id: $id})',
  stance: `MATCH (a:Actor)-[n:${STANCE_REL} {id: $id}]->(e:Event)`,
  relation: `MATCH (a:Actor)-[n:${RELATION_TYPES.join('|')} {id: $id}]->(b:Actor)`,
} as const;

const RETURN: Record<EntityType, string> = {
  actor: `n {.id, .name, .kind, .description, .aliases, version: ${VERSION}} AS record`,
  event: `n {.id, .title, .date, .kind, .description, version: ${VERSION}} AS record`,
  source: `n {.id, .title, .publisher, .url, .date, .text, version: ${VERSION}} AS record`,
  stance: `n {.id, actorId: a.id, eventId: e.id, .stance, .statedOn, .quotes, .sourceIds, .quoteKinds, version: ${VERSION}} AS record`,
  relation: `n {.id, type: type(n), from: a.id, to: b.id, .quote, .sourceId, .quoteKind, version: ${VERSION}} AS record`,
};

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function toRecord(type: EntityType, p: Props): EntityRecord {
  const version = toNumber(p.version);
  switch (type) {
    case 'actor':
      return {
        id: str(p.id),
        name: str(p.name),
        kind: str(p.kind) as ActorKind,
        description: str(p.description),
        aliases: strings(p.aliases),
        version,
      };
    case 'event':
      return {
        id: str(p.id),
        title: str(p.title),
        date: strOrNull(p.date),
        kind: str(p.kind),
        description: str(p.description),
        version,
      };
    case 'source':
      return {
        id: str(p.id),
        title: str(p.title),
        publisher: str(p.publisher),
        url: strOrNull(p.url),
        date: strOrNull(p.date),
        text: typeof p.text === 'string' ? p.text : null,
        version,
      };
    case 'stance': {
      const quotes = strings(p.quotes);
      const sourceIds = strings(p.sourceIds);
      const kinds = Array.isArray(p.quoteKinds) ? p.quoteKinds : [];
      return {
        id: str(p.id),
        actorId: str(p.actorId),
        eventId: str(p.eventId),
        stance: str(p.stance) as Stance,
        evidence: quotes.map((quote, i) => ({ quote, sourceId: sourceIds[i] ?? '', kind: quoteKindOf(kinds[i]) })),
        statedOn: strOrNull(p.statedOn),
        version,
      };
    }
    case 'relation':
      return {
        id: str(p.id),
        type: str(p.type) as RelationType,
        from: str(p.from),
        to: str(p.to),
        quote: strOrNull(p.quote),
        sourceId: strOrNull(p.sourceId),
        quoteKind: p.quote ? quoteKindOf(p.quoteKind) : null,
        version,
      };
  }
}

/** The entity's state, or null when there is none; `lock` takes its write lock first. */
export async function readRecord<T extends EntityRecord>(
  tx: Tx,
  type: EntityType,
  id: string,
  { lock = false } = {},
): Promise<T | null> {
  const cypher = `${MATCH[type]}\n${lock ? 'SET n._lock = true REMOVE n._lock\n' : ''}RETURN ${RETURN[type]}`;
  const { records } = await tx.run(cypher, { id });
  const props = records[0]?.get('record') as Props | undefined;
  return props ? (toRecord(type, props) as T) : null;
}

/**
 * One entity's part of a history entry: its state before and after (null before a creation, after a
 * removal). A source's text is kept once, on the source, not in the history.
 */
export function changed(type: EntityType, before: EntityRecord | null, after: EntityRecord | null): ChangedEntity {
  const kept = (state: EntityRecord | null) =>
    (state && type === 'source' ? { ...state, text: null } : state) as unknown as Record<string, unknown> | null;
  return { type, id: (after ?? before)!.id, before: kept(before), after: kept(after) };
}
