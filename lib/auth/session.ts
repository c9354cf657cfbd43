/**
 * Sessions: an iron-session cookie (sealed and signed with the session secret, lib/auth/secret.ts)
 * holding the username and the account's session key. The cookie alone never grants a write: the
 * account and its current session key are read from Neo4j on every write (requireEditor), so
 * removing a user, changing their password or signing out ends their sessions at their next request.
 */
import { getIronSession, type SessionOptions } from 'iron-session';
import { BadRequestError, readJsonBody } from '../api/respond';
import type { Db } from '../neo4j';
import type { SessionUser } from '../types';
import { AuthError } from './errors';
import { crossOriginProblem } from './origin';
import { dummyHash, PASSWORD_MAX, verifyPassword } from './password';
import { sessionSecret } from './secret';
import { clearAttempts, reserveAttempt } from './throttle';
import { canWrite, endSessions, findCredentials, sessionRole, USERNAME_MAX } from './users';

export const SESSION_COOKIE = 'stancegraph_session';
/** A working day; signing in again after it is cheap, and a forgotten session does not last. */
const SESSION_TTL_SECONDS = 12 * 60 * 60;

interface SessionData {
  username?: string;
  sessionKey?: string;
}

/** Over https, directly or through a proxy that says so: then the cookie is Secure. */
function servedOverHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase();
  return new URL(request.url).protocol === 'https:' || forwarded === 'https';
}

function options(request: Request): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: servedOverHttps(request), path: '/' },
  };
}

/** The session of `request`; changes to it are written as Set-Cookie on `jar` (see cookieJar). */
async function sessionOf(request: Request, jar: Response) {
  try {
    return await getIronSession<SessionData>(request, jar, options(request));
  } catch {
    // A cookie that is not one of our seals at all (iron-session throws on some such): as if there were none.
    const headers = new Headers(request.headers);
    headers.delete('cookie');
    return getIronSession<SessionData>(new Request(request.url, { headers }), jar, options(request));
  }
}

/**
 * Where a session writes its Set-Cookie headers before the answer exists: the route copies them onto
 * its answer with withCookies.
 */
export function cookieJar(): Response {
  return new Response(null);
}

export function withCookies(response: Response, jar: Response): Response {
  for (const cookie of jar.headers.getSetCookie()) response.headers.append('set-cookie', cookie);
  return response;
}

/** The signed-in account of a request, checked against the database; null when there is none (any more). */
async function currentUser(db: Db, request: Request): Promise<SessionUser | null> {
  const session = await sessionOf(request, cookieJar());
  if (!session.username || !session.sessionKey) return null;
  const role = await sessionRole(db, session.username, session.sessionKey);
  return role === null ? null : { username: session.username, role };
}

/**
 * Who a page is rendered for, from its request's Cookie header: without the session cookie, nobody,
 * and Neo4j is not asked (an anonymous reader's page costs nothing more).
 */
export function pageUser(db: () => Db, cookieHeader: string | null): Promise<SessionUser | null> {
  if (!cookieHeader?.includes(`${SESSION_COOKIE}=`)) return Promise.resolve(null);
  return currentUser(db(), new Request('http://localhost/', { headers: { cookie: cookieHeader } }));
}

/** Refuses a cross-origin state-changing request (403). */
function assertSameOrigin(request: Request): void {
  const problem = crossOriginProblem(request);
  if (problem) throw new AuthError(403, problem);
}

/**
 * What every route that writes the graph calls first: same origin, signed in (401), as an account
 * that may write (403). Returns the account.
 */
export async function requireEditor(db: Db, request: Request): Promise<SessionUser> {
  assertSameOrigin(request);
  const user = await currentUser(db, request);
  if (!user) throw new AuthError(401, 'Sign in as an editor to change the graph.');
  if (!canWrite(user.role)) throw new AuthError(403, `The account "${user.username}" may not change the graph.`);
  return user;
}

const SIGN_IN_BODY_MAX_BYTES = 4_096;
const WRONG = 'Wrong username or password.';

function readCredentials(body: unknown): { username: string; password: string } {
  const { username, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string')
    throw new BadRequestError('Send { "username": "...", "password": "..." }.');
  // Longer than any account's: refused like a wrong password, after the same work (below).
  return {
    username: username
      .trim()
      .normalize('NFC')
      .slice(0, USERNAME_MAX + 1),
    password,
  };
}

/**
 * POST /api/session: checks the password (the same 401, after the same work, for an unknown user and
 * a wrong password), counts failures per username (429 past the limit), and on success sets the cookie
 * in `jar`.
 */
export async function signIn(db: Db, request: Request, jar: Response): Promise<SessionUser> {
  assertSameOrigin(request);
  const { username, password } = readCredentials(await readJsonBody(request, SIGN_IN_BODY_MAX_BYTES));
  const fallback = dummyHash();
  const verdict = await reserveAttempt(db, username);
  if (!verdict.allowed)
    throw new AuthError(
      429,
      `Too many failed sign-ins for this username; try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} min.`,
      verdict.retryAfterSeconds,
    );
  const account = await findCredentials(db, username);
  // A password longer than any account's is wrong, after the same work as any other.
  const tooLong = password.length > PASSWORD_MAX;
  const matches = await verifyPassword(tooLong ? '' : password, account?.passwordHash ?? (await fallback));
  if (!account || !matches || tooLong) throw new AuthError(401, WRONG);
  await clearAttempts(db, username);
  const session = await sessionOf(request, jar);
  session.username = username;
  session.sessionKey = account.sessionKey;
  await session.save();
  return { username, role: account.role };
}

/**
 * DELETE /api/session: clears the cookie (in `jar`) and ends the account's sessions, so that a copy of
 * the cookie is refused as well. A cookie is sealed, not stored, so it cannot be ended on its own.
 */
export async function signOut(db: Db, request: Request, jar: Response): Promise<void> {
  assertSameOrigin(request);
  const session = await sessionOf(request, jar);
  if (session.username && session.sessionKey) await endSessions(db, session.username, session.sessionKey);
  session.destroy();
}

/** GET /api/session: the signed-in account; a cookie that no longer stands for one is cleared. */
export async function sessionUser(db: Db, request: Request, jar: Response): Promise<SessionUser | null> {
  const user = await currentUser(db, request);
  if (!user && request.headers.get('cookie')?.includes(`${SESSION_COOKIE}=`)) (await sessionOf(request, jar)).destroy();
  return user;
}
