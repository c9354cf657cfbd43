/**
 * The filters of a view, read the one way that /api/graph, /api/export and `npm run export` share, so
 * that they cannot disagree on what a filter means or which input is refused. Server-only: it reaches
 * the export code, which the browser's bundle must not pull in through lib/api/schemas.ts.
 */
import { z } from 'zod';
import { rangeProblem } from '../dates';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats';
import type { GraphFilters } from '../graph/graph';
import { BadRequestError, parseOrThrow } from './respond';
import { graphQuerySchema, searchParamsToObject, type GraphQuery } from './schemas';

/**
 * An export's query: the graph's filters, `format` (default json) and `scope`: `all` (the whole graph)
 * or `view` (what /api/graph answers for the same filters). Filters imply `view`.
 */
const exportQuerySchema = graphQuerySchema.extend({
  format: z.enum(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` }).default('json'),
  scope: z.enum(['all', 'view'], { message: 'scope must be all or view' }).optional(),
});

export interface ExportRequest {
  format: ExportFormat;
  scope: 'all' | 'view';
  filters: GraphFilters;
}

function hasViewFilters(query: GraphQuery): boolean {
  return (
    query.event !== undefined ||
    query.actor !== undefined ||
    query.stance.length > 0 ||
    query.kind.length > 0 ||
    query.depth !== undefined ||
    query.from !== undefined ||
    query.to !== undefined
  );
}

function toFilters(query: GraphQuery): GraphFilters {
  const problem = rangeProblem(query);
  if (problem) throw new BadRequestError(problem);
  return {
    event: query.event,
    stances: query.stance,
    kinds: query.kind,
    actor: query.actor,
    // depth only matters with a focused actor; without one it is ignored.
    depth: query.depth ?? 1,
    from: query.from,
    to: query.to,
    ...(query.quotes ? { quotes: query.quotes } : {}),
  };
}

/**
 * A query string's filters (`stance` and `kind` repeatable or comma-separated); with 'export', also
 * the format and scope of a download. Bad input throws a BadRequestError naming every problem.
 */
export function parseViewQuery(params: URLSearchParams): GraphFilters;
export function parseViewQuery(params: URLSearchParams, use: 'export'): ExportRequest;
export function parseViewQuery(
  params: URLSearchParams,
  use: 'graph' | 'export' = 'graph',
): GraphFilters | ExportRequest {
  if (use === 'graph') return toFilters(parseOrThrow(graphQuerySchema, searchParamsToObject(params)));
  const query = parseOrThrow(exportQuerySchema, searchParamsToObject(params));
  const filtered = hasViewFilters(query);
  const scope = query.scope ?? (filtered ? 'view' : 'all');
  if (scope === 'all' && filtered) {
    throw new BadRequestError('scope=all exports the whole graph; drop the filters, or use scope=view');
  }
  return { format: query.format, scope, filters: toFilters(query) };
}
