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
    return json(await getActor(appDb(), actorId, page));
  });
}
