import { z } from 'zod';
import { graphQuerySchema } from '../api/schemas';
import { EXPORT_FORMATS } from './formats';

/**
 * GET /api/export: `format` (json, csv, graphml, cyjs; default json) and `scope`: `all` (the whole
 * graph) or `view` (what /api/graph answers for the same filters). Filters imply `view`.
 */
export const exportQuerySchema = graphQuerySchema.extend({
  format: z.enum(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` }).default('json'),
  scope: z.enum(['all', 'view'], { message: 'scope must be all or view' }).optional(),
});

export type ExportQuery = z.infer<typeof exportQuerySchema>;

export function hasViewFilters(query: ExportQuery): boolean {
  return query.event !== undefined || query.actor !== undefined || query.stance.length > 0 || query.kind.length > 0 || query.depth !== undefined;
}
