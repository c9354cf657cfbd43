import { handle } from '@/lib/api/respond';
import { parseViewQuery } from '@/lib/api/filters';
import { CONTENT_TYPES, EXTENSIONS, WHOLE_GRAPH, exportGraph, viewScope } from '@/lib/export';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

/** A download of the whole graph or of one view; large exports stream page by page. */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const { format, scope: scopeName, filters } = parseViewQuery(new URL(request.url).searchParams, 'export');
    const db = appDb();
    const scope = scopeName === 'view' ? await viewScope(db, filters) : WHOLE_GRAPH;
    const chunks = exportGraph(db, format, scope);
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
    const filename = `stancegraph-${scopeName === 'view' ? 'view' : 'graph'}-${new Date().toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
