/** Editors' writes of actors: create, edit, and fold a duplicate into another (merge). */
import type { z } from 'zod';
import { BadRequestError } from '../api/respond';
import { slugify, type Tx } from '../model';
import type { ActorRecord, SessionUser } from '../types';
import { lockedRecord, expectVersion, normalName } from './current';
import { ConflictError } from './errors';
import type { actorPatchInput, newActorInput } from './input';
import { changed, readRecord } from './records';
import { putState } from './state';
import { edit, type EditResult } from './transaction';
import type { Db } from '../neo4j';

/** The stored actor (other than `except`) that already goes by one of `names`, if any. */
async function actorNamed(tx: Tx, names: string[], except?: string): Promise<ActorRecord | null> {
  const { records } = await tx.run(
    `MATCH (a:Actor)
     WHERE a.id <> $except
       AND any(n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(trim(n)) IN $names)
     RETURN a.id AS id LIMIT 1`,
    { names: names.map(normalName), except: except ?? '' },
  );
  const id = records[0]?.get('id') as string | undefined;
  return id ? readRecord<ActorRecord>(tx, 'actor', id) : null;
}

function distinctNames(names: string[], except: string): string[] {
  const seen = new Set([normalName(except)]);
  return names.filter((n) => {
    const key = normalName(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function createActor(
  db: Db,
  user: SessionUser,
  input: z.infer<typeof newActorInput>,
): Promise<EditResult<ActorRecord>> {
  const id = slugify(input.name);
  if (!id) throw new BadRequestError('name must hold at least one letter or digit');
  return edit(db, user, async (tx) => {
    const aliases = distinctNames(input.aliases ?? [], input.name);
    const existing =
      (await readRecord<ActorRecord>(tx, 'actor', id)) ?? (await actorNamed(tx, [input.name, ...aliases]));
    if (existing)
      throw new ConflictError(
        `An actor named like this is stored already: "${existing.name}" (${existing.id}). Use it, or give the new one a name that tells them apart.`,
        existing,
      );
    const actor: ActorRecord = {
      id,
      name: input.name,
      kind: input.kind,
      description: input.description ?? '',
      aliases,
      version: 1,
    };
    await putState(tx, 'actor', id, actor);
    return {
      result: actor,
      change: {
        action: 'create',
        summary: `added the actor ${actor.name}`,
        reason: null,
        entities: [changed('actor', null, actor)],
      },
    };
  });
}

export function updateActor(
  db: Db,
  user: SessionUser,
  id: string,
  input: z.infer<typeof actorPatchInput>,
): Promise<EditResult<ActorRecord>> {
  return edit(db, user, async (tx) => {
    const before = await lockedRecord<ActorRecord>(tx, 'actor', id);
    expectVersion(before, input.version);
    const name = input.name ?? before.name;
    const after: ActorRecord = {
      ...before,
      name,
      kind: input.kind ?? before.kind,
      description: input.description ?? before.description,
      aliases: distinctNames(input.aliases ?? before.aliases, name),
      version: before.version + 1,
    };
    const clash = await actorNamed(tx, [after.name, ...after.aliases], id);
    if (clash && (input.name !== undefined || input.aliases !== undefined))
      throw new ConflictError(
        `Another actor goes by one of these names: "${clash.name}" (${clash.id}). If they are one actor, merge them.`,
        clash,
      );
    await putState(tx, 'actor', id, after);
    const fields = (['name', 'kind', 'description', 'aliases'] as const).filter(
      (f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]),
    );
    return {
      result: after,
      change: {
        action: 'update',
        summary: `edited the actor ${after.name}${fields.length ? ` (${fields.join(', ')})` : ''}`,
        reason: null,
        entities: [changed('actor', before, after)],
      },
    };
  });
}
