import { cachedRead } from '@/lib/api/read-cache';
import { writeRoute } from '@/lib/api/write';
import { updateEvent } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, eventPatchInput } from '@/lib/edit/input';
import { getEvent } from '@/lib/graph/events';
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { slugParam } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const id = parseOrThrow(slugParam('event id'), (await context.params).id);
    return cachedRead(request, () => getEvent(appDb(), id));
  });
}

/** PATCH /api/events/{id} (editor): `{version, …fields}`; 409 with the current event when stale. */
export function PATCH(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return writeRoute({ request, body: eventPatchInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) => {
    const id = parseOrThrow(slugParam('event id'), (await context.params).id);
    return json({ event: (await updateEvent(appDb(), user, id, input)).result });
  });
}
