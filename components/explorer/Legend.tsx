import { ACTOR_KINDS, STANCES } from '@/lib/domain';
import { KIND_STYLES, SOURCE_NODE, STANCE_STYLES } from '@/lib/client/drawing/styles';
import { EventIcon, KindIcon, RelationLine, SourceIcon, StanceLine } from './Symbols';

/**
 * Explains every colour, line and shape on the canvas; it sits below the graph so it never hides a node.
 * `sourceNodes`: the canvas may draw sources as nodes (query answers).
 */
export function Legend({ sourceNodes = false }: { sourceNodes?: boolean }) {
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul className="legend__list" aria-label="Edges">
        {STANCES.map((stance) => (
          <li key={stance}>
            <StanceLine stance={stance} width={30} />
            <span>
              {STANCE_STYLES[stance].label}{' '}
              <span className="legend__hint">
                {STANCE_STYLES[stance].lineStyle}, “{STANCE_STYLES[stance].verb}”
              </span>
            </span>
          </li>
        ))}
        <li>
          <RelationLine width={30} />
          <span>
            Relation <span className="legend__hint">grey, named</span>
          </span>
        </li>
      </ul>
      <ul className="legend__list" aria-label="Nodes">
        <li>
          <EventIcon size={14} />
          <span>Event</span>
        </li>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <KindIcon kind={kind} size={14} />
            <span>{KIND_STYLES[kind].label}</span>
          </li>
        ))}
        {sourceNodes && (
          <li>
            <SourceIcon size={14} />
            <span>{SOURCE_NODE.label}</span>
          </li>
        )}
        <li className="legend__hint">Fill = the actor’s stance; grey = none</li>
      </ul>
    </div>
  );
}
