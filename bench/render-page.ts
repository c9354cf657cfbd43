/**
 * The page side of bench/render.ts, bundled with esbuild: draws a synthetic view with the app's own
 * elements (lib/client/drawing/elements), stylesheet, renderer choice and Cytoscape options (GraphCanvas's),
 * and runs the app's layout worker, so the figures are those of what the app does.
 */
import cytoscape from 'cytoscape';
import { actorCamps, toElements, type DrawableGraph } from '@/lib/client/drawing/elements';
import { layoutGraph } from '@/lib/client/drawing/force-layout';
import { campsLayout } from '@/lib/client/drawing/layout';
import { LayoutRunner, type WorkerPort } from '@/lib/client/drawing/layout-runner';
import {
  addNodesThenEdges,
  chooseRenderer,
  fitView,
  graphCanvasOptions,
  probeWebgl,
  type RendererPreference,
} from '@/lib/client/drawing/renderer-choice';
import type { ActorKind, Stance } from '@/lib/domain';

const KINDS: ActorKind[] = ['state', 'government', 'government-body', 'person', 'organisation', 'intergovernmental'];
const STANCES: Stance[] = ['support', 'condemnation', 'caution'];

/** A view as the API gives it: one node in ten an event, 80% of edges stances, the rest relations; seeded, so every run draws the same. */
function syntheticGraph(nodes: number, edges: number): DrawableGraph {
  const graph: DrawableGraph = { nodes: [], edges: [] };
  const events: string[] = [];
  const actors: string[] = [];
  for (let i = 0; i < nodes; i += 1) {
    if (i % 10 === 0) {
      events.push(`event-${i}`);
      graph.nodes.push({ id: `event-${i}`, label: `Event ${i}`, type: 'event', date: '2025-07-03' });
    } else {
      actors.push(`actor-${i}`);
      graph.nodes.push({ id: `actor-${i}`, label: `Actor ${i}`, type: 'actor', kind: KINDS[i % KINDS.length] });
    }
  }
  for (let k = 0; k < edges; k += 1) {
    const source = actors[(Math.imul(k + 7, 40503) >>> 0) % actors.length];
    const h = Math.imul(k + 3, 2246822519) >>> 0;
    if (k % 5 !== 4) {
      const target = events[h % events.length];
      graph.edges.push({ id: `stance-${k}`, source, target, type: 'STANCE', stance: STANCES[k % 3], evidence: [] });
    } else {
      let target = actors[h % actors.length];
      if (target === source) target = actors[(h + 1) % actors.length];
      graph.edges.push({ id: `relation-${k}`, source, target, type: 'PART_OF', evidence: [] });
    }
  }
  return graph;
}

/** Positions precomputed as the app has them before it draws: a grid, jittered by a seeded hash. */
function gridPositions(graph: DrawableGraph) {
  const side = Math.ceil(Math.sqrt(graph.nodes.length));
  return Object.fromEntries(
    graph.nodes.map((n, i) => {
      const j = Math.imul(i + 1, 2654435761) >>> 0;
      return [n.id, { x: (i % side) * 90 + (j % 17), y: Math.floor(i / side) * 90 + (j % 13) }];
    }),
  );
}

interface Drawn {
  ms: number;
  renderer: 'canvas' | 'webgl';
  /** What the app would choose for this view in this browser, and why. */
  appChoice: 'canvas' | 'webgl';
  reason: string;
  webglRenderer: string | null;
}

let current: cytoscape.Core | null = null;

function draw(nodes: number, edges: number, preference: RendererPreference): Promise<Drawn> {
  current?.destroy();
  const webgl = probeWebgl();
  const t0 = performance.now();
  const graph = syntheticGraph(nodes, edges);
  const positions = gridPositions(graph);
  const appChoice = chooseRenderer(nodes + edges, webgl);
  const choice = chooseRenderer(nodes + edges, webgl, preference);
  const elements = toElements(graph, { camps: actorCamps(graph, null) }).map((def) =>
    def.group === 'nodes' ? { ...def, position: positions[String(def.data.id)] } : def,
  );
  const t1 = performance.now();
  const cy = cytoscape({ container: document.getElementById('cy'), ...graphCanvasOptions(choice) });
  current = cy;
  // As GraphCanvas does: nodes, then edges, then fit.
  addNodesThenEdges(
    cy,
    elements.filter((e) => e.group === 'nodes'),
    elements.filter((e) => e.group === 'edges'),
  );
  const tAdded = performance.now();
  fitView(cy, choice.large);
  // Printed with BENCH_DEBUG=1: where the time before the first frame goes.
  console.log(
    `elements ${Math.round(t1 - t0)} ms, add ${Math.round(tAdded - t1)} ms, fit ${Math.round(performance.now() - tAdded)} ms`,
  );
  const isWebgl = Boolean((cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl);
  return new Promise((resolve) => {
    const done = () =>
      resolve({
        ms: performance.now() - t0,
        renderer: isWebgl ? 'webgl' : 'canvas',
        appChoice: appChoice.renderer,
        reason: appChoice.reason,
        webglRenderer: webgl.renderer,
      });
    // The canvas renderer says when it drew; its WebGL mode draws on the next frames without a 'render' event.
    if (isWebgl) requestAnimationFrame(() => requestAnimationFrame(done));
    else cy.one('render', () => requestAnimationFrame(done));
  });
}

/**
 * The app's layout worker on a view: how long until the positions arrive, and the longest the main
 * thread was busy meanwhile (timer ticks every 10 ms).
 */
async function layoutInWorker(nodes: number, edges: number, workerUrl: string) {
  const graph = syntheticGraph(nodes, edges);
  const initial = campsLayout(graph, actorCamps(graph, null));
  const runner = new LayoutRunner(() => new Worker(workerUrl) as unknown as WorkerPort);
  let longestGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 10);
  const t0 = performance.now();
  const outcome = await runner.run('bench', layoutGraph(graph), initial);
  const ms = performance.now() - t0;
  clearInterval(ticker);
  runner.dispose();
  return { ms, status: outcome.status, longestMainThreadGapMs: longestGap };
}

Object.assign(window, { draw, layoutInWorker });
