/**
 * The force layout off the main thread: the same forceLayout as the synchronous path, on a headless
 * Cytoscape inside this worker, so a large view never freezes the page while fcose runs.
 */
import { forceLayout } from './force-layout';
import type { LayoutReply, LayoutRequest } from './layout-runner';

// The project compiles against the DOM library; a worker's global needs only these two members here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(reply: LayoutReply): void;
};

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, graph, initial } = event.data;
  let reply: LayoutReply;
  try {
    reply = { id, positions: forceLayout(graph, initial) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : 'the layout failed' };
  }
  scope.postMessage(reply);
};
