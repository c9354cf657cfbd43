import type { ElementDefinition } from 'cytoscape';
import { useMemo, type CSSProperties } from 'react';
import { MAX_FIT_ZOOM } from '@/lib/client/drawing/fit';
import type { Positions } from '@/lib/client/drawing/layout';
import { LEGIBLE_ZOOM } from '@/lib/client/drawing/renderer-choice';
import { shapePoints, svgPoints } from '@/lib/client/drawing/shapes';
import { sketchOf, type SketchEdge, type SketchNode } from '@/lib/client/drawing/sketch';
import { FONT, LABEL_FONT_SIZE, STACKED_CLASS } from '@/lib/client/drawing/styles';

/** A line's baseline below the top of its line box, for the label fonts (ascent of about 0.8 em). */
const ASCENT = 0.8;

function Body({ node }: { node: SketchNode }) {
  const paint = { fill: node.fill, stroke: node.stroke, strokeWidth: node.strokeWidth, 'data-id': node.id };
  if (node.place === 'inside')
    return <rect x={node.x - node.w / 2} y={node.y - node.h / 2} width={node.w} height={node.h} {...paint} />;
  const points = shapePoints(node.shape, node.x, node.y, node.w / 2);
  return points ? (
    <polygon points={svgPoints(points)} {...paint} />
  ) : (
    <circle cx={node.x} cy={node.y} r={node.w / 2} {...paint} />
  );
}

function Name({ node }: { node: SketchNode }) {
  if (node.lines.length === 0) return null;
  return (
    <text
      x={node.labelX}
      y={node.labelTop + ASCENT * node.fontSize}
      textAnchor={node.anchor}
      fontSize={node.fontSize}
      fontWeight={node.place === 'inside' ? 600 : undefined}
      fill={node.textColor}
      className={node.place === 'inside' ? undefined : 'graph-sketch__halo'}
    >
      {node.lines.map((line, i) => (
        <tspan key={i} x={node.labelX} dy={i === 0 ? 0 : node.fontSize}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Line({ edge }: { edge: SketchEdge }) {
  return (
    <line
      x1={edge.x1}
      y1={edge.y1}
      x2={edge.x2}
      y2={edge.y2}
      stroke={edge.color}
      strokeWidth={edge.width}
      strokeDasharray={edge.dash ?? undefined}
      opacity={edge.opacity}
    />
  );
}

function Verb({ edge }: { edge: SketchEdge }) {
  if (!edge.label) return null;
  const x = (edge.x1 + edge.x2) / 2;
  const y = (edge.y1 + edge.y2) / 2;
  // Turned along the line, and never upside down, as Cytoscape's autorotate.
  let angle = (Math.atan2(edge.y2 - edge.y1, edge.x2 - edge.x1) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return (
    <text
      x={x}
      y={y + 0.35 * LABEL_FONT_SIZE.edge}
      transform={`rotate(${angle.toFixed(1)} ${x} ${y})`}
      textAnchor="middle"
      fontSize={LABEL_FONT_SIZE.edge}
      fontWeight={600}
      fill={edge.label.color}
      className="graph-sketch__halo"
    >
      {edge.label.text}
    </text>
  );
}

/**
 * The view drawn as SVG in the page's HTML (lib/client/drawing/sketch.ts), framed as Cytoscape's fit
 * frames it (lib/client/drawing/fit.ts, in CSS: the canvas less its padding, the zoom kept between
 * legible and MAX_FIT_ZOOM), until Cytoscape has painted. Hidden from assistive technology: the
 * graph's label and the table say what it shows.
 */
export function GraphSketch({ elements, positions }: { elements: ElementDefinition[]; positions: Positions }) {
  const sketch = useMemo(() => sketchOf(elements, positions), [elements, positions]);
  if (!sketch) return null;
  const { box } = sketch;
  const size = {
    '--sketch-min-w': `${box.w * LEGIBLE_ZOOM}px`,
    '--sketch-max-w': `${box.w * MAX_FIT_ZOOM}px`,
    '--sketch-min-h': `${box.h * LEGIBLE_ZOOM}px`,
    '--sketch-max-h': `${box.h * MAX_FIT_ZOOM}px`,
  } as CSSProperties;
  return (
    <div
      className="graph-sketch"
      data-testid="graph-sketch"
      data-stacked={elements.some((e) => e.classes?.includes(STACKED_CLASS)) || undefined}
      aria-hidden="true"
    >
      <svg
        viewBox={`${box.x1} ${box.y1} ${box.w} ${box.h}`}
        preserveAspectRatio="xMidYMid meet"
        style={size}
        fontFamily={FONT}
        focusable="false"
      >
        <g>
          {sketch.edges.map((edge) => (
            <Line key={edge.id} edge={edge} />
          ))}
        </g>
        <g>
          {sketch.edges.map((edge) => (
            <Verb key={edge.id} edge={edge} />
          ))}
        </g>
        <g>
          {sketch.nodes.map((node) => (
            <Body key={node.id} node={node} />
          ))}
        </g>
        <g>
          {sketch.nodes.map((node) => (
            <Name key={node.id} node={node} />
          ))}
        </g>
      </svg>
    </div>
  );
}
