/**
 * Set-up file of the browser project: before a file's first test, waits until the app the global
 * setup builds and starts in the background answers (tests/setup/app.global.ts), or fails the file
 * with the reason it did not.
 */
import fs from 'node:fs';
import { beforeAll, inject } from 'vitest';
import { APP_STATE_FILE, type AppState } from './app.global';

const WAIT_MS = 10 * 60_000;

function readState(): AppState | undefined {
  try {
    return JSON.parse(fs.readFileSync(APP_STATE_FILE, 'utf8')) as AppState;
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  const url = inject('appUrl');
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const state = readState();
    if (state?.url === url && state.state === 'ready') return;
    if (state?.url === url && state.state === 'failed')
      throw new Error(`The app under test did not start: ${state.error}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app under test was not ready at ${url} within ${WAIT_MS / 60_000} minutes.`);
}, WAIT_MS + 5_000);
