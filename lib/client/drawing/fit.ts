/**
 * Where the viewport goes: the fit of a whole view (bounded so names stay legible) and the smallest pan
 * that brings an element into the visible part of the canvas. Pure, so the rules are unit-tested;
 * GraphCanvas applies them to Cytoscape.
 */

/** A box in graph units (a bounding box) or in rendered pixels relative to the canvas. */
export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface FitBounds {
  /** Cytoscape's own bounds. */
  minZoom: number;
  maxZoom: number;
  /**
   * The zoom below which names would be drawn too small to read; the fit never goes below it, showing
   * the middle of a view too wide to fit legibly (zoom out or pan for the rest). Null: no such bound.
   */
  legibleZoom: number | null;
}

/** A small graph is not blown up past this. */
export const MAX_FIT_ZOOM = 1.3;

/** Room around a fitted view: 48 px on a desktop canvas, less on a small one, where every pixel counts. */
export function fitPadding(width: number, height: number): number {
  return Math.round(Math.min(48, Math.max(12, Math.min(width, height) * 0.06)));
}

/** The viewport that shows `box` centred in a canvas of `width` × `height` pixels. */
export function fitViewport(box: Box, width: number, height: number, bounds: FitBounds): Viewport {
  const padding = fitPadding(width, height);
  const whole = Math.min((width - 2 * padding) / Math.max(box.w, 1), (height - 2 * padding) / Math.max(box.h, 1));
  let zoom = Math.min(whole, MAX_FIT_ZOOM);
  if (bounds.legibleZoom !== null) zoom = Math.max(zoom, bounds.legibleZoom);
  zoom = Math.min(bounds.maxZoom, Math.max(bounds.minZoom, zoom));
  return {
    zoom,
    pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) },
  };
}

/**
 * The pan (in pixels) that brings `target` (rendered pixels) inside `area` with `margin` to spare,
 * moving as little as possible; a target larger than the area is centred in it. {0, 0} when it is in view.
 */
export function panToReveal(target: Box, area: Box, margin = 16): { x: number; y: number } {
  const axis = (start: number, size: number, areaStart: number, areaSize: number) => {
    if (size + 2 * margin > areaSize) return areaStart + areaSize / 2 - (start + size / 2);
    if (start < areaStart + margin) return areaStart + margin - start;
    if (start + size > areaStart + areaSize - margin) return areaStart + areaSize - margin - (start + size);
    return 0;
  };
  return { x: axis(target.x1, target.w, area.x1, area.w), y: axis(target.y1, target.h, area.y1, area.h) };
}

/**
 * The part of a canvas not under an overlay (the detail panel lying over it on a narrow screen), relative
 * to the canvas; null when none is left. Scrolling is not taken into account: a selection made in the
 * table below the graph is in sight once the reader scrolls back up.
 */
type Rect = Pick<DOMRectReadOnly, 'left' | 'right' | 'top' | 'bottom'>;

export function visibleArea(canvas: Rect, cover?: Rect | null): Box | null {
  let left = canvas.left;
  let right = canvas.right;
  if (cover && cover.left < right && cover.right > left && cover.top < canvas.bottom && cover.bottom > canvas.top) {
    if (cover.left > left) right = Math.min(right, cover.left);
    else left = Math.max(left, cover.right);
  }
  if (right - left < 1 || canvas.bottom - canvas.top < 1) return null;
  return { x1: left - canvas.left, y1: 0, w: right - left, h: canvas.bottom - canvas.top };
}
