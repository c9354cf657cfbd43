/**
 * Signing in and who may write, through the real route handlers against the shared test database:
 * the session cookie, one 401 for a wrong password and an unknown user, the per-username limit, the
 * 401 / 403 of the import route, cross-origin refusals, sessions that end with their account, the
 * console kept away from the accounts, and the user:add command. Accounts are removed after.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { sealData } from 'iron-session';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as importRunsRoute, POST as importRoute } from '@/app/api/import/route';
import { POST as queryRoute } from '@/app/api/query/route';
import { DELETE as signOutRoute, GET as sessionRoute } from '@/app/api/session/route';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS } from '@/lib/auth/throttle';
import { createUser, removeUser, setPassword } from '@/lib/auth/users';
import { closeDriver, getDriver } from '@/lib/neo4j';
import { PROJECT_ROOT } from '@/neo4j-local/manager';
import { postSession, signIn } from './routes';
import { removeAccounts, restoreSeed, sharedUri } from './shared-neo4j';

const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const EDITOR = { username: 'ada', password: 'ada’s long editor password' };
const OTHER = { username: 'grace', password: 'grace’s own long password' };
const CSV = [
  'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date',
  'Norway,state,Auth Test Vote,2024-05-01,support,Norway voted in favour,Vote record,,2024-05-01',
].join('\n');

let driver: Driver;
/** Every body the routes answered and every line logged meanwhile: no password may be in any of them. */
const seen: string[] = [];

async function text(response: Response): Promise<string> {
  const body = await response.text();
  seen.push(body, ...response.headers.getSetCookie());
  return body;
}

async function answer(response: Response): Promise<{ status: number; body: any; response: Response }> {
  return { status: response.status, body: JSON.parse(await text(response)), response };
}

const signInAnswer = async (body: unknown, headers: Record<string, string> = {}, url?: string) =>
  answer(await postSession(body, headers, url));

function sessionRequest(method: 'GET' | 'DELETE', cookie?: string, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1/api/session', {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  });
}

const whoIs = async (cookie?: string) => answer(await sessionRoute(sessionRequest('GET', cookie)));

/** A dry run of a one-row file: 200 and a report when allowed, nothing written either way. */
async function dryRun(cookie: string | undefined, headers: Record<string, string> = {}) {
  const response = await importRoute(
    new Request('http://127.0.0.1/api/import?name=auth.csv&dryRun=1', {
      method: 'POST',
      body: CSV,
      headers: { ...(cookie ? { cookie } : {}), ...headers },
    }),
  );
  const body = await text(response);
  return {
    status: response.status,
    body,
    last: response.status === 200 ? JSON.parse(body.trim().split('\n').pop()!) : JSON.parse(body),
  };
}

async function forget(username: string): Promise<void> {
  await driver.executeQuery('MATCH (t:SignInThrottle {username: $username}) DELETE t', { username });
}

beforeAll(async () => {
  driver = getDriver();
  await removeAccounts(driver);
  await createUser({ driver }, { ...EDITOR, role: 'editor' });
  await createUser({ driver }, { ...OTHER, role: 'admin' });
  for (const method of ['log', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      seen.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    });
});

afterAll(async () => {
  vi.restoreAllMocks();
  if (driver) await restoreSeed(driver);
  await closeDriver();
});

beforeEach(async () => {
  await forget(EDITOR.username);
  await forget(OTHER.username);
});

describe('POST /api/session', () => {
  it('signs in with an httpOnly, SameSite=Lax cookie, Secure only over https', async () => {
    const { status, body, response } = await signInAnswer(EDITOR);
    expect(status).toBe(200);
    expect(body).toEqual({ user: { username: 'ada', role: 'editor' } });
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[^;]{40,}`));
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Secure/i);

    const direct = await signInAnswer(EDITOR, {}, 'https://stancegraph.example/api/session');
    expect(direct.response.headers.getSetCookie()[0]).toMatch(/; Secure/i);
    const proxied = await signInAnswer(EDITOR, { 'x-forwarded-proto': 'https' });
    expect(proxied.response.headers.getSetCookie()[0]).toMatch(/; Secure/i);
  });

  it('answers a wrong password and an unknown user alike, in about the same time', async () => {
    const wrong = await signInAnswer({ username: EDITOR.username, password: 'not the password at all' });
    const unknown = await signInAnswer({ username: 'nobody-here', password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).toEqual({ error: 'Wrong username or password.' });
    expect(wrong.response.headers.getSetCookie()).toEqual([]);

    // Without a hash to check, an unknown user would be answered in a few milliseconds.
    const timed = async (username: string) => {
      const started = performance.now();
      await text(await postSession({ username, password: 'not the password at all' }));
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknowns: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      known.push(await timed(EDITOR.username));
      unknowns.push(await timed(`nobody-${i}`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    expect(median(unknowns)).toBeGreaterThan(median(known) * 0.5);
    await forget('nobody-here');
  });

  it(`refuses with 429 and Retry-After after ${SIGN_IN_MAX_FAILURES} failures for one username, the right password too`, async () => {
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i += 1)
      expect((await signInAnswer({ username: EDITOR.username, password: `guess number ${i}` })).status).toBe(401);
    const refused = await signInAnswer(EDITOR);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatch(/Too many failed sign-ins/);
    const retryAfter = Number(refused.response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(SIGN_IN_WINDOW_MS / 1000 - 120);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_WINDOW_MS / 1000);
    expect(refused.response.headers.getSetCookie()).toEqual([]);
    // Another username is not held back by these.
    expect((await signInAnswer(OTHER)).status).toBe(200);
    // Counted in the database, where every app instance reads it.
    const { records } = await driver.executeQuery(
      'MATCH (t:SignInThrottle {username: $username}) RETURN size(t.attempts) AS n',
      { username: EDITOR.username },
    );
    expect(Number(records[0].get('n'))).toBe(SIGN_IN_MAX_FAILURES);
  });

  it('takes a body only as JSON with a username and a password (400)', async () => {
    expect((await signInAnswer({ username: EDITOR.username })).status).toBe(400);
    expect((await signInAnswer('ada')).status).toBe(400);
  });
});

describe('GET and DELETE /api/session', () => {
  it('says who is signed in; signing out clears the cookie and ends the session, copies included', async () => {
    expect((await whoIs()).body).toEqual({ user: null });
    const cookie = await signIn(EDITOR.username, EDITOR.password);
    expect((await whoIs(cookie)).body).toEqual({ user: { username: 'ada', role: 'editor' } });

    const out = await answer(await signOutRoute(sessionRequest('DELETE', cookie)));
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ user: null });
    expect(out.response.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`, 'i'));
    // A copy of the cookie kept from before is worth nothing now.
    expect((await whoIs(cookie)).body).toEqual({ user: null });
    expect((await dryRun(cookie)).status).toBe(401);
  });

  it('does not take a cookie tampered with, made up, or sealed with another secret', async () => {
    const cookie = await signIn(EDITOR.username, EDITOR.password);
    const [name, seal] = cookie.split('=');
    const { records } = await driver.executeQuery("MATCH (u:User {username: 'ada'}) RETURN u.sessionKey AS key");
    const sessionKey = records[0].get('key') as string;
    const middle = Math.floor(seal.length / 2);
    const flipped = `${seal.slice(0, middle)}${seal[middle] === 'A' ? 'B' : 'A'}${seal.slice(middle + 1)}`;
    const forged = [
      `${name}=${flipped}`,
      `${name}=X${seal.slice(1)}`,
      `${name}=${JSON.stringify({ username: 'ada' })}`,
      // What the server would seal, with the account's real key, but sealed with a secret not the server's.
      `${name}=${await sealData({ username: 'ada', sessionKey }, { password: 'another secret of at least 32 characters' })}`,
    ];
    for (const made of forged) {
      expect((await whoIs(made)).body).toEqual({ user: null });
      expect((await dryRun(made)).status).toBe(401);
    }
  });
});

describe('POST /api/import needs an editor', () => {
  it('401 without a session, and nothing of the file is read', async () => {
    const { status, last } = await dryRun(undefined);
    expect(status).toBe(401);
    expect(last).toEqual({ error: 'Sign in as an editor to change the graph.' });
  });

  it('200 for an editor and an admin; 403 for an account whose role may not write', async () => {
    const editor = await dryRun(await signIn(EDITOR.username, EDITOR.password));
    expect(editor.status).toBe(200);
    expect(editor.last).toMatchObject({ type: 'report', report: { dryRun: true, rows: 1 } });
    expect((await dryRun(await signIn(OTHER.username, OTHER.password))).status).toBe(200);

    // A role this version does not give write access to (a later version's, or written by hand).
    const cookie = await signIn(EDITOR.username, EDITOR.password);
    await driver.executeQuery("MATCH (u:User {username: 'ada'}) SET u.role = 'reader'");
    try {
      const refused = await dryRun(cookie);
      expect(refused.status).toBe(403);
      expect(refused.last.error).toMatch(/may not change the graph/);
    } finally {
      await driver.executeQuery("MATCH (u:User {username: 'ada'}) SET u.role = 'editor'");
    }
    // Reading stays open to everyone.
    expect((await importRunsRoute()).status).toBe(200);
  });

  it('ends the sessions of a removed account, and those made before a password change', async () => {
    const temp = { username: 'temporary', password: 'a temporary password' };
    await createUser({ driver }, { ...temp, role: 'editor' });
    const cookie = await signIn(temp.username, temp.password);
    expect((await dryRun(cookie)).status).toBe(200);
    await removeUser({ driver }, temp.username);
    expect((await dryRun(cookie)).status).toBe(401);
    const who = await whoIs(cookie);
    expect(who.body).toEqual({ user: null });
    // The browser is told to drop the cookie that no longer stands for anyone.
    expect(who.response.headers.getSetCookie()[0]).toMatch(/Max-Age=0/i);

    const before = await signIn(OTHER.username, OTHER.password);
    await setPassword({ driver }, OTHER.username, `${OTHER.password} changed`);
    try {
      expect((await dryRun(before)).status).toBe(401);
      expect((await dryRun(await signIn(OTHER.username, `${OTHER.password} changed`))).status).toBe(200);
    } finally {
      await setPassword({ driver }, OTHER.username, OTHER.password);
    }
  });
});

describe('requests from another site', () => {
  it('are refused (403) when they would change something, whatever the cookie', async () => {
    const cookie = await signIn(EDITOR.username, EDITOR.password);
    const evil = { origin: 'https://evil.example' };
    const write = await dryRun(cookie, evil);
    expect(write.status).toBe(403);
    expect(write.last.error).toMatch(/another site/);
    expect((await dryRun(cookie, { origin: 'null' })).status).toBe(403);
    // The app's own pages send their origin, which is the host the request went to.
    expect((await dryRun(cookie, { origin: 'http://127.0.0.1' })).status).toBe(200);
    expect((await dryRun(cookie, { origin: 'http://127.0.0.1:3000' })).status).toBe(403);

    // Signing in and out from another site: refused, no cookie set, the session untouched.
    const signInThere = await signInAnswer(EDITOR, evil);
    expect(signInThere.status).toBe(403);
    expect(signInThere.response.headers.getSetCookie()).toEqual([]);
    expect((await signOutRoute(sessionRequest('DELETE', cookie, evil))).status).toBe(403);
    expect((await whoIs(cookie)).body.user).toEqual({ username: 'ada', role: 'editor' });
  });

  it('behind a proxy, are compared with the host the proxy was asked for (X-Forwarded-Host)', async () => {
    const cookie = await signIn(EDITOR.username, EDITOR.password);
    const proxied = { 'x-forwarded-host': 'stancegraph.example', 'x-forwarded-proto': 'https' };
    expect((await dryRun(cookie, { ...proxied, origin: 'https://stancegraph.example' })).status).toBe(200);
    expect((await dryRun(cookie, { ...proxied, origin: 'http://127.0.0.1' })).status).toBe(403);
  });
});

describe('the Cypher console', () => {
  async function query(cypher: string, params: Record<string, unknown> = {}) {
    return answer(
      await queryRoute(
        new Request('http://127.0.0.1/api/query', { method: 'POST', body: JSON.stringify({ cypher, params }) }),
      ),
    );
  }

  it('cannot read the accounts or the imports’ records, by their label, by scanning every node or by internal id', async () => {
    const { records } = await driver.executeQuery("MATCH (u:User {username: 'ada'}) RETURN elementId(u) AS id");
    const refused = [
      ['MATCH (u:User) RETURN u.passwordHash', {}],
      ['MATCH (n:Actor|User) RETURN n', {}],
      ['MATCH (n) RETURN n', {}],
      ["MATCH (n) WHERE n.username = 'ada' RETURN properties(n)", {}],
      ['MATCH (n) WHERE elementId(n) = $id RETURN n', { id: records[0].get('id') }],
      ['MATCH (t:SignInThrottle) RETURN t', {}],
      // An import's record names the editor who ran it and the host that held the lock.
      ['MATCH (r:ImportRun) RETURN r.user, r.owner', {}],
    ] as const;
    for (const [cypher, params] of refused) {
      const { status, body } = await query(cypher, params);
      expect({ cypher, status }).toEqual({ cypher, status: 403 });
      expect(body.error).toMatch(/does not read the accounts/);
    }
    expect((await query('MATCH (a:Actor) RETURN count(a) AS n')).body.rows).toEqual([{ n: 15 }]);
    // Counting every node reads the count store, not the nodes.
    expect((await query('MATCH (n) RETURN count(n) AS n')).status).toBe(200);
  });
});

describe('npm run user:add', () => {
  it('adds an account with the password from STANCEGRAPH_PASSWORD, and never prints it', async () => {
    const password = 'a password from the environment';
    const result = spawnSync(
      process.execPath,
      [TSX, 'scripts/user.ts', 'add', '--username', 'cli-admin', '--role', 'admin'],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, NEO4J_URI: sharedUri(), STANCEGRAPH_PASSWORD: password },
        timeout: 120_000,
      },
    );
    expect(result.stdout.trim()).toBe('Added cli-admin (admin).');
    expect(result.status).toBe(0);
    seen.push(result.stdout, result.stderr);
    expect((await signInAnswer({ username: 'cli-admin', password })).body).toEqual({
      user: { username: 'cli-admin', role: 'admin' },
    });
  });
});

describe('passwords', () => {
  it('appear in no answer, no cookie and no log line', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const password of [EDITOR.password, OTHER.password, 'a temporary password', 'a password from the environment'])
      expect(seen.filter((line) => line.includes(password))).toEqual([]);
  });

  it('are stored as salted scrypt hashes only', async () => {
    const { records } = await driver.executeQuery('MATCH (u:User) RETURN u.passwordHash AS hash, properties(u) AS p');
    const hashes = records.map((r) => r.get('hash') as string);
    for (const hash of hashes) expect(hash).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(new Set(hashes).size).toBe(hashes.length);
    const stored = JSON.stringify(records.map((r) => r.get('p')));
    for (const password of [EDITOR.password, OTHER.password]) expect(stored).not.toContain(password);
  });
});
