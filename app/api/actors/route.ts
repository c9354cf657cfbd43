import { searchActors } from '@/lib/graph/actors';
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { ACTOR_SEARCH_DEFAULT_LIMIT, actorSearchSchema, searchParamsToObject } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';
import type { ActorSearchResponse } from '@/lib/types';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const query = parseOrThrow(actorSearchSchema, searchParamsToObject(new URL(request.url).searchParams));
    const body: ActorSearchResponse = {
      actors: await searchActors(appDb(), query.q, query.limit ?? ACTOR_SEARCH_DEFAULT_LIMIT),
    };
    return json(body);
  });
}
