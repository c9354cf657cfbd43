/**
 * Global setup of the browser project, after tests/setup/neo4j.global.ts: provides `appUrl` at once,
 * then, in the background, builds the app with the test hooks compiled in (window.__cy) and starts
 * `next start` on that 127.0.0.1 port against the seeded test Neo4j. The build is skipped when nothing
 * it depends on changed since the last test build, which keeps a re-run well under a minute.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { testNeo4jAuth, testNeo4jReady } from './neo4j.global';
import { recordReadiness, registerHeavyWork } from './readiness';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, '.next');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'browser');
const STAMP = path.join(DIST, 'stancegraph-test-build.json');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const BUILD_INPUTS = ['app', 'components', 'lib', 'next.config.js', 'package-lock.json', 'tsconfig.json'];
const BUILD_ENV = {
  NEXT_PUBLIC_STANCEGRAPH_TEST_HOOKS: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  STANCEGRAPH_TEST_BUILD: '1',
};

function listFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((child) => listFiles(path.join(entry, child.name)))
    .sort();
}

function hashFiles(files: string[], base = ROOT): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update(fs.existsSync(path.join(base, file)) ? fs.readFileSync(path.join(base, file)) : 'missing');
  }
  return hash.digest('hex');
}

/** What a build is made from. */
function sourcesStamp(): string {
  return hashFiles(BUILD_INPUTS.flatMap(listFiles)) + JSON.stringify(BUILD_ENV);
}

/** Fingerprints of the build's output (a later `next dev` rewrites those). */
function outputStamp(): string {
  return hashFiles(['BUILD_ID', 'build-manifest.json', 'app-build-manifest.json', 'prerender-manifest.json'], DIST);
}

function buildIsCurrent(): boolean {
  if (process.env.STANCEGRAPH_TEST_REBUILD === '1' || !fs.existsSync(STAMP)) return false;
  try {
    const saved = JSON.parse(fs.readFileSync(STAMP, 'utf8')) as { sources?: string; output?: string };
    return saved.sources === sourcesStamp() && saved.output === outputStamp();
  } catch {
    return false;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = fs.createWriteStream(logFile);
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${path.basename(command)} ${args.join(' ')} exited with ${code}; see ${path.relative(ROOT, logFile)}`,
          ),
        );
    });
  });
}

function tail(file: string, lines = 30): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

async function waitForHealth(url: string, server: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`next start exited with ${server.exitCode} before it was healthy:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app at ${url} was not healthy within ${timeoutMs / 1000} s (${last}):\n${tail(logFile)}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const pid = server.pid!;
    const force = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    try {
      // The server runs in its own process group, so this ends it and any worker it spawned, nothing else.
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(force);
      resolve();
    }
  });
}

/** Holds a free port until the server takes it, so nothing else takes it during the build. */
function reservePort(): Promise<{ port: number; release: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const holder = net.createServer();
    holder.on('error', reject);
    holder.listen(0, '127.0.0.1', () => {
      const address = holder.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ port, release: () => new Promise((done) => holder.close(() => done())) });
    });
  });
}

async function buildIfNeeded(): Promise<void> {
  if (buildIsCurrent()) {
    console.log('[app] the test build in .next is current; skipping next build');
    return;
  }
  const started = Date.now();
  console.log('[app] next build with test hooks, beside the other projects (1-2 min)...');
  // Hashed before building: a file edited while the build runs must make the next run build again.
  const sources = sourcesStamp();
  await run(
    process.execPath,
    [NEXT_BIN, 'build'],
    { ...process.env, ...BUILD_ENV },
    path.join(ARTIFACTS, 'next-build.log'),
  );
  fs.writeFileSync(STAMP, JSON.stringify({ sources, output: outputStamp() }));
  console.log(`[app] built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function serve(
  neo4jUri: string,
  neo4jAuth: { username: string; password: string },
  reserved: { port: number; release: () => Promise<void> },
  logFile: string,
): Promise<ChildProcess> {
  const url = `http://127.0.0.1:${reserved.port}`;
  const log = fs.openSync(logFile, 'w');
  await reserved.release();
  const server = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(reserved.port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...BUILD_ENV,
      NEO4J_URI: neo4jUri,
      NEO4J_USERNAME: neo4jAuth.username,
      NEO4J_PASSWORD: neo4jAuth.password,
      NODE_ENV: 'production',
      PORT: String(reserved.port),
      QUERY_RATE_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  try {
    await waitForHealth(url, server, logFile, 120_000);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  console.log(`[app] serving ${url} against ${neo4jUri}`);
  return server;
}

/**
 * Provides the app's URL at once and builds and starts the app in the background, so the build runs
 * beside the other projects; each browser file waits for it (tests/setup/app-ready.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const reserved = await reservePort();
  const url = `http://127.0.0.1:${reserved.port}`;
  project.provide('appUrl', url);

  const built = buildIfNeeded();
  registerHeavyWork(built);
  const starting = recordReadiness(
    'app',
    url,
    Promise.all([built, testNeo4jReady()]).then(([, neo4jUri]) =>
      serve(neo4jUri, testNeo4jAuth(), reserved, path.join(ARTIFACTS, 'next-server.log')),
    ),
  );
  starting.catch(() => reserved.release());

  return async () => {
    const server = await starting.catch(() => undefined);
    if (server) await stopServer(server);
  };
}
