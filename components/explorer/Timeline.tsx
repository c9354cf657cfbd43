'use client';

import dynamic from 'next/dynamic';
import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { STANCES } from '@/lib/domain';
import { errorMessage } from '@/lib/client/data/api';
import { timelineQuery, type TimelineParams } from '@/lib/client/data/queries';
import { STANCE_STYLES } from '@/lib/client/drawing/styles';
import { formatPartialDate, plural } from '@/lib/client/format';
import {
  playStart,
  playStep,
  rangeDates,
  rangeIndices,
  resizeRange,
  shiftRange,
  type PeriodRange,
  type TimelineCounts,
} from '@/lib/periods';

// Plot and d3 load with the chart, after the page: the keyboard, Play and the table work before it.
const TimelineChart = dynamic(() => import('@/components/charts/TimelineChart'), {
  ssr: false,
  loading: () => <div className="timeline-chart timeline-chart--loading" aria-hidden="true" />,
});

export interface TimeRange {
  from: string;
  to: string;
}

export interface PlayStep {
  extent: TimeRange;
  step: boolean;
}

interface Props {
  params: TimelineParams;
  from: string | null;
  to: string | null;
  /**
   * A new range (null: all time). From Play, `play` says what the whole run covers (the graph keeps
   * its layout for it) and whether this is a step after the first (its history entry is replaced).
   */
  onRange(range: TimeRange | null, play?: PlayStep): void;
  /** The graph has drawn the range asked for: Play waits for it before the next step. */
  graphReady: boolean;
  /** Play started or ended (or was paused). */
  onPlaying?(playing: boolean): void;
}

/** Time each step of Play stays on screen once the graph has drawn it. */
const STEP_MS = 900;

const GRANULARITY_WORDS = { year: 'year', month: 'month', day: 'day' } as const;

function rangeText(periods: string[], range: PeriodRange | null): string {
  if (!range) return 'All time';
  const first = formatPartialDate(periods[range.start]);
  return range.start === range.end ? first : `${first} – ${formatPartialDate(periods[range.end])}`;
}

/** The timeline under the graph: counts per period, the brush, Play, and the same figures as a table. */
export function Timeline({ params, from, to, onRange, graphReady, onPlaying }: Props) {
  const query = useQuery(timelineQuery(params));
  const data = query.data;
  const names = useMemo(() => data?.periods.map((p) => p.period) ?? [], [data]);
  const count = names.length;
  const filled = useMemo(
    () => data?.periods.map((p) => p.support + p.condemnation + p.caution + p.events > 0) ?? [],
    [data],
  );
  const range = useMemo(() => rangeIndices(names, from, to), [names, from, to]);
  const [playing, setPlaying] = useState(false);
  const rangeRef = useRef(range);
  rangeRef.current = range;
  const extentRef = useRef<TimeRange | null>(null);

  const bounds = (r: PeriodRange | null) => (r ? rangeDates(names, r) : null);
  const stop = () => setPlaying(false);
  const choose = (next: PeriodRange | null) => {
    stop();
    onRange(bounds(next));
  };

  const play = () => {
    if (count < 2) return;
    const start = playStart(range, count, filled);
    extentRef.current = { from: names[start.start], to: names[count - 1] };
    setPlaying(true);
    onRange(bounds(start), { extent: extentRef.current, step: false });
  };

  // One step per STEP_MS once the graph has drawn the last one; Play ends at the last period.
  useEffect(() => {
    if (!playing || !graphReady) return;
    const timer = window.setTimeout(() => {
      const current = rangeRef.current;
      const next = current ? playStep(current, count, filled) : null;
      if (!next) {
        setPlaying(false);
        return;
      }
      onRange(rangeDates(names, next), { extent: extentRef.current!, step: true });
    }, STEP_MS);
    return () => window.clearTimeout(timer);
    // onRange is the page's callback, new on each render; from and to are what it last set.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, graphReady, from, to, names, filled]);

  useEffect(() => onPlaying?.(playing), [playing, onPlaying]);
  // Gone while playing (the view has no timeline any more): Play is over.
  useEffect(() => () => onPlaying?.(false), [onPlaying]);

  // A new view (another event, filter or focus) stops Play.
  const paramsKey = JSON.stringify(params);
  useEffect(() => setPlaying(false), [paramsKey]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const current = range ?? { start: e.key === 'ArrowLeft' || e.key === 'End' ? count - 1 : 0, end: 0 };
    if (!range) current.end = current.start;
    let next: PeriodRange | null | undefined;
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const by = e.key === 'ArrowLeft' ? -1 : 1;
        next = !range ? current : e.shiftKey ? resizeRange(range, by, count) : shiftRange(range, by, count);
        break;
      }
      case 'Home':
        next = shiftRange(current, -count, count);
        break;
      case 'End':
        next = shiftRange(current, count, count);
        break;
      case 'Escape':
        // With no range to clear, Escape is the page's (it closes the panel).
        if (!range) return;
        next = null;
        break;
      case ' ':
        e.preventDefault();
        if (playing) stop();
        else play();
        return;
      default:
        return;
    }
    e.preventDefault();
    choose(next);
  };

  if (query.isPending) {
    // Shaped as the timeline will be, so that what is below it does not move when its counts come
    // (a person who has just skipped to the table would see it jump away).
    return (
      <TimelineFrame status="loading">
        <div className="timeline__controls">
          <button type="button" className="button button--secondary timeline__play" disabled>
            Play
          </button>
          <span className="timeline__range muted">Loading the timeline…</span>
          <span className="legend__hint small timeline__hint" aria-hidden="true">
            Per period. Drag to choose; ←/→ move, Shift+←/→ widen, Space plays.
          </span>
        </div>
        <div className="timeline-chart timeline-chart--loading" aria-hidden="true" />
      </TimelineFrame>
    );
  }
  if (query.isError || !data) {
    return (
      <TimelineFrame status="error">
        <p className="notice notice--error small" role="alert">
          The timeline could not be loaded: {errorMessage(query.error)}{' '}
          <button type="button" className="link-button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </p>
      </TimelineFrame>
    );
  }
  const undated = STANCES.reduce((n, s) => n + data.undated[s], 0);
  if (count === 0) {
    return (
      <TimelineFrame status="empty">
        <p className="muted small">
          Nothing in this view has a date
          {undated > 0 ? ` (${plural(undated, 'undated stance')})` : ''}, so there is no timeline to draw.
        </p>
      </TimelineFrame>
    );
  }

  const text = rangeText(names, range);
  return (
    <TimelineFrame status="ready" granularity={data.granularity}>
      <div className="timeline__controls">
        <button
          type="button"
          className="button button--secondary timeline__play"
          onClick={playing ? stop : play}
          aria-pressed={playing}
          disabled={count < 2}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <span className="timeline__range" data-testid="timeline-range">
          {text}
        </span>
        {range && (
          <button type="button" className="link-button small" onClick={() => choose(null)}>
            All time
          </button>
        )}
        <span className="legend__hint small timeline__hint">
          Per {GRANULARITY_WORDS[data.granularity]}. Drag to choose; ←/→ move, Shift+←/→ widen, Space plays
          {undated > 0 ? `; ${plural(undated, 'undated stance')} not shown` : ''}.
        </span>
      </div>
      <div
        className="timeline__brush"
        role="slider"
        tabIndex={0}
        aria-label={`Range of time, per ${GRANULARITY_WORDS[data.granularity]}`}
        aria-valuemin={0}
        aria-valuemax={count - 1}
        aria-valuenow={range?.start ?? 0}
        aria-valuetext={text}
        onKeyDown={onKeyDown}
        data-testid="timeline-brush-keys"
      >
        <TimelineChart periods={data.periods} range={range} onBrush={choose} />
      </div>
      <TimelineTable data={data} />
      <p className="sr-only" aria-live="polite">
        {playing ? `Playing: ${text}` : ''}
      </p>
    </TimelineFrame>
  );
}

function TimelineFrame({
  status,
  granularity,
  children,
}: {
  status: 'loading' | 'error' | 'empty' | 'ready';
  granularity?: string;
  children: React.ReactNode;
}) {
  return (
    <section
      className="timeline"
      aria-label="Timeline"
      data-testid="timeline"
      data-status={status}
      data-granularity={granularity}
    >
      {children}
    </section>
  );
}

/** The chart's figures for screen readers; the same answer is not walked again at each step of Play. */
const TimelineTable = memo(function TimelineTable({ data }: { data: TimelineCounts }) {
  return (
    // A table takes no width below its content: the box around it is what is made 1 px wide.
    <div className="sr-only">
      <table>
        <caption>Stances stated and events per {GRANULARITY_WORDS[data.granularity]}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {STANCES.map((s) => (
              <th key={s} scope="col">
                {STANCE_STYLES[s].label}
              </th>
            ))}
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          {data.periods.map((p) => (
            <tr key={p.period}>
              <th scope="row">{formatPartialDate(p.period)}</th>
              {STANCES.map((s) => (
                <td key={s}>{p[s]}</td>
              ))}
              <td>{p.events}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
