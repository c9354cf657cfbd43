/**
 * Time to first paint of views in headless Chromium (Debian's chromium, driven by playwright-core),
 * drawn the way the app draws them: bench/render-page.ts, bundled here with esbuild, uses the app's
 * elements, stylesheet, Cytoscape options and renderer choice (lib/client/drawing/renderer-choice). Each size
 * is drawn three times (the median is the figure) with the canvas renderer and with Cytoscape's WebGL
 * mode, and each figure says whether that is the renderer the app would choose in this browser.
 * Positions are precomputed (as the app has them before it draws). Run alone
 * (`npx tsx bench/render.ts`) it also times the app's layout worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

export interface RenderFigure {
  elements: number;
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  /** The median of the runs. */
  firstPaintMs: number;
  /** Every run, fastest first: one figure of a busy 2-core machine says little alone. */
  runsMs: number[];
  /** The renderer the app chooses for this size in this browser (lib/client/drawing/renderer-choice). */
  appChoice?: 'canvas' | 'webgl';
  /** Why it chooses so. */
  reason?: string;
}

export interface WorkerLayoutFigure {
  nodes: number;
  edges: number;
  /** From posting the view to the worker to its positions arriving. */
  layoutMs: number;
  /** The longest the page's main thread was busy meanwhile: small means the page stayed responsive. */
  longestMainThreadGapMs: number;
  status: string;
}

const ROOT = path.join(__dirname, '..');
const ORIGIN = 'http://bench.stancegraph.invalid';

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    minify: true,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"', 'process.env.NEXT_PUBLIC_STANCEGRAPH_TEST_HOOKS': '"0"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** One page on a made-up origin (nothing leaves the machine: every request is answered here). */
async function benchPage(browser: Browser): Promise<Page> {
  const [pageJs, workerJs] = await Promise.all([
    bundle('bench/render-page.ts'),
    bundle('lib/client/drawing/force-layout.worker.ts'),
  ]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log(m.text()));
  const files: Record<string, [string, string]> = {
    '/': [
      'text/html',
      '<!doctype html><html><head><style>html,body,#cy{margin:0;width:1280px;height:800px}</style></head><body><div id="cy"></div><script src="/page.js"></script></body></html>',
    ],
    '/page.js': ['text/javascript', pageJs],
    '/worker.js': ['text/javascript', workerJs],
  };
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file ? route.fulfill({ contentType: file[0], body: file[1] }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  return page;
}

function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium`);
  // WebGL in headless Chromium without a GPU goes through SwiftShader (software).
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox'] });
}

type Drawn = {
  ms: number;
  renderer: 'canvas' | 'webgl';
  appChoice: 'canvas' | 'webgl';
  reason: string;
  webglRenderer: string | null;
};

/** Each size drawn with the canvas renderer and with its WebGL mode, each on a fresh page. */
export async function measureRender(sizes: { nodes: number; edges: number }[], runs = 3): Promise<RenderFigure[]> {
  const browser = await launch();
  const figures: RenderFigure[] = [];
  try {
    for (const size of sizes)
      for (const preference of ['canvas', 'webgl'] as const) {
        const elements = size.nodes + size.edges;
        const times: number[] = [];
        let drawn: Drawn | undefined;
        for (let run = 0; run < runs; run += 1) {
          // A new page each time: nothing of an earlier drawing is reused.
          const page = await benchPage(browser);
          page.on('crash', () => console.error(`Chromium's page crashed drawing ${elements} elements`));
          drawn = (await page.evaluate(
            ([n, e, p]) =>
              (window as unknown as { draw(n: number, e: number, p: string): Promise<Drawn> }).draw(n, e, p),
            [size.nodes, size.edges, preference] as const,
          )) as Drawn;
          await page.close();
          times.push(Math.round(drawn.ms));
        }
        if (figures.length === 0) console.log(`WebGL in this browser: ${drawn!.webglRenderer ?? 'none'}`);
        times.sort((a, b) => a - b);
        figures.push({
          elements,
          nodes: size.nodes,
          edges: size.edges,
          renderer: drawn!.renderer,
          firstPaintMs: times[Math.floor(times.length / 2)],
          runsMs: times,
          appChoice: drawn!.appChoice,
          reason: drawn!.reason,
        });
      }
  } finally {
    await browser.close();
  }
  return figures;
}

/** The app's force layout in its worker, for a view at the API's caps by default. */
export async function measureWorkerLayout(nodes = 500, edges = 2000): Promise<WorkerLayoutFigure> {
  const browser = await launch();
  try {
    const page = await benchPage(browser);
    const result = (await page.evaluate(
      ([n, e, url]) =>
        (
          window as unknown as {
            layoutInWorker(
              n: number,
              e: number,
              u: string,
            ): Promise<{ ms: number; status: string; longestMainThreadGapMs: number }>;
          }
        ).layoutInWorker(n, e, url),
      [nodes, edges, `${ORIGIN}/worker.js`] as const,
    )) as { ms: number; status: string; longestMainThreadGapMs: number };
    return {
      nodes,
      edges,
      layoutMs: Math.round(result.ms),
      longestMainThreadGapMs: Math.round(result.longestMainThreadGapMs),
      status: result.status,
    };
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  (async () => {
    const figures = await measureRender([
      { nodes: 100, edges: 400 },
      { nodes: 500, edges: 2000 },
      { nodes: 1000, edges: 4000 },
      { nodes: 4000, edges: 16000 },
      { nodes: 5000, edges: 20000 },
    ]);
    console.table(figures);
    console.log('Force layout in the worker (ms)');
    console.table([await measureWorkerLayout()]);
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
