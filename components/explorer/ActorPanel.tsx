'use client';

import { useQuery } from '@tanstack/react-query';
import { STANCES } from '@/lib/domain';
import { actorQuery } from '@/lib/client/data/queries';
import { formatPartialDate } from '@/lib/client/format';
import { KIND_STYLES, STANCE_STYLES, relationLabel } from '@/lib/client/drawing/styles';
import type { ActorDetail, StanceDTO } from '@/lib/types';
import { UserText } from '@/components/UserText';
import { ActorEditing } from '@/components/edit/PanelEditing';
import { HistorySection } from '@/components/edit/HistorySection';
import { ActorHistory } from './ActorHistory';
import { EvidenceQuote } from './EvidenceWords';
import { LoadError, PanelFrame, PanelSkeleton, SelectLink, type PanelNavigation, type PanelProps } from './panel-frame';
import { KindIcon, NoStanceBadge, StanceBadge } from './Symbols';

function StanceSection({
  stance,
  actorName,
  nav,
  showEvent,
}: {
  stance: StanceDTO;
  actorName: string;
  nav: PanelNavigation;
  showEvent: boolean;
}) {
  return (
    <section className="stance-block" aria-label={`${STANCE_STYLES[stance.stance].label} on ${stance.eventTitle}`}>
      <p className="stance-block__title">
        <StanceBadge stance={stance.stance} />
        {showEvent && (
          <span>
            on{' '}
            <SelectLink id={stance.eventId} nav={nav}>
              <UserText>{stance.eventTitle}</UserText>
            </SelectLink>
            {stance.eventDate && <span className="muted"> ({formatPartialDate(stance.eventDate)})</span>}
          </span>
        )}
      </p>
      {stance.evidence.map((evidence, i) => (
        <EvidenceQuote key={i} evidence={evidence} who={actorName} />
      ))}
    </section>
  );
}

function ActorBody({ actor, nav }: { actor: ActorDetail; nav: PanelNavigation }) {
  const stances = [...actor.stances].sort((a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance));
  return (
    <>
      {actor.description && (
        <p className="panel__lead">
          <UserText>{actor.description}</UserText>
        </p>
      )}
      {actor.aliases.length > 0 && (
        <p className="muted small">
          Also known as{' '}
          {actor.aliases.map((alias, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <UserText>{alias}</UserText>
            </span>
          ))}
        </p>
      )}
      <div className="panel__actions">
        {nav.focusedActor === actor.id ? (
          <span className="chip">Neighbourhood in focus</span>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => nav.focus(actor.id)}>
            {/* One flex item: the button lays out its children side by side. */}
            <span>
              Focus on <UserText>{actor.name}</UserText>’s neighbourhood
            </span>
          </button>
        )}
      </div>
      <ActorEditing actor={actor} onAddStance={nav.addStance} />
      {actor.stanceTotal > 0 && <ActorHistory actorId={actor.id} name={actor.name} nav={nav} />}
      <h3 className="panel__section-title">Stances</h3>
      {stances.length === 0 ? (
        <p className="muted">
          <NoStanceBadge /> No recorded stance. This actor is shown for its relations.
        </p>
      ) : (
        <>
          {actor.stanceTotal > stances.length && (
            <p className="muted small">
              The newest {stances.length.toLocaleString('en')} of {actor.stanceTotal.toLocaleString('en')} stances.
              Choose an event to see this actor’s stance on it.
            </p>
          )}
          {stances.map((stance) => (
            <StanceSection key={stance.id} stance={stance} actorName={actor.name} nav={nav} showEvent />
          ))}
        </>
      )}
      <h3 className="panel__section-title">Relations</h3>
      {actor.relations.length === 0 ? (
        <p className="muted">No recorded relations.</p>
      ) : (
        <ul className="relation-list">
          {actor.relations.map((relation) => (
            <li key={`${relation.id}-${relation.direction}`}>
              <p>
                {relation.direction === 'out' ? (
                  <>
                    <span className="relation-list__verb">{relationLabel(relation.type)}</span>{' '}
                    <SelectLink id={relation.other.id} nav={nav}>
                      <UserText>{relation.other.name}</UserText>
                    </SelectLink>
                  </>
                ) : (
                  <>
                    <SelectLink id={relation.other.id} nav={nav}>
                      <UserText>{relation.other.name}</UserText>
                    </SelectLink>{' '}
                    <span className="relation-list__verb">{relationLabel(relation.type)}</span>{' '}
                    <UserText>{actor.name}</UserText>
                  </>
                )}
              </p>
              {relation.evidence && (
                <EvidenceQuote
                  evidence={relation.evidence}
                  who={
                    relation.direction === 'out'
                      ? `${actor.name} ${relationLabel(relation.type)} ${relation.other.name}`
                      : `${relation.other.name} ${relationLabel(relation.type)} ${actor.name}`
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <HistorySection entityId={actor.id} what="actor" />
    </>
  );
}

export function ActorPanel({
  id,
  nav,
  onClose,
  headingRef,
}: { id: string } & Omit<PanelProps, 'selection' | 'events'>) {
  const actor = useQuery(actorQuery(id));
  const data = actor.data;
  return (
    <PanelFrame
      eyebrow={data ? (KIND_STYLES[data.kind]?.label ?? data.kind) : 'Actor'}
      icon={data ? <KindIcon kind={data.kind} /> : undefined}
      title={data ? <UserText>{data.name}</UserText> : actor.isPending ? 'Loading…' : id}
      onClose={onClose}
      headingRef={headingRef}
    >
      {data ? (
        <ActorBody actor={data} nav={nav} />
      ) : actor.isError ? (
        <LoadError error={actor.error} what="actor" />
      ) : (
        <PanelSkeleton />
      )}
    </PanelFrame>
  );
}
