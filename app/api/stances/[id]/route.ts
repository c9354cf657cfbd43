/**
 * GET /api/stances/{id}: a stance with its evidence and version.
 * PATCH (editor) `{version, stance, reason}` changes it; DELETE (editor) `{version, reason}` retracts
 * it: gone from every view, kept in the history. 409 with the current stance when `version` is stale.
 */
import { z } from 'zod';
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { COMPOUND_ID, writeRoute } from '@/lib/api/write';
import { changeStance, getStance, retractStance } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, retractInput, stancePatchInput } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

const stanceIdParam = z.string().regex(COMPOUND_ID, 'stance id must be like "russia--taliban-recognition"');

export function GET(_request: Request, context: Context): Promise<Response> {
  return handle(async () => json(await getStance(appDb(), parseOrThrow(stanceIdParam, (await context.params).id))));
}

export function PATCH(request: Request, context: Context): Promise<Response> {
  return writeRoute({ request, body: stancePatchInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) => {
    const id = parseOrThrow(stanceIdParam, (await context.params).id);
    return json({ stance: (await changeStance(appDb(), user, id, input)).result });
  });
}

export function DELETE(request: Request, context: Context): Promise<Response> {
  return writeRoute({ request, body: retractInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) => {
    const id = parseOrThrow(stanceIdParam, (await context.params).id);
    await retractStance(appDb(), user, id, input);
    return json({ stance: null });
  });
}
