/**
 * Putting an entity into a given state: what every edit and every revert ends in. A state is a
 * record of lib/types.ts (null: the entity is to be gone); the version written is the one given.
 * Labels and relationship types are spliced only from the model's fixed lists.
 */
import { RELATION_TYPES, STANCE_REL, type RelationType } from '../domain';
import { actorSearchText, type Tx } from '../model';
import type { ActorRecord, EntityType, EventRecord, RelationRecord, SourceRecord, StanceRecord } from '../types';
import { ConflictError } from './errors';
import { int } from '../neo4j';
import { toNumber } from '../graph/mappers';
import type { EntityRecord } from './records';

async function putActor(tx: Tx, a: ActorRecord): Promise<void> {
  await tx.run(
    `MERGE (n:Actor {id: $id})
     SET n.name = $name, n.kind = $kind, n.description = $description, n.aliases = $aliases,
         n.searchText = $searchText, n.version = $version`,
    { ...a, searchText: actorSearchText(a), version: int(a.version) },
  );
}

async function putEvent(tx: Tx, e: EventRecord): Promise<void> {
  await tx.run(
    `MERGE (n:Event {id: $id})
     SET n.title = $title, n.date = $date, n.kind = $kind, n.description = $description, n.version = $version`,
    { ...e, version: int(e.version) },
  );
}

/** A source's text is never rewritten (quotes are checked against it): a put sets its details only. */
async function putSource(tx: Tx, s: SourceRecord): Promise<void> {
  await tx.run(
    `MERGE (n:Source {id: $id})
     ON CREATE SET n.text = $text
     SET n.title = $title, n.publisher = $publisher, n.url = $url, n.date = $date, n.version = $version`,
    { ...s, version: int(s.version) },
  );
}

async function putStance(tx: Tx, s: StanceRecord): Promise<void> {
  const { records } = await tx.run(
    `MATCH (a:Actor {id: $actorId}), (e:Event {id: $eventId})
     MERGE (a)-[n:${STANCE_REL} {id: $id}]->(e)
     SET n.stance = $stance, n.quotes = $quotes, n.sourceIds = $sourceIds, n.quoteKinds = $kinds, n.version = $version
     RETURN count(n) AS n`,
    {
      ...s,
      quotes: s.evidence.map((ev) => ev.quote),
      sourceIds: s.evidence.map((ev) => ev.sourceId),
      kinds: s.evidence.map((ev) => ev.kind),
      version: int(s.version),
    },
  );
  if (toNumber(records[0].get('n')) === 0)
    throw new ConflictError(`The stance ${s.id} cannot be written: its actor or event is gone.`, null);
}

function relationType(type: RelationType): RelationType {
  if (!RELATION_TYPES.includes(type)) throw new Error(`not a relation type: ${type}`);
  return type;
}

async function putRelation(tx: Tx, r: RelationRecord): Promise<void> {
  const { records } = await tx.run(
    `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
     MERGE (a)-[n:${relationType(r.type)} {id: $id}]->(b)
     SET n.quote = $quote, n.sourceId = $sourceId, n.quoteKind = $quoteKind, n.version = $version
     RETURN count(n) AS n`,
    { ...r, version: int(r.version) },
  );
  if (toNumber(records[0].get('n')) === 0)
    throw new ConflictError(`The relation ${r.id} cannot be written: one of its actors is gone.`, null);
}

/**
 * Removes an entity. An actor or event still joined to others, or a source still cited, is not
 * removed (409): its stances and relations would go with it unrecorded.
 */
async function remove(tx: Tx, type: EntityType, id: string): Promise<void> {
  if (type === 'stance') {
    await tx.run(`MATCH ()-[n:${STANCE_REL} {id: $id}]->() DELETE n`, { id });
    return;
  }
  if (type === 'relation') {
    await tx.run(`MATCH ()-[n:${RELATION_TYPES.join('|')} {id: $id}]->() DELETE n`, { id });
    return;
  }
  const label = { actor: 'Actor', event: 'Event', source: 'Source' }[type];
  const { records } = await tx.run(
    `MATCH (n:${label} {id: $id})
     OPTIONAL MATCH (n)-[r]-() WHERE type(r) <> 'ABOUT'
     WITH n, count(r) AS joined,
          CASE WHEN $type = 'source'
               THEN COUNT { MATCH ()-[c:${STANCE_REL}]->() WHERE $id IN c.sourceIds } +
                    COUNT { MATCH ()-[c:${RELATION_TYPES.join('|')}]->() WHERE c.sourceId = $id }
               ELSE 0 END AS cited
     RETURN joined, cited`,
    { id, type },
  );
  const row = records[0];
  if (!row) return;
  if (toNumber(row.get('joined')) > 0 || toNumber(row.get('cited')) > 0)
    throw new ConflictError(
      `${id} has stances, relations or citations now; retract those first, then remove it.`,
      null,
    );
  await tx.run(`MATCH (n:${label} {id: $id}) DETACH DELETE n`, { id });
}

export async function putState(tx: Tx, type: EntityType, id: string, state: EntityRecord | null): Promise<void> {
  if (state === null) return remove(tx, type, id);
  switch (type) {
    case 'actor':
      return putActor(tx, state as ActorRecord);
    case 'event':
      return putEvent(tx, state as EventRecord);
    case 'source':
      return putSource(tx, state as SourceRecord);
    case 'stance':
      return putStance(tx, state as StanceRecord);
    case 'relation':
      return putRelation(tx, state as RelationRecord);
  }
}
