'use client';
/**
 * The two decisions a page makes before drawing a view: where its nodes go (the force layout comes from
 * the layout worker, the camps layout is drawn meanwhile) and which renderer draws it.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { layoutGraph, type LayoutGraph } from './force-layout';
import type { Positions } from './layout';
import { LayoutRunner, type WorkerPort } from './layout-runner';
import { largeViewThreshold, layoutWorkerOverride } from './test-hooks';
import { LARGE_VIEW_ELEMENTS, chooseRenderer, probeWebgl, type RendererChoice, type RendererPreference, type WebglSupport } from './renderer-choice';

export type LayoutPhase = 'camps' | 'pending' | 'force' | 'failed';

export interface PlacedView {
  positions: Positions;
  /** Changes only when nodes must move: the camps key while the force layout is computed. */
  layoutKey: string;
  phase: LayoutPhase;
  /** Where the force positions were computed. */
  via: 'worker' | 'main-thread' | null;
  /** Why the force layout failed; the camps layout is drawn instead. */
  error: string | null;
}

let runner: LayoutRunner | null = null;

function layoutRunner(): LayoutRunner {
  if (!runner) {
    const makeWorker =
      typeof Worker === 'undefined'
        ? null
        : () => {
            const override = layoutWorkerOverride();
            // webpack bundles the worker from this exact `new Worker(new URL(...))` form.
            const worker = override ? new Worker(override) : new Worker(new URL('./force-layout.worker.ts', import.meta.url));
            return worker as unknown as WorkerPort;
          };
    runner = new LayoutRunner(makeWorker);
  }
  return runner;
}

/** Finished force layouts by input, so switching back and forth between layouts does not compute again. */
const done = new Map<string, { positions: Positions; via: 'worker' | 'main-thread' }>();
const DONE_KEPT = 8;

function remember(key: string, value: { positions: Positions; via: 'worker' | 'main-thread' }) {
  done.delete(key);
  done.set(key, value);
  if (done.size > DONE_KEPT) done.delete(done.keys().next().value!);
}

/** Names a layout's input by content: the same graph from the same start gives the same positions. */
function inputKey(graph: LayoutGraph, initial: Positions): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  };
  for (const n of graph.nodes) add(`${n.id}:${n.type}@${initial[n.id]?.x},${initial[n.id]?.y};`);
  for (const e of graph.edges) add(`${e.source}>${e.target};`);
  return `${graph.nodes.length}/${graph.edges.length}/${(hash >>> 0).toString(36)}`;
}

/**
 * Positions for a view: `initial` (the camps layout) at once, or the force layout computed off the
 * main thread. `key` names the view; the returned layoutKey ends in the layout actually drawn.
 */
export function usePlacedView(key: string, graph: LayoutGraph | null, initial: Positions, layout: 'camps' | 'force'): PlacedView {
  const input = useMemo(() => (graph && layout === 'force' ? inputKey(graph, initial) : null), [graph, initial, layout]);
  const [failed, setFailed] = useState<{ input: string; message: string } | null>(null);
  const [, setFinished] = useState<string | null>(null);

  useEffect(() => {
    if (!input || !graph || done.has(input)) return;
    let live = true;
    void layoutRunner()
      .run(input, layoutGraph(graph), initial)
      .then((outcome) => {
        if (outcome.status === 'done') remember(input, { positions: outcome.positions, via: outcome.via });
        if (!live) return;
        if (outcome.status === 'done') setFinished(input);
        else if (outcome.status === 'failed') setFailed({ input, message: outcome.message });
      });
    return () => {
      live = false;
    };
  }, [input, graph, initial]);

  const result = input ? done.get(input) : undefined;
  const phase: LayoutPhase = !input ? 'camps' : result ? 'force' : failed?.input === input ? 'failed' : 'pending';
  const positions = result?.positions ?? initial;
  const error = phase === 'failed' ? failed!.message : null;
  // One object per outcome: pages memoise on it.
  return useMemo(
    () => ({ positions, layoutKey: `${key}|${phase === 'force' ? 'force' : 'camps'}`, phase, via: result?.via ?? null, error }),
    [positions, key, phase, result?.via, error],
  );
}

const NO_WEBGL: WebglSupport = { available: false, renderer: null };
const subscribeNever = () => () => {};

/** The renderer for a view of `elements` elements; the server (and the first render) assume canvas. */
export function useRendererChoice(elements: number, preference: RendererPreference): RendererChoice {
  const webgl = useSyncExternalStore(subscribeNever, probeWebgl, () => NO_WEBGL);
  return useMemo(() => chooseRenderer(elements, webgl, preference, largeViewThreshold(LARGE_VIEW_ELEMENTS)), [elements, webgl, preference]);
}
