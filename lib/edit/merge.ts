/**
 * Folding a duplicate actor into another: its stances, relations and names move to the actor kept,
 * and the duplicate goes. Recorded as one change holding every state it touched, so a revert puts
 * each back (lib/edit/revert.ts).
 */
import type { z } from 'zod';
import { BadRequestError } from '../api/respond';
import { RELATION_TYPES, STANCE_REL } from '../domain';
import type { Db } from '../neo4j';
import { relationId, stanceId, type Tx } from '../model';
import type { ActorRecord, ChangedEntity, EntityType, RelationRecord, SessionUser, StanceRecord } from '../types';
import { expectVersion, lockedRecord, normalName } from './current';
import { ConflictError } from './errors';
import type { mergeInput } from './input';
import { changed, readRecord, type EntityRecord } from './records';
import { putState } from './state';
import { edit, type EditResult } from './transaction';

async function ids(tx: Tx, cypher: string, id: string): Promise<string[]> {
  const { records } = await tx.run(cypher, { id });
  return records.map((r) => r.get('id') as string);
}

export function mergeActor(
  db: Db,
  user: SessionUser,
  duplicateId: string,
  input: z.infer<typeof mergeInput>,
): Promise<EditResult<ActorRecord>> {
  if (duplicateId === input.into) throw new BadRequestError('into must be another actor than the one merged');
  return edit(db, user, async (tx) => {
    const duplicate = await lockedRecord<ActorRecord>(tx, 'actor', duplicateId);
    expectVersion(duplicate, input.version);
    const kept = await lockedRecord<ActorRecord>(tx, 'actor', input.into);

    const stanceIds = await ids(tx, `MATCH (:Actor {id: $id})-[r:${STANCE_REL}]->() RETURN r.id AS id`, duplicateId);
    const relationIds = await ids(
      tx,
      `MATCH (:Actor {id: $id})-[r:${RELATION_TYPES.join('|')}]-(:Actor) RETURN DISTINCT r.id AS id`,
      duplicateId,
    );
    const entities: ChangedEntity[] = [];
    const writes: [EntityType, string, EntityRecord | null][] = [];

    const moved: { from: StanceRecord; keptBefore: StanceRecord | null; after: StanceRecord }[] = [];
    const clashes: string[] = [];
    for (const id of stanceIds) {
      const stance = (await readRecord<StanceRecord>(tx, 'stance', id, { lock: true }))!;
      const newId = stanceId(kept.id, stance.eventId);
      const keptStance = await readRecord<StanceRecord>(tx, 'stance', newId, { lock: true });
      if (keptStance && keptStance.stance !== stance.stance) {
        clashes.push(`${stance.eventId} (${duplicate.name}: ${stance.stance}, ${kept.name}: ${keptStance.stance})`);
        continue;
      }
      const evidence = [...(keptStance?.evidence ?? [])];
      for (const ev of stance.evidence)
        if (!evidence.some((e) => e.quote === ev.quote && e.sourceId === ev.sourceId)) evidence.push(ev);
      const after: StanceRecord = keptStance
        ? { ...keptStance, evidence, version: keptStance.version + 1 }
        : { ...stance, id: newId, actorId: kept.id, version: 1 };
      moved.push({ from: stance, keptBefore: keptStance, after });
    }
    if (clashes.length > 0)
      throw new ConflictError(
        `${duplicate.name} and ${kept.name} took different stances on ${clashes.join('; ')}. Change or retract one of each pair first, then merge.`,
        kept,
      );
    for (const m of moved) {
      writes.push(['stance', m.from.id, null]);
      entities.push(changed('stance', m.from, null));
    }
    for (const m of moved) {
      writes.push(['stance', m.after.id, m.after]);
      entities.push(changed('stance', m.keptBefore, m.after));
    }

    for (const id of relationIds) {
      const relation = (await readRecord<RelationRecord>(tx, 'relation', id, { lock: true }))!;
      writes.unshift(['relation', id, null]);
      entities.unshift(changed('relation', relation, null));
      const from = relation.from === duplicateId ? kept.id : relation.from;
      const to = relation.to === duplicateId ? kept.id : relation.to;
      const newId = relationId(from, relation.type, to);
      // A relation between the two becomes one of the actor with itself, and one the kept actor has already stays as it is.
      if (from === to || (await readRecord(tx, 'relation', newId))) continue;
      const after: RelationRecord = { ...relation, id: newId, from, to, version: 1 };
      writes.push(['relation', newId, after]);
      entities.push(changed('relation', null, after));
    }

    const names = [duplicate.name, ...duplicate.aliases].filter(
      (n) => normalName(n) !== normalName(kept.name) && !kept.aliases.some((a) => normalName(a) === normalName(n)),
    );
    const keptAfter: ActorRecord = {
      ...kept,
      aliases: [...kept.aliases, ...names],
      description: kept.description || duplicate.description,
      version: kept.version + 1,
    };
    writes.push(['actor', kept.id, keptAfter], ['actor', duplicateId, null]);
    entities.push(changed('actor', kept, keptAfter), changed('actor', duplicate, null));

    for (const [type, id, state] of writes) await putState(tx, type, id, state);
    return {
      result: keptAfter,
      change: {
        action: 'merge',
        summary: `merged ${duplicate.name} into ${kept.name} (${moved.length} stance(s), ${relationIds.length} relation(s))`,
        reason: null,
        entities,
      },
    };
  });
}
