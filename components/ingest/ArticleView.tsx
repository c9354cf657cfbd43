'use client';
/**
 * The article as it will be stored, each proposed quote highlighted in its stance's colour and line
 * (solid support, dashed condemnation, dotted caution) behind a label naming the actor and stance,
 * so nothing rests on colour alone. To move a quote, the text becomes a read-only text area whose
 * selection (mouse or Shift+arrows) is the new quote: its offsets are those of the text itself.
 */
import { Fragment, useEffect, useRef, useState } from 'react';
import { UserText } from '@/components/UserText';
import { STANCE_STYLES } from '@/lib/client/drawing/styles';
import { segmentsOf, spanOf, type ReviewRow } from '@/lib/client/ingest/review';
import styles from './ingest.module.css';

function stanceLabel(row: ReviewRow): string {
  return row.stance ? STANCE_STYLES[row.stance].label.toLowerCase() : 'no stance yet';
}

function Highlighted({ text, rows }: { text: string; rows: ReviewRow[] }) {
  const shown = rows.filter((r) => r.decision !== 'rejected');
  const byKey = new Map(shown.map((r) => [r.key, r]));
  const segments = segmentsOf(text.length, shown);
  return (
    <div className={styles.articleText} data-testid="ingest-article">
      {segments.map((segment) => {
        const words = text.slice(segment.start, segment.end);
        if (segment.keys.length === 0) return <Fragment key={segment.start}>{words}</Fragment>;
        const covering = segment.keys.map((k) => byKey.get(k)!);
        // An accepted quote shows over an open one where two overlap.
        const top = covering.find((r) => r.decision === 'accepted') ?? covering[0];
        const starting = covering.filter((r) => r.start === segment.start);
        return (
          <Fragment key={segment.start}>
            {starting.map((row) => (
              <a
                key={row.key}
                href={`#proposal-${row.key}`}
                className={styles.badge}
                data-stance={row.stance ?? 'none'}
                data-decision={row.decision}
              >
                <span aria-hidden="true">{row.stance ? STANCE_STYLES[row.stance].glyph : '?'} </span>
                <UserText>{row.actor.name}</UserText>: {stanceLabel(row)}
                {row.decision === 'accepted' ? ' ✓' : ''}
              </a>
            ))}
            <mark
              className={styles.quoteMark}
              data-stance={top.stance ?? 'none'}
              data-decision={top.decision}
              data-overlap={covering.length > 1 ? 'true' : undefined}
            >
              {words}
            </mark>
          </Fragment>
        );
      })}
    </div>
  );
}

function Selecting({
  text,
  row,
  onUse,
  onCancel,
}: {
  text: string;
  row: ReviewRow;
  onUse: (span: { start: number; end: number; quote: string }) => void;
  onCancel: () => void;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState({ start: row.start, end: row.end });

  useEffect(() => {
    const el = area.current;
    if (!el) return;
    // Selected after focus, so that Chromium and Firefox scroll the text area to the quote.
    el.focus();
    el.setSelectionRange(row.start, row.end);
  }, [row.start, row.end]);

  const read = () => {
    const el = area.current;
    if (el) setSelection({ start: el.selectionStart, end: el.selectionEnd });
  };
  const use = () => {
    const el = area.current;
    const span = el ? spanOf(text, el.selectionStart, el.selectionEnd) : null;
    if (span) onUse(span);
  };
  const chosen = spanOf(text, selection.start, selection.end);
  return (
    <div className={styles.selecting}>
      <label className="field-label" htmlFor="ingest-select-quote">
        Select the words of {row.actor.name}&apos;s quote
      </label>
      <p id="ingest-select-note" className="muted">
        Drag over the words, or move with the arrow keys and hold Shift to select; then use the selection.
      </p>
      <textarea
        id="ingest-select-quote"
        ref={area}
        className={styles.selectArea}
        readOnly
        value={text}
        aria-describedby="ingest-select-note ingest-select-preview"
        onSelect={read}
        onKeyUp={read}
        onMouseUp={read}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <p id="ingest-select-preview" className={styles.selectionPreview} aria-live="polite">
        {chosen ? (
          <>
            Selected ({chosen.quote.length} characters): <UserText>{chosen.quote}</UserText>
          </>
        ) : (
          'Nothing selected.'
        )}
      </p>
      <div className={styles.actions}>
        <button type="button" className="button" disabled={!chosen} onClick={use}>
          Use selection
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ArticleView({
  text,
  rows,
  quoting,
  onQuote,
  onCancelQuote,
}: {
  text: string;
  rows: ReviewRow[];
  /** The row whose quote is being moved, if any. */
  quoting: ReviewRow | null;
  onQuote: (key: string, span: { start: number; end: number; quote: string }) => void;
  onCancelQuote: () => void;
}) {
  return (
    <section className={styles.article} aria-label="The article">
      <h2 className={styles.columnTitle}>The article</h2>
      <ul className={styles.legend} aria-label="Highlights">
        {(['support', 'condemnation', 'caution'] as const).map((stance) => (
          <li key={stance}>
            <mark className={styles.quoteMark} data-stance={stance}>
              {STANCE_STYLES[stance].glyph} {STANCE_STYLES[stance].label.toLowerCase()}
            </mark>
          </li>
        ))}
        <li className="muted">✓ accepted; rejected quotes are not highlighted</li>
      </ul>
      {quoting ? (
        <Selecting
          key={quoting.key}
          text={text}
          row={quoting}
          onUse={(span) => onQuote(quoting.key, span)}
          onCancel={onCancelQuote}
        />
      ) : (
        <Highlighted text={text} rows={rows} />
      )}
    </section>
  );
}
