import { cachedRead } from '@/lib/api/read-cache';
import { writeRoute } from '@/lib/api/write';
import { updateActor } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, actorPatchInput } from '@/lib/edit/input';
import { getActor } from '@/lib/graph/actors';
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { actorDetailSchema, searchParamsToObject, slugParam } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await context.params;
    const actorId = parseOrThrow(slugParam('actor id'), id);
    const page = parseOrThrow(actorDetailSchema, searchParamsToObject(new URL(request.url).searchParams));
    return cachedRead(request, () => getActor(appDb(), actorId, page));
  });
}

/** PATCH /api/actors/{id} (editor): `{version, …fields}`; 409 with the current actor when stale. */
export function PATCH(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return writeRoute({ request, body: actorPatchInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) => {
    const id = parseOrThrow(slugParam('actor id'), (await context.params).id);
    return json({ actor: (await updateActor(appDb(), user, id, input)).result });
  });
}
