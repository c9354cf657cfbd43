/** Set-up file of the browser project: each file's tests start once the app under test answers. */
import { beforeAll, inject } from 'vitest';
import { waitUntilReady } from './readiness';

const WAIT_MS = 10 * 60_000;

beforeAll(() => waitUntilReady('app', inject('appUrl'), 'The app under test', WAIT_MS), WAIT_MS + 5_000);
