'use client';
/**
 * The smaller pieces of the review: accept / reject toggles, a row's save outcome, the notice that the
 * article is stored already (with the stances it backs), proposed relations and unnamed voices.
 */
import { useQueries } from '@tanstack/react-query';
import { UserText } from '@/components/UserText';
import { storedStanceQuery } from '@/lib/client/data/ingest';
import { STANCE_STYLES } from '@/lib/client/drawing/styles';
import {
  humanizeId,
  isDone,
  type Decision,
  type Outcome as OutcomeData,
  type RelationRow,
  type Review,
} from '@/lib/client/ingest/review';
import type { RelationType } from '@/lib/domain';
import type { UnnamedVoice } from '@/lib/ingest/types';
import styles from './ingest.module.css';
import look from './proposals.module.css';

/**
 * Accept and Reject as two pressed-or-not buttons; pressing the pressed one leaves the row open again.
 * Each button's name says what it decides on, so a list of a page's buttons is not twenty "Accept"s.
 */
export function Toggles({
  subject,
  decision,
  disabled,
  acceptDisabled = false,
  onDecide,
}: {
  /** What is decided on: "Fawzia Koofi's proposal (condemnation)". */
  subject: string;
  decision: Decision;
  disabled: boolean;
  acceptDisabled?: boolean;
  onDecide: (decision: Decision) => void;
}) {
  return (
    <div className={look.toggles} role="group" aria-label={`Decision on ${subject}`}>
      <button
        type="button"
        className={look.toggle}
        data-choice="accepted"
        aria-pressed={decision === 'accepted'}
        disabled={disabled || (acceptDisabled && decision !== 'accepted')}
        onClick={() => onDecide(decision === 'accepted' ? 'open' : 'accepted')}
      >
        {decision === 'accepted' ? '✓ Accepted' : 'Accept'}
        <span className="sr-only"> {subject}</span>
      </button>
      <button
        type="button"
        className={look.toggle}
        data-choice="rejected"
        aria-pressed={decision === 'rejected'}
        disabled={disabled}
        onClick={() => onDecide(decision === 'rejected' ? 'open' : 'rejected')}
      >
        {decision === 'rejected' ? '✕ Rejected' : 'Reject'}
        <span className="sr-only"> {subject}</span>
      </button>
    </div>
  );
}

const OUTCOME_WORDS: Record<OutcomeData['state'], string> = {
  saved: 'Saved',
  evidence: 'Added as evidence',
  exists: 'Stored already',
  refused: 'Refused',
};

export function Outcome({ outcome }: { outcome: OutcomeData | null }) {
  if (!outcome) return null;
  return (
    <p className={look.outcome} data-state={outcome.state} role={outcome.state === 'refused' ? 'alert' : 'status'}>
      <strong>{OUTCOME_WORDS[outcome.state]}</strong>
      {outcome.message ? (
        <>
          {' — '}
          <UserText>{outcome.message}</UserText>
        </>
      ) : null}
    </p>
  );
}

/** "This article is stored already as …", and which of its stances exist. */
export function StoredNotice({ review }: { review: Review }) {
  const stored = review.stored!;
  const stances = useQueries({ queries: stored.stances.map((id) => storedStanceQuery(id)) });
  const names = new Map(review.rows.filter((r) => r.actor.id).map((r) => [r.actor.id!, r.actor.name]));
  return (
    <div className="notice" role="status" data-testid="ingest-stored">
      <p>
        This article is stored already as{' '}
        <strong>
          <UserText>{stored.title}</UserText>
        </strong>
        . Saving adds to it; quotes stored already are not stored twice.
      </p>
      {stored.stances.length > 0 ? (
        <>
          <p>Stances that cite it:</p>
          <ul>
            {stored.stances.map((id, i) => {
              const stance = stances[i].data;
              const actorId = stance?.actorId ?? id.split('--')[0];
              return (
                <li key={id}>
                  <UserText>{names.get(actorId) ?? humanizeId(actorId)}</UserText>
                  {' — '}
                  {stance ? STANCE_STYLES[stance.stance].label.toLowerCase() : stances[i].isError ? '(gone)' : '…'}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>No stance cites it yet.</p>
      )}
    </div>
  );
}

const RELATION_WORDS: Record<RelationType, string> = {
  LEADS: 'leads',
  PART_OF: 'is part of',
  SPEAKS_FOR: 'speaks for',
  ECHOES: 'echoes',
  RECOGNIZES: 'recognizes',
  HAS_PRESENCE_IN: 'has a presence in',
};

export function RelationList({
  relations,
  locked,
  onDecide,
}: {
  relations: RelationRow[];
  locked: boolean;
  onDecide: (key: string, decision: Decision) => void;
}) {
  if (relations.length === 0) return null;
  return (
    <section className={styles.card} aria-labelledby="ingest-relations-title">
      <h2 id="ingest-relations-title" className={styles.columnTitle}>
        Proposed relations ({relations.length})
      </h2>
      <p className="muted">
        Who speaks for or belongs to whom, as the article says it. New actors are created on saving.
      </p>
      <ul className={look.rowList}>
        {relations.map((row) => {
          const r = row.relation;
          const sentence = `${r.from.name} ${RELATION_WORDS[r.type]} ${r.to.name}`;
          return (
            <li key={row.key} className={look.proposal} data-decision={row.decision}>
              <p>
                <strong>
                  <UserText>{sentence}</UserText>
                </strong>{' '}
                <span className="muted">· confidence {Math.round(r.confidence * 100)}%</span>
              </p>
              <blockquote className={look.quote}>
                <UserText>{r.quote}</UserText>
              </blockquote>
              <Toggles
                subject={`the relation: ${sentence}`}
                decision={row.decision}
                disabled={locked || isDone(row.outcome)}
                onDecide={(decision) => onDecide(row.key, decision)}
              />
              <Outcome outcome={row.outcome} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function UnnamedList({ voices }: { voices: UnnamedVoice[] }) {
  if (voices.length === 0) return null;
  return (
    <section className={styles.card} aria-labelledby="ingest-unnamed-title">
      <h2 id="ingest-unnamed-title" className={styles.columnTitle}>
        Unnamed voices ({voices.length})
      </h2>
      <p className="muted">
        The article does not name them, so they are not stored; name the actor on the explorer if another source does.
      </p>
      <ul className={look.rowList}>
        {voices.map((v) => (
          <li key={`${v.start}-${v.who}`} className={look.proposal}>
            <p>
              <strong>
                <UserText>{v.who}</UserText>
              </strong>
              {' — '}
              {v.stance ? STANCE_STYLES[v.stance].label.toLowerCase() : 'no stance found'}
            </p>
            <blockquote className={look.quote}>
              <UserText>{v.quote}</UserText>
            </blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
