'use client';

import { useQuery } from '@tanstack/react-query';
import { STANCE_STYLES, relationLabel } from '@/lib/client/drawing/styles';
import { isStanceEdge, type Selection } from '@/lib/client/drawing/elements';
import { formatPartialDate } from '@/lib/client/format';
import { stanceEvidenceQuery } from '@/lib/client/data/queries';
import type { GraphNode, StanceAggregate } from '@/lib/types';
import { UserText } from '@/components/UserText';
import { HistorySection } from '@/components/edit/HistorySection';
import { StanceEditor } from '@/components/edit/StanceEditor';
import { useEditor } from '@/components/edit/use-editor';
import { ActorPanel } from './ActorPanel';
import { EventPanel } from './EventPanel';
import { EvidenceQuote } from './EvidenceWords';
import { LoadError, PanelFrame, SelectLink, type PanelProps } from './panel-frame';
import { EventIcon, StanceBadge } from './Symbols';

export type { PanelNavigation } from './panel-frame';

function EdgePanel({
  selection,
  nav,
  onClose,
  headingRef,
}: { selection: Extract<Selection, { type: 'edge' }> } & Omit<PanelProps, 'selection' | 'events'>) {
  const { edge, source, target } = selection;
  const sourceName = source?.label ?? edge.source;
  const targetName = target?.label ?? edge.target;
  const stance = isStanceEdge(edge) ? edge.stance : null;
  const verb = stance ? STANCE_STYLES[stance].verb : relationLabel(edge.type);
  const editor = useEditor();
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
      {stance && editor && (
        <>
          <StanceEditor stanceId={edge.id} onRetracted={() => nav.select(edge.source)} />
          {nav.addStance && (
            <div className="panel__actions">
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  nav.addStance?.({
                    actor: { id: edge.source, name: sourceName, kind: source?.kind ?? null },
                    event: { id: edge.target, title: targetName },
                    stance,
                  })
                }
              >
                Add a quote
              </button>
            </div>
          )}
        </>
      )}
      <h3 className="panel__section-title">Evidence</h3>
      {edge.quotesLeftOut ? (
        <LeftOutQuotes stanceId={edge.id} who={sourceName} />
      ) : edge.evidence.length === 0 ? (
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
      {stance && <HistorySection entityId={edge.id} what="stance" />}
    </PanelFrame>
  );
}

/** The quotes of a stance that the graph answer left out (a wide focused view), loaded when it is opened. */
function LeftOutQuotes({ stanceId, who }: { stanceId: string; who: string }) {
  const query = useQuery(stanceEvidenceQuery(stanceId));
  if (query.data) {
    return query.data.evidence.map((evidence, i) => <EvidenceQuote key={i} evidence={evidence} who={who} />);
  }
  if (query.isError) return <LoadError error={query.error} what="stance" />;
  return (
    <p className="muted small" role="status">
      Loading the quotes…
    </p>
  );
}

/** A group of a busy actor's stances (one stance, one year), with its newest events to drill into. */
function AggregatePanel({
  node,
  nav,
  onClose,
  headingRef,
}: { node: GraphNode & { aggregate: StanceAggregate } } & Omit<PanelProps, 'selection' | 'events'>) {
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

export function DetailPanel(props: PanelProps) {
  const { selection } = props;
  switch (selection.type) {
    case 'actor':
      // Keyed: an edit form open on one record must not carry over to the next one selected.
      return <ActorPanel key={selection.id} id={selection.id} {...props} />;
    case 'event':
      return <EventPanel key={selection.id} id={selection.id} {...props} />;
    case 'aggregate':
      return <AggregatePanel node={selection.node} {...props} />;
    case 'edge':
      return <EdgePanel key={selection.edge.id} {...props} selection={selection} />;
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
