'use client';

import type * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import styles from './charts.module.css';

export type PlotModule = typeof Plot;

interface Props {
  /** Makes the chart for a width in pixels; a new function draws it again. */
  build: (Plot: PlotModule, width: number) => Element;
  /** What the chart shows, in words, for those who cannot see it; the table twin has the figures. */
  label: string;
  testId?: string;
}

/**
 * An Observable Plot chart. Plot (with d3) is loaded when the first chart is drawn, so pages without
 * one never fetch it. The chart is an image to assistive technology: its figures are in the table below it.
 */
export function PlotFigure({ build, label, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    let stopWatching = () => {};
    let drawnWidth = 0;
    import('@observablehq/plot').then(
      (plot) => {
        if (cancelled) return;
        // Drawn again for a new width (the panel opening, the window resized), not scaled; the
        // observer's first call draws it the first time.
        const observer = new ResizeObserver(() => {
          const width = Math.max(320, Math.floor(el.clientWidth));
          if (width === drawnWidth) return;
          drawnWidth = width;
          el.replaceChildren(build(plot, width));
          setState('drawn');
        });
        observer.observe(el);
        stopWatching = () => observer.disconnect();
      },
      () => !cancelled && setState('failed'),
    );
    return () => {
      cancelled = true;
      stopWatching();
      el.replaceChildren();
    };
  }, [build]);

  return (
    <figure className={styles.figure} data-testid={testId} data-state={state}>
      <div ref={ref} role="img" aria-label={label} className={styles.plot} />
      {state === 'loading' && (
        <p className="muted" role="status">
          Drawing the chart…
        </p>
      )}
      {state === 'failed' && (
        <p className="notice notice--error" role="alert">
          The chart could not be drawn; the table below has its figures.
        </p>
      )}
    </figure>
  );
}
