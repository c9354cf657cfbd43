/**
 * How stances, kinds and relations look. Shared by the Cytoscape stylesheet, the legend,
 * the table badges and the PNG export, so the four never disagree.
 * Colours are Okabe-Ito (colour-blind safe); every stance also has its own line style, arrow and label.
 */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import type { ActorKind, RelationType, Stance } from '@/lib/domain';
import { EVENT_BOX, EVENT_LABEL, eventHeightFor } from './event-size';

export interface StanceStyle {
  label: string;
  /** The edge label: a verb, so the edge reads as a sentence ("Koofi condemns ..."). */
  verb: string;
  color: string;
  /** A lighter tint for node fills and badges. */
  tint: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** Canvas/SVG dash pattern matching lineStyle. */
  dash: number[];
  arrow: 'triangle' | 'tee' | 'circle';
  /** A glyph for badges, so the badge is readable without colour. */
  glyph: string;
}

export const STANCE_STYLES: Record<Stance, StanceStyle> = {
  support: {
    label: 'Support',
    verb: 'supports',
    color: '#0072B2',
    tint: '#D6E9F5',
    lineStyle: 'solid',
    dash: [],
    arrow: 'triangle',
    glyph: '+',
  },
  condemnation: {
    label: 'Condemnation',
    verb: 'condemns',
    color: '#D55E00',
    tint: '#F8DFCC',
    lineStyle: 'dashed',
    dash: [9, 5],
    arrow: 'tee',
    glyph: '×',
  },
  caution: {
    label: 'Caution',
    verb: 'cautions',
    color: '#E69F00',
    tint: '#FBEBC7',
    lineStyle: 'dotted',
    dash: [2, 4],
    arrow: 'circle',
    glyph: '!',
  },
};

/** Ink for caution text: #E69F00 on white is below 4.5:1, so text uses a darker amber. */
export const STANCE_TEXT_COLORS: Record<Stance, string> = {
  support: '#005A8C',
  condemnation: '#A04600',
  caution: '#8A5A00',
};

export const CONTEXT_COLOR = '#6B7280';
export const CONTEXT_TINT = '#EEF0F3';
export const RELATION_COLOR = '#4B5563';
export const EVENT_COLOR = '#1F2937';

export type NodeShape =
  'ellipse' | 'hexagon' | 'round-rectangle' | 'round-triangle' | 'round-diamond' | 'star' | 'rectangle' | 'tag';

export interface KindStyle {
  label: string;
  plural: string;
  shape: NodeShape;
}

export const KIND_STYLES: Record<ActorKind, KindStyle> = {
  state: { label: 'State', plural: 'States', shape: 'hexagon' },
  government: { label: 'Government', plural: 'Governments', shape: 'round-rectangle' },
  'government-body': { label: 'Government body', plural: 'Government bodies', shape: 'round-triangle' },
  person: { label: 'Person', plural: 'People', shape: 'ellipse' },
  organisation: { label: 'Organisation', plural: 'Organisations', shape: 'round-diamond' },
  intergovernmental: { label: 'Intergovernmental body', plural: 'Intergovernmental bodies', shape: 'star' },
};

export const EVENT_SHAPE: NodeShape = 'rectangle';

/** Query answers may draw the sources quotes come from, as tags. */
export const SOURCE_NODE = { label: 'Source', shape: 'tag', fill: '#FFFFFF', stroke: RELATION_COLOR } as const;

const RELATION_LABELS: Record<RelationType, string> = {
  LEADS: 'leads',
  PART_OF: 'part of',
  SPEAKS_FOR: 'speaks for',
  ECHOES: 'echoes',
  RECOGNIZES: 'recognizes',
  HAS_PRESENCE_IN: 'has presence in',
};

export function relationLabel(type: string): string {
  return (RELATION_LABELS as Record<string, string>)[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

export const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

/** Font sizes of drawn labels, in graph units (drawn at font size × zoom pixels). */
export const LABEL_FONT_SIZE = { node: 13, edge: 11 } as const;

/**
 * The smallest a name is drawn at by the default fit, in screen pixels: a fit never zooms out further
 * than names stay this big (lib/client/drawing/fit.ts). Below MIN_DRAWN_FONT_PX Cytoscape leaves a label out.
 */
export const LEGIBLE_FONT_PX = 9;
const MIN_DRAWN_FONT_PX = 8;

/** Measured with the font Cytoscape draws the title in (its canvas font string). */
const eventHeight = eventHeightFor(`normal ${EVENT_LABEL.fontWeight} ${EVENT_LABEL.fontSize}px ${FONT}`);

export interface StylesheetOptions {
  /**
   * Large views: straight haystack edges with no label and no arrow. Their rules leave the label,
   * font and arrow properties out rather than blanking them: Cytoscape applies every property a rule
   * names to every element it matches, and at 20,000 edges each property costs.
   */
  plainEdges?: boolean;
  /** Dense views: every stance a solid line (plain edges only). */
  solidStances?: boolean;
}

/** The class that draws an edge as plainEdges would, in a view that is not large. */
export const PLAIN_EDGE_CLASS = 'is-plain';

/** An actor laid out by stackedCampsLayout (a phone): its name goes under it in every camp. */
export const STACKED_CLASS = 'stacked';

/** Stance lines drawn without their verb: one of many into the same event (elements.ts). */
export const CROWDED_EDGE_CLASS = 'is-crowded';

export function cytoscapeStylesheet(options: StylesheetOptions = {}): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        'font-family': FONT,
        'font-size': LABEL_FONT_SIZE.node,
        color: '#111827',
        label: 'data(label)',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_DRAWN_FONT_PX,
        width: 34,
        height: 34,
        'background-color': CONTEXT_TINT,
        'border-width': 2,
        'border-color': CONTEXT_COLOR,
      },
    },
    {
      selector: 'node.event',
      style: {
        shape: EVENT_SHAPE,
        width: EVENT_BOX.width,
        // As tall as the title's wrapped lines (event-size.ts), so that none is drawn off the box.
        height: (node: NodeSingular) => eventHeight(String(node.data('label') ?? '')),
        'background-color': EVENT_COLOR,
        'border-color': EVENT_COLOR,
        color: '#FFFFFF',
        'font-size': EVENT_LABEL.fontSize,
        'font-weight': EVENT_LABEL.fontWeight,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': `${EVENT_LABEL.maxWidth}px`,
        'text-background-opacity': 0,
      },
    },
    // Only query answers hold these; the explorer draws actors and events alone.
    {
      selector: 'node.source',
      style: {
        shape: SOURCE_NODE.shape,
        width: 40,
        height: 28,
        'background-color': SOURCE_NODE.fill,
        'border-color': SOURCE_NODE.stroke,
      },
    },
  ];
  for (const [kind, style] of Object.entries(KIND_STYLES)) {
    sheet.push({ selector: `node.kind-${kind}`, style: { shape: style.shape } });
  }
  for (const [stance, style] of Object.entries(STANCE_STYLES)) {
    sheet.push({
      selector: `node.camp-${stance}`,
      style: { 'background-color': style.tint, 'border-color': style.color },
    });
  }
  // The camps layout stacks supporters and condemners in columns on either side of the event: their
  // names go outside the column, leaving the gap between two stacked actors to the relation joining them.
  sheet.push(
    {
      selector: 'node.camp-support',
      style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -6, 'text-margin-y': 0 },
    },
    {
      selector: 'node.camp-condemnation',
      style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 6, 'text-margin-y': 0 },
    },
    // Stacked in rows on a phone: every name under its node, as in the base rule.
    {
      selector: `node.${STACKED_CLASS}`,
      style: { 'text-halign': 'center', 'text-valign': 'bottom', 'text-margin-x': 0, 'text-margin-y': 6 },
    },
  );
  sheet.push(...(options.plainEdges ? plainEdgeRules(options.solidStances === true) : edgeRules()));
  sheet.push(
    {
      selector: 'node.focus',
      style: { 'border-width': 4, 'border-style': 'double', width: 42, height: 42 },
    },
    {
      selector: '.is-selected',
      style: {
        'overlay-color': '#111827',
        'overlay-opacity': 0.12,
        'overlay-padding': 8,
        'z-index': 10,
      },
    },
    {
      selector: 'node.is-selected',
      style: { 'border-width': 4, 'border-color': '#111827' },
    },
    {
      selector: 'edge.is-selected',
      style: { width: 5 },
    },
    {
      selector: '.is-hovered',
      style: { 'overlay-color': '#111827', 'overlay-opacity': 0.06, 'overlay-padding': 6 },
    },
  );
  return sheet;
}

function edgeRules(): StylesheetJson {
  const rules: StylesheetJson = [
    {
      selector: 'edge',
      style: {
        'font-family': FONT,
        'font-size': LABEL_FONT_SIZE.edge,
        'curve-style': 'bezier',
        width: 1.5,
        'line-color': RELATION_COLOR,
        'target-arrow-color': RELATION_COLOR,
        'target-arrow-shape': 'vee',
        'arrow-scale': 0.9,
        label: 'data(label)',
        color: '#374151',
        'text-rotation': 'autorotate',
        // An opaque box keeps a label readable over the lines it crosses, on screen and in the PNG.
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_DRAWN_FONT_PX,
      },
    },
    {
      // Relations mostly join actors stacked in one camp, whose edges are short and steep: a level
      // label fits between the two nodes where one turned along the edge would run into them.
      selector: 'edge.relation',
      style: { 'font-style': 'italic', opacity: 0.85, 'text-rotation': 'none' },
    },
  ];
  for (const [stance, style] of Object.entries(STANCE_STYLES)) {
    rules.push({
      selector: `edge.stance-${stance}`,
      style: {
        width: 3,
        'line-color': style.color,
        'line-style': style.lineStyle,
        ...(style.lineStyle === 'dashed' ? { 'line-dash-pattern': style.dash } : {}),
        'target-arrow-color': style.color,
        'target-arrow-shape': style.arrow,
        'arrow-scale': 1.1,
        color: STANCE_TEXT_COLORS[stance as Stance],
        'font-weight': 600,
      },
    });
  }
  rules.push({ selector: `edge.${CROWDED_EDGE_CLASS}`, style: { label: '' } });
  // While the timeline plays (GraphCanvas): a class, so that going plain and back restyles the edges
  // alone, not every node's name as a new stylesheet would.
  rules.push({
    selector: `edge.${PLAIN_EDGE_CLASS}`,
    style: { label: '', 'curve-style': 'haystack', 'haystack-radius': 0 },
  });
  return rules;
}

/** The lines of edgeRules without labels or arrows (haystack edges draw none), solid being the default line style. */
function plainEdgeRules(solidStances: boolean): StylesheetJson {
  const rules: StylesheetJson = [
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1.5, 'line-color': RELATION_COLOR },
    },
    { selector: 'edge.relation', style: { opacity: 0.85 } },
  ];
  for (const [stance, style] of Object.entries(STANCE_STYLES)) {
    const patterned = !solidStances && style.lineStyle !== 'solid';
    rules.push({
      selector: `edge.stance-${stance}`,
      style: {
        width: 3,
        'line-color': style.color,
        ...(patterned ? { 'line-style': style.lineStyle } : {}),
        ...(patterned && style.lineStyle === 'dashed' ? { 'line-dash-pattern': style.dash } : {}),
      },
    });
  }
  return rules;
}
