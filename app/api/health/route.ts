import { checkHealth } from '@/lib/graph/health';
import { handle, json } from '@/lib/api/respond';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return handle(async () => {
    const health = await checkHealth(appDb());
    return json(health, health.status === 'ok' ? 200 : 503);
  });
}
