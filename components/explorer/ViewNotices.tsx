import type { RendererChoice } from '@/lib/client/drawing/renderer-choice';

interface Props {
  nodes: number;
  edges: number;
  renderer: RendererChoice;
  /** How to narrow this view, as the end of "To narrow it, …" ("pick one event or focus an actor"). */
  narrow: string;
}

const count = (n: number, one: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

/** Says a view is large, which renderer draws it and why, and how to narrow it; a status, never in the graph's way. */
export function LargeViewNotice({ nodes, edges, renderer, narrow }: Props) {
  return (
    <p className="notice notice--large" role="status" data-testid="large-view-notice" data-renderer={renderer.renderer}>
      <strong>Large view:</strong> {count(nodes, 'node')} and {count(edges, 'edge')}, drawn with{' '}
      {renderer.renderer === 'webgl' ? 'WebGL' : 'the canvas renderer'} ({renderer.reason}).
      {renderer.dense &&
        ' At this size every stance is drawn as a solid line, told apart by colour; a narrower view shows the line styles again.'}{' '}
      To narrow it, {narrow}.
    </p>
  );
}

/** The force layout failed (the worker stopped, fcose threw): the camps layout is drawn, and the page says why. */
export function LayoutFailedNotice({ message }: { message: string }) {
  return (
    <p className="notice notice--error" role="status" data-testid="layout-error">
      The force layout could not be computed ({message}); the camps layout is shown instead.
    </p>
  );
}
