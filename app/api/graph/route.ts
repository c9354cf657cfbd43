import { getGraph } from '@/lib/graph/graph';
import { handle, json } from '@/lib/api/respond';
import { parseViewQuery } from '@/lib/api/filters';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const filters = parseViewQuery(new URL(request.url).searchParams);
    return json(await getGraph(appDb(), filters));
  });
}
