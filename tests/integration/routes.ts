/**
 * Calls the real route handlers in-process, as Next.js would, and returns status and JSON body; and
 * signs in for the routes that write (`signedInEditor`, `importRequest`).
 */
import { afterAll, beforeAll } from 'vitest';
import { GET as actorRoute } from '@/app/api/actors/[id]/route';
import { GET as actorsRoute } from '@/app/api/actors/route';
import { GET as eventRoute } from '@/app/api/events/[id]/route';
import { GET as eventsRoute } from '@/app/api/events/route';
import { GET as graphRoute } from '@/app/api/graph/route';
import { GET as healthRoute } from '@/app/api/health/route';
import { GET as stanceEvidenceRoute } from '@/app/api/stances/[id]/evidence/route';
import { POST as signInRoute } from '@/app/api/session/route';
import { createUser } from '@/lib/auth/users';
import { hydrateGraph } from '@/lib/client/data/graph-answer';
import { removeAccounts, sharedDriver } from './shared-neo4j';

export interface Answer<T = any> {
  status: number;
  body: T;
}

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, body: await response.json() };
}

const request = (pathAndQuery: string) => new Request(`http://127.0.0.1${pathAndQuery}`);
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

export const api = {
  health: async () => answer(await healthRoute()),
  graph: async (query = '') => answer(await graphRoute(request(`/api/graph${query}`))),
  /** /api/graph as the explorer reads it (hydrateGraph): one list of edges, each with its id and type. */
  graphView: async (query = '') => {
    const sent = await answer(await graphRoute(request(`/api/graph${query}`)));
    return sent.status === 200 ? { ...sent, body: hydrateGraph(sent.body) } : sent;
  },
  actors: async (query = '') => answer(await actorsRoute(request(`/api/actors${query}`))),
  actor: async (id: string, query = '') =>
    answer(await actorRoute(request(`/api/actors/${encodeURIComponent(id)}${query}`), withId(id))),
  events: async (query = '') => answer(await eventsRoute(request(`/api/events${query}`))),
  event: async (id: string) => answer(await eventRoute(request(`/api/events/${encodeURIComponent(id)}`), withId(id))),
  stanceEvidence: async (id: string) =>
    answer(await stanceEvidenceRoute(request(`/api/stances/${encodeURIComponent(id)}/evidence`), withId(id))),
};

/** The `Cookie` header a browser would send back after `response`. */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Signs in through POST /api/session as a browser on this site would; the raw answer. */
export function postSession(body: unknown, headers: Record<string, string> = {}, url = 'http://127.0.0.1/api/session') {
  return signInRoute(
    new Request(url, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );
}

/** Signs in; the Cookie header of the session. */
export async function signIn(username: string, password: string): Promise<string> {
  const response = await postSession({ username, password });
  if (response.status !== 200) throw new Error(`Signing in as ${username} answered ${response.status}.`);
  return cookieFrom(response);
}

export const TEST_EDITOR = { username: 'test-editor', password: 'a test editor password' };
let editorCookie: string | undefined;

/**
 * For a file that writes through the routes: an editor account in the shared database, signed in
 * before the file's own hooks run (call it at the top of the file) and removed after them. Its own
 * driver, since a file closes the app's driver in its afterAll.
 */
export function signedInEditor(): void {
  const driver = sharedDriver();
  beforeAll(async () => {
    await removeAccounts(driver);
    await createUser({ driver }, { ...TEST_EDITOR, role: 'editor' });
    editorCookie = await signIn(TEST_EDITOR.username, TEST_EDITOR.password);
  });
  afterAll(async () => {
    editorCookie = undefined;
    try {
      await removeAccounts(driver);
    } finally {
      await driver.close();
    }
  });
}

/** POST /api/import?<query> with `body`, signed in as the editor of signedInEditor(). */
export function importRequest(query: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  if (!editorCookie) throw new Error('Call signedInEditor() at the top of the file to import through the route.');
  return new Request(`http://127.0.0.1/api/import${query}`, {
    method: 'POST',
    body,
    headers: { cookie: editorCookie, ...headers },
    duplex: 'half',
  } as RequestInit);
}
