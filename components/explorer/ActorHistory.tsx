'use client';

import dynamic from 'next/dynamic';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { STANCES } from '@/lib/domain';
import { actorHistoryQuery, stanceEvidenceQuery } from '@/lib/client/data/queries';
import { STANCE_STYLES } from '@/lib/client/drawing/styles';
import { formatPartialDate, plural } from '@/lib/client/format';
import type { ActorHistory as History } from '@/lib/types';
import { UserText } from '@/components/UserText';
import { EvidenceQuote } from './EvidenceWords';
import { LoadError, SelectLink, type PanelNavigation } from './panel-frame';
import { StanceBadge } from './Symbols';

const HistoryChart = dynamic(() => import('@/components/charts/HistoryChart'), {
  ssr: false,
  loading: () => <div className="history-chart timeline-chart--loading" aria-hidden="true" />,
});

/** The actor panel's "Stances over time": marks along time and counts per year, each mark opening its evidence. */
export function ActorHistory({ actorId, name, nav }: { actorId: string; name: string; nav: PanelNavigation }) {
  const query = useQuery(actorHistoryQuery(actorId));
  const [open, setOpen] = useState<string | null>(null);
  const history = query.data;

  let body: React.ReactNode;
  if (query.isPending) body = <p className="muted small">Loading the history…</p>;
  else if (query.isError || !history) body = <LoadError error={query.error} what="history" />;
  else if (history.total === 0) body = <p className="muted small">No stance to draw.</p>;
  else {
    const dated = history.stances.filter((s) => s.statedOn !== null).length;
    const undated = STANCES.reduce((n, s) => n + history.undated[s], 0);
    body = (
      <>
        <p className="muted small">
          {plural(history.total, 'stance')}
          {history.truncated ? `; the marks show the ${history.stances.length.toLocaleString('en')} stated last` : ''}
          {undated > 0 ? `; ${plural(undated, 'undated stance')}, not on the time axis` : ''}. Choose a mark for its
          evidence.
        </p>
        {dated > 0 || history.years.length > 0 ? (
          <HistoryChart stances={history.stances} years={history.years} onOpen={setOpen} />
        ) : null}
        <HistoryTables history={history} onOpen={setOpen} />
        {open && <OpenStance id={open} name={name} nav={nav} onClose={() => setOpen(null)} />}
      </>
    );
  }
  return (
    <section className="actor-history" aria-label="Stances over time" data-testid="actor-history">
      <h3 className="panel__section-title">Stances over time</h3>
      {body}
    </section>
  );
}

/** The evidence of the stance a mark opened. */
function OpenStance({ id, name, nav, onClose }: { id: string; name: string; nav: PanelNavigation; onClose(): void }) {
  const query = useQuery(stanceEvidenceQuery(id));
  const headingRef = useRef<HTMLParagraphElement>(null);
  const stance = query.data;
  // The mark is in a picture: what it opened is where focus and a screen reader go next.
  useEffect(() => {
    if (stance) headingRef.current?.focus();
  }, [stance]);
  return (
    <section className="stance-block" aria-label="Evidence of the chosen stance" data-testid="history-evidence">
      {stance ? (
        <>
          <p className="stance-block__title" ref={headingRef} tabIndex={-1}>
            <StanceBadge stance={stance.stance} />
            <span>
              on{' '}
              <SelectLink id={stance.eventId} nav={nav}>
                <UserText>{stance.eventTitle}</UserText>
              </SelectLink>
              {stance.statedOn && <span className="muted"> (stated {formatPartialDate(stance.statedOn)})</span>}
            </span>
          </p>
          {stance.evidence.map((evidence, i) => (
            <EvidenceQuote key={i} evidence={evidence} who={name} />
          ))}
        </>
      ) : query.isError ? (
        <LoadError error={query.error} what="stance" />
      ) : (
        <p className="muted small">Loading the evidence…</p>
      )}
      <button type="button" className="link-button small" onClick={onClose}>
        Close the evidence
      </button>
    </section>
  );
}

/** The charts' figures for screen readers: counts per year, and each mark with a way to its evidence. */
function HistoryTables({ history, onOpen }: { history: History; onOpen(id: string): void }) {
  return (
    <div className="sr-only">
      <table>
        <caption>Stances per year stated</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {STANCES.map((s) => (
              <th key={s} scope="col">
                {STANCE_STYLES[s].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              {STANCES.map((s) => (
                <td key={s}>{y[s]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Each stance, newest stated first</caption>
        <thead>
          <tr>
            <th scope="col">Stated</th>
            <th scope="col">Stance</th>
            <th scope="col">Event and evidence</th>
          </tr>
        </thead>
        <tbody>
          {history.stances.map((s) => (
            <tr key={s.id}>
              <td>{s.statedOn ? formatPartialDate(s.statedOn) : 'undated'}</td>
              <td>{STANCE_STYLES[s.stance].label}</td>
              <td>
                {/* Out of the Tab order: hidden from the eye, for a screen reader's own navigation. */}
                <button type="button" tabIndex={-1} onClick={() => onOpen(s.id)}>
                  Evidence: <UserText>{s.eventTitle}</UserText>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
