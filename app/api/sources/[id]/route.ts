/** GET /api/sources/{id}: a stored source with its text (what quotes are selected from). */
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { slugParam } from '@/lib/api/schemas';
import { getSource } from '@/lib/edit';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await context.params;
    return json(await getSource(appDb(), parseOrThrow(slugParam('source id'), id)));
  });
}
