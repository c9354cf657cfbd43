/**
 * What GraphCanvas asks of a drawn Cytoscape instance: where a node without a computed position goes,
 * an element's box on screen, and the bends that keep relations' names off the nodes
 * (label-room.ts decides them; they are measured and applied here).
 */
import type { Core, EdgeSingular, ElementDefinition, Position } from 'cytoscape';
import type { Box } from './fit';
import { labelBends } from './label-room';

/** A new node without a computed position goes next to a drawn neighbour rather than to the origin. */
export function fallbackPosition(cy: Core, def: ElementDefinition, elements: ElementDefinition[]): Position {
  const id = def.data.id;
  for (const edge of elements) {
    if (edge.group !== 'edges') continue;
    const other = edge.data.source === id ? edge.data.target : edge.data.target === id ? edge.data.source : null;
    if (!other) continue;
    const node = cy.getElementById(other);
    if (node.nonempty()) return { x: node.position('x') + 60, y: node.position('y') + 60 };
  }
  return { x: 0, y: 0 };
}

/** The element's box in rendered pixels: a node with its label, an edge around its middle. */
export function renderedBox(cy: Core, id: string): Box | null {
  const ele = cy.getElementById(id);
  if (ele.empty()) return null;
  if (ele.group() === 'edges') {
    const mid = (ele as unknown as EdgeSingular).renderedMidpoint();
    return { x1: mid.x - 24, y1: mid.y - 24, w: 48, h: 48 };
  }
  const box = ele.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
  return { x1: box.x1, y1: box.y1, w: box.w, h: box.h };
}

const middle = (box: Box) => ({ x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 });

const BENT = ['curve-style', 'control-point-distances', 'control-point-weights'];

/** Bends the relations whose names would otherwise be drawn on a node (lib/client/drawing/label-room). */
export function makeRoomForLabels(cy: Core) {
  const relations = cy.edges('.relation');
  if (relations.empty()) return;
  cy.batch(() => relations.removeStyle(BENT.join(' ')));
  const bends = labelBends(
    // A node's body and its name apart: one box around both would claim the empty corner between them.
    cy
      .nodes()
      .map((node) => [
        { box: node.boundingBox({ includeLabels: false, includeOverlays: false }) },
        { box: node.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) },
      ])
      .flat(),
    relations
      .map((edge) => {
        const label = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return {
          id: edge.id(),
          source: edge.source().position(),
          target: edge.target().position(),
          label: { w: label.w, h: label.h },
        };
      })
      .filter((edge) => edge.label.w > 0),
    middle(cy.nodes().boundingBox({ includeLabels: false })),
  );
  cy.batch(() => {
    for (const [id, distance] of bends) {
      cy.getElementById(id).style({
        'curve-style': 'unbundled-bezier',
        'control-point-distances': distance,
        'control-point-weights': 0.5,
      });
    }
  });
}
