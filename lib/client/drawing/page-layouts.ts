/**
 * The force layouts of the page: one layout runner (and its worker) shared by every view, and the
 * finished layouts by input. The worker is referenced here, beside it, because webpack bundles it
 * from the `new Worker(new URL('./…', import.meta.url))` form with a path relative to this file.
 */
import type { LayoutGraph } from './force-layout';
import type { Positions } from './layout';
import { LayoutRunner, type WorkerPort } from './layout-runner';
import { layoutWorkerOverride } from './test-hooks';

let runner: LayoutRunner | null = null;

export function layoutRunner(): LayoutRunner {
  if (!runner) {
    const makeWorker =
      typeof Worker === 'undefined'
        ? null
        : () => {
            const override = layoutWorkerOverride();
            const worker = override
              ? new Worker(override)
              : new Worker(new URL('./force-layout.worker.ts', import.meta.url));
            return worker as unknown as WorkerPort;
          };
    runner = new LayoutRunner(makeWorker);
  }
  return runner;
}

export interface FinishedLayout {
  positions: Positions;
  via: 'worker' | 'main-thread';
}

/** Finished force layouts by input, so switching back and forth between layouts does not compute again. */
const done = new Map<string, FinishedLayout>();
const DONE_KEPT = 8;

export function finishedLayout(key: string): FinishedLayout | undefined {
  return done.get(key);
}

export function rememberLayout(key: string, value: FinishedLayout) {
  done.delete(key);
  done.set(key, value);
  if (done.size > DONE_KEPT) done.delete(done.keys().next().value!);
}

/** Names a layout's input by content: the same graph from the same start gives the same positions. */
export function layoutInputKey(graph: LayoutGraph, initial: Positions): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  };
  for (const n of graph.nodes) add(`${n.id}:${n.type}@${initial[n.id]?.x},${initial[n.id]?.y};`);
  for (const e of graph.edges) add(`${e.source}>${e.target};`);
  return `${graph.nodes.length}/${graph.edges.length}/${(hash >>> 0).toString(36)}`;
}
