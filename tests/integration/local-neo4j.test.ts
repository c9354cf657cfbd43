/**
 * The project's own Neo4j, driven the way `npm run db:*` and `npm run dev` drive it: a second
 * instance beside the shared test database, started, found running, refused a taken port or a
 * locked store, really stopped (the API answers 503 and says why) and started again (the API
 * recovers by itself with the password it had, and the store needed no recovery); then started
 * without its password file, as a data folder from before authentication or a reset: a new password,
 * set on the store that is there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv, versionTtlMs } from '@/lib/config/env';
import { localCredentials, localPasswordPath } from '@/lib/config/local-neo4j';
import { closeDriver, createDriver } from '@/lib/neo4j';
import { FIRST_EVENT_SEED_DIR, seedFromDir } from '@/lib/seed';
import {
  NO_JAVA_MESSAGE,
  PROJECT_ROOT,
  boltUri,
  connectionEnv,
  start,
  status,
  stop,
  type LocalNeo4jOptions,
} from '@/neo4j-local/manager';
import { JVM_START_TIMEOUT } from './own-neo4j';
import { api } from './routes';
import { TEST_PORTS } from '../ports';

const options: LocalNeo4jOptions = {
  port: TEST_PORTS.lifecycle,
  dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'test-lifecycle'),
};
const stateFile = path.join(options.dataDir, 'stancegraph-neo4j.json');
const passwordFile = localPasswordPath(options.dataDir);
const debugLog = path.join(options.dataDir, 'logs', 'debug.log');
const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

// This file's API calls go to its own instance, not to the shared test database (its password is
// set once the first start has made it).
process.env.NEO4J_URI = boltUri(options.port);
delete process.env.NEO4J_USERNAME;
delete process.env.NEO4J_PASSWORD;

/** `RETURN 1` on this instance as `neo4j` with `password`: 1, or the error's code. */
async function tryPassword(password: string): Promise<unknown> {
  const driver = neo4j.driver(boltUri(options.port), neo4j.auth.basic('neo4j', password));
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    return records[0].get('one').toNumber();
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  await stop(options);
  fs.rmSync(options.dataDir, { recursive: true, force: true });
});

afterAll(async () => {
  await clients?.halt();
  await closeDriver();
  await stop(options);
});

function runScript(script: string, args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, [TSX, script, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Answer = { status: number; body: { error?: string } };

/** Reads the API the way ten open pages would: each client in a loop, until halted. */
function readers(count: number) {
  const reads = [
    () => api.graph('?event=russia-recognizes-taliban'),
    () => api.actors('?q=koofi'),
    () => api.events(),
    () => api.actor('fawzia-koofi'),
  ];
  const seen: { client: number; at: number; answer: Answer }[] = [];
  let halted = false;
  const loops = Array.from({ length: count }, async (_, client) => {
    while (!halted) {
      const answer = await reads[client % reads.length]();
      seen.push({ client, at: Date.now(), answer });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  return {
    seen,
    /** Resolves once every client has had a 200 after `since`, or after `ms`. */
    async allAnsweredAfter(since: number, ms: number): Promise<boolean> {
      const deadline = since + ms;
      while (Date.now() < deadline) {
        const ok = new Set(seen.filter((s) => s.at >= since && s.answer.status === 200).map((s) => s.client));
        if (ok.size === count) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    },
    async halt() {
      halted = true;
      await Promise.all(loops);
    },
  };
}

// Ten clients read from before the stop until after the restart (two tests below): only 503s with
// the reason while it is down, never a 500, and 200s again within 5 s of its return.
let clients: ReturnType<typeof readers> | undefined;

describe('the local Neo4j', () => {
  let firstPid: number | undefined;

  it(
    'starts a real Neo4j 5.26 on loopback and seeds it',
    async () => {
      const result = await start(options);
      expect(result.alreadyRunning).toBe(false);
      firstPid = result.status.pid;
      // The first start made the password: the folder and its file are the owner's only.
      expect(fs.statSync(options.dataDir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
      Object.assign(process.env, connectionEnv(options));
      const driver = createDriver({
        uri: boltUri(options.port),
        ...localCredentials(options.dataDir),
        database: undefined,
        local: true,
      });
      try {
        await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
      } finally {
        await driver.close();
      }
      const health = await api.health();
      expect(health.status).toBe(200);
      expect(health.body.neo4j.version).toMatch(/^5\.26\./);
    },
    JVM_START_TIMEOUT,
  );

  it('a second start reports the running one instead of opening the store twice', async () => {
    const again = await start(options);
    expect(again.alreadyRunning).toBe(true);
    expect(again.status.pid).toBe(firstPid);

    const cli = runScript('scripts/db.ts', ['start'], {
      NEO4J_LOCAL_BOLT_PORT: String(options.port),
      NEO4J_LOCAL_DATA_DIR: options.dataDir,
    });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`Neo4j is already running (pid ${firstPid}) at ${boltUri(options.port)}`);
    expect(cli.stdout).toContain(`User neo4j; its password is in ${passwordFile} (readable by you only).`);
    expect(cli.stdout + cli.stderr).not.toContain(localCredentials(options.dataDir).password);

    // One started before authentication has no password file: it must be stopped, not used.
    fs.renameSync(passwordFile, `${passwordFile}.aside`);
    try {
      await expect(start(options)).rejects.toThrow(
        `The local Neo4j (pid ${firstPid}) is running without its password file ${passwordFile}. Stop it (npm run db:stop) and start it again: a new password is made and set.`,
      );
    } finally {
      fs.renameSync(`${passwordFile}.aside`, passwordFile);
    }

    const st = runScript('scripts/db.ts', ['status'], {
      NEO4J_LOCAL_BOLT_PORT: String(options.port),
      NEO4J_LOCAL_DATA_DIR: options.dataDir,
    });
    expect(st.stdout).toContain(`running: pid ${firstPid}`);
  });

  it('explains a port already in use, in one line', async () => {
    const other = { port: options.port, dataDir: `${options.dataDir}-other` };
    await expect(start(other)).rejects.toThrow(
      `Port ${options.port} on 127.0.0.1 is already in use by another program. Set NEO4J_LOCAL_BOLT_PORT to a free port, or stop that program.`,
    );
    expect(fs.existsSync(path.join(other.dataDir, 'stancegraph-neo4j.json'))).toBe(false);
    fs.rmSync(other.dataDir, { recursive: true, force: true });
  });

  it(
    'explains a store locked by a process it does not know about',
    async () => {
      // Lose the state file: the running JVM still holds Neo4j's own store lock.
      const state = fs.readFileSync(stateFile, 'utf8');
      fs.rmSync(stateFile);
      try {
        await expect(start({ port: options.port - 2, dataDir: options.dataDir })).rejects.toThrow(
          /is locked by another process .*Stop it, or set NEO4J_LOCAL_DATA_DIR to another folder\./,
        );
      } finally {
        fs.writeFileSync(stateFile, state);
      }
      expect((await api.health()).status).toBe(200); // the running database was not disturbed
    },
    JVM_START_TIMEOUT,
  );

  it(
    'paused (SIGSTOP) for 10 s, the API answers 503 within about 6 s instead of hanging, and recovers once resumed',
    async () => {
      expect((await api.graph('?event=russia-recognizes-taliban')).status).toBe(200);
      process.kill(firstPid!, 'SIGSTOP');
      const paused = Date.now();
      // A read within the version's TTL of the last one is served from the read cache without asking
      // Neo4j (lib/graph/version.ts): the pause shows to the reads after that.
      await new Promise((resolve) => setTimeout(resolve, versionTtlMs(parseEnv(process.env)) + 50));
      // Resumed after 12 s whatever happens: requests that hung would then answer, too late.
      const resume = setTimeout(() => process.kill(firstPid!, 'SIGCONT'), 12_000);
      let answers: { answer: Answer; ms: number }[];
      try {
        answers = await Promise.all(
          Array.from({ length: 10 }, async (_, i) => {
            const started = Date.now();
            const answer = await (i % 2 ? api.actors('?q=koofi') : api.graph('?event=russia-recognizes-taliban'));
            return { answer, ms: Date.now() - started };
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, paused + 10_000 - Date.now())));
      } finally {
        clearTimeout(resume);
        process.kill(firstPid!, 'SIGCONT');
      }
      for (const { answer, ms } of answers) {
        expect(answer.status).toBe(503);
        expect(answer.body.error).toMatch(/Neo4j\) is not answering: it may be paused/);
        // The 6 s deadline and the request's own work, with room for a loaded machine; without the
        // deadline a frozen socket holds the request for as long as the pause lasts.
        expect(ms).toBeLessThan(9_500);
      }
      const resumed = Date.now();
      const client = readers(1);
      try {
        expect(await client.allAnsweredAfter(resumed, 15_000)).toBe(true);
      } finally {
        await client.halt();
      }
    },
    JVM_START_TIMEOUT,
  );

  it('when stopped, every route answers 503 and says the database is unreachable', async () => {
    clients = readers(10);
    await clients.allAnsweredAfter(Date.now(), 2_000);
    const stopped = await stop(options);
    expect(stopped).toEqual({ wasRunning: true, pid: firstPid });
    expect((await status(options)).running).toBe(false);

    const health = await api.health();
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', neo4j: { status: 'down' } });
    for (const answer of [
      await api.graph('?event=russia-recognizes-taliban'),
      await api.actors('?q=koofi'),
      await api.actor('fawzia-koofi'),
      await api.events(),
      await api.event('russia-recognizes-taliban'),
    ]) {
      expect(answer.status).toBe(503);
      expect(answer.body.error).toMatch(/Neo4j\) is unreachable/);
      expect(JSON.stringify(answer.body)).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it(
    'a stale state file is cleared, the store opens with no recovery, and the API recovers by itself',
    async () => {
      fs.writeFileSync(stateFile, JSON.stringify({ pid: 999_999, port: options.port, startedAt: 'then' }));
      const passwordBefore = fs.readFileSync(passwordFile, 'utf8');
      const logBefore = fs.readFileSync(debugLog, 'utf8').length;
      const lines: string[] = [];
      const restarted = await start(options, (line) => lines.push(line));
      const back = Date.now();
      expect(restarted.alreadyRunning).toBe(false);
      // Here within 5 s of the restart when the machine is quiet; the bound leaves room for the app's
      // build, which runs beside this file in npm test. The point is that the app recovers by itself.
      expect(await clients!.allAnsweredAfter(back, 15_000)).toBe(true);
      await clients!.halt();
      const during = clients!.seen.filter((s) => s.answer.status !== 200);
      expect(during.length).toBeGreaterThan(0);
      for (const { answer } of during) {
        expect(answer.status).toBe(503);
        expect(answer.body.error).toMatch(/Neo4j\) (is unreachable|is not answering)/);
      }
      expect(lines.join('\n')).toMatch(/Removing a stale state file/);

      const newLog = fs.readFileSync(debugLog, 'utf8').slice(logBefore);
      expect(newLog).toContain('Bolt server started');
      expect(newLog).not.toMatch(/Recovery required/i);

      const health = await api.health();
      expect(health.status).toBe(200);
      const koofi = await api.actor('fawzia-koofi');
      expect(koofi.status).toBe(200); // the data survived the stop
      expect(koofi.body.stances[0].stance).toBe('condemnation');

      // The same password, still its owner's only: the app's driver made before the stop kept working.
      expect(fs.readFileSync(passwordFile, 'utf8')).toBe(passwordBefore);
      expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
      expect(await tryPassword(passwordBefore.trim())).toBe(1);
    },
    JVM_START_TIMEOUT,
  );

  it(
    'without its password file (a folder from before authentication, or a reset), a start makes a new password and sets it on the store there',
    async () => {
      const old = localCredentials(options.dataDir).password;
      await stop(options);
      fs.rmSync(passwordFile);
      await start(options);
      const renewed = localCredentials(options.dataDir).password;
      expect(renewed).not.toBe(old);
      expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
      expect(await tryPassword(renewed)).toBe(1);
      // Refused; after three refusals in a row (any client's), Neo4j locks the user for 5 s.
      expect(await tryPassword(old)).toMatch(/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit)$/);

      Object.assign(process.env, connectionEnv(options));
      await closeDriver(); // the app reads the password when it makes its driver
      const koofi = await api.actor('fawzia-koofi');
      expect(koofi.status).toBe(200); // the store was kept
    },
    JVM_START_TIMEOUT,
  );
});

describe('npm run dev without Java and without NEO4J_URI', () => {
  it('stops with the three ways forward, not a stack trace', () => {
    const dataDir = fs.mkdtempSync(path.join(PROJECT_ROOT, '.neo4j-local', 'no-java-'));
    try {
      const result = runScript('scripts/dev.ts', [], {
        PATH: '/nonexistent',
        JAVA_HOME: '',
        NEO4J_URI: '',
        NEO4J_LOCAL_DATA_DIR: dataDir,
        NEO4J_LOCAL_BOLT_PORT: String(options.port + 10),
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(NO_JAVA_MESSAGE);
      expect(result.stderr).toMatch(/JDK 17/);
      expect(result.stderr).toMatch(/docker compose up/);
      expect(result.stderr).toMatch(/NEO4J_URI/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
