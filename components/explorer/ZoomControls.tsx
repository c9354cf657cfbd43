'use client';

import type { RefObject } from 'react';
import type { GraphCanvasHandle } from './GraphCanvas';

interface Props {
  graphRef: RefObject<GraphCanvasHandle | null>;
  disabled: boolean;
}

/** Zoom in, zoom out and fit, for any drawn graph (the explorer's and the query page's). */
export function ZoomControls({ graphRef, disabled }: Props) {
  return (
    <div className="toolbar__group" aria-label="Zoom">
      <button
        type="button"
        className="icon-button"
        onClick={() => graphRef.current?.zoomBy(1.25)}
        aria-label="Zoom in"
        disabled={disabled}
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => graphRef.current?.zoomBy(0.8)}
        aria-label="Zoom out"
        disabled={disabled}
      >
        −
      </button>
      <button
        type="button"
        className="button button--ghost"
        onClick={() => graphRef.current?.fit()}
        title="Show the whole graph"
        disabled={disabled}
      >
        Fit
      </button>
    </div>
  );
}
