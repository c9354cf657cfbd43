'use client';

/**
 * An actor's stance history (Observable Plot): each dated stance a mark along time, in its stance's
 * row, colour and symbol; below, its stances counted per year. A click on a mark opens the stance's
 * evidence. Loaded on its own (next/dynamic), like the timeline's chart.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { STANCES } from '@/lib/domain';
import { STANCE_STYLES, STANCE_TEXT_COLORS } from '@/lib/client/drawing/styles';
import { formatPartialDate } from '@/lib/client/format';
import { periodOf } from '@/lib/periods';
import type { HistoryStance, YearCounts } from '@/lib/types';
import { STANCE_SYMBOL, countAxis, sparseTicks, stanceBars, tallestStack } from './plot-style';
import { useBoxWidth } from '@/components/hooks/use-box-width';

interface Props {
  stances: HistoryStance[];
  years: YearCounts[];
  onOpen(stanceId: string): void;
}

const dayOf = (date: string) => new Date(`${periodOf(date, 'day')}T00:00:00Z`);

export default function HistoryChart({ stances, years, onOpen }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const yearsRef = useRef<HTMLDivElement>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  const width = useBoxWidth(boxRef);

  useEffect(() => {
    const marksTarget = marksRef.current;
    const yearsTarget = yearsRef.current;
    if (!marksTarget || !yearsTarget || width === 0) return;
    const dated = stances.filter((s) => s.statedOn !== null);
    const figures: (SVGSVGElement | HTMLElement)[] = [];
    if (dated.length > 0) {
      const marks = Plot.plot({
        width,
        height: 110,
        marginLeft: 92,
        marginRight: 14,
        // Room for the marks at either end of the axis.
        insetLeft: 10,
        insetRight: 10,
        style: { fontSize: '11px', background: 'transparent' },
        x: { type: 'utc', label: null, ticks: Math.max(2, Math.floor(width / 90)) },
        y: {
          type: 'band',
          domain: [...STANCES],
          label: null,
          tickFormat: (s: (typeof STANCES)[number]) => STANCE_STYLES[s].label,
        },
        marks: [
          Plot.dot(dated, {
            x: (s: HistoryStance) => dayOf(s.statedOn!),
            y: 'stance',
            r: 4.5,
            symbol: (s: HistoryStance) => STANCE_SYMBOL[s.stance],
            stroke: (s: HistoryStance) => STANCE_TEXT_COLORS[s.stance],
            fill: (s: HistoryStance) => STANCE_STYLES[s.stance].color,
            fillOpacity: 0.35,
            strokeWidth: 1.5,
            title: (s: HistoryStance) =>
              `${STANCE_STYLES[s.stance].label} on ${s.eventTitle}, ${formatPartialDate(s.statedOn!)}. Click for its evidence.`,
            // Plot binds no data to what it draws: each mark is tagged with its stance, in index order.
            render(index, scales, values, dimensions, context, next) {
              const g = next!(index, scales, values, dimensions, context) as SVGGElement;
              Array.from(g.children).forEach((element, i) => {
                element.setAttribute('data-stance', dated[index[i]].id);
              });
              return g;
            },
          }),
        ],
      });
      marks.addEventListener('click', (event) => {
        const id = (event.target as Element).closest('[data-stance]')?.getAttribute('data-stance');
        if (id) onOpenRef.current(id);
      });
      figures.push(marks);
      marksTarget.replaceChildren(marks);
    } else marksTarget.replaceChildren();
    if (years.length > 0) {
      const names = years.map((y) => y.year);
      const counts = Plot.plot({
        width,
        height: 100,
        marginLeft: 36,
        marginRight: 14,
        style: { fontSize: '11px', background: 'transparent' },
        x: { type: 'band', domain: names, padding: 0.2, label: null, ticks: sparseTicks(names, width, 48) },
        y: { label: null, grid: true, ...countAxis(tallestStack(years)) },
        marks: [
          ...stanceBars(
            years,
            (y) => y.year,
            (y) => `${y.year}: ${y.support} support, ${y.condemnation} condemnation, ${y.caution} caution`,
          ),
          Plot.ruleY([0]),
        ],
      });
      figures.push(counts);
      yearsTarget.replaceChildren(counts);
    } else yearsTarget.replaceChildren();
    for (const figure of figures) figure.setAttribute('aria-hidden', 'true');
    return () => figures.forEach((figure) => figure.remove());
  }, [stances, years, width]);

  return (
    <div ref={boxRef} className="history-chart" data-testid="history-chart">
      <div ref={marksRef} data-testid="history-marks" />
      <div ref={yearsRef} data-testid="history-years" />
    </div>
  );
}
