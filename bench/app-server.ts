/**
 * What the benchmarks that need a real server share (load, Play, the first look): the production app,
 * built with `next build` when there is no build or it is older than its sources and started with
 * `next start` on 127.0.0.1; and their own small data, imported through the import path.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../neo4j-local/manager';

const NEXT = path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

const BUILD_INPUTS = ['app', 'components', 'lib', 'middleware.ts', 'next.config.js', 'package-lock.json'];

/** The newest modification time of the files a build is made from. */
function newestSource(entry: string): number {
  const full = path.join(PROJECT_ROOT, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((child) => newestSource(path.join(entry, child))));
}

/**
 * Builds the app when there is no build or a source file changed after it (a bench of old code says
 * nothing), or when the build is the browser tests' (test hooks on): it is newer than the sources, so
 * it would pass for current, but the bench measures the app people get.
 */
export function ensureBuild(): void {
  const buildId = path.join(PROJECT_ROOT, '.next', 'BUILD_ID');
  if (fs.existsSync(path.join(PROJECT_ROOT, '.next', 'stancegraph-test-build.json')))
    fs.rmSync(buildId, { force: true });
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > Math.max(...BUILD_INPUTS.map(newestSource))) return;
  console.log('Building the app (next build)…');
  const build = spawnSync(process.execPath, [NEXT, 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('next build failed');
}

/**
 * `next start` on 127.0.0.1:`port`, with this process's environment (NEO4J_URI and the instance's
 * credentials) and `env`; resolves once /api/health answers.
 */
export async function startApp(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const app = spawn(process.execPath, [NEXT, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return app;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  app.kill();
  throw new Error('The app did not answer /api/health within a minute.');
}

/** Imports `csv` (the CSV import format) into the Neo4j of NEO4J_URI through the import path. */
export async function importCsv(csv: string): Promise<void> {
  const { getDriver } = await import('../lib/neo4j');
  const { importFile } = await import('../lib/import');
  const file = path.join(os.tmpdir(), `stancegraph-bench-${process.pid}.csv`);
  fs.writeFileSync(file, csv);
  try {
    const report = await importFile({ driver: getDriver() }, { file });
    if (report.invalidRows > 0) throw new Error(`the bench's own CSV has ${report.invalidRows} bad rows`);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
