/**
 * Time to first paint of Cytoscape.js views in headless Chromium (Debian's chromium, driven by
 * playwright-core): a page with the library, positions computed beforehand (as the app does for
 * large views), the canvas renderer, or its WebGL mode above a threshold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export interface RenderFigure {
  elements: number;
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  firstPaintMs: number;
}

const PAGE = (cytoscapeJs: string) => `<!doctype html><html><head><style>html,body,#cy{margin:0;width:1280px;height:800px}</style></head>
<body><div id="cy"></div><script>${cytoscapeJs}</script><script>
window.draw = (nodes, edges, webgl) => new Promise((resolve) => {
  const t0 = performance.now();
  // A view as the API gives it, positions precomputed (a grid jittered by a seeded hash).
  const elements = [];
  const side = Math.ceil(Math.sqrt(nodes));
  for (let i = 0; i < nodes; i++) {
    const j = Math.imul(i + 1, 2654435761) >>> 0;
    elements.push({ group: 'nodes', data: { id: 'n' + i, label: 'Actor ' + i, type: i % 10 === 0 ? 'event' : 'actor' },
      position: { x: (i % side) * 40 + (j % 17), y: Math.floor(i / side) * 40 + (j % 13) } });
  }
  const stances = ['support', 'condemnation', 'caution'];
  for (let k = 0; k < edges; k++) {
    const s = (Math.imul(k + 7, 40503) >>> 0) % nodes;
    const t = (Math.imul(k + 3, 2246822519) >>> 0) % nodes;
    elements.push({ group: 'edges', data: { id: 'e' + k, source: 'n' + s, target: 'n' + (t === s ? (t + 1) % nodes : t), stance: stances[k % 3] } });
  }
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    renderer: { name: 'canvas', webgl },
    textureOnViewport: !webgl && nodes > 1000,
    hideEdgesOnViewport: !webgl && nodes > 1000,
    style: [
      { selector: 'node', style: { width: 14, height: 14, 'background-color': '#64748b', label: 'data(label)', 'font-size': 6, 'min-zoomed-font-size': 9 } },
      { selector: 'node[type = "event"]', style: { shape: 'round-rectangle', 'background-color': '#1e293b' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#94a3b8', 'curve-style': webgl ? 'straight' : 'haystack' } },
      { selector: 'edge[stance = "support"]', style: { 'line-color': '#16a34a' } },
      { selector: 'edge[stance = "condemnation"]', style: { 'line-color': '#dc2626' } },
      { selector: 'edge[stance = "caution"]', style: { 'line-color': '#d97706' } },
    ],
  });
  const done = () => resolve({ ms: performance.now() - t0, webgl: !!cy.renderer().webgl });
  // The canvas renderer says when it drew; its WebGL mode draws on the next animation frames without a 'render' event.
  if (webgl) requestAnimationFrame(() => requestAnimationFrame(done));
  else cy.one('render', () => requestAnimationFrame(done));
  setTimeout(() => resolve({ ms: NaN, webgl: !!cy.renderer().webgl }), 30000);
});
</script></body></html>`;

/** Each size drawn with the canvas renderer and with its WebGL mode. */
export async function measureRender(sizes: { nodes: number; edges: number }[]): Promise<RenderFigure[]> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium`);
  const cytoscapeJs = fs.readFileSync(path.join(__dirname, '..', 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js'), 'utf8');
  // WebGL in headless Chromium without a GPU goes through SwiftShader (software).
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox'] });
  const figures: RenderFigure[] = [];
  try {
    for (const size of sizes) for (const webgl of [false, true]) {
      const elements = size.nodes + size.edges;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log(m.text()));
      page.on('crash', () => console.error(`Chromium's page crashed drawing ${elements} elements`));
      await page.setContent(PAGE(cytoscapeJs));
      const result = (await page.evaluate(([n, e, w]) => (window as unknown as { draw: (n: number, e: number, w: boolean) => Promise<{ ms: number; webgl: boolean }> }).draw(n, e, w), [size.nodes, size.edges, webgl] as const)) as { ms: number; webgl: boolean };
      figures.push({ elements, nodes: size.nodes, edges: size.edges, renderer: result.webgl ? 'webgl' : 'canvas', firstPaintMs: Math.round(result.ms) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}

if (require.main === module) {
  measureRender([{ nodes: 100, edges: 400 }, { nodes: 1000, edges: 4000 }, { nodes: 4000, edges: 16000 }, { nodes: 5000, edges: 20000 }]).then((f) => console.table(f));
}
