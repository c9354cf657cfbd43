/**
 * `npm start` listens on loopback only unless HOST says otherwise: the app's write routes must not be
 * reachable from the network by default. Reads the kernel's socket table for the port it listens on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, describe, expect, it, inject } from 'vitest';
import { freePort } from '../ports';

/** The local addresses listening on `port`, from /proc/net/tcp and tcp6 (hex, as the kernel writes them). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 3 && cols[3] === '0A' && cols[1].endsWith(`:${hexPort}`))
      .map((cols) => cols[1].split(':')[0]),
  );
}

let server: ChildProcess | undefined;

afterEach(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  server = undefined;
});

async function startApp(env: Record<string, string>): Promise<number> {
  const port = await freePort();
  server = spawn('npm', ['start', '--', '-p', String(port)], {
    env: {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: inject('neo4jAuth').username,
      NEO4J_PASSWORD: inject('neo4jAuth').password,
      NODE_ENV: 'production',
      ...env,
    },
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && listeningAddresses(port).length === 0) await new Promise((r) => setTimeout(r, 200));
  return port;
}

describe('npm start', () => {
  it('listens on 127.0.0.1 only by default', async () => {
    const port = await startApp({ HOST: '' });
    expect(listeningAddresses(port)).toEqual(['0100007F']);
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
  });

  it('listens wider only when HOST says so', async () => {
    const port = await startApp({ HOST: '0.0.0.0' });
    expect(listeningAddresses(port)).toEqual(['00000000']);
  });
});
