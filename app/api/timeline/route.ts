import { cachedRead } from '@/lib/api/read-cache';
import { errorResponse, handle } from '@/lib/api/respond';
import { parseTimelineQuery } from '@/lib/api/timeline-params';
import { getTimeline } from '@/lib/graph/timeline';
import { appDb } from '@/lib/neo4j';
import { TooManyPeriodsError } from '@/lib/periods';

export const dynamic = 'force-dynamic';

/** GET /api/timeline?event=&actor=&stance=&kind=&granularity=: counts per period (docs/api.md). */
export function GET(request: Request): Promise<Response> {
  return handle(
    async () => {
      const filters = parseTimelineQuery(new URL(request.url).searchParams);
      return cachedRead(request, () => getTimeline(appDb(), filters));
    },
    (error) =>
      error instanceof TooManyPeriodsError
        ? errorResponse(400, `${error.message}: choose a coarser granularity, or leave it out`)
        : undefined,
  );
}
