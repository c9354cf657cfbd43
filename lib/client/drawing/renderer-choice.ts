/**
 * Which Cytoscape renderer draws a view, and with which options. Pure, so the decision is unit-tested
 * and the render bench (bench/render.ts) measures exactly what the app would do.
 *
 * Measured on the 2-core CI machine (headless Chromium, WebGL through SwiftShader, bench/render.ts):
 * software WebGL draws 2 to 3 times slower than the canvas renderer at every size, so WebGL is only
 * chosen when the browser's WebGL is hardware-backed.
 */
import type { Core, CytoscapeOptions, ElementDefinition } from 'cytoscape';
import { fitViewport } from './fit';
import { LABEL_FONT_SIZE, LEGIBLE_FONT_PX, cytoscapeStylesheet } from './styles';

const RENDERERS = ['canvas', 'webgl'] as const;
type RendererName = (typeof RENDERERS)[number];
/** `?renderer=` in the URL: 'auto' (absent) lets the app choose. */
export type RendererPreference = RendererName | 'auto';

/**
 * Above this many elements (nodes + edges) a view is large: the canvas renderer switches on its
 * viewport shortcuts and a lighter edge style, hardware WebGL takes over, and the page says how to
 * narrow the view. First paint with the app's style on the 2-core machine (bench/render.ts, canvas):
 * 0.5 s for 500 elements, 1.0 s for 2,500 (the API's 500-node / 2,000-edge cap), 1.3 s for 5,000,
 * 4.6 s for 25,000. So an explorer view near the API's cap already counts as large: it is where
 * panning starts to lag and where a reader is better served by a narrower view.
 */
export const LARGE_VIEW_ELEMENTS = 2000;

/**
 * Above this many elements a view is drawn so far out (nodes a few pixels wide) that dashed and dotted
 * edges look solid anyway, and dashing tens of thousands of canvas lines is a large share of first
 * paint (bench/render.ts). Such views draw every stance as a solid line; colour still tells
 * them apart, and the notice says so. Only the query page can show them: the API caps explorer views
 * at 2,500 elements.
 */
export const DENSE_VIEW_ELEMENTS = 10_000;

export interface WebglSupport {
  /** A WebGL 2 context could be made (Cytoscape's WebGL mode needs WebGL 2). */
  available: boolean;
  /** UNMASKED_RENDERER_WEBGL, or RENDERER when the debug extension is hidden; null when unknown. */
  renderer: string | null;
}

export interface RendererChoice {
  renderer: RendererName;
  /** More than LARGE_VIEW_ELEMENTS elements. */
  large: boolean;
  /** More than DENSE_VIEW_ELEMENTS elements: stances drawn as solid lines. */
  dense: boolean;
  /** Why, in words a person can read in the large-view notice. */
  reason: string;
}

const SOFTWARE_RASTERISERS = /swiftshader|llvmpipe|softpipe|software|lavapipe|microsoft basic render/i;

export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE_RASTERISERS.test(renderer);
}

export function parseRendererPreference(value: string | null | undefined): RendererPreference {
  const v = value?.trim().toLowerCase();
  return (RENDERERS as readonly string[]).includes(v ?? '') ? (v as RendererName) : 'auto';
}

export function chooseRenderer(
  elements: number,
  webgl: WebglSupport,
  preference: RendererPreference = 'auto',
  threshold = LARGE_VIEW_ELEMENTS,
): RendererChoice {
  return {
    ...chooseRendererFor(elements, webgl, preference, threshold),
    dense: elements > Math.max(threshold, DENSE_VIEW_ELEMENTS),
  };
}

function chooseRendererFor(
  elements: number,
  webgl: WebglSupport,
  preference: RendererPreference,
  threshold: number,
): Omit<RendererChoice, 'dense'> {
  const large = elements > threshold;
  if (preference === 'canvas') return { renderer: 'canvas', large, reason: 'canvas asked for in the link' };
  if (preference === 'webgl') {
    return webgl.available
      ? { renderer: 'webgl', large, reason: 'WebGL asked for in the link' }
      : { renderer: 'canvas', large, reason: 'WebGL was asked for, but this browser has none' };
  }
  if (!large) return { renderer: 'canvas', large, reason: `at most ${threshold.toLocaleString('en-US')} elements` };
  if (!webgl.available) return { renderer: 'canvas', large, reason: 'this browser has no WebGL' };
  if (isSoftwareRenderer(webgl.renderer)) {
    return { renderer: 'canvas', large, reason: 'WebGL here is software-rendered, slower than canvas' };
  }
  if (webgl.renderer === null) return { renderer: 'canvas', large, reason: 'WebGL here may be software-rendered' };
  return { renderer: 'webgl', large, reason: 'hardware WebGL' };
}

/** A new Cytoscape instance is made only when this changes: the renderer and its options are fixed at creation. */
export function rendererProfile(choice: RendererChoice): string {
  return `${choice.renderer}${choice.dense ? '-dense' : choice.large ? '-large' : ''}`;
}

/** The renderer options of a Cytoscape instance for a choice (GraphCanvas and the bench share them). */
export function rendererOptions(choice: RendererChoice): Partial<CytoscapeOptions> {
  if (choice.renderer === 'webgl') {
    return { renderer: { name: 'canvas', webgl: true } } as Partial<CytoscapeOptions>;
  }
  // While panning or zooming a large view, move a snapshot and leave edges out; redraw when it stops.
  return { textureOnViewport: choice.large, hideEdgesOnViewport: choice.large };
}

/**
 * Everything GraphCanvas gives a new Cytoscape instance but its container and elements.
 *
 * Large views trade the edge verbs and arrows for speed: haystack edges without labels draw a
 * large view markedly faster than bezier edges with labels (bench/render.ts). Stances keep their
 * colour and their line style (solid, dashed, dotted). Their edge rules name only the line's
 * properties instead of blanking the label and arrow ones on top of the full rules: the same pixels,
 * and Cytoscape applies every property a rule names to every edge.
 */
export function graphCanvasOptions(choice: RendererChoice): CytoscapeOptions {
  return {
    ...rendererOptions(choice),
    style: cytoscapeStylesheet({ plainEdges: choice.large, solidStances: choice.dense }),
    minZoom: 0.2,
    maxZoom: 3,
    // Selection is ours (the URL's), shown with a class; Cytoscape's own would fight it.
    autounselectify: true,
    boxSelectionEnabled: false,
  };
}

/**
 * Adds new nodes, then new edges (GraphCanvas and the bench share it). Cytoscape styles an element
 * when it is first measured, and each style property set on a node also visits every edge of that
 * node: measuring the new nodes before their edges are attached styles them with none to visit.
 */
export function addNodesThenEdges(cy: Core, nodes: ElementDefinition[], edges: ElementDefinition[]) {
  let added = cy.collection();
  cy.batch(() => {
    added = cy.add(nodes);
  });
  if (edges.length === 0) return;
  if (added.nonempty()) added.boundingBox({ includeLabels: false, includeOverlays: false });
  cy.batch(() => {
    cy.add(edges);
  });
}

/** Names are drawn at least LEGIBLE_FONT_PX pixels high by a fit (lib/client/drawing/fit.ts). */
export const LEGIBLE_ZOOM = LEGIBLE_FONT_PX / LABEL_FONT_SIZE.node;

/**
 * The whole view in sight, but a small graph is not blown up past a readable size, and a view too
 * wide to fit with legible names is shown from its middle at the smallest legible zoom instead
 * (large views excepted: they are an overview, drawn without most labels anyway; and `whole`, the
 * reader's own Fit, which frames everything even if names get too small to draw).
 */
export function fitView(
  cy: Core,
  large = false,
  animation?: { duration: number; complete?: () => void },
  whole = false,
) {
  if (cy.elements().empty() || cy.width() === 0 || cy.height() === 0) return;
  // cy.elements().boundingBox() measures every label and edge, which takes seconds on a large view: frame the node bodies.
  const box = large
    ? cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false })
    : cy.elements().boundingBox({ includeOverlays: false });
  const target = fitViewport(box, cy.width(), cy.height(), {
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
    legibleZoom: large || whole ? null : LEGIBLE_ZOOM,
  });
  cy.stop(true, false);
  if (animation) cy.animate({ zoom: target.zoom, pan: target.pan }, animation);
  else cy.viewport(target);
}

let probed: WebglSupport | null = null;

/** What this browser's WebGL is, asked once per page (making a context is not free). */
export function probeWebgl(): WebglSupport {
  if (probed) return probed;
  if (typeof document === 'undefined') return { available: false, renderer: null };
  let support: WebglSupport = { available: false, renderer: null };
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
      support = { available: true, renderer: typeof renderer === 'string' && renderer !== '' ? renderer : null };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // A browser that refuses WebGL (policy, blocklisted driver) draws with canvas.
  }
  probed = support;
  return support;
}
