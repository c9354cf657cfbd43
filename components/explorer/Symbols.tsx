import type { ActorKind, Stance } from '@/lib/domain';
import { shapePoints, svgPoints } from '@/lib/client/drawing/shapes';
import {
  CONTEXT_COLOR,
  CONTEXT_TINT,
  EVENT_COLOR,
  EVENT_SHAPE,
  KIND_STYLES,
  RELATION_COLOR,
  SOURCE_NODE,
  STANCE_STYLES,
  type NodeShape,
} from '@/lib/client/drawing/styles';

function Shape({ shape, fill, stroke, size = 16 }: { shape: NodeShape; fill: string; stroke: string; size?: number }) {
  const r = size / 2 - 2;
  const c = size / 2;
  const points = shapePoints(shape, c, c, r);
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      className="symbol"
    >
      {points === null ? (
        <circle cx={c} cy={c} r={r} fill={fill} stroke={stroke} strokeWidth={1.5} />
      ) : (
        <polygon points={svgPoints(points)} fill={fill} stroke={stroke} strokeWidth={1.5} strokeLinejoin="round" />
      )}
    </svg>
  );
}

export function KindIcon({ kind, size }: { kind: ActorKind; size?: number }) {
  return <Shape shape={KIND_STYLES[kind].shape} fill={CONTEXT_TINT} stroke={CONTEXT_COLOR} size={size} />;
}

export function EventIcon({ size }: { size?: number }) {
  return <Shape shape={EVENT_SHAPE} fill={EVENT_COLOR} stroke={EVENT_COLOR} size={size} />;
}

/** A source node of a query answer. */
export function SourceIcon({ size }: { size?: number }) {
  return <Shape shape={SOURCE_NODE.shape} fill={SOURCE_NODE.fill} stroke={SOURCE_NODE.stroke} size={size} />;
}

/** A short sample of a stance edge: colour, line style and arrow head, as drawn in the graph. */
export function StanceLine({ stance, width = 34 }: { stance: Stance; width?: number }) {
  const style = STANCE_STYLES[stance];
  const y = 7;
  const end = width - 6;
  const dash = style.lineStyle === 'dashed' ? '6 3' : style.lineStyle === 'dotted' ? '1.5 3' : undefined;
  return (
    <svg width={width} height={14} viewBox={`0 0 ${width} 14`} aria-hidden="true" focusable="false" className="symbol">
      <line
        x1={1}
        y1={y}
        x2={end}
        y2={y}
        stroke={style.color}
        strokeWidth={3}
        strokeDasharray={dash}
        strokeLinecap={style.lineStyle === 'dotted' ? 'round' : 'butt'}
      />
      {style.arrow === 'triangle' && <polygon points={`${end - 1},2 ${width},${y} ${end - 1},12`} fill={style.color} />}
      {style.arrow === 'tee' && (
        <line x1={width - 2} y1={1} x2={width - 2} y2={13} stroke={style.color} strokeWidth={3} />
      )}
      {style.arrow === 'circle' && <circle cx={width - 4} cy={y} r={3.5} fill={style.color} />}
    </svg>
  );
}

export function RelationLine({ width = 34 }: { width?: number }) {
  return (
    <svg width={width} height={14} viewBox={`0 0 ${width} 14`} aria-hidden="true" focusable="false" className="symbol">
      <line x1={1} y1={7} x2={width - 6} y2={7} stroke={RELATION_COLOR} strokeWidth={1.5} />
      <polyline
        points={`${width - 10},3 ${width - 2},7 ${width - 10},11`}
        fill="none"
        stroke={RELATION_COLOR}
        strokeWidth={1.5}
      />
    </svg>
  );
}

/** Stance as text plus glyph plus colour: readable in greyscale and by screen readers. */
export function StanceBadge({ stance, children }: { stance: Stance; children?: React.ReactNode }) {
  const style = STANCE_STYLES[stance];
  return (
    <span className={`badge badge--${stance}`}>
      <span className="badge__glyph" aria-hidden="true">
        {style.glyph}
      </span>
      {style.label}
      {children}
    </span>
  );
}

export function NoStanceBadge() {
  return <span className="badge badge--none">No stance</span>;
}
