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
 * The part of a canvas a person can see, relative to the canvas: its box within the window, less the
 * part of it an overlay (the detail panel on a narrow screen) covers from the right. Null when none shows.
 */
type Rect = Pick<DOMRectReadOnly, 'left' | 'right' | 'top' | 'bottom'>;

export function visibleArea(
  canvas: Rect,
  windowSize: { width: number; height: number },
  cover?: Rect | null,
): Box | null {
  let left = Math.max(canvas.left, 0);
  let right = Math.min(canvas.right, windowSize.width);
  const top = Math.max(canvas.top, 0);
  const bottom = Math.min(canvas.bottom, windowSize.height);
  if (cover && cover.left < right && cover.right > left && cover.top < bottom && cover.bottom > top) {
    if (cover.left > left) right = Math.min(right, cover.left);
    else left = Math.max(left, cover.right);
  }
  if (right - left < 1 || bottom - top < 1) return null;
  return { x1: left - canvas.left, y1: top - canvas.top, w: right - left, h: bottom - top };
}
