import { consoleLimits, consoleRate, parseEnv } from '@/lib/config/env';
import { parseConsoleBody } from '@/lib/api/console-params';
import { errorResponse, handle, json, readJsonBody } from '@/lib/api/respond';
import { rateLimiter } from '@/lib/api/rate-limit';
import { QUERY_BODY_MAX_BYTES } from '@/lib/api/schemas';
import { appDb } from '@/lib/neo4j';
import {
  QueryResourceError,
  QuerySyntaxError,
  QueryTimeoutError,
  RefusedQueryError,
  runConsoleQuery,
} from '@/lib/query/console';

export const dynamic = 'force-dynamic';

/** One bucket per client for each rate the configuration gives (tests change it). */
const limiters = new Map<number, ReturnType<typeof rateLimiter>>();

function consoleLimiter(): ReturnType<typeof rateLimiter> {
  const rate = consoleRate(parseEnv(process.env));
  if (!limiters.has(rate.perMinute)) limiters.set(rate.perMinute, rateLimiter(rate));
  return limiters.get(rate.perMinute)!;
}

function mapConsoleError(error: unknown): Response | undefined {
  if (error instanceof RefusedQueryError) return errorResponse(403, error.message);
  if (error instanceof QuerySyntaxError) return errorResponse(400, error.message);
  if (error instanceof QueryTimeoutError) return errorResponse(408, error.message);
  if (error instanceof QueryResourceError) return errorResponse(422, error.message);
  return undefined;
}

/** POST { cypher, params? } -> rows, graph elements, truncated. Read-only; see lib/query/console.ts. */
export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    consoleLimiter().take(request);
    const body = parseConsoleBody(
      await readJsonBody(request, QUERY_BODY_MAX_BYTES, '{ "cypher": "MATCH (a:Actor) RETURN a LIMIT 5" }'),
    );
    return json(await runConsoleQuery(appDb(), body.cypher, body.params, consoleLimits(parseEnv(process.env))));
  }, mapConsoleError);
}
