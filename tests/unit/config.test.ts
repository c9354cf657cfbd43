import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, neo4jConnection, parseEnv } from '@/lib/config/env';
import { LocalNeo4jError, PROJECT_ROOT, explainStartFailure, optionsFromEnv } from '@/neo4j-local/manager';

describe('app configuration', () => {
  it('uses the local Neo4j on loopback when NEO4J_URI is unset or empty', () => {
    expect(neo4jConnection(parseEnv({}))).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      username: undefined,
      password: undefined,
      database: undefined,
      local: true,
    });
    expect(neo4jConnection(parseEnv({ NEO4J_URI: '', NEO4J_LOCAL_BOLT_PORT: '7700' })).uri).toBe(
      'bolt://127.0.0.1:7700',
    );
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
