'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo, useRef } from 'react';
import { usePlacedView, useRendererChoice } from '@/components/hooks/drawing-hooks';
import { plural } from '@/lib/client/format';
import { answerView } from '@/lib/client/query-page/query-answer';
import { parseRendererPreference } from '@/lib/client/drawing/renderer-choice';
import type { RunErrorView, SyntaxPosition } from '@/lib/client/query-page/query-errors';
import type { Positions } from '@/lib/client/drawing/layout';
import type { QueryAnswer, QuestionAnswer, QuestionChart } from '@/lib/types';
import { GraphCanvas, type GraphCanvasHandle } from '@/components/explorer/GraphCanvas';
import { LargeViewNotice, LayoutFailedNotice } from '@/components/explorer/ViewNotices';
import { Legend } from '@/components/explorer/Legend';
import { AnswerChart } from './AnswerChart';
import { AnswerTable } from './AnswerTable';
import { CopyLink } from './CopyLink';
import { QueryNotices } from './QueryNotices';
import styles from './query-page.module.css';
import { UserText } from '@/components/UserText';
import { ZoomControls } from '@/components/explorer/ZoomControls';

export type AnswerStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

interface Props {
  status: AnswerStatus;
  /** Identifies what is asked (lib/client/query-page/query-state runKey); written to the DOM for tests to wait on. */
  runKey: string;
  what: 'question' | 'cypher' | null;
  title: string;
  answer: QueryAnswer | QuestionAnswer | null;
  error: RunErrorView | null;
  /** Fetching again while the last answer is shown. */
  refreshing: boolean;
  onRetry(): void;
  onShowInEditor(position: SyntaxPosition): void;
  /** The actor or event whose panel is open, and how a click on the graph opens one. */
  selectedId: string | null;
  onSelect(id: string | null): void;
}

function truncatedNotice(answer: QueryAnswer, what: 'question' | 'cypher' | null): string {
  return what === 'cypher'
    ? `Reading stopped at the row cap of ${answer.rowCap.toLocaleString('en-US')} rows. Add a LIMIT or narrow the query to see everything.`
    : `The answer was cut short at ${answer.rowCap.toLocaleString('en-US')} rows or at the graph’s node and edge limits. Narrow the question to see everything.`;
}

const NO_POSITIONS: Positions = {};

/** The answer of a question or console query: a heading, notices, the graph, and the same rows as a table. */
export function AnswerPanel({
  status,
  runKey,
  what,
  title,
  answer,
  error,
  refreshing,
  onRetry,
  onShowInEditor,
  selectedId,
  onSelect,
}: Props) {
  const graphRef = useRef<GraphCanvasHandle>(null);
  // Answers over time and networks are drawn as a chart, not as a graph of actors and events.
  const chart: QuestionChart | undefined = answer && 'chart' in answer ? answer.chart : undefined;
  const charted = status === 'ready' && answer !== null && chart !== undefined;
  const view = useMemo(() => (answer ? answerView(answer.graph, runKey) : null), [answer, runKey]);
  const nodeCount = view?.graph.nodes.length ?? 0;
  const edgeCount = view?.graph.edges.length ?? 0;
  const rowCount = answer?.rows.length ?? 0;
  const drawable = status === 'ready' && view !== null && !view.tooLarge && nodeCount > 0;
  // Only values (RETURN 1, counts): no graph area at all, the table is the answer. The canvas stays
  // mounted, hidden, so the next answer with nodes draws without a new Cytoscape instance.
  const textOnly = status === 'ready' && view !== null && !view.tooLarge && nodeCount === 0;
  const notifications = answer && status !== 'error' ? answer.notifications : [];
  const placed = usePlacedView(
    view?.layoutKey ?? '',
    drawable ? view.graph : null,
    view?.positions ?? NO_POSITIONS,
    // The path layout, like the camps layout, is computed with the answer: drawn as given.
    view?.layout === 'force' ? 'force' : 'camps',
  );
  const layingOut = drawable && placed.phase === 'pending';
  // `?renderer=` is read from the link as in the explorer (a new run's link keeps it: lib/client/query-page/query-state).
  const renderer = useRendererChoice(
    drawable ? nodeCount + edgeCount : 0,
    parseRendererPreference(useSearchParams().get('renderer')),
  );
  const graphLabel = drawable
    ? `Graph of the answer: ${plural(nodeCount, 'node')} and ${plural(edgeCount, 'relationship')}. The table below lists the rows.`
    : 'Graph of the answer: nothing drawn.';

  return (
    <section
      className="answer"
      aria-labelledby="answer-title"
      aria-busy={status === 'loading' || refreshing}
      data-status={status}
    >
      <header className="answer__header">
        <div className="answer__heading">
          <p className="eyebrow">{what === 'cypher' ? 'Console' : what === 'question' ? 'Ready question' : 'Answer'}</p>
          <h1 id="answer-title" data-testid="answer-title">
            <UserText>{title}</UserText>
          </h1>
          {answer && status !== 'error' && (
            <p className="answer__meta" data-testid="answer-meta">
              {plural(rowCount, 'row')} ·{' '}
              {chart ? 'charted' : `${plural(nodeCount, 'node')} and ${plural(edgeCount, 'relationship')} drawn`} ·{' '}
              {answer.elapsedMs} ms
            </p>
          )}
        </div>
        <div className="toolbar answer__toolbar" role="toolbar" aria-label="Answer">
          {!charted && <ZoomControls graphRef={graphRef} disabled={!drawable} />}
          <CopyLink />
        </div>
      </header>

      {status === 'error' && error && (
        <div
          className={`run-error run-error--${error.kind}`}
          role="alert"
          data-testid="run-error"
          data-kind={error.kind}
        >
          <p className="run-error__title">{error.title}</p>
          <pre className="run-error__message">{error.message}</pre>
          <div className="run-error__actions">
            {error.position && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onShowInEditor(error.position!)}
              >
                Show line {error.position.line}, column {error.position.column} in the editor
              </button>
            )}
            {(error.kind === 'unavailable' || error.kind === 'timeout' || error.kind === 'other') && (
              <button type="button" className="button" onClick={onRetry}>
                Try again
              </button>
            )}
          </div>
        </div>
      )}
      {answer && status !== 'error' && answer.truncated && (
        <p className="notice" data-testid="truncated-notice">
          {truncatedNotice(answer, what)}
        </p>
      )}
      <QueryNotices notifications={notifications} onShowInEditor={what === 'cypher' ? onShowInEditor : undefined} />
      {drawable && renderer.large && (
        <LargeViewNotice
          nodes={nodeCount}
          edges={edgeCount}
          renderer={renderer}
          narrow={
            what === 'cypher'
              ? 'add a LIMIT, or match one event or one stance'
              : 'ask about one event or one stance, or with fewer hops'
          }
        />
      )}
      {drawable && placed.error && <LayoutFailedNotice message={placed.error} />}

      {charted && (
        <section aria-label="Chart" data-testid="chart-area" data-chart={chart.type}>
          <AnswerChart
            answer={{ ...(answer as QuestionAnswer), chart }}
            runKey={runKey}
            selectedId={selectedId}
            onSelect={onSelect}
          />
        </section>
      )}

      <section
        className={`graph-area answer__graph ${styles.noGraph}`}
        hidden={textOnly || charted}
        aria-label="Graph"
        data-testid="graph"
        data-status={status}
        data-expected-key={runKey}
        data-layout={placed.phase}
        data-answer-layout={drawable ? view.layout : undefined}
        data-layout-via={placed.via ?? undefined}
      >
        <div className="graph-stage">
          <GraphCanvas
            ref={graphRef}
            elements={drawable ? view.elements : []}
            positions={drawable ? placed.positions : NO_POSITIONS}
            layoutKey={placed.layoutKey}
            drawKey={status === 'loading' ? '' : `${runKey}${layingOut ? '#laying-out' : ''}`}
            selectedId={selectedId}
            onSelect={onSelect}
            label={graphLabel}
            owner="query"
            renderer={renderer}
          />
          {status === 'idle' && (
            <div className="graph-overlay graph-overlay--solid" data-testid="idle-state">
              <p className="graph-overlay__title">Ask a question or run a query</p>
              <p>
                Pick a ready question, or write Cypher in the console (or start from an example). The answer is drawn
                here and listed below.
              </p>
            </div>
          )}
          {status === 'loading' && (
            <div className="graph-overlay" role="status">
              <span className="spinner" aria-hidden="true" /> Running…
            </div>
          )}
          {((refreshing && status !== 'loading') || layingOut) && (
            <div className="graph-pill" role="status">
              <span className="spinner spinner--small" aria-hidden="true" />{' '}
              {layingOut ? `Laying out ${plural(nodeCount, 'node')}…` : 'Running again…'}
            </div>
          )}
          {status === 'empty' && (
            <div className="graph-overlay graph-overlay--solid" role="status" data-testid="empty-state">
              <p className="graph-overlay__title">No rows</p>
              <p>
                {what === 'cypher'
                  ? notifications.some((n) => n.severity === 'warning')
                    ? 'The query matched nothing. The database’s warning above may say why.'
                    : 'The query matched nothing.'
                  : answer && 'emptyReason' in answer && answer.emptyReason
                    ? answer.emptyReason
                    : 'Nothing in the graph answers this question.'}
              </p>
            </div>
          )}
          {status === 'ready' && view?.tooLarge && (
            <div className="graph-overlay graph-overlay--solid" role="status" data-testid="nothing-to-draw">
              <p className="graph-overlay__title">Too many nodes to draw</p>
              <p>
                The answer holds more nodes than the canvas can show at once; the table lists every row. Add a LIMIT to
                draw it.
              </p>
            </div>
          )}
        </div>
        <Legend sourceNodes />
      </section>

      <section className="table-area" aria-label="Rows">
        {answer && status !== 'error' && rowCount > 0 ? (
          <AnswerTable columns={answer.columns} rows={answer.rows} caption={`${title}: ${plural(rowCount, 'row')}`} />
        ) : (
          <p className="muted table-area__empty">
            {status === 'loading'
              ? 'Loading rows…'
              : status === 'empty'
                ? 'No rows.'
                : status === 'error'
                  ? 'No rows: see the error above.'
                  : 'No answer yet.'}
          </p>
        )}
      </section>
    </section>
  );
}
