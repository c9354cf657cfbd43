'use client';

import { useQuery } from '@tanstack/react-query';
import type { MouseEvent, ReactNode, Ref } from 'react';
import { STANCES } from '@/lib/domain';
import { ApiRequestError, errorMessage } from '@/lib/client/data/api';
import { isStanceEdge, type Selection } from '@/lib/client/drawing/elements';
import { formatPartialDate } from '@/lib/client/format';
import { UserText } from '@/components/UserText';
import { actorQuery, eventQuery } from '@/lib/client/data/queries';
import { KIND_STYLES, STANCE_STYLES, relationLabel } from '@/lib/client/drawing/styles';
import type { ActorDetail, EventSummary, GraphNode, StanceAggregate, StanceDTO } from '@/lib/types';
import { EvidenceQuote, SourceLink, SourceTitle } from './EvidenceWords';
import { EventIcon, KindIcon, NoStanceBadge, StanceBadge } from './Symbols';

export interface PanelNavigation {
  /** The shareable URL of the current view with this id selected. */
  hrefFor(id: string): string;
  select(id: string): void;
  focus(actorId: string): void;
  /** Narrows the view to one event, keeping the focus: the way into a group of stances. */
  drillInto(eventId: string): void;
  focusedActor: string | null;
}

interface Props {
  selection: Selection;
  nav: PanelNavigation;
  events: EventSummary[];
  onClose(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

function SelectLink({ id, nav, children }: { id: string; nav: PanelNavigation; children: ReactNode }) {
  return (
    <a
      href={nav.hrefFor(id)}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        // Let modified clicks open a new tab with the shareable URL.
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        nav.select(id);
      }}
    >
      {children}
    </a>
  );
}

function PanelFrame({
  eyebrow,
  icon,
  title,
  onClose,
  headingRef,
  children,
}: {
  eyebrow: string;
  icon?: ReactNode;
  title: ReactNode;
  onClose(): void;
  headingRef: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return (
    <aside className="panel" aria-labelledby="detail-panel-title" data-testid="detail-panel">
      <header className="panel__header">
        <div>
          <p className="eyebrow">
            {icon}
            {eyebrow}
          </p>
          <h2 id="detail-panel-title" ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details" title="Close (Esc)">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="panel__body">{children}</div>
    </aside>
  );
}

function LoadError({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ApiRequestError && error.status === 404) {
    return <p className="notice">There is no {what} with this id. The link may be out of date.</p>;
  }
  return (
    <p className="notice notice--error" role="alert">
      Could not load this {what}: {errorMessage(error)}
    </p>
  );
}

function PanelSkeleton() {
  return (
    <div className="skeleton-stack" aria-busy="true" aria-label="Loading details">
      <span className="skeleton skeleton--line" />
      <span className="skeleton skeleton--line skeleton--short" />
      <span className="skeleton skeleton--block" />
    </div>
  );
}

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
    </>
  );
}

function ActorPanel({ id, nav, onClose, headingRef }: { id: string } & Omit<Props, 'selection' | 'events'>) {
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

function EventPanel({ id, nav, events, onClose, headingRef }: { id: string } & Omit<Props, 'selection'>) {
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
    </PanelFrame>
  );
}

function EdgePanel({
  selection,
  nav,
  onClose,
  headingRef,
}: { selection: Extract<Selection, { type: 'edge' }> } & Omit<Props, 'selection' | 'events'>) {
  const { edge, source, target } = selection;
  const sourceName = source?.label ?? edge.source;
  const targetName = target?.label ?? edge.target;
  const stance = isStanceEdge(edge) ? edge.stance : null;
  const verb = stance ? STANCE_STYLES[stance].verb : relationLabel(edge.type);
  return (
    <PanelFrame
      eyebrow={stance ? 'Stance' : 'Relation'}
      title={
        stance ? (
          <>
            <UserText>{sourceName}</UserText>: {STANCE_STYLES[stance].label.toLowerCase()}
          </>
        ) : (
          <>
            <UserText>{sourceName}</UserText> {verb} <UserText>{targetName}</UserText>
          </>
        )
      }
      onClose={onClose}
      headingRef={headingRef}
    >
      <p className="panel__lead">
        <SelectLink id={edge.source} nav={nav}>
          <UserText>{sourceName}</UserText>
        </SelectLink>{' '}
        {stance ? <StanceBadge stance={stance} /> : <span className="relation-list__verb">{verb}</span>}{' '}
        <SelectLink id={edge.target} nav={nav}>
          <UserText>{targetName}</UserText>
        </SelectLink>
      </p>
      <h3 className="panel__section-title">Evidence</h3>
      {edge.evidence.length === 0 ? (
        <p className="muted">No quote recorded for this relation.</p>
      ) : (
        // The graph answer shortens long quotes; the source actor's panel reads them from /api/actors, whole.
        edge.evidence.map((evidence, i) => (
          <EvidenceQuote
            key={i}
            evidence={evidence}
            who={stance ? sourceName : `${sourceName} ${verb} ${targetName}`}
            wholeIn={
              <SelectLink id={edge.source} nav={nav}>
                the actor’s panel
              </SelectLink>
            }
          />
        ))
      )}
    </PanelFrame>
  );
}

/** A group of a busy actor's stances (one stance, one year), with its newest events to drill into. */
function AggregatePanel({
  node,
  nav,
  onClose,
  headingRef,
}: { node: GraphNode & { aggregate: StanceAggregate } } & Omit<Props, 'selection' | 'events'>) {
  const { aggregate } = node;
  const when = aggregate.group === 'undated' ? 'on undated events' : `on events of ${aggregate.group}`;
  return (
    <PanelFrame
      eyebrow="Grouped stances"
      icon={<EventIcon />}
      title={node.label}
      onClose={onClose}
      headingRef={headingRef}
    >
      <p className="panel__lead">
        <StanceBadge stance={aggregate.stance} /> {aggregate.events.toLocaleString('en')} stances {when}.
      </p>
      <p className="muted small">
        This actor took too many stances to draw one by one, so they are grouped per stance and year. Choose an event to
        see the stance and its words.
      </p>
      <h3 className="panel__section-title">
        {aggregate.sample.length < aggregate.events ? `The newest ${aggregate.sample.length}` : 'Events'}
      </h3>
      <ul className="source-list" aria-label="Events in this group">
        {aggregate.sample.map((event) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => nav.drillInto(event.id)}>
              <UserText>{event.title}</UserText>
            </button>
            {event.date && <span className="muted small"> {formatPartialDate(event.date)}</span>}
          </li>
        ))}
      </ul>
    </PanelFrame>
  );
}

export function DetailPanel(props: Props) {
  const { selection } = props;
  switch (selection.type) {
    case 'actor':
      return <ActorPanel id={selection.id} {...props} />;
    case 'event':
      return <EventPanel id={selection.id} {...props} />;
    case 'aggregate':
      return <AggregatePanel node={selection.node} {...props} />;
    case 'edge':
      return <EdgePanel {...props} selection={selection} />;
    case 'unknown':
      return (
        <PanelFrame eyebrow="Selection" title="Not in this view" onClose={props.onClose} headingRef={props.headingRef}>
          <p className="notice">
            The selected link or element is not part of the current view. Try clearing the filters.
          </p>
        </PanelFrame>
      );
  }
}
