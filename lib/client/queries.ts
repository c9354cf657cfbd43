/** The old path of data/queries.ts, still imported by lib/graph/prefetch.ts; goes once that imports data/queries. */
export { eventsQuery } from './data/queries';
