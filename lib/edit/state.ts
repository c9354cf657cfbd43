/**
 * Putting an entity into a given state: what every edit and every revert ends in. A state is a
 * record of lib/types.ts (null: the entity is to be gone); the version written is the one given.
 * Labels and relationship types are spliced only from the model's fixed lists.
 */
import { RELATION_TYPES, STANCE_REL } from '../domain';
import {
  deleteStance,
  mergeActors,
  mergeEvents,
  mergeSources,
  setRelations,
  setStances,
  type SourceProps,
  type Tx,
} from '../model';
import type { ActorRecord, EntityType, EventRecord, RelationRecord, SourceRecord, StanceRecord } from '../types';
import { ConflictError } from './errors';
import { toNumber } from '../graph/mappers';
import type { EntityRecord } from './records';

async function putActor(tx: Tx, { id, version, ...props }: ActorRecord): Promise<void> {
  await mergeActors(tx, [{ id, props: { ...props, version } }]);
}

async function putEvent(tx: Tx, { id, version, ...props }: EventRecord): Promise<void> {
  await mergeEvents(tx, [{ id, props: { ...props, version } }]);
}

/** A source's text is never rewritten (quotes are checked against it): a put sets its details only. */
async function putSource(tx: Tx, { id, version, text, ...details }: SourceRecord): Promise<void> {
  const exists = await tx.run('MATCH (s:Source {id: $id}) RETURN s.id', { id });
  const props = { ...details, version, ...(exists.records.length ? {} : { text }) };
  await mergeSources(tx, [{ id, props: props as SourceProps, about: [] }]);
}

async function putStance(tx: Tx, s: StanceRecord): Promise<void> {
  if ((await setStances(tx, [s])) === 0)
    throw new ConflictError(`The stance ${s.id} cannot be written: its actor or event is gone.`, null);
}

async function putRelation(tx: Tx, r: RelationRecord): Promise<void> {
  const written = await setRelations(tx, [
    {
      id: r.id,
      type: r.type,
      sourceId: r.from,
      targetId: r.to,
      quote: r.quote,
      evidenceSourceId: r.sourceId,
      quoteKind: r.quoteKind,
      version: r.version,
    },
  ]);
  if (written === 0)
    throw new ConflictError(`The relation ${r.id} cannot be written: one of its actors is gone.`, null);
}

/**
 * Removes an entity. An actor or event still joined to others, or a source still cited, is not
 * removed (409): its stances and relations would go with it unrecorded.
 */
async function remove(tx: Tx, type: EntityType, id: string): Promise<void> {
  if (type === 'stance') {
    await deleteStance(tx, id);
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
