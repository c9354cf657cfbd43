'use client';

import { useQuery } from '@tanstack/react-query';
import { STANCES } from '@/lib/domain';
import { eventQuery } from '@/lib/client/data/queries';
import { formatPartialDate } from '@/lib/client/format';
import { UserText } from '@/components/UserText';
import { EventEditing } from '@/components/edit/PanelEditing';
import { HistorySection } from '@/components/edit/HistorySection';
import { SourceLink, SourceTitle } from './EvidenceWords';
import { LoadError, PanelFrame, PanelSkeleton, type PanelProps } from './panel-frame';
import { EventIcon, StanceBadge } from './Symbols';

export function EventPanel({ id, nav, events, onClose, headingRef }: { id: string } & Omit<PanelProps, 'selection'>) {
  const event = useQuery(eventQuery(id));
  const summary = event.data ?? events.find((e) => e.id === id);
  return (
    <PanelFrame
      eyebrow="Event"
      icon={<EventIcon />}
      title={summary ? <UserText>{summary.title}</UserText> : id}
      onClose={onClose}
      headingRef={headingRef}
    >
      {summary ? (
        <>
          <p className="panel__lead">
            {summary.date && <time dateTime={summary.date}>{formatPartialDate(summary.date)}</time>}
            {summary.kind && (
              <span className="muted">
                {' '}
                · <UserText>{summary.kind}</UserText>
              </span>
            )}
          </p>
          {summary.description && (
            <p>
              <UserText>{summary.description}</UserText>
            </p>
          )}
          <ul className="count-list" aria-label="Stances on this event">
            {STANCES.map((stance) => (
              <li key={stance}>
                <StanceBadge stance={stance} /> <strong>{summary.stanceCounts[stance]}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : event.isError ? (
        <LoadError error={event.error} what="event" />
      ) : (
        <PanelSkeleton />
      )}
      {event.data && <EventEditing event={event.data} onAddStance={nav.addStance} />}
      {event.data && event.data.sources.length > 0 && (
        <>
          <h3 className="panel__section-title">Sources</h3>
          <ul className="source-list">
            {event.data.sources.map((source) => (
              <li key={source.id}>
                <SourceTitle source={source} />
                <span className="muted small">
                  {' '}
                  {source.publisher && <UserText>{source.publisher}</UserText>}
                  {source.publisher && source.date && ', '}
                  {formatPartialDate(source.date)}
                </span>
                <span className="small source-list__link">
                  <SourceLink source={source} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {nav.focusedActor && (
        <p className="muted small">
          The graph is focused on one actor’s neighbourhood; clear the focus to see everyone.
        </p>
      )}
      {event.data && <HistorySection entityId={id} what="event" />}
    </PanelFrame>
  );
}
