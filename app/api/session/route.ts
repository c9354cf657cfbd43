/**
 * GET /api/session: `{ user: { username, role } }` or `{ user: null }`.
 * POST /api/session with `{ username, password }`: signs in (200 and the cookie; the same 401 for an
 * unknown username and a wrong password; 429 with Retry-After after too many failures).
 * DELETE /api/session: signs out (the account's sessions on every device end).
 */
import { cookieJar, sessionUser, signIn, signOut, withCookies } from '@/lib/auth/session';
import { handle, json } from '@/lib/api/respond';
import { appDb } from '@/lib/neo4j';
import type { SessionResponse } from '@/lib/types';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

function answer(body: SessionResponse, jar: Response): Response {
  return withCookies(json(body), jar);
}

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const jar = cookieJar();
    return answer({ user: await sessionUser(appDb(), request, jar) }, jar);
  });
}

export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const jar = cookieJar();
    return answer({ user: await signIn(appDb(), request, jar) }, jar);
  });
}

export function DELETE(request: Request): Promise<Response> {
  return handle(async () => {
    const jar = cookieJar();
    await signOut(appDb(), request, jar);
    return answer({ user: null }, jar);
  });
}
