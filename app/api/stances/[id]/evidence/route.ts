import { z } from 'zod';
import { cachedRead } from '@/lib/api/read-cache';
import { handle, parseOrThrow } from '@/lib/api/respond';
import { getStanceEvidence } from '@/lib/graph/timeline';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

/** A stance's id is `<actor>--<event>`; slugs never hold "--". */
const STANCE_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)--([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const stanceIdParam = z
  .string()
  .regex(STANCE_ID, 'stance id must be like "russia--taliban-recognition"')
  .transform((id) => {
    const [, actorId, eventId] = STANCE_ID.exec(id)!;
    return { actorId, eventId };
  });

/** GET /api/stances/{id}/evidence: the stance with every quote whole and its source (an actor's history opens it). */
export function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const parts = parseOrThrow(stanceIdParam, (await context.params).id);
    return cachedRead(request, () => getStanceEvidence(appDb(), parts.actorId, parts.eventId));
  });
}
