import { cachedRead } from '@/lib/api/read-cache';
import { handle, parseOrThrow } from '@/lib/api/respond';
import { searchParamsToObject, slugParam } from '@/lib/api/schemas';
import { getActorHistory } from '@/lib/graph/timeline';
import { appDb } from '@/lib/neo4j';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

/** GET /api/actors/{id}/history: the actor's stances along time and its counts per year (docs/api.md). */
export function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const actorId = parseOrThrow(slugParam('actor id'), (await context.params).id);
    parseOrThrow(
      z.strictObject({}, { message: 'unknown parameter' }),
      searchParamsToObject(new URL(request.url).searchParams),
    );
    return cachedRead(request, () => getActorHistory(appDb(), actorId));
  });
}
