/**
 * npm run bench:first-look [-- --loads 5]
 *
 * The first look (issue 14): from navigation to the graph and its table drawn, in headless Chromium
 * against the production app, each load in a fresh browser context (nothing cached), for the seeded
 * first event (`/`) and for an event with 200 actors. Targets: under 800 ms and under 1.2 s (medians).
 * Two clocks per load: the graph first seen (the SVG sketch the page's HTML carries, with the table)
 * and the graph drawn by Cytoscape, which a reader can click, drag and zoom.
 * Also prints the JavaScript the explorer's page loads (from the build's manifest). Starts its own
 * Neo4j (port 7719, data in .neo4j-local/bench-first-look: the seed, plus the 200-actor event imported
 * through the import path) and `next start` on port 3719. Writes bench/results/first-look.json.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PROJECT_ROOT, connectionEnv, start, stop, type LocalNeo4jOptions } from '../neo4j-local/manager';
import { ensureBuild, importCsv, startApp } from './app-server';

const args = process.argv.slice(2);
const LOADS = Number(args.includes('--loads') ? args[args.indexOf('--loads') + 1] : 5);
const APP_PORT = 3719;
const BIG_EVENT = 'bench-first-look-200';
const options: LocalNeo4jOptions = {
  port: 7719,
  dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'bench-first-look'),
};

async function loadData(): Promise<void> {
  const { getDriver, closeDriver } = await import('../lib/neo4j');
  const { FIRST_EVENT_SEED_DIR, seedFromDir } = await import('../lib/seed');
  const driver = getDriver();
  try {
    const count = async (cypher: string) => Number((await driver.executeQuery(cypher)).records[0].get('n'));
    if ((await count('MATCH (a:Actor) RETURN count(a) AS n')) === 0)
      await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
    if ((await count(`MATCH (:Event {id: '${BIG_EVENT}'})<-[r:TOOK_STANCE]-() RETURN count(r) AS n`)) < 200) {
      const stances = ['support', 'condemnation', 'caution'];
      const lines = ['actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date'];
      for (let i = 0; i < 200; i += 1)
        lines.push(
          `Delegation ${i},state,Bench first look 200,2025-06-01,${stances[i % 3]},Delegation ${i} gave its view (${i}),Statement ${i},https://example.org/first-look/${i},2025-06-02`,
        );
      await importCsv(`${lines.join('\n')}\n`);
    }
  } finally {
    await closeDriver();
  }
}

interface Look {
  /** Navigation to the sketch (GraphSketch) and the table painted; null when the page sent no sketch. */
  seenMs: number | null;
  /** Navigation to Cytoscape's drawing painted and the table filled. */
  ms: number;
  graphRequests: number;
}

/**
 * Notes (window.__sketchSeenAt, ms since navigation) the frame after the page's parser or script has
 * put both the sketch and a table row in the document. Runs in the page before its HTML is parsed; a
 * string, since tsx would wrap a function's inner functions in a helper the page does not have.
 */
const WATCH_FOR_SKETCH = `
  const seen = () =>
    document.querySelector('[data-testid="graph-sketch"] svg') &&
    document.querySelector('[data-testid="actor-table"] tbody tr');
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__sketchSeenAt = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
`;

/** Milliseconds from navigation to the graph seen and drawn and the table filled, in a fresh context. */
async function firstLook(browser: Browser, url: string): Promise<Look> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript(WATCH_FOR_SKETCH);
    const page = await context.newPage();
    // Requests to /api/graph before the graph is drawn: a graph that came with the page needs none.
    let graphRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/graph') graphRequests += 1;
    });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => {
        const graph = document.querySelector<HTMLElement>('[data-testid="graph"]');
        const cy = document.querySelector<HTMLElement>('[data-testid="cy"]');
        return (
          graph?.dataset.status === 'ready' &&
          cy?.dataset.drawnKey === graph.dataset.expectedKey &&
          document.querySelectorAll('[data-testid="actor-table"] tbody tr').length > 0
        );
      },
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    // The draw key is written when Cytoscape has been given the elements and fitted them; it paints them
    // in its own animation frame, which may come after this check (on a 200-actor event, over a second
    // of work). The clock stops once that frame is done: the graph drawn, not only handed over.
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
    const ms = Date.now() - started;
    const seenAt = (await page.evaluate('window.__sketchSeenAt ?? null')) as number | null;
    return { seenMs: seenAt === null ? null : Math.round(seenAt), ms, graphRequests };
  } finally {
    await context.close();
  }
}

/** The JavaScript files the explorer's page loads, and their bytes on disk (uncompressed). */
function explorerJs(): { files: number; kib: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, '.next', 'app-build-manifest.json'), 'utf8')) as {
    pages: Record<string, string[]>;
  };
  const files = (manifest.pages['/page'] ?? []).filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((n, f) => n + fs.statSync(path.join(PROJECT_ROOT, '.next', f)).size, 0);
  return { files: files.length, kib: Math.round(bytes / 1024) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  let app: ChildProcess | null = null;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await start(options, (line) => console.log(`[bench neo4j] ${line}`));
    // Its URI and password, for this process's driver and the app it starts.
    Object.assign(process.env, connectionEnv(options));
    await loadData();
    ensureBuild();
    app = await startApp(APP_PORT);
    const base = `http://127.0.0.1:${APP_PORT}`;
    // The server's first answers of each route are cold: one load of each first, not counted.
    await firstLook(browser, `${base}/`);
    await firstLook(browser, `${base}/?event=${BIG_EVENT}`);
    const figures = [];
    for (const [name, url, target] of [
      ['seed (/)', `${base}/`, 800],
      ['200 actors', `${base}/?event=${BIG_EVENT}`, 1200],
    ] as const) {
      const loads = [];
      for (let i = 0; i < LOADS; i += 1) loads.push(await firstLook(browser, url));
      const runs = loads.map((load) => load.ms);
      const seen = loads.map((load) => load.seenMs);
      const seenRuns = seen.every((ms) => ms !== null) ? (seen as number[]) : null;
      const graphRequests = Math.max(...loads.map((load) => load.graphRequests));
      const figure = {
        view: name,
        seenMedianMs: seenRuns ? median(seenRuns) : null,
        seenRunsMs: seen,
        medianMs: median(runs),
        runsMs: runs,
        targetMs: target,
        graphRequests,
      };
      figures.push(figure);
      console.log(
        `${name}: graph and table seen (sketch) median ${figure.seenMedianMs ?? 'n/a'} ms ` +
          `(runs ${seen.map((ms) => ms ?? 'no sketch').join(', ')}; target ${target} ms); ` +
          `drawn by Cytoscape median ${figure.medianMs} ms (runs ${runs.join(', ')}); ` +
          `requests to /api/graph before the graph was drawn: ${graphRequests}`,
      );
    }
    const js = explorerJs();
    console.log(`The explorer's page loads ${js.files} JavaScript files, ${js.kib} KiB uncompressed.`);
    const out = path.join(PROJECT_ROOT, 'bench', 'results', 'first-look.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: os.loadavg(), figures, explorerJs: js }, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    app?.kill();
    await stop(options);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
