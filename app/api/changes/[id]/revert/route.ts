/**
 * POST /api/changes/{id}/revert (editor) `{reason?}`: puts back what the change changed, as a new
 * change. 409 naming the later changes to the same entities, which must be reverted first.
 */
import { z } from 'zod';
import { json, parseOrThrow } from '@/lib/api/respond';
import { writeRoute } from '@/lib/api/write';
import { revertChange } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, revertInput } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

const changeIdParam = z.string().uuid('change id must be the id of a change');

export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return writeRoute({ request, body: revertInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) => {
    const id = parseOrThrow(changeIdParam, (await context.params).id);
    return json({ change: (await revertChange(appDb(), user, id, input)).change });
  });
}
