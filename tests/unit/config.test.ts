import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, neo4jConnection, parseEnv, versionTtlMs } from '@/lib/config/env';
import { LocalPasswordMissingError } from '@/lib/config/local-neo4j';
import { isNeo4jUnavailable, unavailableReason } from '@/lib/neo4j';
import {
  LocalNeo4jError,
  PROJECT_ROOT,
  ensurePassword,
  explainStartFailure,
  optionsFromEnv,
} from '@/neo4j-local/manager';

describe('app configuration', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-config-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('uses the local Neo4j on loopback when NEO4J_URI is unset or empty, with the password from its data folder', () => {
    fs.mkdirSync(path.join(root, '.neo4j-local', 'data'), { recursive: true });
    fs.writeFileSync(path.join(root, '.neo4j-local', 'data', 'neo4j-password'), 'from-the-file\n', { mode: 0o600 });
    expect(neo4jConnection(parseEnv({}), root)).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      username: 'neo4j',
      password: 'from-the-file',
      database: undefined,
      local: true,
    });
    expect(neo4jConnection(parseEnv({ NEO4J_URI: '', NEO4J_LOCAL_BOLT_PORT: '7700' }), root).uri).toBe(
      'bolt://127.0.0.1:7700',
    );
  });

  it('reads the password file of NEO4J_LOCAL_DATA_DIR, and an explicit NEO4J_PASSWORD wins over it', () => {
    const dataDir = path.join(root, 'elsewhere');
    ensurePassword(dataDir);
    const made = fs.readFileSync(path.join(dataDir, 'neo4j-password'), 'utf8').trim();
    expect(made).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    const fromFile = neo4jConnection(parseEnv({ NEO4J_LOCAL_DATA_DIR: dataDir }), root);
    expect(fromFile).toMatchObject({ username: 'neo4j', password: made, local: true });

    const explicit = { NEO4J_LOCAL_DATA_DIR: dataDir, NEO4J_PASSWORD: 'my own' };
    expect(neo4jConnection(parseEnv(explicit), root)).toMatchObject({ username: 'neo4j', password: 'my own' });
    expect(neo4jConnection(parseEnv({ ...explicit, NEO4J_USERNAME: 'me' }), root)).toMatchObject({
      username: 'me',
      password: 'my own',
    });
    // Explicit credentials need no file at all; an empty value in .env.local means "not set".
    const noFile = path.join(root, 'never-started');
    expect(neo4jConnection(parseEnv({ NEO4J_LOCAL_DATA_DIR: noFile, NEO4J_PASSWORD: 'pw' }), root).password).toBe('pw');
    expect(() => neo4jConnection(parseEnv({ NEO4J_LOCAL_DATA_DIR: noFile, NEO4J_PASSWORD: '' }), root)).toThrow(
      LocalPasswordMissingError,
    );
  });

  it('without the file, says to start the local Neo4j first; the API maps that to a 503', () => {
    const dataDir = path.join(root, 'not-started');
    let error: unknown;
    try {
      neo4jConnection(parseEnv({ NEO4J_LOCAL_DATA_DIR: dataDir }), root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      `No password for the local Neo4j in ${path.join(dataDir, 'neo4j-password')}: start it first (npm run db:start, or npm run dev), which makes one; or set NEO4J_URI to use your own Neo4j.`,
    );
    expect(isNeo4jUnavailable(error)).toBe(true);
    expect(unavailableReason(error)).toMatch(/^The local Neo4j has not been started yet .*npm run db:start/);
    expect(unavailableReason(error)).not.toContain(dataDir); // no server paths to clients
  });

  it('uses NEO4J_URI and its credentials when set', () => {
    expect(
      neo4jConnection(
        parseEnv({
          NEO4J_URI: 'neo4j+s://db.example.org',
          NEO4J_USERNAME: 'neo4j',
          NEO4J_PASSWORD: 'pw',
          NEO4J_DATABASE: 'news',
        }),
      ),
    ).toEqual({ uri: 'neo4j+s://db.example.org', username: 'neo4j', password: 'pw', database: 'news', local: false });
    // The local password file is not read for a Neo4j of your own, even when there is one.
    expect(
      neo4jConnection(
        parseEnv({ NEO4J_URI: 'bolt://db.example.org:7687', NEO4J_LOCAL_DATA_DIR: '/nonexistent' }),
        root,
      ),
    ).toMatchObject({ username: undefined, password: undefined, local: false });
  });

  it('fails fast and clearly on bad values', () => {
    expect(() => parseEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(ConfigError);
    expect(() => parseEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      /NEO4J_URI must look like bolt:\/\/host:7687/,
    );
    expect(() => parseEnv({ NEO4J_LOCAL_BOLT_PORT: '80' })).toThrow(
      /NEO4J_LOCAL_BOLT_PORT must be a port number from 1024 to 65535/,
    );
  });

  it('trusts a read graph version for 250 ms unless told otherwise; 0 asks every time', () => {
    expect(versionTtlMs(parseEnv({}))).toBe(250);
    expect(versionTtlMs(parseEnv({ STANCEGRAPH_VERSION_TTL_MS: '0' }))).toBe(0);
    expect(() => parseEnv({ STANCEGRAPH_VERSION_TTL_MS: '-5' })).toThrow(
      /STANCEGRAPH_VERSION_TTL_MS must be a whole number from 0 to 60000/,
    );
  });
});

describe('local Neo4j options', () => {
  it('defaults to port 7687 and .neo4j-local/data, and takes NEO4J_LOCAL_BOLT_PORT / NEO4J_LOCAL_DATA_DIR', () => {
    expect(optionsFromEnv({})).toEqual({ port: 7687, dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'data') });
    expect(optionsFromEnv({ NEO4J_LOCAL_BOLT_PORT: '7777', NEO4J_LOCAL_DATA_DIR: '/tmp/elsewhere' })).toEqual({
      port: 7777,
      dataDir: '/tmp/elsewhere',
    });
    expect(() => optionsFromEnv({ NEO4J_LOCAL_BOLT_PORT: 'abc' })).toThrow(LocalNeo4jError);
  });

  it('turns a failed start into one line a person can act on', () => {
    const options = { port: 7687, dataDir: '/data' };
    expect(
      explainStartFailure(
        'org.neo4j.kernel.impl.store.StoreLockException: Unable to obtain lock on store lock file',
        options,
      ),
    ).toBe(
      'The store in /data is locked by another process (another Neo4j using this data folder?). Stop it, or set NEO4J_LOCAL_DATA_DIR to another folder.',
    );
    expect(explainStartFailure('java.net.BindException: Address already in use', options)).toMatch(
      /^Port 7687 on 127\.0\.0\.1 is already in use/,
    );
    expect(explainStartFailure('java.lang.UnsupportedClassVersionError: class file version 61', options)).toMatch(
      /JDK 17 or newer/,
    );
    expect(
      explainStartFailure(
        "Unrecognized VM option 'TieredStopAtLevle=1'\nError: Could not create the Java Virtual Machine.",
        options,
      ),
    ).toBe('Java does not know the option "TieredStopAtLevle=1": check NEO4J_LOCAL_JAVA_OPTS.');
  });
});

describe("the local Neo4j's password file", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-password-')), 'data');
  });
  afterAll(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));
  const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

  it('is made once in a new folder of mode 700, with mode 600, and kept', () => {
    const lines: string[] = [];
    const file = ensurePassword(dataDir, (line) => lines.push(line));
    expect(file).toBe(path.join(dataDir, 'neo4j-password'));
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    const first = fs.readFileSync(file, 'utf8');
    ensurePassword(dataDir, (line) => lines.push(line));
    expect(fs.readFileSync(file, 'utf8')).toBe(first);
    expect(lines).toEqual([]);
  });

  it('narrows a folder or a file that others could read, and says so', () => {
    const file = path.join(dataDir, 'neo4j-password');
    const before = fs.readFileSync(file, 'utf8');
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(file, 0o644);
    const lines: string[] = [];
    ensurePassword(dataDir, (line) => lines.push(line));
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toBe(before); // the same password: narrowing it is enough to go on
    expect(lines).toEqual([
      `${dataDir} was open to other users (mode 755); it is now its owner's only (700).`,
      `${file} was readable by other users (mode 644); it is now its owner's only (600). If someone may have read it, reset the password (docs/development.md).`,
    ]);
    expect(lines.join('\n')).not.toContain(before.trim());
  });

  it('refuses an empty file or something other than a file, and a new password is made once it is removed', () => {
    const file = path.join(dataDir, 'neo4j-password');
    fs.writeFileSync(file, '\n');
    expect(() => ensurePassword(dataDir)).toThrow(/is empty; delete it and start the local Neo4j again/);
    fs.rmSync(file);
    fs.mkdirSync(file);
    expect(() => ensurePassword(dataDir)).toThrow(LocalNeo4jError);
    fs.rmdirSync(file);
    ensurePassword(dataDir);
    expect(fs.readFileSync(file, 'utf8').trim()).toHaveLength(43);
  });
});
