/**
 * The global setups start the shared Neo4j and the app in the background, so the projects that do not
 * need them run meanwhile. They record how each is getting on in a small file; a project's set-up
 * file waits on it before its first test, and fails the file with the reason if the start failed.
 */
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '..', '..', 'test-artifacts');

export type Readiness = 'starting' | 'ready' | 'failed';

interface Recorded {
  /** What was started (a URL): a file left by an earlier run names another. */
  key: string;
  state: Readiness;
  error?: string;
}

function fileOf(name: string): string {
  return path.join(DIR, `${name}-state.json`);
}

/** Records `starting`, then `ready` or `failed` as `work` settles; returns `work`. */
export function recordReadiness<T>(name: string, key: string, work: Promise<T>): Promise<T> {
  fs.mkdirSync(DIR, { recursive: true });
  const write = (recorded: Recorded) => fs.writeFileSync(fileOf(name), JSON.stringify(recorded));
  write({ key, state: 'starting' });
  work.then(
    () => write({ key, state: 'ready' }),
    (error: unknown) => write({ key, state: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
  return work;
}

function read(name: string): Recorded | undefined {
  try {
    return JSON.parse(fs.readFileSync(fileOf(name), 'utf8')) as Recorded;
  } catch {
    return undefined;
  }
}

/** Waits until `name` started as `key` is ready; throws its error if it failed. */
export async function waitUntilReady(name: string, key: string, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const recorded = read(name);
    if (recorded?.key === key && recorded.state === 'ready') return;
    if (recorded?.key === key && recorded.state === 'failed')
      throw new Error(`${what} did not start: ${recorded.error}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} was not ready at ${key} within ${timeoutMs / 60_000} minutes.`);
}

// What runs in the background of the main process and takes the CPU (the app's build), on globalThis
// because each project loads the global setups as modules of their own.
const HEAVY = Symbol.for('stancegraph.heavyBackgroundWork');
const registry = globalThis as { [HEAVY]?: Promise<unknown>[] };

/** Registers CPU-heavy background work, which the timing-sensitive projects wait out. */
export function registerHeavyWork(work: Promise<unknown>): void {
  (registry[HEAVY] ??= []).push(work.catch(() => {}));
}

/** Settles when every piece of heavy background work registered so far has. */
export async function heavyWorkDone(): Promise<void> {
  await Promise.all(registry[HEAVY] ?? []);
}
