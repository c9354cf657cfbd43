'use client';

/**
 * The timeline's chart (Observable Plot): stance counts stacked per period, the events of each period
 * as squares along the top, and the brush, a band over the periods chosen, dragged with the pointer.
 * Loaded on its own (next/dynamic): Plot and d3 stay out of pages that draw no chart. The keyboard,
 * Play and the table twin live in components/explorer/timeline, which works without this.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { EVENT_COLOR } from '@/lib/client/drawing/styles';
import { formatPartialDate, plural } from '@/lib/client/format';
import { type PeriodCounts, type PeriodRange } from '@/lib/periods';
import { countAxis, sparseTicks, stanceBars, tallestStack } from './plot-style';
import { useBoxWidth } from '@/components/hooks/use-box-width';

interface Props {
  periods: PeriodCounts[];
  range: PeriodRange | null;
  /** A range picked with the pointer (a click picks one period). */
  onBrush(range: PeriodRange): void;
}

const HEIGHT = 132;
const MARGIN = { top: 14, right: 12, bottom: 22, left: 36 };

/** Each period's band in pixels, from Plot's x scale. */
interface Bands {
  left: number[];
  width: number;
  step: number;
}

/** "2025", "Jul 2025", "3 Jul": ticks short enough to sit under narrow bands. */
function shortLabel(period: string): string {
  if (period.length === 4) return period;
  const month = formatPartialDate(period.slice(0, 7)).slice(0, 3);
  return period.length === 7 ? `${month} ${period.slice(0, 4)}` : `${Number(period.slice(8, 10))} ${month}`;
}

export default function TimelineChart({ periods, range, onBrush }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const [bands, setBands] = useState<Bands | null>(null);
  const [drag, setDrag] = useState<{ anchor: number; at: number } | null>(null);

  const width = useBoxWidth(boxRef);

  const names = useMemo(() => periods.map((p) => p.period), [periods]);

  useEffect(() => {
    const target = plotRef.current;
    if (!target || width === 0 || names.length === 0) return;
    const withEvents = periods.filter((p) => p.events > 0);
    const figure = Plot.plot({
      width,
      height: HEIGHT,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      style: { fontSize: '11px', background: 'transparent' },
      x: {
        type: 'band',
        domain: names,
        padding: 0.15,
        ticks: sparseTicks(names, width),
        tickFormat: shortLabel,
        label: null,
      },
      y: { label: null, grid: true, ...countAxis(tallestStack(periods)) },
      r: { range: [2, 5] },
      marks: [
        ...stanceBars(
          periods,
          (p) => p.period,
          (p) =>
            `${formatPartialDate(p.period)}: ${p.support} support, ${p.condemnation} condemnation, ${p.caution} caution`,
        ),
        Plot.dot(withEvents, {
          x: 'period',
          frameAnchor: 'top',
          dy: -7,
          symbol: 'square',
          r: 'events',
          fill: EVENT_COLOR,
          title: (p: PeriodCounts) => `${formatPartialDate(p.period)}: ${plural(p.events, 'event')}`,
        }),
        Plot.ruleY([0]),
      ],
    });
    figure.setAttribute('aria-hidden', 'true');
    target.replaceChildren(figure);
    const x = figure.scale('x');
    if (x?.bandwidth !== undefined && x.step !== undefined) {
      setBands({ left: names.map((n) => Number(x.apply(n))), width: x.bandwidth, step: x.step });
    }
    return () => figure.remove();
  }, [periods, names, width]);

  /** The period under a pointer's x (relative to the chart), clamped to the first and last. */
  const indexAt = (clientX: number): number => {
    if (!bands || !boxRef.current) return 0;
    const x = clientX - boxRef.current.getBoundingClientRect().left;
    const gap = (bands.step - bands.width) / 2;
    const i = Math.floor((x - bands.left[0] + gap) / bands.step);
    return Math.min(Math.max(i, 0), names.length - 1);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !bands) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const i = indexAt(e.clientX);
    setDrag({ anchor: i, at: i });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag) setDrag({ ...drag, at: indexAt(e.clientX) });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const at = indexAt(e.clientX);
    setDrag(null);
    onBrush({ start: Math.min(drag.anchor, at), end: Math.max(drag.anchor, at) });
  };

  const shown = drag ? { start: Math.min(drag.anchor, drag.at), end: Math.max(drag.anchor, drag.at) } : range;
  const gap = bands ? (bands.step - bands.width) / 2 : 0;

  return (
    <div ref={boxRef} className="timeline-chart" data-testid="timeline-chart" data-ready={bands ? '' : undefined}>
      <div ref={plotRef} />
      {bands && (
        <div
          className="timeline-chart__brush"
          style={{ top: 0, height: HEIGHT - MARGIN.bottom + 4 }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
          data-testid="timeline-brush"
        >
          {names.map((name, i) => (
            <span
              key={name}
              className="timeline-chart__band"
              data-period={name}
              style={{ left: bands.left[i] - gap, width: bands.step }}
            />
          ))}
          {shown && (
            <span
              className="timeline-chart__selection"
              data-testid="timeline-selection"
              data-start={names[shown.start]}
              data-end={names[shown.end]}
              style={{
                left: bands.left[shown.start] - gap,
                width: bands.left[shown.end] - bands.left[shown.start] + bands.step,
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
