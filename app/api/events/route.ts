import { listEvents } from '@/lib/graph/events';
import { handle, json } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return handle(async () => json({ events: await listEvents() }));
}
