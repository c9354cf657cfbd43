/** The pure parts of signing in: password hashes, usernames, the Origin check, the session secret. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/password';
import { crossOriginProblem } from '@/lib/auth/origin';
import { LOCAL_SECRET_FILE, localSecret } from '@/lib/auth/secret';
import { usernameSchema } from '@/lib/auth/users';
import { ConfigError, parseEnv } from '@/lib/config/env';

// scrypt is slow on purpose: about a second per hash on a busy machine.
describe('password hashes', { timeout: 30_000 }, () => {
  it('check the password they were made from, and no other', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('Correct horse battery staple', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('are salted: the same password twice gives two hashes, neither holding it', async () => {
    const [a, b] = [await hashPassword('the same password'), await hashPassword('the same password')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toContain('the same password');
  });

  it('take a password typed in another Unicode form', async () => {
    const hash = await hashPassword('caf\u00e9 au lait, twice');
    expect(await verifyPassword('cafe\u0301 au lait, twice', hash)).toBe(true);
  });

  it('refuse a damaged record or one asking for too much memory, without throwing', async () => {
    const hash = await hashPassword('a good long password');
    const parts = hash.split('$');
    expect(await verifyPassword('a good long password', parts.slice(0, 5).join('$'))).toBe(false);
    expect(await verifyPassword('a good long password', ['scrypt', 2 ** 24, ...parts.slice(2)].join('$'))).toBe(false);
    expect(await verifyPassword('a good long password', ['bcrypt', ...parts.slice(1)].join('$'))).toBe(false);
    expect(await verifyPassword('a good long password', '')).toBe(false);
  });

  it('are made only of passwords of 12 to 1,000 characters', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('x'.repeat(1001))).toMatch(/at most 1,000/);
    expect(passwordProblem('twelve chars')).toBeNull();
  });
});

describe('usernames', () => {
  it('are one trimmed line of at most 64 characters', () => {
    expect(usernameSchema.parse('  alice ')).toBe('alice');
    expect(usernameSchema.safeParse('alice\nbob').success).toBe(false);
    expect(usernameSchema.safeParse('evil\u202Eeliv').success).toBe(false);
    expect(usernameSchema.safeParse('a'.repeat(65)).success).toBe(false);
    expect(usernameSchema.safeParse('   ').success).toBe(false);
  });
});

describe('the Origin check', () => {
  const request = (method: string, headers: Record<string, string>, url = 'http://stancegraph.example/api/import') =>
    new Request(url, { method, headers });

  it('lets through reads, requests without an Origin, and the app’s own pages', () => {
    expect(crossOriginProblem(request('GET', { origin: 'https://evil.example' }))).toBeNull();
    expect(crossOriginProblem(request('POST', {}))).toBeNull();
    expect(
      crossOriginProblem(request('POST', { origin: 'http://stancegraph.example', host: 'stancegraph.example' })),
    ).toBeNull();
    expect(
      crossOriginProblem(request('DELETE', { origin: 'https://Stancegraph.example', host: 'stancegraph.example:443' })),
    ).toBeNull();
  });

  it('refuses a state-changing request from another origin, port or an opaque one', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(
        crossOriginProblem(request(method, { origin: 'https://evil.example', host: 'stancegraph.example' })),
      ).toMatch(/another site/);
    }
    expect(
      crossOriginProblem(request('POST', { origin: 'http://stancegraph.example:8080', host: 'stancegraph.example' })),
    ).not.toBeNull();
    expect(crossOriginProblem(request('POST', { origin: 'null', host: 'stancegraph.example' }))).not.toBeNull();
    expect(crossOriginProblem(request('POST', { origin: 'file://', host: 'stancegraph.example' }))).not.toBeNull();
    // A look-alike host that merely starts with the app's.
    expect(
      crossOriginProblem(request('POST', { origin: 'https://stancegraph.example.evil', host: 'stancegraph.example' })),
    ).not.toBeNull();
  });

  it('takes the host from X-Forwarded-Host behind a proxy, else Host, else the URL', () => {
    const proxied = { host: '127.0.0.1:3000', 'x-forwarded-host': 'stancegraph.example, inner.proxy' };
    expect(crossOriginProblem(request('POST', { ...proxied, origin: 'https://stancegraph.example' }))).toBeNull();
    expect(crossOriginProblem(request('POST', { ...proxied, origin: 'http://127.0.0.1:3000' }))).not.toBeNull();
    // A proxy that rewrites Host and says nothing: the browser's writes are refused (docs/api.md).
    expect(
      crossOriginProblem(request('POST', { host: '127.0.0.1:3000', origin: 'https://stancegraph.example' })),
    ).not.toBeNull();
    expect(crossOriginProblem(request('POST', { origin: 'http://stancegraph.example' }))).toBeNull();
  });
});

describe('the session secret', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const tempRoot = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-secret-'));
    dirs.push(dir);
    return dir;
  };

  it('is made once locally, readable by its owner only, and the same on every later start', () => {
    const root = tempRoot();
    const first = localSecret(root);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(localSecret(root)).toBe(first);
    expect(localSecret(tempRoot())).not.toBe(first);
    expect(fs.statSync(path.join(root, LOCAL_SECRET_FILE)).mode & 0o077).toBe(0);
    expect(fs.readdirSync(path.dirname(path.join(root, LOCAL_SECRET_FILE)))).toEqual(['session-secret']);
  });

  it('is refused when too short, set or kept', () => {
    expect(() => parseEnv({ STANCEGRAPH_SESSION_SECRET: 'too short' })).toThrow(ConfigError);
    expect(() => parseEnv({ STANCEGRAPH_SESSION_SECRET: 'too short' })).toThrow(
      /STANCEGRAPH_SESSION_SECRET must be at least 32 characters/,
    );
    expect(parseEnv({ STANCEGRAPH_SESSION_SECRET: 'x'.repeat(32) }).STANCEGRAPH_SESSION_SECRET).toBe('x'.repeat(32));
    const root = tempRoot();
    fs.mkdirSync(path.join(root, '.stancegraph'));
    fs.writeFileSync(path.join(root, LOCAL_SECRET_FILE), 'short');
    expect(() => localSecret(root)).toThrow(/delete it/);
  });
});
