'use client';
/**
 * The two decisions a page makes before drawing a view: where its nodes go (the force layout comes from
 * the layout worker, the camps layout is drawn meanwhile) and which renderer draws it.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { layoutGraph, type LayoutGraph } from '@/lib/client/drawing/layout-graph';
import type { Positions } from '@/lib/client/drawing/layout';
import { finishedLayout, layoutInputKey, layoutRunner, rememberLayout } from '@/lib/client/drawing/page-layouts';
import { largeViewThreshold } from '@/lib/client/drawing/test-hooks';
import {
  LARGE_VIEW_ELEMENTS,
  chooseRenderer,
  probeWebgl,
  type RendererChoice,
  type RendererPreference,
  type WebglSupport,
} from '@/lib/client/drawing/renderer-choice';

type LayoutPhase = 'camps' | 'pending' | 'force' | 'failed';

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

/**
 * Positions for a view: `initial` (the camps layout) at once, or the force layout computed off the
 * main thread. `key` names the view; the returned layoutKey ends in the layout actually drawn.
 */
export function usePlacedView(
  key: string,
  graph: LayoutGraph | null,
  initial: Positions,
  layout: 'camps' | 'force',
): PlacedView {
  const input = useMemo(
    () => (graph && layout === 'force' ? layoutInputKey(graph, initial) : null),
    [graph, initial, layout],
  );
  const [failed, setFailed] = useState<{ input: string; message: string } | null>(null);
  const [, setFinished] = useState<string | null>(null);

  useEffect(() => {
    if (!input || !graph || finishedLayout(input)) return;
    let live = true;
    void layoutRunner()
      .run(input, layoutGraph(graph), initial)
      .then((outcome) => {
        if (outcome.status === 'done') rememberLayout(input, { positions: outcome.positions, via: outcome.via });
        if (!live) return;
        if (outcome.status === 'done') setFinished(input);
        else if (outcome.status === 'failed') setFailed({ input, message: outcome.message });
      });
    return () => {
      live = false;
    };
  }, [input, graph, initial]);

  const result = input ? finishedLayout(input) : undefined;
  const phase: LayoutPhase = !input ? 'camps' : result ? 'force' : failed?.input === input ? 'failed' : 'pending';
  const positions = result?.positions ?? initial;
  const error = phase === 'failed' ? failed!.message : null;
  // One object per outcome: pages memoise on it.
  return useMemo(
    () => ({
      positions,
      layoutKey: `${key}|${phase === 'force' ? 'force' : 'camps'}`,
      phase,
      via: result?.via ?? null,
      error,
    }),
    [positions, key, phase, result?.via, error],
  );
}

const NO_WEBGL: WebglSupport = { available: false, renderer: null };
const subscribeNever = () => () => {};

const noWebgl = () => NO_WEBGL;

/** The renderer for a view of `elements` elements; the server (and the first render) assume canvas. */
export function useRendererChoice(elements: number, preference: RendererPreference): RendererChoice {
  const threshold = largeViewThreshold(LARGE_VIEW_ELEMENTS);
  // A view this small is drawn on canvas whatever WebGL is: making a context to ask costs the first
  // look a WebGL start-up (over 100 ms with software WebGL), so it is made only when the answer matters.
  const asks = preference === 'webgl' || (preference === 'auto' && elements > threshold);
  const webgl = useSyncExternalStore(subscribeNever, asks ? probeWebgl : noWebgl, noWebgl);
  return useMemo(
    () => chooseRenderer(elements, webgl, preference, threshold),
    [elements, webgl, preference, threshold],
  );
}
