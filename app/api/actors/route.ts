import { cachedRead } from '@/lib/api/read-cache';
import { writeRoute, written } from '@/lib/api/write';
import { createActor } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, newActorInput } from '@/lib/edit/input';
import { searchActors } from '@/lib/graph/actors';
import { handle, parseOrThrow } from '@/lib/api/respond';
import { ACTOR_SEARCH_DEFAULT_LIMIT, actorSearchSchema, searchParamsToObject } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';
import type { ActorSearchResponse } from '@/lib/types';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const query = parseOrThrow(actorSearchSchema, searchParamsToObject(new URL(request.url).searchParams));
    return cachedRead(request, async (): Promise<ActorSearchResponse> => ({
      actors: await searchActors(appDb(), query.q, query.limit ?? ACTOR_SEARCH_DEFAULT_LIMIT),
    }));
  });
}

/** POST /api/actors (editor): a new actor; 409 when one of its names is stored already. */
export function POST(request: Request): Promise<Response> {
  return writeRoute({ request, body: newActorInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) =>
    written({ actor: (await createActor(appDb(), user, input)).result }, true),
  );
}
