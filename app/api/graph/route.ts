import { getGraph } from '@/lib/graph/graph';
import { handle } from '@/lib/api/respond';
import { cachedRead } from '@/lib/api/read-cache';
import { parseViewQuery } from '@/lib/api/filters';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const filters = parseViewQuery(new URL(request.url).searchParams);
    return cachedRead(request, () => getGraph(appDb(), filters));
  });
}
