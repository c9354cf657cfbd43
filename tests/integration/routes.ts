/** Calls the real route handlers in-process, as Next.js would, and returns status and JSON body. */
import { GET as actorRoute } from '@/app/api/actors/[id]/route';
import { GET as actorsRoute } from '@/app/api/actors/route';
import { GET as eventRoute } from '@/app/api/events/[id]/route';
import { GET as eventsRoute } from '@/app/api/events/route';
import { GET as graphRoute } from '@/app/api/graph/route';
import { GET as healthRoute } from '@/app/api/health/route';

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
  actors: async (query = '') => answer(await actorsRoute(request(`/api/actors${query}`))),
  actor: async (id: string, query = '') =>
    answer(await actorRoute(request(`/api/actors/${encodeURIComponent(id)}${query}`), withId(id))),
  events: async (query = '') => answer(await eventsRoute(request(`/api/events${query}`))),
  event: async (id: string) => answer(await eventRoute(request(`/api/events/${encodeURIComponent(id)}`), withId(id))),
};
