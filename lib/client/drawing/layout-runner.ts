/**
 * Runs the force layout in a Web Worker, one request at a time: a newer request supersedes an older
 * one (its answer is never applied), a worker that fails is replaced on the next request, and where
 * there is no Worker (node, old browsers) the same function runs on the calling thread.
 */
import type { LayoutGraph } from './layout-graph';
import type { Positions } from './layout';

export interface LayoutRequest {
  id: number;
  graph: LayoutGraph;
  initial: Positions;
}

export type LayoutReply = { id: number; positions: Positions } | { id: number; error: string };

export type LayoutOutcome =
  | { status: 'done'; positions: Positions; via: 'worker' | 'main-thread' }
  | { status: 'superseded' }
  | { status: 'failed'; message: string };

/** The part of a Worker the runner uses, so tests can drive it with a fake. */
export interface WorkerPort {
  postMessage(message: LayoutRequest): void;
  terminate(): void;
  onmessage: ((event: { data: LayoutReply }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
}

interface Pending {
  id: number;
  key: string;
  promise: Promise<LayoutOutcome>;
  resolve(outcome: LayoutOutcome): void;
}

export class LayoutRunner {
  private worker: WorkerPort | null = null;
  private pending: Pending | null = null;
  private lastId = 0;

  /** makeWorker null: compute on the calling thread (fcose is loaded then, not with the page). */
  constructor(
    private readonly makeWorker: (() => WorkerPort) | null,
    private readonly computeHere: (graph: LayoutGraph, initial: Positions) => Positions | Promise<Positions> = (
      graph,
      initial,
    ) => import('./force-layout').then(({ forceLayout }) => forceLayout(graph, initial)),
  ) {}

  /**
   * Lays out `graph` from `initial`. `key` names the input: asking again for the request under way
   * (React running an effect twice) joins it instead of starting over.
   */
  run(key: string, graph: LayoutGraph, initial: Positions): Promise<LayoutOutcome> {
    if (this.pending?.key === key) return this.pending.promise;
    if (this.pending) {
      this.pending.resolve({ status: 'superseded' });
      this.pending = null;
      // fcose cannot be interrupted: drop the busy worker rather than queue behind a layout nobody wants.
      this.dropWorker();
    }
    const id = ++this.lastId;
    if (!this.makeWorker) {
      return Promise.resolve()
        .then(() => this.computeHere(graph, initial))
        .then(
          (positions): LayoutOutcome => ({ status: 'done', positions, via: 'main-thread' }),
          (error: unknown): LayoutOutcome => ({ status: 'failed', message: messageOf(error) }),
        );
    }
    let resolve!: (outcome: LayoutOutcome) => void;
    const promise = new Promise<LayoutOutcome>((r) => (resolve = r));
    this.pending = { id, key, promise, resolve };
    try {
      this.ensureWorker().postMessage({ id, graph, initial });
    } catch (error) {
      this.finish(id, { status: 'failed', message: messageOf(error) });
      this.dropWorker();
    }
    return promise;
  }

  /** Ends the worker; a request under way is superseded. */
  dispose() {
    if (this.pending) this.finish(this.pending.id, { status: 'superseded' });
    this.dropWorker();
  }

  private finish(id: number, outcome: LayoutOutcome) {
    // An answer to anything but the latest request is stale: never applied.
    if (!this.pending || this.pending.id !== id) return;
    const { resolve } = this.pending;
    this.pending = null;
    resolve(outcome);
  }

  private ensureWorker(): WorkerPort {
    if (this.worker) return this.worker;
    const worker = this.makeWorker!();
    worker.onmessage = (event) => {
      const reply = event.data;
      this.finish(
        reply.id,
        'error' in reply
          ? { status: 'failed', message: reply.error }
          : { status: 'done', positions: reply.positions, via: 'worker' },
      );
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.pending)
        this.finish(this.pending.id, { status: 'failed', message: event.message || 'the layout worker stopped' });
      if (this.worker === worker) this.dropWorker();
    };
    this.worker = worker;
    return worker;
  }

  private dropWorker() {
    this.worker?.terminate();
    this.worker = null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'the layout failed';
}
