/** POST /api/relations (editor) `{type, from, to, sourceId?, quote?, quoteKind?}`: 409 when it is stored already. */
import { writeRoute, written } from '@/lib/api/write';
import { addRelation } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, newRelationInput } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return writeRoute({ request, body: newRelationInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) =>
    written({ relation: (await addRelation(appDb(), user, input)).result }, true),
  );
}
