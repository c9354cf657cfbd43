import { checkHealth } from '@/lib/graph/health';
import { handle, json } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return handle(async () => {
    const health = await checkHealth();
    return json(health, health.status === 'ok' ? 200 : 503);
  });
}
