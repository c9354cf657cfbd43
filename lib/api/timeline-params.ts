/**
 * The query of /api/timeline: the explorer's filters as /api/graph reads them, less the range (the
 * timeline is what a range is picked from) and the depth (it counts the focused actor's own stances),
 * and an optional granularity.
 */
import { z } from 'zod';
import { GRANULARITIES } from '../periods';
import { parseOrThrow } from './respond';
import { graphQuerySchema, searchParamsToObject } from './schemas';
import type { TimelineFilters } from '../graph/timeline';

const timelineQuerySchema = graphQuerySchema.pick({ event: true, actor: true, stance: true, kind: true }).extend({
  granularity: z.enum(GRANULARITIES, { message: `granularity must be one of ${GRANULARITIES.join(', ')}` }).optional(),
});

export function parseTimelineQuery(params: URLSearchParams): TimelineFilters {
  const query = parseOrThrow(timelineQuerySchema, searchParamsToObject(params));
  return {
    event: query.event,
    actor: query.actor,
    stances: query.stance,
    kinds: query.kind,
    granularity: query.granularity,
  };
}
