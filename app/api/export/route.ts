import { BadRequestError, handle, parseOrThrow } from '@/lib/api/respond';
import { searchParamsToObject } from '@/lib/api/schemas';
import { CONTENT_TYPES, EXTENSIONS, WHOLE_GRAPH, exportGraph, viewScope } from '@/lib/export';
import { exportQuerySchema, hasViewFilters } from '@/lib/export/schema';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

/** A download of the whole graph or of one view; large exports stream page by page. */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const query = parseOrThrow(exportQuerySchema, searchParamsToObject(new URL(request.url).searchParams));
    const scopeName = query.scope ?? (hasViewFilters(query) ? 'view' : 'all');
    if (scopeName === 'all' && hasViewFilters(query)) {
      throw new BadRequestError('scope=all exports the whole graph; drop the filters, or use scope=view');
    }
    const db = appDb();
    const scope =
      scopeName === 'view'
        ? await viewScope(db, { event: query.event, stances: query.stance, kinds: query.kind, actor: query.actor, depth: query.depth ?? 1 })
        : WHOLE_GRAPH;
    const chunks = exportGraph(db, query.format, scope);
    // The first page is read before answering, so an unreachable database is a 503, not a broken download.
    const first = await chunks.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (!first.done) controller.enqueue(encoder.encode(first.value));
      },
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          console.error('Export failed in the middle of the stream:', error);
          controller.error(new Error('The export was cut short; see the server log.'));
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const filename = `stancegraph-${scopeName === 'view' ? 'view' : 'graph'}-${new Date().toISOString().slice(0, 10)}.${EXTENSIONS[query.format]}`;
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[query.format],
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
