/**
 * POST /api/actors/{id}/merge (editor) `{into, version}`: folds this actor (a duplicate) into
 * `into`: its stances, relations and names move there, and it goes. 409 when the two took
 * different stances on an event.
 */
import { json, parseOrThrow } from '@/lib/api/respond';
import { slugParam } from '@/lib/api/schemas';
import { writeRoute } from '@/lib/api/write';
import { mergeActor } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, mergeInput } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return writeRoute({ request, body: mergeInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) => {
    const id = parseOrThrow(slugParam('actor id'), (await context.params).id);
    return json({ actor: (await mergeActor(appDb(), user, id, input)).result });
  });
}
