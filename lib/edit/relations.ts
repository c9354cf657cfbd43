/** Editors' writes of relations between actors (LEADS, SPEAKS_FOR, …), with an optional verbatim quote. */
import type { z } from 'zod';
import { BadRequestError } from '../api/respond';
import { DEFAULT_QUOTE_KIND } from '../domain';
import { NotFoundError } from '../graph/errors';
import type { Db } from '../neo4j';
import { relationId } from '../model';
import type { ActorRecord, RelationRecord, SessionUser, SourceRecord } from '../types';
import { expectVersion, lockedRecord } from './current';
import { ConflictError } from './errors';
import type { newRelationInput, relationDeleteInput } from './input';
import { changed, readRecord } from './records';
import { verbatimProblem } from './stances';
import { putState } from './state';
import { edit, type EditResult } from './transaction';

export function addRelation(
  db: Db,
  user: SessionUser,
  input: z.infer<typeof newRelationInput>,
): Promise<EditResult<RelationRecord>> {
  return edit(db, user, async (tx) => {
    const from = await lockedRecord<ActorRecord>(tx, 'actor', input.from);
    const to = await readRecord<ActorRecord>(tx, 'actor', input.to);
    if (!to) throw new NotFoundError(`No actor with id "${input.to}".`);
    let source: SourceRecord | null = null;
    if (input.sourceId !== undefined && input.quote !== undefined) {
      source = await readRecord<SourceRecord>(tx, 'source', input.sourceId);
      if (!source) throw new NotFoundError(`No source with id "${input.sourceId}".`);
      const problem = verbatimProblem(input.quote, source);
      if (problem) throw new BadRequestError(problem);
    }
    const id = relationId(from.id, input.type, to.id);
    const existing = await readRecord<RelationRecord>(tx, 'relation', id);
    if (existing) throw new ConflictError(`${from.name} ${input.type} ${to.name} is stored already.`, existing);
    const relation: RelationRecord = {
      id,
      type: input.type,
      from: from.id,
      to: to.id,
      quote: input.quote ?? null,
      sourceId: input.sourceId ?? null,
      quoteKind: input.quote === undefined ? null : (input.quoteKind ?? DEFAULT_QUOTE_KIND),
      version: 1,
    };
    await putState(tx, 'relation', id, relation);
    return {
      result: relation,
      change: {
        action: 'create',
        summary: `added the relation ${from.name} ${input.type} ${to.name}${source ? `, from “${source.title}”` : ''}`,
        reason: null,
        entities: [changed('relation', null, relation)],
      },
    };
  });
}

export function deleteRelation(
  db: Db,
  user: SessionUser,
  id: string,
  input: z.infer<typeof relationDeleteInput>,
): Promise<EditResult<null>> {
  return edit(db, user, async (tx) => {
    const before = await lockedRecord<RelationRecord>(tx, 'relation', id);
    expectVersion(before, input.version);
    await putState(tx, 'relation', id, null);
    return {
      result: null,
      change: {
        action: 'delete',
        summary: `removed the relation ${before.from} ${before.type} ${before.to}`,
        reason: input.reason ?? null,
        entities: [changed('relation', before, null)],
      },
    };
  });
}
