/**
 * Exports of the whole graph or of one view (the filters of /api/graph), streamed in the four
 * formats of formats.ts. A view exports exactly what /api/graph answers for it (capped as it is),
 * with the sources its evidence cites.
 */
import { hydrateGraph } from '../client/data/graph-answer';
import { getGraph, type GraphFilters } from '../graph/graph';
import type { Db } from '../neo4j';
import { EXPORTERS, type ExportFormat } from './formats';
import { GraphReader, WHOLE_GRAPH, type ExportScope } from './records';

export { EXPORT_FORMATS, CONTENT_TYPES, EXTENSIONS, type ExportFormat } from './formats';
export { WHOLE_GRAPH, type ExportScope } from './records';

/** The ids of a view, as /api/graph answers it. */
export async function viewScope(db: Db, filters: GraphFilters): Promise<ExportScope> {
  const graph = hydrateGraph(await getGraph(db, filters));
  const actorIds = graph.nodes.filter((n) => n.type === 'actor').map((n) => n.id);
  const eventIds = graph.nodes.filter((n) => n.type === 'event').map((n) => n.id);
  const stanceIds = graph.edges.filter((e) => e.type === 'STANCE').map((e) => e.id);
  const relationEdges = graph.edges.filter((e) => e.type !== 'STANCE');
  const relationSourceIds = relationEdges.flatMap((e) => e.evidence.map((v) => v.source.id));
  const sourceIds = await new GraphReader(db).citedSources(stanceIds, relationSourceIds);
  return { actorIds, eventIds, stanceIds, relationIds: relationEdges.map((e) => e.id), sourceIds };
}

export function exportGraph(db: Db, format: ExportFormat, scope: ExportScope = WHOLE_GRAPH): AsyncGenerator<string> {
  return EXPORTERS[format](new GraphReader(db), scope);
}

/** Writes an export to a Node stream (the CLI), respecting back-pressure. */
export async function writeExport(chunks: AsyncIterable<string>, out: NodeJS.WritableStream): Promise<number> {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  return bytes;
}
