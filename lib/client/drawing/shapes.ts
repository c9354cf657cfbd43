/**
 * Outlines of the node shapes, for the HTML legend (SVG) and the PNG export (canvas),
 * so both match what Cytoscape draws. Rounded Cytoscape shapes are drawn with plain corners here;
 * at legend size the difference does not show.
 */
import type { NodeShape } from './styles';

export type Point = [number, number];

function regular(sides: number, cx: number, cy: number, r: number, rotation: number): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

/** Polygon corners, or null for an ellipse. */
export function shapePoints(shape: NodeShape, cx: number, cy: number, r: number): Point[] | null {
  switch (shape) {
    case 'ellipse':
      return null;
    case 'hexagon':
      return regular(6, cx, cy, r, 0);
    case 'round-triangle':
      return regular(3, cx, cy + r * 0.2, r * 1.1, -Math.PI / 2);
    case 'round-diamond':
      return regular(4, cx, cy, r, -Math.PI / 2);
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.1 : r * 0.45;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)] as Point;
      });
    case 'tag':
      return [
        [cx - r, cy - r * 0.7],
        [cx + r * 0.4, cy - r * 0.7],
        [cx + r, cy],
        [cx + r * 0.4, cy + r * 0.7],
        [cx - r, cy + r * 0.7],
      ];
    case 'round-rectangle':
    case 'rectangle':
      return [
        [cx - r, cy - r * 0.75],
        [cx + r, cy - r * 0.75],
        [cx + r, cy + r * 0.75],
        [cx - r, cy + r * 0.75],
      ];
  }
}

export function svgPoints(points: Point[]): string {
  return points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}
