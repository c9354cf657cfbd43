/**
 * Reverting a change: every entity it touched is put back in the state it had before, as one new
 * change. Refused (409) when later changes touched the same entities (they are named: revert those
 * first), or when an entity is no longer as the change left it (an import changed it since).
 */
import type { z } from 'zod';
import { NotFoundError } from '../graph/errors';
import type { Db } from '../neo4j';
import type { ChangedEntity, ChangeRecord, SessionUser } from '../types';
import { ConflictError } from './errors';
import { laterChanges, readChange } from './history';
import type { revertInput } from './input';
import { changed, readRecord, type EntityRecord } from './records';
import type { Tx } from '../model';
import { putState } from './state';
import { edit, type EditResult } from './transaction';

export function revertChange(
  db: Db,
  user: SessionUser,
  changeId: string,
  input: z.infer<typeof revertInput>,
): Promise<EditResult<ChangeRecord>> {
  return edit(db, user, async (tx) => {
    const found = await readChange(tx, changeId);
    if (!found) throw new NotFoundError(`No change with id "${changeId}".`);
    const { change, seq } = found;
    if (!change.revertible)
      throw new ConflictError(
        change.action === 'import'
          ? 'An import is not reverted from the history: import a corrected file, or change its stances one by one.'
          : 'This change holds no states to put back.',
      );
    const later = await laterChanges(tx, seq, [...new Set(change.entities.map((e) => e.id))]);
    if (later.length > 0)
      throw new ConflictError(
        `Later changes touched the same ${later.length === 1 ? 'entity' : 'entities'}: ${later
          .map((c) => `"${c.summary}" by ${c.user}`)
          .join('; ')}. Revert those first.`,
        null,
        later,
      );

    const current = new Map<string, EntityRecord | null>();
    for (const entity of change.entities) {
      const now = await readRecord(tx, entity.type, entity.id, { lock: true });
      const expected = entity.after as { version?: number } | null;
      if ((now === null) !== (expected === null) || (now && now.version !== expected?.version))
        throw new ConflictError(
          `${await entityName(tx, entity)} is no longer as this change left it (an import or another writer changed it since), so the change cannot be reverted; edit it instead.`,
          now,
        );
      current.set(`${entity.type}:${entity.id}`, now);
    }

    const entities: ChangedEntity[] = [];
    for (const entity of [...change.entities].reverse()) {
      const now = current.get(`${entity.type}:${entity.id}`) ?? null;
      const before = entity.before as EntityRecord | null;
      // Versions only grow, so an editor holding the state from before the change is told it moved on.
      const restored = before
        ? ({ ...before, version: Math.max(now?.version ?? 0, before.version) + 1 } as EntityRecord)
        : null;
      await putState(tx, entity.type, entity.id, restored);
      entities.push(changed(entity.type, now, restored));
    }
    return {
      result: change,
      change: {
        action: 'revert',
        summary: `reverted: ${change.summary}`,
        reason: input.reason ?? null,
        entities,
        revertOf: change.id,
      },
    };
  });
}

/** An entity as people know it: by name or title, a stance or relation by its actors (and event). */
async function entityName(tx: Tx, entity: ChangedEntity): Promise<string> {
  const state = (entity.after ?? entity.before ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof state[key] === 'string' ? (state[key] as string) : '');
  const nameOf = async (type: 'actor' | 'event', id: string) => {
    const record = id ? await readRecord(tx, type, id) : null;
    return record && 'name' in record ? record.name : record && 'title' in record ? record.title : id;
  };
  switch (entity.type) {
    case 'actor':
      return `The actor ${text('name')}`;
    case 'event':
      return `The event “${text('title')}”`;
    case 'source':
      return `The source “${text('title')}”`;
    case 'stance':
      return `The stance of ${await nameOf('actor', text('actorId'))} on “${await nameOf('event', text('eventId'))}”`;
    case 'relation':
      return `The relation ${await nameOf('actor', text('from'))} ${text('type')} ${await nameOf('actor', text('to'))}`;
  }
}
