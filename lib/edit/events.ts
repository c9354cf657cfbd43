/** Editors' writes of events: create and edit. */
import type { z } from 'zod';
import { BadRequestError } from '../api/respond';
import type { Db } from '../neo4j';
import { slugify, type Tx } from '../model';
import type { EventRecord, SessionUser } from '../types';
import { expectVersion, lockedRecord, normalName } from './current';
import { ConflictError } from './errors';
import type { eventPatchInput, newEventInput } from './input';
import { changed, readRecord } from './records';
import { putState } from './state';
import { edit, type EditResult } from './transaction';

/** Events made by hand unless said otherwise. */
const DEFAULT_EVENT_KIND = 'statement';

async function eventTitled(tx: Tx, title: string, except = ''): Promise<EventRecord | null> {
  const { records } = await tx.run(
    'MATCH (e:Event) WHERE e.id <> $except AND toLower(trim(e.title)) = $title RETURN e.id AS id LIMIT 1',
    { title: normalName(title), except },
  );
  const id = records[0]?.get('id') as string | undefined;
  return id ? readRecord<EventRecord>(tx, 'event', id) : null;
}

export function createEvent(
  db: Db,
  user: SessionUser,
  input: z.infer<typeof newEventInput>,
): Promise<EditResult<EventRecord>> {
  const id = slugify(input.title);
  if (!id) throw new BadRequestError('title must hold at least one letter or digit');
  return edit(db, user, async (tx) => {
    const existing = (await readRecord<EventRecord>(tx, 'event', id)) ?? (await eventTitled(tx, input.title));
    if (existing)
      throw new ConflictError(
        `An event with this title is stored already: "${existing.title}" (${existing.id}).`,
        existing,
      );
    const event: EventRecord = {
      id,
      title: input.title,
      date: input.date,
      kind: input.kind ?? DEFAULT_EVENT_KIND,
      description: input.description ?? '',
      version: 1,
    };
    await putState(tx, 'event', id, event);
    return {
      result: event,
      change: {
        action: 'create',
        summary: `added the event ${event.title}`,
        reason: null,
        entities: [changed('event', null, event)],
      },
    };
  });
}

export function updateEvent(
  db: Db,
  user: SessionUser,
  id: string,
  input: z.infer<typeof eventPatchInput>,
): Promise<EditResult<EventRecord>> {
  return edit(db, user, async (tx) => {
    const before = await lockedRecord<EventRecord>(tx, 'event', id);
    expectVersion(before, input.version);
    const after: EventRecord = {
      ...before,
      title: input.title ?? before.title,
      date: input.date ?? before.date,
      kind: input.kind ?? before.kind,
      description: input.description ?? before.description,
      version: before.version + 1,
    };
    if (input.title !== undefined) {
      const clash = await eventTitled(tx, after.title, id);
      if (clash) throw new ConflictError(`Another event has this title: "${clash.title}" (${clash.id}).`, clash);
    }
    await putState(tx, 'event', id, after);
    const fields = (['title', 'date', 'kind', 'description'] as const).filter((f) => before[f] !== after[f]);
    return {
      result: after,
      change: {
        action: 'update',
        summary: `edited the event ${after.title}${fields.length ? ` (${fields.join(', ')})` : ''}`,
        reason: null,
        entities: [changed('event', before, after)],
      },
    };
  });
}
