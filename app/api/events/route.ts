import { cachedRead } from '@/lib/api/read-cache';
import { writeRoute, written } from '@/lib/api/write';
import { createEvent } from '@/lib/edit';
import { EDIT_BODY_MAX_BYTES, newEventInput } from '@/lib/edit/input';
import { listEvents } from '@/lib/graph/events';
import { handle, parseOrThrow } from '@/lib/api/respond';
import { eventListSchema, searchParamsToObject } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const page = parseOrThrow(eventListSchema, searchParamsToObject(new URL(request.url).searchParams));
    return cachedRead(request, () => listEvents(appDb(), page));
  });
}

/** POST /api/events (editor): a new event; 409 when one of that title is stored. */
export function POST(request: Request): Promise<Response> {
  return writeRoute({ request, body: newEventInput, maxBytes: EDIT_BODY_MAX_BYTES }, async (user, input) =>
    written({ event: (await createEvent(appDb(), user, input)).result }, true),
  );
}
