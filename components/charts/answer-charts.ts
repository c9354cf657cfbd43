/**
 * The charts of the questions over time, as Observable Plot specs: a line of a rate per year, bars of
 * stances per year stacked in the graph's stance colours, and a bar per actor. Plot is passed in (it
 * is loaded lazily, components/charts/PlotFigure.tsx); only its types are imported here.
 */
import { STANCES } from '@/lib/domain';
import { EVENT_COLOR, STANCE_STYLES } from '@/lib/client/drawing/styles';
import type { QuestionChart } from '@/lib/types';
import type { PlotModule } from './PlotFigure';

type Row = Record<string, unknown>;
type Chart<T extends QuestionChart['type']> = Extract<QuestionChart, { type: T }>;

const FONT = { fontSize: '12px' };
// A rate is not a stance: ink of its own, so it is not read as support's blue.
const RATE_COLOR = EVENT_COLOR;
const percent = (v: number) => `${Math.round(v * 100)}%`;

/** A rate per year: the line, a dot per year with its figure, the axis from 0% to 100%. */
export function rateLine(Plot: PlotModule, chart: Chart<'line'>, rows: Row[], width: number): Element {
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 48,
    style: FONT,
    x: { label: 'Year', tickFormat: 'd', nice: false },
    y: { label: chart.yLabel, domain: [0, 1], tickFormat: percent, grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.line(rows, { x: chart.x, y: chart.y, stroke: RATE_COLOR, strokeWidth: 2 }),
      Plot.dot(rows, { x: chart.x, y: chart.y, fill: RATE_COLOR, r: 4 }),
      Plot.text(rows, {
        x: chart.x,
        y: chart.y,
        text: (d: Row) => percent(Number(d[chart.y])),
        dy: -10,
        fill: '#111827',
      }),
    ],
  });
}

/** Stances per year, stacked support / condemnation / caution, with a legend naming each colour. */
export function stanceBars(Plot: PlotModule, chart: Chart<'stance-bars'>, rows: Row[], width: number): Element {
  const long = rows.flatMap((row) =>
    STANCES.map((stance) => ({ year: String(row[chart.x]), stance, count: Number(row[stance] ?? 0) })),
  );
  const most = Math.max(1, ...rows.map((row) => STANCES.reduce((sum, s) => sum + Number(row[s] ?? 0), 0)));
  return Plot.plot({
    // A few years get narrow bars, not a bar the width of the page.
    width: Math.min(width, 200 + rows.length * 56),
    height: 300,
    marginLeft: 48,
    style: FONT,
    x: { label: 'Year', type: 'band', tickRotate: rows.length > 16 ? -45 : 0 },
    // Counts: whole-number ticks only.
    y: { label: 'Stances', grid: true, ticks: Math.min(most, 8), tickFormat: 'd' },
    color: {
      legend: true,
      domain: [...STANCES],
      range: STANCES.map((s) => STANCE_STYLES[s].color),
      tickFormat: (s: (typeof STANCES)[number]) => `${STANCE_STYLES[s].glyph} ${STANCE_STYLES[s].label}`,
    },
    marks: [
      Plot.barY(long, { x: 'year', y: 'count', fill: 'stance', order: [...STANCES], stroke: '#FFFFFF' }),
      Plot.ruleY([0]),
    ],
  });
}

/** One bar per row (an actor), longest first, with its figure at the end. */
export function rateBars(Plot: PlotModule, chart: Chart<'bars'>, rows: Row[], width: number): Element {
  return Plot.plot({
    width,
    height: 40 + rows.length * 28,
    marginLeft: Math.min(220, width / 3),
    marginRight: 48,
    style: FONT,
    x: { label: chart.yLabel, domain: [0, 1], tickFormat: percent, grid: true },
    y: { label: null, domain: rows.map((r) => String(r[chart.label])) },
    marks: [
      Plot.barX(rows, { y: (d: Row) => String(d[chart.label]), x: chart.y, fill: RATE_COLOR }),
      Plot.text(rows, {
        y: (d: Row) => String(d[chart.label]),
        x: chart.y,
        text: (d: Row) => percent(Number(d[chart.y])),
        dx: 6,
        textAnchor: 'start',
        fill: '#111827',
      }),
      Plot.ruleX([0]),
    ],
  });
}
