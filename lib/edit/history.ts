/**
 * The history: every write of the graph by an editor records, in the same transaction as the write, a
 * `(:Change {id, seq, at, user, action, summary, reason, entityIds, refIds, entities, revertOf})`. `entities`
 * holds each touched entity's state before and after (JSON: Neo4j properties cannot hold maps),
 * `entityIds` their ids (what a revert checks later changes against) and `refIds` those plus the
 * actors and events they join (what an entity's history lists). `seq` orders changes strictly: it comes from one
 * counter node, whose lock every edit takes first, so edits commit one at a time and in `seq` order.
 */
import crypto from 'node:crypto';
import { toNumber } from '../graph/mappers';
import { int, readQuery, type Db } from '../neo4j';
import type { Tx } from '../model';
import type { ChangedEntity, ChangeList, ChangeRecord } from '../types';

const CHANGE_PAGE_DEFAULT = 50;
export const CHANGE_PAGE_MAX = 200;

/** Imports are undone by importing again, not from the history: a run may touch a million stances. */
const NOT_REVERTIBLE = new Set(['import']);

export interface NewChange {
  user: string;
  action: string;
  summary: string;
  reason: string | null;
  entities: ChangedEntity[];
  revertOf?: string | null;
}

/**
 * Takes the next number of the history, and with it the counter's lock: called first in every
 * edit's transaction, so concurrent edits queue here instead of deadlocking on each other's entities.
 */
export async function nextChangeSeq(tx: Tx): Promise<number> {
  const { records } = await tx.run(
    `MERGE (k:ChangeCounter {id: 'changes'})
     SET k.seq = coalesce(k.seq, 0) + 1
     RETURN k.seq AS seq`,
  );
  return toNumber(records[0].get('seq'));
}

export async function recordChange(tx: Tx, seq: number, change: NewChange): Promise<ChangeRecord> {
  const record: ChangeRecord = {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    user: change.user,
    action: change.action,
    summary: change.summary,
    reason: change.reason,
    entities: change.entities,
    revertOf: change.revertOf ?? null,
    revertible: !NOT_REVERTIBLE.has(change.action),
  };
  await tx.run(
    `CREATE (c:Change {id: $id, seq: $seq, at: $at, user: $user, action: $action, summary: $summary,
                       reason: $reason, entityIds: $entityIds, refIds: $refIds, entities: $entities,
                       revertOf: $revertOf})`,
    {
      ...record,
      seq: int(seq),
      entityIds: [...new Set(change.entities.map((e) => e.id))],
      refIds: referencedIds(change.entities),
      entities: JSON.stringify(change.entities),
    },
  );
  return record;
}

/**
 * The ids an entity's history is found by: the entities themselves and, for a stance or relation,
 * its actors and event, so that an actor's history shows its stances' changes too.
 */
function referencedIds(entities: ChangedEntity[]): string[] {
  const ids = new Set<string>();
  for (const entity of entities) {
    ids.add(entity.id);
    for (const state of [entity.before, entity.after]) {
      for (const key of ['actorId', 'eventId', 'from', 'to'])
        if (typeof state?.[key] === 'string') ids.add(state[key] as string);
    }
  }
  return [...ids];
}

const CHANGE_MAP = 'c {.id, .seq, .at, .user, .action, .summary, .reason, .entities, .revertOf}';

function toChangeRecord(props: Record<string, unknown>): ChangeRecord {
  const action = String(props.action);
  let entities: ChangedEntity[] = [];
  try {
    entities = JSON.parse(String(props.entities ?? '[]')) as ChangedEntity[];
  } catch {
    // A damaged record still lists; it cannot be reverted (no states to put back).
  }
  return {
    id: String(props.id),
    at: String(props.at),
    user: String(props.user),
    action,
    summary: String(props.summary ?? ''),
    reason: typeof props.reason === 'string' ? props.reason : null,
    entities,
    revertOf: typeof props.revertOf === 'string' ? props.revertOf : null,
    revertible: !NOT_REVERTIBLE.has(action) && entities.length > 0,
  };
}

export interface ChangeFilter {
  entity?: string;
  user?: string;
  limit?: number;
  /** A change's id: only changes older than it. */
  before?: string;
}

/** Newest first; `next` is the `before` of the following page. */
export async function listChanges(db: Db, filter: ChangeFilter = {}): Promise<ChangeList> {
  const limit = filter.limit ?? CHANGE_PAGE_DEFAULT;
  const { records } = await readQuery(
    db,
    `OPTIONAL MATCH (b:Change {id: $before})
     WITH b WHERE $before IS NULL OR b IS NOT NULL
     MATCH (c:Change)
     WHERE (b IS NULL OR c.seq < b.seq)
       AND ($user IS NULL OR c.user = $user)
       AND ($entity IS NULL OR $entity IN c.refIds)
     RETURN ${CHANGE_MAP} AS change
     ORDER BY c.seq DESC
     LIMIT $limit`,
    {
      before: filter.before ?? null,
      user: filter.user ?? null,
      entity: filter.entity ?? null,
      limit: int(limit + 1),
    },
  );
  const changes = records.map((r) => toChangeRecord(r.get('change') as Record<string, unknown>));
  const more = changes.length > limit;
  const page = changes.slice(0, limit);
  return { changes: page, next: more ? page[page.length - 1].id : null };
}

/** The change and its place in the order, or null. */
export async function readChange(tx: Tx, id: string): Promise<{ change: ChangeRecord; seq: number } | null> {
  const { records } = await tx.run(`MATCH (c:Change {id: $id}) RETURN ${CHANGE_MAP} AS change`, { id });
  const props = records[0]?.get('change') as Record<string, unknown> | undefined;
  return props ? { change: toChangeRecord(props), seq: toNumber(props.seq) } : null;
}

/** Changes after `seq` that touched any of `entityIds`, oldest first. */
export async function laterChanges(tx: Tx, seq: number, entityIds: string[]): Promise<ChangeRecord[]> {
  const { records } = await tx.run(
    `MATCH (c:Change) WHERE c.seq > $seq AND any(id IN c.entityIds WHERE id IN $ids)
     RETURN ${CHANGE_MAP} AS change ORDER BY c.seq`,
    { seq: int(seq), ids: entityIds },
  );
  return records.map((r) => toChangeRecord(r.get('change') as Record<string, unknown>));
}
