import { getEvent } from '@/lib/graph/events';
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { slugParam } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await context.params;
    return json(await getEvent(appDb(), parseOrThrow(slugParam('event id'), id)));
  });
}
