import { consoleLimits, parseEnv } from '@/lib/config/env';
import { handle, json } from '@/lib/api/respond';
import { appDb } from '@/lib/neo4j';
import { getGraphSchema } from '@/lib/query/schema';

export const dynamic = 'force-dynamic';

/** GET -> labels, relationship types and property keys with their counts; read-only, kept a minute (lib/query/schema.ts). */
export function GET(): Promise<Response> {
  return handle(async () => json(await getGraphSchema(appDb(), consoleLimits(parseEnv(process.env)).timeoutMs)));
}
