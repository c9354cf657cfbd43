/**
 * GET /api/sources[?event=<id>]: stored sources (about the event), newest first, without their texts.
 * POST /api/sources (editor): store an article's text; the same address or text answers the source stored.
 */
import { z } from 'zod';
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { searchParamsToObject, slugParam } from '@/lib/api/schemas';
import { writeRoute, written } from '@/lib/api/write';
import { listSources, storeSource } from '@/lib/edit';
import { SOURCE_BODY_MAX_BYTES, newSourceInput } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

const listQuery = z.strictObject({ event: slugParam('event').optional() });

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const query = parseOrThrow(listQuery, searchParamsToObject(new URL(request.url).searchParams));
    return json({ sources: await listSources(appDb(), query.event) });
  });
}

export function POST(request: Request): Promise<Response> {
  return writeRoute({ request, body: newSourceInput, maxBytes: SOURCE_BODY_MAX_BYTES }, async (user, input) => {
    const { result } = await storeSource(appDb(), user, input);
    return written(result, !result.existing);
  });
}
