'use client';

import { useCallback } from 'react';
import { rateBars, rateLine, stanceBars } from '@/components/charts/answer-charts';
import { PlotFigure, type PlotModule } from '@/components/charts/PlotFigure';
import { ACTOR_KINDS } from '@/lib/domain';
import { clusterColor } from '@/lib/client/drawing/clusters';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import { plural } from '@/lib/client/format';
import { KindIcon } from '@/components/explorer/Symbols';
import type { CongruenceAnswer, QuestionAnswer, QuestionChart } from '@/lib/types';
import styles from './answer-chart.module.css';
import { CongruenceNetwork } from './CongruenceNetwork';

interface Props {
  answer: QuestionAnswer & { chart: QuestionChart };
  runKey: string;
  selectedId: string | null;
  onSelect(id: string | null): void;
}

const TWIN = 'The table below lists the same figures.';

function chartLabel(chart: QuestionChart, rows: Record<string, unknown>[]): string {
  const span = rows.length > 0 ? ` from ${String(rows[0].year)} to ${String(rows.at(-1)?.year)}` : '';
  switch (chart.type) {
    case 'line':
      return `Line chart: ${chart.yLabel.toLowerCase()} per year${span}. ${TWIN}`;
    case 'stance-bars':
      return `Bar chart: stances per year${span}, stacked support, condemnation and caution. ${TWIN}`;
    case 'bars':
      return `Bar chart: ${chart.yLabel.toLowerCase()} for ${plural(rows.length, 'actor')}. ${TWIN}`;
    case 'network':
      return '';
  }
}

/** A question's answer drawn as a chart (a line, stacked bars, bars) or as the congruence network. */
export function AnswerChart({ answer, runKey, selectedId, onSelect }: Props) {
  const { chart, rows } = answer;
  // One build per answer, so the chart is drawn again only for a new answer or a new width.
  const build = useCallback(
    (Plot: PlotModule, width: number) => {
      if (chart.type === 'line') return rateLine(Plot, chart, rows, width);
      if (chart.type === 'stance-bars') return stanceBars(Plot, chart, rows, width);
      if (chart.type === 'bars') return rateBars(Plot, chart, rows, width);
      throw new Error('A network is not a Plot chart.');
    },
    [chart, rows],
  );

  if (chart.type !== 'network') {
    return <PlotFigure build={build} label={chartLabel(chart, rows)} testId="answer-chart" />;
  }
  const network = answer as CongruenceAnswer;
  return (
    <div className={styles.network}>
      <CongruenceNetwork
        nodes={network.nodes}
        edges={network.edges}
        drawKey={runKey}
        selectedId={selectedId}
        onSelect={onSelect}
      />
      <ul className={`legend__list ${styles.legend}`} aria-label="Legend: clusters and kinds">
        {network.rows.map((row) => (
          <li key={String(row.cluster)}>
            <span
              className={styles.swatch}
              style={{ background: clusterColor(Number(row.cluster)) }}
              aria-hidden="true"
            />
            Cluster {String(row.cluster)} <span className="legend__hint">{plural(Number(row.size), 'actor')}</span>
          </li>
        ))}
        {ACTOR_KINDS.filter((kind) => network.nodes.some((n) => n.kind === kind)).map((kind) => (
          <li key={kind}>
            <KindIcon kind={kind} size={14} />
            <span>{KIND_STYLES[kind].label}</span>
          </li>
        ))}
        <li className="legend__hint">A wider, darker line = a stronger link</li>
      </ul>
    </div>
  );
}
