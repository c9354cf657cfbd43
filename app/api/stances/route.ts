/**
 * POST /api/stances (editor) `{actor, event, stance, sourceId, quote, quoteKind?}`: the quote must be
 * a verbatim part of the source's stored text. 201 for a new stance; 200 when the actor had this
 * stance on the event already (the quote is added to its evidence); 409 when it had another.
 */
import { writeRoute, written } from '@/lib/api/write';
import { addStance } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, newStanceInput } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return writeRoute({ request, body: newStanceInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) => {
    const { result } = await addStance(appDb(), user, input);
    return written(result, result.created);
  });
}
