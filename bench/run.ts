/**
 * npm run bench [-- --profile skewed|assembly] [--reload] [--actors N --events N --stances N] [--members N]
 *                 [--samples N] [--warmup N] [--no-render] [--keep]
 * npm run bench -- --load [--profile skewed|assembly] [--seconds N] [--compare]
 *
 * Not part of npm test. For each profile of synthetic data (both unless --profile), one after the
 * other: `skewed` (lib/synthetic/generate.ts; 20,000 actors, 5,000 events, 1M stances; its own Neo4j
 * on port 7714, data in .neo4j-local/bench) and `assembly` (lib/synthetic/assembly.ts; 200 members
 * each on all of 5,000 motions, 1M stances; port 7715, .neo4j-local/bench-assembly). Heap and page
 * cache from NEO4J_LOCAL_HEAP / NEO4J_LOCAL_PAGECACHE, default 2g each; BENCH_NEO4J_URI to use another
 * Neo4j (one profile then). Loads the data through the import path if it is not there yet (measuring
 * the import), then times every API route (p50/p95 at concurrency 1, in-process route handlers),
 * /api/graph against the bare Cypher it runs, the question templates, and (once) drawing in headless
 * Chromium. Prints tables and writes bench/results/latest.json and latest-assembly.json.
 * With --load, instead: many readers at once (bench/load.ts) on the seed, then on each profile's
 * graph as loaded by an earlier run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT, connectionEnv, start, stop, type LocalNeo4jOptions } from '../neo4j-local/manager';
import { generateAssembly } from '../lib/synthetic/assembly';
import { generateSynthetic } from '../lib/synthetic/generate';
import { runImport, type ImportFigure } from './import-figure';
import { PROFILE_STORES } from './profiles';
import { measureRender, type RenderFigure } from './render';

const args = process.argv.slice(2);
const num = (flag: string, fallback: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
const ACTORS = num('--actors', 20_000);
const EVENTS = num('--events', 5_000);
const STANCES = num('--stances', 1_000_000);
const SAMPLES = num('--samples', 40);
const WARMUP = num('--warmup', 50);
const QUESTION_WARMUP = 3;
const QUESTION_SAMPLES = 15;
const RESULTS = path.join(PROJECT_ROOT, 'bench', 'results');
const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SYNTHETIC_DIR = path.join(PROJECT_ROOT, '.neo4j-local', 'synthetic');

interface Profile {
  name: 'skewed' | 'assembly';
  neo4j: LocalNeo4jOptions;
  results: string;
  graph: { actors: number; events: number; stances: number };
  generate(): ReturnType<typeof generateSynthetic>;
}

const MEMBERS = num('--members', 200);
const PROFILES: Profile[] = [
  {
    name: 'skewed',
    neo4j: PROFILE_STORES.skewed,
    results: 'latest.json',
    graph: { actors: ACTORS, events: EVENTS, stances: STANCES },
    generate: () => generateSynthetic({ actors: ACTORS, events: EVENTS, stances: STANCES, outDir: SYNTHETIC_DIR }),
  },
  {
    name: 'assembly',
    neo4j: PROFILE_STORES.assembly,
    results: 'latest-assembly.json',
    graph: { actors: MEMBERS, events: EVENTS, stances: MEMBERS * EVENTS },
    generate: () => generateAssembly({ members: MEMBERS, motions: EVENTS, coverage: 1, outDir: SYNTHETIC_DIR }),
  },
];

interface RouteFigure {
  route: string;
  p50: number;
  p95: number;
  bareP50?: number;
  ratio?: number;
  bytes: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

async function loaded(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH ()-[r:TOOK_STANCE]->() RETURN count(r) AS n');
  return Number(records[0].get('n'));
}

async function benchProfile(profile: Profile, first: boolean): Promise<void> {
  const external = process.env.BENCH_NEO4J_URI;
  const options = profile.neo4j;
  const STANCES = profile.graph.stances;
  console.log(`\n== Profile ${profile.name}: ${JSON.stringify(profile.graph)} ==`);
  if (!external && args.includes('--reload')) {
    // A new store is much faster than deleting millions of relationships (and no transaction timeout applies).
    await stop(options);
    fs.rmSync(options.dataDir, { recursive: true, force: true });
  }
  if (external) process.env.NEO4J_URI = external;
  else {
    await start(options, (line) => console.log(`[bench neo4j] ${line}`));
    // Its URI and password, for this process's driver and the imports it runs.
    Object.assign(process.env, connectionEnv(options));
  }
  const uri = process.env.NEO4J_URI!;
  // Route handlers and the driver are loaded after NEO4J_URI is set.
  const { appDb, getDriver, closeDriver } = await import('../lib/neo4j');
  const driver = getDriver();
  fs.mkdirSync(RESULTS, { recursive: true });
  const previous = fs.existsSync(path.join(RESULTS, profile.results))
    ? JSON.parse(fs.readFileSync(path.join(RESULTS, profile.results), 'utf8'))
    : undefined;
  try {
    // 1. The synthetic graph, through the import path.
    let imports: ImportFigure[] | undefined = previous?.import;
    if (args.includes('--reload') || (await loaded(driver)) < STANCES) {
      if (external) {
        // Relationships first, then nodes, in small transactions (the local Neo4j allows 1 GiB per transaction).
        const session = driver.session();
        try {
          await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
          await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
        } finally {
          await session.close();
        }
      }
      const files = await profile.generate();
      imports = [await runImport(files.json, uri), await runImport(files.csv, uri)];
    } else {
      console.log(
        `The synthetic graph is loaded (${await loaded(driver)} stances); import figures are from ${imports?.[1]?.measuredAt ?? 'no earlier run'} (--reload to measure again).`,
      );
    }

    // 2. Routes, each timed in-process at concurrency 1; /api/graph also against its bare Cypher.
    const { records: picks } = await driver.executeQuery(`
      MATCH (a:Actor) WITH a, COUNT { (a)-[:TOOK_STANCE]->() } AS n ORDER BY n DESC
      WITH collect(a {.id, .name, n: n}) AS ranked
      MATCH (e:Event) WITH ranked, e, COUNT { (e)<-[:TOOK_STANCE]-() } AS m ORDER BY m DESC LIMIT 1
      RETURN ranked[0] AS top, ranked[size(ranked) / 2] AS median, ranked[1] AS second, e.id AS event`);
    const top = picks[0].get('top') as { id: string; name: string; n: unknown };
    const median = picks[0].get('median') as { id: string; name: string };
    const second = picks[0].get('second') as { id: string };
    const event = String(picks[0].get('event'));
    const { GET: health } = await import('../app/api/health/route');
    const { GET: graph } = await import('../app/api/graph/route');
    const { GET: actors } = await import('../app/api/actors/route');
    const { GET: actor } = await import('../app/api/actors/[id]/route');
    const { GET: events } = await import('../app/api/events/route');
    const { GET: eventOne } = await import('../app/api/events/[id]/route');
    const { GET: timeline } = await import('../app/api/timeline/route');
    const { GET: history } = await import('../app/api/actors/[id]/history/route');
    const req = (p: string) => new Request(`http://127.0.0.1${p}`);
    const withId = (id: string) => ({ params: Promise.resolve({ id }) });
    const routes: [string, () => Promise<Response>][] = [
      ['GET /api/health', () => health()],
      ['GET /api/events', () => events(req('/api/events'))],
      [`GET /api/events/{busiest}`, () => eventOne(req(`/api/events/${event}`), withId(event))],
      ['GET /api/actors?limit=50', () => actors(req('/api/actors?limit=50'))],
      [
        `GET /api/actors?q=${median.name.slice(0, 5)}`,
        () => actors(req(`/api/actors?q=${encodeURIComponent(median.name.slice(0, 5))}`)),
      ],
      ['GET /api/actors/{median actor}', () => actor(req(`/api/actors/${median.id}`), withId(median.id))],
      ['GET /api/actors/{most active actor}', () => actor(req(`/api/actors/${top.id}`), withId(top.id))],
      ['GET /api/graph', () => graph(req('/api/graph'))],
      ['GET /api/graph?event={busiest}', () => graph(req(`/api/graph?event=${event}`))],
      ['GET /api/graph?actor={most active} (aggregated)', () => graph(req(`/api/graph?actor=${top.id}`))],
      ['GET /api/graph?actor={median}&depth=2', () => graph(req(`/api/graph?actor=${median.id}&depth=2`))],
      // Issue 13's target: the timeline's counts under 150 ms on the 1M-stance graph.
      ['GET /api/timeline', () => timeline(req('/api/timeline'))],
      ['GET /api/timeline?event={busiest}', () => timeline(req(`/api/timeline?event=${event}`))],
      ['GET /api/timeline?actor={most active}', () => timeline(req(`/api/timeline?actor=${top.id}`))],
      ['GET /api/timeline?kind=state', () => timeline(req('/api/timeline?kind=state'))],
      ['GET /api/actors/{most active}/history', () => history(req(`/api/actors/${top.id}/history`), withId(top.id))],
    ];
    // Record the Cypher a route runs by wrapping the one driver's executeQuery.
    const original = driver.executeQuery.bind(driver);
    let recording: [string, unknown][] | undefined;
    (driver as unknown as { executeQuery: unknown }).executeQuery = (
      cypher: string,
      params: unknown,
      config: unknown,
    ) => {
      recording?.push([cypher, params]);
      return original(cypher as never, params as never, config as never);
    };
    const figures: RouteFigure[] = [];
    // The work of each answer, as the first request after any write pays it: a repeat is answered by
    // the read cache in a count-store query (npm run bench:load measures that).
    process.env.STANCEGRAPH_READ_CACHE = '0';
    for (const [name, call] of routes) {
      // Steady state, as a running server answers: the first requests of a fresh process (and of a
      // Neo4j just restarted or just done importing) run cold JIT code and were 30-50% slower.
      for (let i = 0; i < WARMUP; i += 1) await (await call()).arrayBuffer();
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < SAMPLES; i += 1) {
        const t = performance.now();
        const response = await call();
        bytes = (await response.arrayBuffer()).byteLength;
        times.push(performance.now() - t);
        if (response.status !== 200) throw new Error(`${name} answered ${response.status}`);
      }
      const figure: RouteFigure = { route: name, p50: percentile(times, 50), p95: percentile(times, 95), bytes };
      // Beside the Cypher the route runs, alone: what the route adds (JSON, mapping, the version query).
      if (name.startsWith('GET /api/graph') || name.startsWith('GET /api/timeline') || name.endsWith('/history')) {
        recording = [];
        await (await call()).arrayBuffer();
        const statements = recording;
        recording = undefined;
        const bare: number[] = [];
        for (let i = 0; i < SAMPLES; i += 1) {
          const t = performance.now();
          for (const [cypher, params] of statements)
            await original(cypher as never, params as never, { routing: 'READ' } as never);
          bare.push(performance.now() - t);
        }
        figure.bareP50 = percentile(bare, 50);
        figure.ratio = Math.round((figure.p50 / figure.bareP50) * 100) / 100;
      }
      figures.push(figure);
      console.log(
        `${name}: p50 ${figure.p50} ms, p95 ${figure.p95} ms, ${(bytes / 1000).toFixed(1)} KB${figure.ratio ? `, bare Cypher p50 ${figure.bareP50} ms, ratio ${figure.ratio}` : ''}`,
      );
    }

    // 3. The question templates of the query console.
    const { QUESTIONS } = await import('../lib/questions');
    const db = appDb();
    const ask = (name: keyof typeof QUESTIONS, input: Record<string, string>) => () =>
      QUESTIONS[name].run(db, QUESTIONS[name].params.parse(input) as never);
    const [lastDate] = (await driver.executeQuery('MATCH (e:Event) RETURN max(e.date) AS d')).records;
    const lastYear = Number(String(lastDate.get('d')).slice(0, 4));
    const tenYears = { from: String(lastYear - 9), to: String(lastYear) };
    const questionRuns: [string, () => Promise<unknown>][] = [
      ['stance-takers', () => QUESTIONS['stance-takers'].run(db, { event, stance: 'support', kind: [] })],
      ['neighbourhood (most active)', () => QUESTIONS.neighbourhood.run(db, { actor: top.id, hops: 1 })],
      ['shortest-path', () => QUESTIONS['shortest-path'].run(db, { from: median.id, to: second.id })],
      ['agreement (median)', () => QUESTIONS.agreement.run(db, { actor: median.id })],
      ['agreement (most active)', () => QUESTIONS.agreement.run(db, { actor: top.id })],
      ['speaks-for', () => QUESTIONS['speaks-for'].run(db, { actor: undefined })],
      ['echoes', () => QUESTIONS.echoes.run(db, { actor: undefined })],
      ['camps', () => QUESTIONS.camps.run(db, { event })],
      // The questions over time (issue 13's targets: agreement-over-time under 500 ms, congruence of 10 years under 2 s).
      ['agreement-over-time (two most active)', ask('agreement-over-time', { a: top.id, b: second.id })],
      [
        'agreement-over-time (two most active, 10 years)',
        ask('agreement-over-time', { a: top.id, b: second.id, from: tenYears.from, to: tenYears.to }),
      ],
      ['stance-mix (most active)', ask('stance-mix', { actor: top.id })],
      ['closest-over-time (most active, last year)', ask('closest-over-time', { actor: top.id, year: tenYears.to })],
      ['congruence (10 years)', ask('congruence', { ...tenYears, minShared: '10', minWeight: '0.5' })],
      ['congruence conflict (10 years)', ask('congruence', { ...tenYears, kind: 'conflict', minWeight: '0.2' })],
    ];
    const questions: { question: string; p50: number; p95: number; max: number; error?: string }[] = [];
    for (const [name, run] of questionRuns) {
      const times: number[] = [];
      let error: string | undefined;
      for (let i = 0; i < QUESTION_WARMUP + QUESTION_SAMPLES && !error; i += 1) {
        const t = performance.now();
        try {
          await run();
        } catch (e) {
          error = e instanceof Error ? e.message.split('\n')[0] : String(e);
        }
        if (i >= QUESTION_WARMUP || error) times.push(performance.now() - t);
      }
      questions.push({
        question: name,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: Math.round(Math.max(...times)),
        ...(error ? { error } : {}),
      });
      console.log(
        `question ${name}: p50 ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms${error ? ` (failed: ${error})` : ''}`,
      );
    }

    // 4. Drawing (--no-render keeps the last run's figures).
    const render: RenderFigure[] =
      !first || args.includes('--no-render')
        ? (previous?.render ?? [])
        : await measureRender([
            { nodes: 100, edges: 400 },
            { nodes: 1_000, edges: 4_000 },
            { nodes: 4_000, edges: 16_000 },
            { nodes: 5_000, edges: 20_000 },
          ]);

    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      neo4jHeap: process.env.NEO4J_LOCAL_HEAP,
      neo4jPageCache: process.env.NEO4J_LOCAL_PAGECACHE,
    };
    const result = {
      measuredAt: new Date().toISOString(),
      machine,
      profile: profile.name,
      graph: { ...profile.graph, mostActiveActorStances: Number(top.n) },
      import: imports,
      routes: figures,
      questions,
      render,
    };
    fs.writeFileSync(path.join(RESULTS, profile.results), `${JSON.stringify(result, null, 2)}\n`);
    console.log('\nImport');
    console.table(imports ?? []);
    console.log('Routes (ms, concurrency 1, in-process handlers)');
    console.table(figures);
    console.log('Question templates (ms)');
    console.table(questions);
    console.log('Drawing: time to first paint in headless Chromium (ms)');
    console.table(render);
    console.log(`Machine: ${JSON.stringify(machine)}\nWritten to bench/results/${profile.results}`);
  } finally {
    await closeDriver();
    if (!external && !args.includes('--keep')) await stop(options);
  }
}

/** --load: many readers at once (bench/load.ts) on the seed, then on each profile's graph. */
function benchLoad(only: string | undefined): void {
  const runs = [
    [],
    ...(['skewed', 'assembly'] as const).filter((p) => !only || only === p).map((p) => ['--profile', p]),
  ];
  for (const extra of runs) {
    const passed = args.filter((a) => !['--load', '--profile', 'skewed', 'assembly'].includes(a));
    const run = spawnSync(process.execPath, [TSX, 'bench/load.ts', ...extra, ...passed], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    });
    if (run.status !== 0) throw new Error(`bench/load.ts ${extra.join(' ')} exited ${run.status}`);
  }
}

async function main(): Promise<void> {
  process.env.NEO4J_LOCAL_HEAP ||= '2g';
  process.env.NEO4J_LOCAL_PAGECACHE ||= '2g';
  const only = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
  if (args.includes('--load')) return benchLoad(only);
  const profiles = PROFILES.filter((p) => (only ?? (process.env.BENCH_NEO4J_URI ? 'skewed' : p.name)) === p.name);
  if (profiles.length === 0) throw new Error('--profile must be skewed or assembly');
  for (const [i, profile] of profiles.entries()) await benchProfile(profile, i === 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
