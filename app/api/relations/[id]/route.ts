/** DELETE /api/relations/{id} (editor) `{version?, reason?}`: removes it, kept in the history. */
import { z } from 'zod';
import { json, parseOrThrow } from '@/lib/api/respond';
import { COMPOUND_ID, writeRoute } from '@/lib/api/write';
import { deleteRelation } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, relationDeleteInput } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

const relationIdParam = z.string().regex(COMPOUND_ID, 'relation id must be like "putin--leads--russia"');

export function DELETE(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return writeRoute({ request, body: relationDeleteInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) => {
    const id = parseOrThrow(relationIdParam, (await context.params).id);
    await deleteRelation(appDb(), user, id, input);
    return json({ relation: null });
  });
}
