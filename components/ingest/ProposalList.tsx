'use client';
/**
 * The proposals beside the article, grouped by actor: each can be accepted or rejected, given another
 * stance, another actor, or another quote (selected in the article). "Accept all with confidence ≥ x %"
 * takes the open rows only, so nothing rejected comes back.
 */
import { useState } from 'react';
import { UserText } from '@/components/UserText';
import { KIND_STYLES, STANCE_STYLES } from '@/lib/client/drawing/styles';
import { acceptAbove, canAccept, groupByActor, isDone, type ReviewRow } from '@/lib/client/ingest/review';
import { STANCES, type Stance } from '@/lib/domain';
import type { ProposedActor } from '@/lib/ingest/types';
import { ActorChooser } from './ActorChooser';
import { Outcome, Toggles } from './ReviewParts';
import styles from './ingest.module.css';
import look from './proposals.module.css';

/** A quote's first words: enough to tell an actor's proposals apart by ear. */
function openingWords(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

type RowPatch = Partial<Pick<ReviewRow, 'actor' | 'stance' | 'decision'>>;

function Row({
  row,
  locked,
  onPatch,
  onQuote,
}: {
  row: ReviewRow;
  locked: boolean;
  onPatch: (patch: RowPatch) => void;
  onQuote: () => void;
}) {
  const [choosing, setChoosing] = useState(false);
  const done = isDone(row.outcome);
  const frozen = locked || done;
  const proposed = row.proposed;
  const actorChanged = row.actor.id !== proposed.actor.id || row.actor.name !== proposed.actor.name;
  return (
    <li
      id={`proposal-${row.key}`}
      tabIndex={-1}
      className={look.proposal}
      data-stance={row.stance ?? 'none'}
      data-decision={row.decision}
      data-outcome={row.outcome?.state}
    >
      <p className={look.proposalMeta}>
        <span className={look.stanceTag} data-stance={row.stance ?? 'none'}>
          <span aria-hidden="true">{row.stance ? STANCE_STYLES[row.stance].glyph : '?'}</span>{' '}
          {row.stance ? STANCE_STYLES[row.stance].label : 'No stance found'}
        </span>
        <span className="muted">
          confidence {Math.round(row.confidence * 100)}% · {row.quoteKind === 'direct' ? 'their words' : 'reported'} ·
          found by {row.how}
          {row.cue ? ` (“${row.cue}”)` : ''}
        </span>
      </p>
      {actorChanged || row.stance !== proposed.stance ? (
        <p className="muted">
          Proposed as{' '}
          <UserText>
            {proposed.actor.name}, {proposed.stance ?? 'no stance'}
          </UserText>
          .
        </p>
      ) : null}
      <blockquote className={look.quote}>
        <UserText>{row.quote}</UserText>
      </blockquote>
      <div className={look.rowControls}>
        <Toggles
          subject={`${row.actor.name}'s proposal, “${openingWords(row.quote)}”`}
          decision={row.decision}
          disabled={frozen}
          acceptDisabled={!canAccept(row)}
          onDecide={(decision) => onPatch({ decision })}
        />
        <label className="sr-only" htmlFor={`stance-${row.key}`}>
          Stance of {row.actor.name}
        </label>
        <select
          id={`stance-${row.key}`}
          value={row.stance ?? ''}
          disabled={frozen}
          onChange={(e) => onPatch({ stance: (e.target.value || null) as Stance | null })}
        >
          {row.stance === null ? <option value="">Choose a stance…</option> : null}
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_STYLES[s].label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={frozen}
          aria-expanded={choosing}
          onClick={() => setChoosing(!choosing)}
        >
          Change actor
        </button>
        <button
          type="button"
          id={`quote-button-${row.key}`}
          className="button button--secondary"
          disabled={frozen}
          onClick={onQuote}
        >
          Change quote
        </button>
      </div>
      {!canAccept(row) && row.decision !== 'rejected' ? <p className="muted">Choose a stance to accept it.</p> : null}
      {choosing ? (
        <ActorChooser
          id={`actor-${row.key}`}
          actor={row.actor}
          onCancel={() => setChoosing(false)}
          onChoose={(actor: ProposedActor) => {
            setChoosing(false);
            onPatch({ actor });
          }}
        />
      ) : null}
      <Outcome outcome={row.outcome} />
    </li>
  );
}

export function ProposalList({
  rows,
  locked,
  onRows,
  onQuote,
}: {
  rows: ReviewRow[];
  /** While saving, nothing changes. */
  locked: boolean;
  onRows: (update: (rows: ReviewRow[]) => ReviewRow[]) => void;
  onQuote: (key: string) => void;
}) {
  // As the cards show confidence: a percentage. Kept as typed, so that a blank or wrong entry is said, not read as 0.
  const [threshold, setThreshold] = useState('80');
  const percent = threshold.trim() === '' ? NaN : Number(threshold);
  const min = Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent : null;
  const groups = groupByActor(rows);
  const wouldAccept =
    min === null ? 0 : acceptAbove(rows, min).filter((r, i) => r.decision !== rows[i].decision).length;
  const patch = (key: string, change: RowPatch) =>
    onRows((all) =>
      all.map((r) => (r.key === key ? { ...r, ...change, outcome: isDone(r.outcome) ? r.outcome : null } : r)),
    );

  return (
    <section className={look.proposals} aria-labelledby="ingest-proposals-title">
      <h2 id="ingest-proposals-title" className={styles.columnTitle}>
        Proposed stances ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="notice">
          No named actor was found speaking about the event. Check the event chosen, or enter the stances on the
          explorer.
        </p>
      ) : (
        <div className={look.acceptAll}>
          <label htmlFor="ingest-min-confidence">Accept all with confidence ≥</label>
          <input
            id="ingest-min-confidence"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={5}
            value={threshold}
            aria-invalid={min === null}
            aria-describedby={min === null ? 'ingest-min-confidence-problem' : undefined}
            onChange={(e) => setThreshold(e.target.value)}
          />
          <span>%</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={locked || wouldAccept === 0}
            onClick={() => min !== null && onRows((all) => acceptAbove(all, min))}
          >
            Accept {wouldAccept} open
          </button>
          {min === null ? (
            <p id="ingest-min-confidence-problem" className={look.thresholdProblem} role="alert">
              Give a percentage from 0 to 100.
            </p>
          ) : null}
        </div>
      )}
      {groups.map((group) => (
        <section
          key={group.key}
          className={look.group}
          aria-label={group.actor.name}
          data-actor={group.actor.id ?? undefined}
        >
          <h3 className={look.groupTitle}>
            <UserText>{group.actor.name}</UserText>{' '}
            <span className="muted">
              · {KIND_STYLES[group.actor.kind].label.toLowerCase()} · {group.actor.id ? 'stored actor' : 'new actor'}
            </span>
          </h3>
          <ul className={look.rowList}>
            {group.rows.map((row) => (
              <Row
                key={row.key}
                row={row}
                locked={locked}
                onPatch={(change) => patch(row.key, change)}
                onQuote={() => onQuote(row.key)}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
