/**
 * The editors' write routes called in-process as Next.js would: `call(method, path, body)` finds the
 * handler by path, sends the body as JSON with the session cookie of `as` (none: anonymous), and
 * answers status and JSON body.
 */
import * as actor from '@/app/api/actors/[id]/route';
import * as merge from '@/app/api/actors/[id]/merge/route';
import * as actors from '@/app/api/actors/route';
import * as revert from '@/app/api/changes/[id]/revert/route';
import * as changes from '@/app/api/changes/route';
import * as event from '@/app/api/events/[id]/route';
import * as events from '@/app/api/events/route';
import * as ingest from '@/app/api/ingest/route';
import * as relation from '@/app/api/relations/[id]/route';
import * as relations from '@/app/api/relations/route';
import * as source from '@/app/api/sources/[id]/route';
import * as sources from '@/app/api/sources/route';
import * as stance from '@/app/api/stances/[id]/route';
import * as stances from '@/app/api/stances/route';

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const ROUTES: [RegExp, Partial<Record<Method, unknown>>][] = [
  [/^\/api\/actors\/([^/]+)\/merge$/, merge],
  [/^\/api\/actors\/([^/]+)$/, actor],
  [/^\/api\/actors$/, actors],
  [/^\/api\/events\/([^/]+)$/, event],
  [/^\/api\/events$/, events],
  [/^\/api\/sources\/([^/]+)$/, source],
  [/^\/api\/sources$/, sources],
  [/^\/api\/stances\/([^/]+)$/, stance],
  [/^\/api\/stances$/, stances],
  [/^\/api\/relations\/([^/]+)$/, relation],
  [/^\/api\/relations$/, relations],
  [/^\/api\/changes\/([^/]+)\/revert$/, revert],
  [/^\/api\/changes$/, changes],
  [/^\/api\/ingest$/, ingest],
];

export interface CallOptions {
  /** The Cookie header of a session; none: anonymous. */
  cookie?: string;
  headers?: Record<string, string>;
}

export async function call(
  method: Method,
  pathAndQuery: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<{ status: number; body: any }> {
  const path = pathAndQuery.split('?')[0];
  for (const [pattern, module] of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const handler = module[method] as Handler | undefined;
    if (!handler) throw new Error(`${method} ${path} has no handler`);
    const request = new Request(`http://127.0.0.1${pathAndQuery}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const response = await handler(request, { params: Promise.resolve({ id: decodeURIComponent(match[1] ?? '') }) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }
  throw new Error(`no route for ${path}`);
}
