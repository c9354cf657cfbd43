/**
 * Read answers cached by request under the graph's version (lib/graph/version.ts), with an ETag:
 * a repeated read costs at most one small query for the version instead of the graph query and its
 * JSON, and a browser revalidating what it holds gets 304 without a body. Every write changes the
 * version, so an edit shows at once on its instance and within the version's TTL on the others.
 */
import crypto from 'node:crypto';
import { graphVersion } from '../graph/version';
import { appDb } from '../neo4j';

interface Entry {
  version: string;
  body: string;
  etag: string;
}

/** Enough for every view people share at once; a bound so that odd queries cannot fill the memory. */
const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;

const cache = new Map<string, Entry>();
let bytes = 0;

function remember(key: string, entry: Entry): void {
  const old = cache.get(key);
  if (old) {
    bytes -= old.body.length;
    cache.delete(key);
  }
  cache.set(key, entry);
  bytes += entry.body.length;
  // Oldest first out (a Map keeps insertion order; a hit is moved to the end).
  for (const [k, e] of cache) {
    if (cache.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
    cache.delete(k);
    bytes -= e.body.length;
  }
}

function etagOf(version: string, key: string, body: string): string {
  const digest = crypto.createHash('sha1').update(key).update('\0').update(body).digest('base64url').slice(0, 16);
  return `"${version}-${digest}"`;
}

/** Browsers keep the answer but ask again each time, with the ETag; a proxy may not share it. */
const HEADERS = { 'Cache-Control': 'private, no-cache', 'Content-Type': 'application/json' };

function answer(request: Request, entry: Entry): Response {
  const match = request.headers
    .get('if-none-match')
    ?.split(',')
    .some((tag) => tag.trim().replace(/^W\//, '') === entry.etag);
  if (match) return new Response(null, { status: 304, headers: { ...HEADERS, ETag: entry.etag } });
  return new Response(entry.body, { status: 200, headers: { ...HEADERS, ETag: entry.etag } });
}

/** STANCEGRAPH_READ_CACHE=0 turns the cache off, to measure what it saves (npm run bench:load -- --compare). */
const enabled = () => process.env.STANCEGRAPH_READ_CACHE !== '0';

export async function cachedRead(request: Request, compute: () => Promise<unknown>): Promise<Response> {
  if (!enabled()) return Response.json(await compute(), { headers: { 'Cache-Control': 'no-store' } });
  const url = new URL(request.url);
  const key = `${url.pathname}?${[...url.searchParams].map(([k, v]) => `${k}=${v}`).join('&')}`;
  const version = await graphVersion(appDb());
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit);
    return answer(request, hit);
  }
  const body = JSON.stringify(await compute());
  const entry = { version, body, etag: etagOf(version, key, body) };
  remember(key, entry);
  return answer(request, entry);
}
