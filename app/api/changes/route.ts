/** GET /api/changes?entity=&user=&limit=&before=: the history, newest first (lib/edit/history.ts). */
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { searchParamsToObject } from '@/lib/api/schemas';
import { listChanges } from '@/lib/edit';
import { changesQuery } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const query = parseOrThrow(changesQuery, searchParamsToObject(new URL(request.url).searchParams, []));
    return json(await listChanges(appDb(), query));
  });
}
