import { getGraph } from '@/lib/graph/graph';
import { handle, json, parseOrThrow } from '@/lib/api/respond';
import { graphQuerySchema, searchParamsToObject } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const query = parseOrThrow(graphQuerySchema, searchParamsToObject(new URL(request.url).searchParams));
    const graph = await getGraph(appDb(), {
      event: query.event,
      stances: query.stance,
      kinds: query.kind,
      actor: query.actor,
      // depth only matters with a focused actor; without one it is ignored.
      depth: query.depth ?? 1,
    });
    return json(graph);
  });
}
