import { describe, expect, it } from 'vitest';
import { forceLayout, layoutGraph, type LayoutGraph } from '@/lib/client/drawing/force-layout';
import {
  LayoutRunner,
  type LayoutReply,
  type LayoutRequest,
  type WorkerPort,
} from '@/lib/client/drawing/layout-runner';

/** A worker that answers when the test says so, the way the real one answers with forceLayout. */
class FakeWorker implements WorkerPort {
  static made: FakeWorker[] = [];
  received: LayoutRequest[] = [];
  terminated = false;
  onmessage: WorkerPort['onmessage'] = null;
  onerror: WorkerPort['onerror'] = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: LayoutRequest) {
    this.received.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  answer(index = this.received.length - 1) {
    const { id, graph, initial } = this.received[index];
    this.onmessage?.({ data: { id, positions: forceLayout(graph, initial) } satisfies LayoutReply });
  }
  reply(data: LayoutReply) {
    this.onmessage?.({ data });
  }
}

function fresh() {
  FakeWorker.made = [];
  return new LayoutRunner(() => new FakeWorker());
}

const graph: LayoutGraph = {
  nodes: [
    { id: 'event', type: 'event' },
    { id: 'a', type: 'actor' },
    { id: 'b', type: 'actor' },
    { id: 'c', type: 'actor' },
  ],
  edges: [
    { id: 'a--event', source: 'a', target: 'event' },
    { id: 'b--event', source: 'b', target: 'event' },
    { id: 'c--a', source: 'c', target: 'a' },
  ],
};
const initial = { event: { x: 0, y: 0 }, a: { x: -300, y: 0 }, b: { x: 300, y: 0 }, c: { x: 0, y: -250 } };

describe('LayoutRunner', () => {
  it('gives the worker’s positions, equal to the synchronous function’s for the same input', async () => {
    const runner = fresh();
    const outcome = runner.run('one', graph, initial);
    FakeWorker.made[0].answer();
    expect(await outcome).toEqual({ status: 'done', positions: forceLayout(graph, initial), via: 'worker' });
  });

  it('computes on the calling thread where there is no Worker', async () => {
    const outcome = await new LayoutRunner(null).run('one', graph, initial);
    expect(outcome).toEqual({ status: 'done', positions: forceLayout(graph, initial), via: 'main-thread' });
  });

  it('a newer request supersedes an older one: the older answer is never applied, the busy worker is dropped', async () => {
    const runner = fresh();
    const older = runner.run('older', graph, initial);
    const moved = { ...initial, c: { x: 0, y: 250 } };
    const newer = runner.run('newer', graph, moved);
    expect(await older).toEqual({ status: 'superseded' });
    const [first, second] = FakeWorker.made;
    expect(first.terminated).toBe(true);
    // A late answer from the dropped worker, or any answer to an old id, changes nothing.
    first.answer();
    second.reply({ id: first.received[0].id, positions: { a: { x: 1, y: 1 } } });
    second.answer();
    expect(await newer).toEqual({ status: 'done', positions: forceLayout(graph, moved), via: 'worker' });
  });

  it('joins the request under way when asked again for the same input', async () => {
    const runner = fresh();
    const a = runner.run('same', graph, initial);
    const b = runner.run('same', graph, initial);
    expect(b).toBe(a);
    expect(FakeWorker.made[0].received).toHaveLength(1);
    FakeWorker.made[0].answer();
    expect((await a).status).toBe('done');
  });

  it('reports a failed layout or a broken worker, and starts a new worker for the next request', async () => {
    const runner = fresh();
    const failed = runner.run('one', graph, initial);
    FakeWorker.made[0].reply({ id: FakeWorker.made[0].received[0].id, error: 'fcose gave up' });
    expect(await failed).toEqual({ status: 'failed', message: 'fcose gave up' });

    const crashed = runner.run('two', graph, initial);
    FakeWorker.made[0].onerror?.({ message: 'Uncaught ReferenceError: window is not defined' });
    expect(await crashed).toEqual({ status: 'failed', message: 'Uncaught ReferenceError: window is not defined' });
    expect(FakeWorker.made[0].terminated).toBe(true);

    const again = runner.run('three', graph, initial);
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1].answer();
    expect((await again).status).toBe('done');
  });

  it('a worker that cannot be made fails the request instead of hanging', async () => {
    const runner = new LayoutRunner(() => {
      throw new Error('workers are blocked here');
    });
    expect(await runner.run('one', graph, initial)).toEqual({ status: 'failed', message: 'workers are blocked here' });
  });
});

describe('layoutGraph', () => {
  it('keeps only what the layout reads, so the message to the worker stays small', () => {
    const rich = {
      nodes: [{ id: 'a', type: 'actor', label: 'A', description: 'long text' }],
      edges: [{ id: 'a--a', source: 'a', target: 'a', evidence: [{ quote: 'long quote' }] }],
    };
    expect(layoutGraph(rich)).toEqual({
      nodes: [{ id: 'a', type: 'actor' }],
      edges: [{ id: 'a--a', source: 'a', target: 'a' }],
    });
  });
});
