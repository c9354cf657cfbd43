/**
 * npm run bench:load [-- --profile skewed|assembly] [--seconds N] [--connections N] [--compare]
 *                     [--url http://127.0.0.1:3000]
 *
 * Many readers at once: autocannon with 20 connections for 20 s per route (bounded; 127.0.0.1 only).
 * Without --profile, over the seeded first event: its own Neo4j (port 7716, data in
 * .neo4j-local/bench-load, seeded when empty). With --profile, over that synthetic graph as
 * `npm run bench` loaded it (bench/profiles.ts): the default view, the most active actor's focus, a
 * search, the events and the health check. Without --url it starts the production app (`next build`
 * when there is none or it is older than its sources, then `next start` on port 3716). Prints
 * requests/s, p50, p99 and non-2xx answers per route, with the read cache on and, with --compare, off
 * (STANCEGRAPH_READ_CACHE=0); writes bench/results/load.json (load-skewed.json, load-assembly.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT, connectionEnv, start, stop, type LocalNeo4jOptions } from '../neo4j-local/manager';
import { ensureBuild, startApp } from './app-server';
import { PROFILE_STORES, type ProfileName } from './profiles';

const args = process.argv.slice(2);
const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const SECONDS = Number(value('--seconds') ?? 20);
const CONNECTIONS = Number(value('--connections') ?? 20);
const APP_PORT = 3716;
const PROFILE = value('--profile') as ProfileName | undefined;
if (PROFILE && !PROFILE_STORES[PROFILE]) throw new Error('--profile must be skewed or assembly');
// A profile's routes are picked from its graph, which only the Neo4j this script starts holds.
if (PROFILE && value('--url')) throw new Error('--profile runs its own app and Neo4j: leave out --url');
const options: LocalNeo4jOptions = PROFILE
  ? PROFILE_STORES[PROFILE]
  : { port: 7716, dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'bench-load') };

const SEED_ROUTES = [
  '/api/graph?event=russia-recognizes-taliban',
  '/api/graph',
  '/api/graph?actor=russia&depth=2',
  '/api/actors?q=putin',
  '/api/events',
  '/api/health',
];

/** A profile's routes: its most active actor and a search for the first letters of a median one. */
async function profileRoutes(): Promise<string[]> {
  const { getDriver } = await import('../lib/neo4j');
  const { records } = await getDriver().executeQuery(`
    MATCH (a:Actor) WITH a, COUNT { (a)-[:TOOK_STANCE]->() } AS n ORDER BY n DESC
    WITH collect(a {.id, .name}) AS ranked
    RETURN ranked[0].id AS top, ranked[size(ranked) / 2].name AS median, size(ranked) AS actors`);
  if (Number(records[0].get('actors')) === 0)
    throw new Error(`The ${PROFILE} graph is not loaded: run npm run bench -- --profile ${PROFILE} first.`);
  const search = String(records[0].get('median')).slice(0, 5);
  return [
    '/api/graph',
    `/api/graph?actor=${records[0].get('top')}`,
    `/api/actors?q=${encodeURIComponent(search)}`,
    '/api/events',
    '/api/health',
  ];
}

interface LoadFigure {
  route: string;
  cache: 'on' | 'off';
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function warm(base: string, route: string): Promise<void> {
  for (let i = 0; i < 10; i += 1) await (await fetch(`${base}${route}`)).arrayBuffer();
  await autocannon({ url: `${base}${route}`, connections: CONNECTIONS, duration: 5 });
}

async function measure(base: string, route: string, cache: 'on' | 'off'): Promise<LoadFigure> {
  const result = await autocannon({ url: `${base}${route}`, connections: CONNECTIONS, duration: SECONDS });
  return {
    route,
    cache,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main(): Promise<void> {
  const external = value('--url');
  let routes = SEED_ROUTES;
  if (!external) {
    await start(options, (line) => console.log(`[bench neo4j] ${line}`));
    // The app below inherits these: its URI and the instance's password.
    Object.assign(process.env, connectionEnv(options));
    const { getDriver, closeDriver } = await import('../lib/neo4j');
    if (PROFILE) routes = await profileRoutes();
    else {
      const { FIRST_EVENT_SEED_DIR, seedFromDir } = await import('../lib/seed');
      const [record] = (await getDriver().executeQuery('MATCH (a:Actor) RETURN count(a) AS n')).records;
      if (Number(record.get('n')) === 0) await seedFromDir({ driver: getDriver() }, FIRST_EVENT_SEED_DIR);
    }
    await closeDriver();
    ensureBuild();
  }
  const figures: LoadFigure[] = [];
  const modes: ('on' | 'off')[] = args.includes('--compare') ? ['on', 'off'] : ['on'];
  try {
    for (const mode of modes) {
      const app = external ? null : await startApp(APP_PORT, { STANCEGRAPH_READ_CACHE: mode === 'on' ? '1' : '0' });
      try {
        // Warm every route first (its cache, and the server's JIT as a running server has it): the
        // first seconds of a new server ran at a tenth of its pace.
        for (const route of routes) await warm(external ?? `http://127.0.0.1:${APP_PORT}`, route);
        for (const route of routes) {
          const figure = await measure(external ?? `http://127.0.0.1:${APP_PORT}`, route, mode);
          figures.push(figure);
          console.log(
            `${route.padEnd(45)} cache ${mode.padEnd(3)} ${String(figure.requestsPerSecond).padStart(6)} req/s  p50 ${figure.p50} ms  p99 ${figure.p99} ms  non-2xx ${figure.non2xx}  errors ${figure.errors}`,
          );
        }
      } finally {
        app?.kill();
      }
    }
  } finally {
    if (!external) await stop(options);
  }
  const out = path.join(PROJECT_ROOT, 'bench', 'results', PROFILE ? `load-${PROFILE}.json` : 'load.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), graph: PROFILE ?? 'seed', seconds: SECONDS, connections: CONNECTIONS, figures }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
