/**
 * npm run bench:play [-- --actors 2900 --months 72 --window 12] [--url http://127.0.0.1:3000 --event <id>]
 *   [--view graph|table] [--cpu-profile] [--trace]
 *
 * Play on the explorer's timeline, in headless Chromium against the production app: one event whose
 * stances were stated over `months` months, a window of `window` months (about 480 nodes drawn at
 * once with the defaults, near the server's cap of 500), played to the end (60 steps). Issue 13's target: no frame over 100 ms of
 * main-thread work. Reports the page's long tasks (PerformanceObserver 'longtask': every task over
 * 50 ms) while playing, and how long each step took from its range in the URL to its graph drawn.
 * Without --url it starts its own Neo4j (port 7718, data in .neo4j-local/bench-play, the event
 * imported through the import path when missing) and `next start` on port 3718 over the current
 * build (`next build` when there is none). Writes bench/results/play.json. `--cpu-profile` says which
 * scripts and functions took the main thread; `--trace` (Chromium's timeline trace) how much of it
 * went to scripts and how much to the browser's own work (style, layout, paint, commit). Both are
 * written whole to the system's temporary folder, for DevTools.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT, connectionEnv, start, stop, type LocalNeo4jOptions } from '../neo4j-local/manager';
import { slugify } from '@/lib/model/ids';
import { mulberry32 } from '@/lib/random';
import { ensureBuild, importCsv, startApp } from './app-server';

const args = process.argv.slice(2);
const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const ACTORS = Number(value('--actors') ?? 2900);
const MONTHS = Number(value('--months') ?? 72);
const WINDOW = Number(value('--window') ?? 12);
// The explorer's view (graph, table; both by default): which half of a step's work is which.
const VIEW = value('--view');
const FIRST_YEAR = 2020;
// One event per shape asked for, so a store loaded by a run with other --actors/--months is never measured by mistake.
const EVENT_TITLE = `Bench play ${ACTORS} over ${MONTHS} months`;
const EVENT = slugify(EVENT_TITLE);
const APP_PORT = 3718;
const options: LocalNeo4jOptions = { port: 7718, dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'bench-play') };

const month = (i: number) => `${FIRST_YEAR + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** One event; each actor's stance stated on a day of one of the months, evenly spread. */
function eventCsv(): string {
  const rand = mulberry32(7);
  const stances = ['support', 'condemnation', 'caution'];
  const lines = ['actor,actor_kind,event,event_date,stance,stated_on,quote,source_title,source_url,source_date'];
  for (let i = 0; i < ACTORS; i += 1) {
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    lines.push(
      [
        `Member ${i}`,
        'state',
        EVENT_TITLE,
        `${FIRST_YEAR}-01-01`,
        stances[Math.floor(rand() * 3)],
        `${month(i % MONTHS)}-${day}`,
        `Member ${i} said its piece (${i})`,
        `Statement ${i}`,
        `https://example.org/statement/${i}`,
        '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function loadEvent(): Promise<void> {
  const { getDriver, closeDriver } = await import('../lib/neo4j');
  const driver = getDriver();
  try {
    const [record] = (
      await driver.executeQuery('MATCH (:Event {id: $id})<-[r:TOOK_STANCE]-() RETURN count(r) AS n', { id: EVENT })
    ).records;
    if (Number(record.get('n')) === ACTORS) return;
    await importCsv(eventCsv());
  } finally {
    await closeDriver();
  }
}

/**
 * Runs in the page: records every long task, and each step of Play (its `from` in the URL, and when
 * the graph of that range was drawn: the view's key names the range and Cytoscape has drawn that key).
 */
const IN_PAGE_RECORDER = `
window.__long = [];
window.__steps = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__long.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask' });
const graph = document.querySelector('[data-testid="graph"]');
const cy = document.querySelector('[data-testid="cy"]');
// When the page took up a view and when the graph applied it: a long task holding one of these
// moments is that work; one after it, the frame or frames that drew it.
window.__marks = [];
const mark = (kind) => () => window.__marks.push({ kind, at: performance.now() });
new MutationObserver(mark('view')).observe(graph, { attributes: true, attributeFilter: ['data-expected-key'] });
new MutationObserver(mark('drawn')).observe(cy, { attributes: true, attributeFilter: ['data-drawn-key'] });
let lastFrom = new URLSearchParams(location.search).get('from');
function check() {
  const from = new URLSearchParams(location.search).get('from');
  if (from && from !== lastFrom) {
    lastFrom = from;
    window.__steps.push({ from, at: performance.now() });
  }
  const step = window.__steps.at(-1);
  const key = graph.dataset.expectedKey || '';
  if (step && step.drawnAt === undefined && graph.dataset.status === 'ready' && key.includes('from=' + step.from) &&
      cy.dataset.drawnKey === key) {
    step.drawnAt = performance.now();
    step.nodes = document.querySelectorAll('[data-testid="actor-table"] tbody tr').length;
  }
  requestAnimationFrame(check);
}
requestAnimationFrame(check);
`;

/** --cpu-profile: where the main thread's time went while playing, by script and function (self time). */
function summariseProfile(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const [i, id] of (profile.samples ?? []).entries()) {
    const frame = byNode.get(id)!;
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const script = frame.url.split('/').pop() || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `  ${Math.round(ms)} ms  ${k}`)
      .join('\n');
  console.log(`Main thread while playing, by script:\n${top(byScript, 12)}\nBy function (self):\n${top(self, 25)}`);
}

/** --trace: the renderer main thread's top-level work while playing, by kind (self time of each trace event). */
function summariseTrace(events: TraceEvent[]): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return;
  const onMain = events.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur !== undefined);
  // Self time: an event's duration less that of the events directly inside it.
  onMain.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const open: TraceEvent[] = [];
  const selfOf = new Map<TraceEvent, number>();
  for (const event of onMain) {
    while (open.length > 0 && open.at(-1)!.ts + open.at(-1)!.dur! <= event.ts) open.pop();
    const parent = open.at(-1);
    if (parent) selfOf.set(parent, selfOf.get(parent)! - event.dur!);
    selfOf.set(event, event.dur!);
    open.push(event);
  }
  for (const [event, us] of selfOf) self.set(event.name, (self.get(event.name) ?? 0) + us / 1000);
  const top = [...self]
    .filter(([name]) => name !== 'ThreadControllerImpl::RunTask' && name !== 'RunTask')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([name, ms]) => `  ${Math.round(ms)} ms  ${name}`)
    .join('\n');
  console.log(`Renderer main thread while playing, by trace event (self):\n${top}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

interface PlayFigure {
  steps: number;
  nodesPerView: { min: number; max: number };
  longTasksMs: number[];
  longestTaskMs: number;
  tasksOver100Ms: number;
  /** Where the tasks over 100 ms fell: before the first step was drawn, in a step, after the last. */
  over100MsIn: { start: number; step: number; end: number };
  /** What they held: the page taking up a view, the graph applying it, or the frames after either. */
  over100MsHeld: Record<'page update' | 'page frame' | 'graph update' | 'graph frame' | 'other', number>;
  stepMs: { p50: number; p95: number; max: number };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? 0;

async function measurePlay(base: string, event: string): Promise<PlayFigure> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/?event=${event}&from=${month(0)}&to=${month(WINDOW - 1)}${VIEW ? `&view=${VIEW}` : ''}`);
    await page.locator('[data-testid="timeline"][data-status="ready"]').waitFor({ timeout: 120_000 });
    const drawn = () =>
      page.waitForFunction(
        () => {
          const graph = document.querySelector<HTMLElement>('[data-testid="graph"]');
          const cy = document.querySelector<HTMLElement>('[data-testid="cy"]');
          return graph?.dataset.status === 'ready' && cy?.dataset.drawnKey === graph.dataset.expectedKey;
        },
        undefined,
        { timeout: 120_000, polling: 100 },
      );
    await drawn();
    // From here on, in the page: every long task, and each step's range and the moment its graph is drawn.
    // A string, not a function: tsx would wrap the function's inner functions in a helper the page lacks.
    await page.evaluate(IN_PAGE_RECORDER);
    const cdp = args.includes('--cpu-profile') ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const tracing = args.includes('--trace');
    if (tracing)
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    // Found by its class, not by role: naming every button on the page (one per row of the table) would
    // be the bench's own work on the page's main thread, in the first step.
    await page.locator('.timeline__play').click();
    await page.waitForURL(new RegExp(`to=${month(MONTHS - 1)}`), { timeout: 600_000 });
    // Play has stopped (asked by class too, at each poll).
    await page.locator('.timeline__play[aria-pressed="false"]').waitFor({ timeout: 120_000 });
    await drawn();
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      // Whole, for DevTools' Performance panel (or a source map, to name the minified functions).
      const file = path.join(os.tmpdir(), 'stancegraph-play.cpuprofile');
      fs.writeFileSync(file, JSON.stringify(profile));
      console.log(`CPU profile written to ${file}`);
      summariseProfile(profile);
    }
    if (tracing) {
      const trace = await browser.stopTracing();
      // Whole, for DevTools' Performance panel.
      const file = path.join(os.tmpdir(), 'stancegraph-play-trace.json');
      fs.writeFileSync(file, trace);
      console.log(`Trace written to ${file}`);
      summariseTrace((JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents);
    }
    const result = await page.evaluate(() => {
      const w = window as unknown as {
        __long: { start: number; duration: number }[];
        __marks: { kind: 'view' | 'drawn'; at: number }[];
        __steps: { from: string; at: number; drawnAt?: number; nodes?: number }[];
      };
      return { long: w.__long, steps: w.__steps, marks: w.__marks };
    });
    const stepMs = result.steps.filter((s) => s.drawnAt !== undefined).map((s) => s.drawnAt! - s.at);
    const nodes = result.steps.map((s) => s.nodes ?? 0).filter((n) => n > 0);
    const durations = result.long.map((t) => t.duration);
    const firstDrawn = result.steps[0]?.drawnAt ?? Infinity;
    const lastDrawn = result.steps.at(-1)?.drawnAt ?? Infinity;
    const over = result.long.filter((t) => t.duration > 100);
    const before = over.filter((t) => t.start < firstDrawn).length;
    const after = over.filter((t) => t.start > lastDrawn).length;
    const held: PlayFigure['over100MsHeld'] = {
      'page update': 0,
      'page frame': 0,
      'graph update': 0,
      'graph frame': 0,
      other: 0,
    };
    for (const task of over) {
      const inside = result.marks.find((m) => m.at >= task.start && m.at <= task.start + task.duration);
      const before = result.marks.filter((m) => m.at < task.start).at(-1);
      const what = inside ?? before;
      held[!what ? 'other' : (`${what.kind === 'view' ? 'page' : 'graph'} ${inside ? 'update' : 'frame'}` as const)] +=
        1;
    }
    return {
      steps: result.steps.length,
      nodesPerView: { min: Math.min(...nodes), max: Math.max(...nodes) },
      longTasksMs: durations.map((d) => Math.round(d)),
      longestTaskMs: Math.round(Math.max(0, ...durations)),
      tasksOver100Ms: over.length,
      over100MsIn: { start: before, step: over.length - before - after, end: after },
      over100MsHeld: held,
      stepMs: {
        p50: Math.round(percentile(stepMs, 50)),
        p95: Math.round(percentile(stepMs, 95)),
        max: Math.round(Math.max(...stepMs)),
      },
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const external = value('--url');
  let app: ChildProcess | null = null;
  try {
    if (!external) {
      await start(options, (line) => console.log(`[bench neo4j] ${line}`));
      // Its URI and password, for this process's driver and the app it starts.
      Object.assign(process.env, connectionEnv(options));
      await loadEvent();
      ensureBuild();
      app = await startApp(APP_PORT);
    }
    const figure = await measurePlay(external ?? `http://127.0.0.1:${APP_PORT}`, value('--event') ?? EVENT);
    console.log(
      `Play: ${figure.steps} steps, ${figure.nodesPerView.min}-${figure.nodesPerView.max} actors in the table per view; ` +
        `longest task ${figure.longestTaskMs} ms, ${figure.tasksOver100Ms} over 100 ms (of ${figure.longTasksMs.length} over 50 ms; ` +
        `over 100 ms: ${figure.over100MsIn.start} as it started, ${figure.over100MsIn.step} in the steps, ${figure.over100MsIn.end} as it ended; ` +
        `${Object.entries(figure.over100MsHeld)
          .map(([what, n]) => `${what} ${n}`)
          .join(', ')}); ` +
        `step to drawn p50 ${figure.stepMs.p50} ms, p95 ${figure.stepMs.p95} ms, max ${figure.stepMs.max} ms`,
    );
    const out = path.join(PROJECT_ROOT, 'bench', 'results', 'play.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), actors: ACTORS, months: MONTHS, window: WINDOW, ...figure }, null, 2)}\n`,
    );
  } finally {
    app?.kill();
    if (!external) await stop(options);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
