/**
 * Room for relation labels. A relation's name is drawn level at the middle of its edge; where that
 * would put it on a node (an edge too short for its name, or one running past a third actor stacked
 * between its two ends) the edge is bent just enough for its middle, and so its name, to clear every
 * node and name. Pure; GraphCanvas measures the boxes and draws the bends.
 */
import type { Box } from './fit';

/** Something a label must not cover (a node's body, a node's name), in graph units. */
export interface Obstacle {
  box: Box;
}

export interface RoomEdge {
  id: string;
  source: { x: number; y: number };
  target: { x: number; y: number };
  /** The label's size with its background, in graph units. */
  label: { w: number; h: number };
}

/** Space kept between a label and any node, in graph units. */
const CLEARANCE = 3;
const STEP = 4;
const MAX_SHIFT = 120;

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x1 + b.w && b.x1 < a.x1 + a.w && a.y1 < b.y1 + b.h && b.y1 < a.y1 + a.h;
}

/** The smallest shift to one side (sign ±1) at which the label is clear, or null. */
function firstClear(sign: number, clearAt: (shift: number) => boolean): number | null {
  for (let shift = STEP; shift <= MAX_SHIFT; shift += STEP) if (clearAt(sign * shift)) return sign * shift;
  return null;
}

/**
 * For each edge whose label would cover a node, the control-point distance (Cytoscape's
 * `control-point-distances` of an unbundled bezier, perpendicular to source → target, positive to
 * the right of it as drawn) that moves the label clear; edges not listed stay straight. A bezier's middle lies
 * half way to its control point, so a label shifted by s needs a bend of 2s. Bends go `toward` the
 * middle of the graph when they can, so they stay inside the drawing rather than widen it.
 * An edge no bend can clear within MAX_SHIFT stays straight.
 */
export function labelBends(
  obstacles: Obstacle[],
  edges: RoomEdge[],
  toward: { x: number; y: number },
): Map<string, number> {
  const bends = new Map<string, number>();
  for (const edge of edges) {
    const dx = edge.target.x - edge.source.x;
    const dy = edge.target.y - edge.source.y;
    const length = Math.hypot(dx, dy);
    if (length === 0) continue;
    const normal = { x: -dy / length, y: dx / length };
    const mid = { x: (edge.source.x + edge.target.x) / 2, y: (edge.source.y + edge.target.y) / 2 };
    const w = edge.label.w + 2 * CLEARANCE;
    const h = edge.label.h + 2 * CLEARANCE;
    const clearAt = (shift: number) => {
      const box = { x1: mid.x + normal.x * shift - w / 2, y1: mid.y + normal.y * shift - h / 2, w, h };
      return !obstacles.some((obstacle) => overlaps(box, obstacle.box));
    };
    if (clearAt(0)) continue;
    const inward = normal.x * (toward.x - mid.x) + normal.y * (toward.y - mid.y) >= 0 ? 1 : -1;
    const shift = firstClear(inward, clearAt) ?? firstClear(-inward, clearAt);
    if (shift !== null) bends.set(edge.id, 2 * shift);
  }
  return bends;
}
