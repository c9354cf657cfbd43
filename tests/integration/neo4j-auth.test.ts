/**
 * The shared test Neo4j, started as `npm run dev` starts the local one, runs with authentication: a
 * client without the password in its data folder is refused, and the app then answers 503 with the
 * reason, never a 500 with Neo4j's words. The password file is its owner's only. (A restart keeping
 * the password: tests/integration/local-neo4j.test.ts.)
 */
import fs from 'node:fs';
import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { localPasswordPath } from '@/lib/config/local-neo4j';
import { closeDriver, isNeo4jUnavailable, unavailableReason } from '@/lib/neo4j';
import { api } from './routes';
import { TEST_DATA_DIR } from '../setup/neo4j.global';

const uri = inject('neo4jUri');
const auth = inject('neo4jAuth');

/** What `RETURN 1` gives through a driver of its own with `token`: 1, or the error. */
async function tryWith(token: AuthToken | undefined): Promise<unknown> {
  const driver: Driver = neo4j.driver(uri, token, { connectionTimeout: 3_000 });
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    return records[0].get('one').toNumber();
  } catch (error) {
    return error;
  } finally {
    await driver.close();
  }
}

afterAll(async () => {
  process.env.NEO4J_PASSWORD = auth.password;
  await closeDriver();
  // Three wrong passwords in a row lock the user for 5 s (Neo4j's default): wait it out here, so the
  // next file is not refused.
  const deadline = Date.now() + 15_000;
  while ((await tryWith(neo4j.auth.basic(auth.username, auth.password))) !== 1 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 20_000);

describe('the local Neo4j with authentication', () => {
  it('keeps the password in a file of mode 600, in a folder others cannot enter', () => {
    const file = localPasswordPath(TEST_DATA_DIR);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(TEST_DATA_DIR).mode & 0o077).toBe(0);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(auth.password);
    expect(auth.username).toBe('neo4j');
    expect(auth.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers the right password', async () => {
    expect(await tryWith(neo4j.auth.basic(auth.username, auth.password))).toBe(1);
  });

  it.each([
    ['no credentials', undefined],
    ['a wrong password', neo4j.auth.basic('neo4j', 'not the password')],
    ['the default password', neo4j.auth.basic('neo4j', 'neo4j')],
  ])('refuses %s', async (_, token) => {
    const error = await tryWith(token);
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toMatch(
      /^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit)$/,
    );
    expect(isNeo4jUnavailable(error)).toBe(true);
    expect(unavailableReason(error)).toMatch(/^Neo4j refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD/);
  });

  it('the app with a wrong password answers 503 and says why, with nothing of Neo4j in it', async () => {
    await closeDriver();
    process.env.NEO4J_PASSWORD = 'not the password';
    for (const answer of [await api.health(), await api.graph('?event=russia-recognizes-taliban')]) {
      expect(answer.status).toBe(503);
      const text = JSON.stringify(answer.body);
      expect(text).toMatch(/Neo4j refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD/);
      expect(text).not.toMatch(/\n\s+at |Neo\.ClientError|authentication failure/i);
      expect(text).not.toContain(auth.password);
    }
  });
});
