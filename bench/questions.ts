/**
 * npm run bench:questions [-- --reload] [--actors N --events N --coverage F] [--samples N] [--keep]
 *
 * The questions over time and the congruence network on a dense graph, the shape of an assembly's
 * roll-call votes (issue 14): by default 200 actors each taking a stance on about 70% of 5,000 events
 * spread over 1990-2025 (about 700,000 stances, about 140 per event), in six blocs whose members
 * drift towards another bloc over the years. Written straight into its own Neo4j (port 7731, data in
 * .neo4j-local/bench-questions; BENCH_NEO4J_URI to use another), with the app's schema, so the range
 * index on statedOn is there. Times each question in-process (its Cypher, the counting, the JSON),
 * warm, and writes bench/results/questions.json. Targets (issue 13): agreement-over-time of the two
 * busiest actors under 500 ms, the congruence network of a 10-year range under 2 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT, connectionEnv, start, stop, type LocalNeo4jOptions } from '../neo4j-local/manager';
import { mulberry32 as rng } from '@/lib/random';

const args = process.argv.slice(2);
const num = (flag: string, fallback: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
const ACTORS = num('--actors', 200);
const EVENTS = num('--events', 5000);
const COVERAGE = num('--coverage', 0.7);
const SAMPLES = num('--samples', 15);
const WARMUP = 5;
const FIRST_YEAR = 1990;
const YEARS = 36;
const BLOCS = 6;
const STANCES = ['support', 'condemnation', 'caution'] as const;
const options: LocalNeo4jOptions = {
  port: num('--port', 7731),
  dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'bench-questions'),
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

async function stanceCount(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH ()-[r:TOOK_STANCE]->() RETURN count(r) AS n');
  return Number(records[0].get('n'));
}

async function build(driver: Driver): Promise<void> {
  const rand = rng(13);
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    id: `member-${pad(i, 3)}`,
    name: `Member ${pad(i, 3)}`,
    bloc: i % BLOCS,
    // The bloc it drifts towards, a little more each year.
    drift: (i % BLOCS) + 1 + Math.floor(rand() * (BLOCS - 1)),
  }));
  const events = Array.from({ length: EVENTS }, (_, i) => {
    const year = FIRST_YEAR + Math.floor((i * YEARS) / EVENTS);
    return {
      id: `motion-${pad(i, 5)}`,
      title: `Motion ${i}`,
      date: `${year}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`,
      lean: Array.from({ length: BLOCS }, () => Math.floor(rand() * 3)),
    };
  });
  await driver.executeQuery('UNWIND $actors AS a CREATE (:Actor {id: a.id, name: a.name, kind: "state"})', {
    actors,
  });
  for (let i = 0; i < events.length; i += 2000)
    await driver.executeQuery('UNWIND $events AS e CREATE (:Event {id: e.id, title: e.title, date: e.date})', {
      events: events.slice(i, i + 2000),
    });
  let batch: [string, string, string, string, string][] = [];
  const flush = async () => {
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (a:Actor {id: row[0]}), (e:Event {id: row[1]})
       CREATE (a)-[:TOOK_STANCE {id: row[4], stance: row[2], statedOn: row[3], quotes: [], sourceIds: [], quoteKinds: []}]->(e)`,
      { rows: batch },
    );
    batch = [];
  };
  let n = 0;
  for (const [ei, e] of events.entries()) {
    const yearShare = (Number(e.date.slice(0, 4)) - FIRST_YEAR) / YEARS;
    for (const a of actors) {
      if (rand() >= COVERAGE) continue;
      const bloc = rand() < yearShare * 0.6 ? a.drift % BLOCS : a.bloc;
      const stance = rand() < 0.8 ? STANCES[e.lean[bloc]] : STANCES[Math.floor(rand() * 3)];
      // Most on the vote's day; some a month or more later (then perhaps the next year).
      const statedOn = rand() < 0.9 ? e.date : `${Number(e.date.slice(0, 4)) + (rand() < 0.3 ? 1 : 0)}-12`;
      batch.push([a.id, e.id, stance, statedOn, `s-${ei}-${a.id}`]);
      n += 1;
      if (batch.length >= 20_000) await flush();
    }
    if ((ei + 1) % 1000 === 0) console.log(`built ${ei + 1} of ${EVENTS} events (${n} stances)`);
  }
  await flush();
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

async function main(): Promise<void> {
  const external = process.env.BENCH_NEO4J_URI;
  process.env.NEO4J_LOCAL_HEAP ||= '2g';
  process.env.NEO4J_LOCAL_PAGECACHE ||= '1g';
  if (!external && args.includes('--reload')) {
    await stop(options);
    fs.rmSync(options.dataDir, { recursive: true, force: true });
  }
  if (external) process.env.NEO4J_URI = external;
  else {
    await start(options, (line) => console.log(`[bench neo4j] ${line}`));
    Object.assign(process.env, connectionEnv(options)); // its URI and password
  }
  const { appDb, getDriver, closeDriver } = await import('../lib/neo4j');
  const { applySchema } = await import('../lib/model');
  const { QUESTIONS } = await import('../lib/questions');
  const driver = getDriver();
  const db = appDb();
  try {
    await applySchema(db);
    if ((await stanceCount(driver)) === 0) {
      const t = performance.now();
      await build(driver);
      console.log(`Built the dense graph in ${Math.round((performance.now() - t) / 1000)} s.`);
    }
    const stances = await stanceCount(driver);
    const { records } = await driver.executeQuery(`
      MATCH (a:Actor) WITH a, COUNT { (a)-[:TOOK_STANCE]->() } AS n ORDER BY n DESC LIMIT 2
      RETURN collect(a.id) AS busiest, collect(n) AS counts`);
    const [first, second] = records[0].get('busiest') as string[];
    const counts = (records[0].get('counts') as unknown[]).map(Number);
    const lastYear = FIRST_YEAR + YEARS - 1;

    const ask = async (name: keyof typeof QUESTIONS, input: Record<string, string>) => {
      const question = QUESTIONS[name];
      const params = question.params.parse(input);
      const result = await question.run(db, params as never);
      return JSON.stringify(result).length;
    };
    const cases: [string, string, Record<string, string>, number?][] = [
      ['agreement-over-time (two busiest, all years)', 'agreement-over-time', { a: first, b: second }, 500],
      [
        'agreement-over-time (two busiest, 10 years)',
        'agreement-over-time',
        { a: first, b: second, from: String(lastYear - 9), to: String(lastYear) },
        500,
      ],
      ['stance-mix (busiest)', 'stance-mix', { actor: first }],
      ['closest-over-time (busiest, last year)', 'closest-over-time', { actor: first, year: String(lastYear) }],
      ['closest-over-time (busiest, first year)', 'closest-over-time', { actor: first, year: String(FIRST_YEAR) }],
      [
        'congruence (10 years)',
        'congruence',
        { from: String(lastYear - 9), to: String(lastYear), minShared: '10', minWeight: '0.5' },
        2000,
      ],
      [
        'congruence conflict (10 years)',
        'congruence',
        { from: String(lastYear - 9), to: String(lastYear), kind: 'conflict', minWeight: '0.2' },
        2000,
      ],
      ['congruence (all years)', 'congruence', {}],
    ];
    const figures: { question: string; p50: number; p95: number; max: number; bytes: number; target?: number }[] = [];
    for (const [label, name, input, target] of cases) {
      // The whole of time takes seconds a run: a few runs say enough.
      const samples = Object.keys(input).length === 0 ? Math.min(SAMPLES, 5) : SAMPLES;
      for (let i = 0; i < (samples < SAMPLES ? 1 : WARMUP); i += 1) await ask(name as keyof typeof QUESTIONS, input);
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < samples; i += 1) {
        const t = performance.now();
        bytes = await ask(name as keyof typeof QUESTIONS, input);
        times.push(performance.now() - t);
      }
      const figure = {
        question: label,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: Math.round(Math.max(...times)),
        bytes,
        ...(target ? { target } : {}),
      };
      figures.push(figure);
      console.log(`${label}: p50 ${figure.p50} ms, p95 ${figure.p95} ms${target ? ` (target ${target} ms)` : ''}`);
    }
    const result = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
        neo4jHeap: process.env.NEO4J_LOCAL_HEAP,
        neo4jPageCache: process.env.NEO4J_LOCAL_PAGECACHE,
      },
      graph: { actors: ACTORS, events: EVENTS, stances, busiestActorStances: counts },
      questions: figures,
    };
    const out = path.join(PROJECT_ROOT, 'bench', 'results', 'questions.json');
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.table(figures);
    console.log(`Written to ${path.relative(PROJECT_ROOT, out)}`);
  } finally {
    await closeDriver();
    if (!external && !args.includes('--keep')) await stop(options);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
