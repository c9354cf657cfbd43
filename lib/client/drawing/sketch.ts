/**
 * A still drawing of a view, made from the elements and positions Cytoscape is given, so the page can
 * show the graph from its HTML while Cytoscape's code downloads: the server renders it, and it is taken
 * away once Cytoscape has painted the same view. It follows the stylesheet (styles.ts): the same shapes, colours,
 * line patterns and label places; arrows, the labels' background boxes and bent relations are left out.
 * Pure, so what it draws is unit-tested.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorKind, Stance } from '@/lib/domain';
import { EVENT_BOX, EVENT_LABEL, estimate, estimatedEventHeight, wrappedLines } from './event-size';
import type { Positions } from './layout';
import {
  CONTEXT_COLOR,
  CONTEXT_TINT,
  CROWDED_EDGE_CLASS,
  EVENT_COLOR,
  EVENT_SHAPE,
  KIND_STYLES,
  LABEL_FONT_SIZE,
  RELATION_COLOR,
  SOURCE_NODE,
  STACKED_CLASS,
  STANCE_STYLES,
  STANCE_TEXT_COLORS,
  type NodeShape,
} from './styles';

/** Where a node's name goes: as the camps layout's stylesheet puts it. */
type LabelPlace = 'left' | 'right' | 'below' | 'inside';

export interface SketchNode {
  id: string;
  x: number;
  y: number;
  /** Width and height of the body. */
  w: number;
  h: number;
  shape: NodeShape;
  fill: string;
  stroke: string;
  strokeWidth: number;
  lines: string[];
  place: LabelPlace;
  /** Where the name's lines start: x of their anchor, y of the first line's top. */
  labelX: number;
  labelTop: number;
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  textColor: string;
}

export interface SketchEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  /** An SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  opacity: number;
  /** The stance's verb at the middle, in its text colour; relations' names are left out. */
  label: { text: string; color: string } | null;
}

export interface Sketch {
  /** Everything drawn, labels included, in graph units: what Cytoscape's fit frames. */
  box: { x1: number; y1: number; w: number; h: number };
  nodes: SketchNode[];
  edges: SketchEdge[];
}

const NODE_SIZE = 34;
const FOCUS_SIZE = 42;
const NODE_LABEL_MAX_WIDTH = 130;
/** Between a node's body and its name (the stylesheet's text margins). */
const LABEL_MARGIN = 6;
/** About the average letter of the label font; a sketch need not measure. */
const nodeTextWidth = (text: string) => Math.ceil(text.length * LABEL_FONT_SIZE.node * 0.52);

const classesOf = (def: ElementDefinition): string[] =>
  (Array.isArray(def.classes) ? def.classes : String(def.classes ?? '').split(/\s+/)).filter(Boolean);

function sketchNode(def: ElementDefinition, x: number, y: number): SketchNode {
  const node = sketchBody(def, x, y);
  return { ...node, ...labelAt(node) };
}

/** Where the side camps' names go (styles.ts: node.camp-support, node.camp-condemnation). */
const SIDE_LABEL: Record<string, 'left' | 'right'> = { support: 'left', condemnation: 'right' };

function sketchBody(def: ElementDefinition, x: number, y: number): Omit<SketchNode, 'labelX' | 'labelTop' | 'anchor'> {
  const classes = classesOf(def);
  const label = String(def.data.label ?? '');
  const type = String(def.data.type ?? '');
  if (type === 'event') {
    return {
      id: String(def.data.id),
      x,
      y,
      w: EVENT_BOX.width,
      h: estimatedEventHeight(label),
      shape: EVENT_SHAPE,
      fill: EVENT_COLOR,
      stroke: EVENT_COLOR,
      strokeWidth: 2,
      lines: wrappedLines(label, EVENT_LABEL.maxWidth, estimate),
      place: 'inside',
      fontSize: EVENT_LABEL.fontSize,
      textColor: '#FFFFFF',
    };
  }
  const camp = def.data.camp as Stance | 'context' | undefined;
  const stance = camp && camp !== 'context' ? STANCE_STYLES[camp] : null;
  const source = type === 'source';
  const focus = classes.includes('focus');
  const size = focus ? FOCUS_SIZE : NODE_SIZE;
  const kind = def.data.kind as ActorKind | undefined;
  return {
    id: String(def.data.id),
    x,
    y,
    w: source ? 40 : size,
    h: source ? 28 : size,
    shape: source ? SOURCE_NODE.shape : kind ? KIND_STYLES[kind].shape : 'ellipse',
    fill: source ? SOURCE_NODE.fill : (stance?.tint ?? CONTEXT_TINT),
    stroke: source ? SOURCE_NODE.stroke : (stance?.color ?? CONTEXT_COLOR),
    strokeWidth: focus ? 4 : 2,
    lines: wrappedLines(label, NODE_LABEL_MAX_WIDTH, nodeTextWidth),
    // Beside the node for the side camps, as the stylesheet puts them; under it otherwise and when stacked.
    place: (!classes.includes(STACKED_CLASS) && SIDE_LABEL[camp ?? '']) || 'below',
    fontSize: LABEL_FONT_SIZE.node,
    textColor: '#111827',
  };
}

/** Where a node's name is written, beside or under its body as the stylesheet's text margins put it. */
function labelAt(
  node: Omit<SketchNode, 'labelX' | 'labelTop' | 'anchor'>,
): Pick<SketchNode, 'labelX' | 'labelTop' | 'anchor'> {
  const height = node.lines.length * node.fontSize;
  const beside = node.w / 2 + LABEL_MARGIN;
  switch (node.place) {
    case 'left':
      return { labelX: node.x - beside, labelTop: node.y - height / 2, anchor: 'end' };
    case 'right':
      return { labelX: node.x + beside, labelTop: node.y - height / 2, anchor: 'start' };
    case 'below':
      return { labelX: node.x, labelTop: node.y + node.h / 2 + LABEL_MARGIN, anchor: 'middle' };
    case 'inside':
      return { labelX: node.x, labelTop: node.y - height / 2, anchor: 'middle' };
  }
}

/** The box around a node's name, in graph units (a name inside its body adds nothing). */
function labelBox(node: SketchNode): { x1: number; y1: number; x2: number; y2: number } {
  if (node.place === 'inside') return { x1: node.x, y1: node.y, x2: node.x, y2: node.y };
  const width = Math.max(0, ...node.lines.map(nodeTextWidth));
  const x1 =
    node.anchor === 'end' ? node.labelX - width : node.anchor === 'start' ? node.labelX : node.labelX - width / 2;
  return { x1, y1: node.labelTop, x2: x1 + width, y2: node.labelTop + node.lines.length * node.fontSize };
}

function sketchEdge(def: ElementDefinition, from: SketchNode, to: SketchNode): SketchEdge {
  const stance = def.data.stance as Stance | undefined;
  const style = stance ? STANCE_STYLES[stance] : null;
  return {
    id: String(def.data.id),
    x1: from.x,
    y1: from.y,
    x2: to.x,
    y2: to.y,
    color: style?.color ?? RELATION_COLOR,
    width: style ? 3 : 1.5,
    dash: style && style.dash.length > 0 ? style.dash.join(' ') : null,
    opacity: style ? 1 : 0.85,
    label:
      style &&
      stance &&
      !String(def.classes ?? '')
        .split(' ')
        .includes(CROWDED_EDGE_CLASS)
        ? { text: style.verb, color: STANCE_TEXT_COLORS[stance] }
        : null,
  };
}

/** The sketch of a view, or null when there is nothing placed to draw. */
export function sketchOf(elements: ElementDefinition[], positions: Positions): Sketch | null {
  const nodes = new Map<string, SketchNode>();
  for (const def of elements) {
    const at = def.group === 'nodes' ? positions[String(def.data.id)] : undefined;
    if (at) nodes.set(String(def.data.id), sketchNode(def, at.x, at.y));
  }
  if (nodes.size === 0) return null;
  const edges: SketchEdge[] = [];
  for (const def of elements) {
    if (def.group !== 'edges') continue;
    const from = nodes.get(String(def.data.source));
    const to = nodes.get(String(def.data.target));
    if (from && to && from !== to) edges.push(sketchEdge(def, from, to));
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of nodes.values()) {
    const label = labelBox(node);
    x1 = Math.min(x1, node.x - node.w / 2, label.x1);
    y1 = Math.min(y1, node.y - node.h / 2, label.y1);
    x2 = Math.max(x2, node.x + node.w / 2, label.x2);
    y2 = Math.max(y2, node.y + node.h / 2, label.y2);
  }
  return { box: { x1, y1, w: x2 - x1, h: y2 - y1 }, nodes: [...nodes.values()], edges };
}
