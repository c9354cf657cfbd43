import { listEvents } from '@/lib/graph/events';
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { eventListSchema, searchParamsToObject } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const page = parseOrThrow(eventListSchema, searchParamsToObject(new URL(request.url).searchParams));
    return json(await listEvents(appDb(), page));
  });
}
