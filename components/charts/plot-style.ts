/**
 * How the charts (Observable Plot) draw stances: the graph's Okabe-Ito colours (lib/client/drawing/styles)
 * and its line cues, solid, dashed and dotted, on each bar's outline, so no stance is told by colour alone.
 */
import * as Plot from '@observablehq/plot';
import { STANCES, type Stance } from '@/lib/domain';
import { STANCE_STYLES, STANCE_TEXT_COLORS } from '@/lib/client/drawing/styles';
import { stackTally, type StanceTally } from '@/lib/periods';

const DASH: Record<Stance, string> = { support: 'none', condemnation: '5,3', caution: '1.5,2.5' };

export const STANCE_SYMBOL: Record<Stance, string> = { support: 'plus', condemnation: 'times', caution: 'triangle' };

/** Stacked bars of stance counts per `x` value: one mark per stance, each with its own colour and outline. */
export function stanceBars<T extends StanceTally>(
  rows: T[],
  x: (row: T) => string,
  title: (row: T, stance: Stance) => string,
): Plot.Markish[] {
  const stacked = rows.flatMap((row) => stackTally(row).map((part) => ({ ...part, x: x(row), row })));
  return STANCES.map((stance) =>
    Plot.barY(
      stacked.filter((part) => part.stance === stance && part.y2 > part.y1),
      {
        x: 'x',
        y1: 'y1',
        y2: 'y2',
        fill: STANCE_STYLES[stance].color,
        fillOpacity: 0.8,
        stroke: STANCE_TEXT_COLORS[stance],
        strokeWidth: 1.25,
        strokeDasharray: DASH[stance],
        title: (part: { row: T }) => title(part.row, stance),
      },
    ),
  );
}

/** Tick labels that do not crowd: about one per `room` pixels of `width`, always the first. */
export function sparseTicks(values: string[], width: number, room = 70): string[] {
  const every = Math.max(1, Math.ceil(values.length / Math.max(1, Math.floor(width / room))));
  return values.filter((_, i) => i % every === 0);
}

/** Whole-number ticks for counts up to `max` (fractions of a stance mean nothing): about three of them. */
export function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 3));
  const ticks: number[] = [];
  for (let t = 0; t <= max + step - 1; t += step) ticks.push(t);
  return ticks;
}

/** The largest stack of a tally among `rows`. */
export function tallestStack(rows: StanceTally[]): number {
  return Math.max(1, ...rows.map((r) => STANCES.reduce((n, s) => n + r[s], 0)));
}

/** A y axis of counts: whole-number ticks, the last of them at the top. */
export function countAxis(max: number): { domain: [number, number]; ticks: number[]; tickFormat: string } {
  const ticks = countTicks(max);
  return { domain: [0, ticks[ticks.length - 1]], ticks, tickFormat: 'd' };
}
