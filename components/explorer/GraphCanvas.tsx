'use client';

import type cytoscapeFunction from 'cytoscape';
import type { CollectionReturnValue, Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { elementChanges } from '@/lib/client/drawing/element-changes';
import { panToReveal, visibleArea } from '@/lib/client/drawing/fit';
import { fallbackPosition, makeRoomForLabels, renderedBox } from '@/lib/client/drawing/cy-measures';
import { PLAIN_EDGE_CLASS } from '@/lib/client/drawing/styles';
import type { Positions } from '@/lib/client/drawing/layout';
import { edgeTooltip, nodeTooltip } from '@/lib/client/drawing/tooltip';
import {
  addNodesThenEdges,
  fitView,
  graphCanvasOptions,
  rendererProfile,
  type RendererChoice,
} from '@/lib/client/drawing/renderer-choice';
import { exposeCy, releaseCy } from '@/lib/client/drawing/test-hooks';
import { GraphSketch } from './GraphSketch';

export interface GraphCanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  /** The drawn graph as a PNG, or null before the first draw. */
  png(): Promise<Blob | null>;
}

interface Props {
  elements: ElementDefinition[];
  positions: Positions;
  /** Changes when the layout's input changes (event, focus, depth, layout name): only then do nodes move. */
  layoutKey: string;
  /** Identifies the data being drawn; written to the DOM after each draw so tests can wait on it. */
  drawKey: string;
  selectedId: string | null;
  onSelect(id: string | null): void;
  label: string;
  /** Which page draws here ('explorer', 'query'); the test build names it beside window.__cy. */
  owner: string;
  /** Canvas or WebGL, and whether the view is large (lib/client/drawing/renderer-choice). */
  renderer: RendererChoice;
  /** A change (the page's graph / table / both view) fits the graph again, whatever the reader had zoomed to. */
  fitKey?: string;
  /** What may lie over the canvas (the detail panel on a narrow screen): the selection is kept clear of it. */
  coveredBy?: () => Element | null;
  /**
   * While the timeline plays: edges drawn plain, as in a large view (no verbs, no arrows), and each
   * view drawn a frame after the page's, so each step draws less at a time.
   */
  plain?: boolean;
  ref?: Ref<GraphCanvasHandle>;
}

type Cytoscape = typeof cytoscapeFunction;

/** Edges turned plain, or given back their verbs and arrows, per frame as Play starts and ends. */
const EDGES_RESTYLED_PER_FRAME = 30;

let cytoscapeLoad: Promise<Cytoscape> | null = null;

/**
 * Cytoscape (over 400 KiB) is not in the page's first load: the page hydrates, and shows its table,
 * while it downloads. Asked for as soon as this module runs in the browser, not when a canvas mounts.
 */
function loadCytoscape(): Promise<Cytoscape> {
  cytoscapeLoad ??= import('cytoscape').then(
    (module) => module.default,
    (error: unknown) => {
      // A failed download is tried again by the next canvas, not remembered.
      cytoscapeLoad = null;
      throw error;
    },
  );
  return cytoscapeLoad;
}

if (typeof window !== 'undefined') void loadCytoscape().catch(() => {});

/** An element definition's classes with Play's plain edges' class added. */
function withPlain(classes: ElementDefinition['classes']): string[] {
  const list = Array.isArray(classes)
    ? classes
    : String(classes ?? '')
        .split(/\s+/)
        .filter(Boolean);
  return [...list, PLAIN_EDGE_CLASS];
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Owns the one Cytoscape instance. It lives in a ref, never in React state; updates diff elements by id
 * inside cy.batch() so unchanged nodes keep their place (and whatever a reader dragged them to).
 */
export function GraphCanvas({
  elements,
  positions,
  layoutKey,
  drawKey,
  selectedId,
  onSelect,
  label,
  owner,
  renderer,
  fitKey,
  coveredBy,
  plain,
  ref,
}: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const appliedLayoutKey = useRef<string | null>(null);
  // The definitions last given to Cytoscape, by id: the next view is diffed against them.
  const drawnRef = useRef<Map<string, ElementDefinition>>(new Map());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const coveredByRef = useRef(coveredBy);
  coveredByRef.current = coveredBy;
  // Until the reader pans or zooms, the view is the fit, and a new canvas size fits it again.
  const userMoved = useRef(false);
  // After the reader's own Fit (the whole view), a new canvas size frames the whole view again.
  const wholeFit = useRef(false);
  const ownerRef = useRef(owner);
  // The renderer and its viewport options are fixed when an instance is made: a new profile (crossing
  // the large-view threshold, or WebGL turning out to be available) makes a new instance.
  const profile = rendererProfile(renderer);
  const rendererRef = useRef(renderer);
  rendererRef.current = renderer;
  // Whether Play's plain edges are on: edges added meanwhile are drawn plain too.
  const playPlainRef = useRef(false);

  /** Pans (as little as it takes) so the selected node or edge lies in the part of the canvas a person sees. */
  const revealSelection = useCallback(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    const id = selectedRef.current;
    if (!cy || !container || !id) return;
    const target = renderedBox(cy, id);
    const area = visibleArea(container.getBoundingClientRect(), coveredByRef.current?.()?.getBoundingClientRect());
    if (!target || !area) return;
    const by = panToReveal(target, area);
    if (by.x !== 0 || by.y !== 0) cy.panBy(by);
  }, []);

  /** The fit, and the selection kept in sight; `animate` after nodes moved in an animation. */
  const refit = useCallback(
    (cy: Core, animate = false, whole = false) => {
      userMoved.current = false;
      wholeFit.current = whole;
      // Large views draw no labels.
      if (!rendererRef.current.large) makeRoomForLabels(cy);
      if (animate) fitView(cy, rendererRef.current.large, { duration: 250, complete: revealSelection }, whole);
      else {
        fitView(cy, rendererRef.current.large, undefined, whole);
        revealSelection();
      }
    },
    [revealSelection],
  );

  // Counts the instances made: the drawing effects run again once Cytoscape has loaded and one exists.
  const [instances, setInstances] = useState(0);
  // A view the canvas is mounted with (the server renders it into the page) is shown as SVG
  // (GraphSketch) until Cytoscape has painted it; one that comes later is left to Cytoscape alone.
  const [sketching, setSketching] = useState(() => elements.length > 0);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;

    /** Makes the instance into `container` and wires its events; returns what destroys it. */
    function mount(cytoscape: Cytoscape, container: HTMLDivElement): () => void {
      const cy = cytoscape({ container, ...graphCanvasOptions(rendererRef.current) });
      cyRef.current = cy;
      exposeCy(cy, ownerRef.current);

      cy.on('tap', 'node, edge', (event) => onSelectRef.current(event.target.id()));
      cy.on('tap', (event) => {
        if (event.target === cy) onSelectRef.current(null);
      });
      cy.on('dragpan pinchzoom scrollzoom', () => {
        userMoved.current = true;
      });
      cy.on('dragfree', 'node', () => {
        if (!rendererRef.current.large) makeRoomForLabels(cy);
      });

      const tooltip = tooltipRef.current;
      const hideTooltip = () => {
        if (tooltip) tooltip.hidden = true;
      };
      cy.on('mouseover', 'node, edge', (event) => {
        const ele = event.target as CollectionReturnValue;
        ele.addClass('is-hovered');
        container.style.cursor = 'pointer';
        if (!tooltip) return;
        const label = (id: string) => String(cy.getElementById(id).data('label') ?? id);
        const isNode = ele.group() === 'nodes';
        const tip = isNode
          ? nodeTooltip(ele.data())
          : edgeTooltip(ele.data(), label(ele.data('source')), label(ele.data('target')));
        const [title, detail] = tooltip.children as unknown as [HTMLElement, HTMLElement];
        title.textContent = tip.title;
        detail.textContent = tip.detail;
        // Above a node; at the pointer on an edge. Kept inside the canvas.
        const at = isNode
          ? { x: ele.renderedPosition().x, y: ele.renderedBoundingBox({ includeLabels: false }).y1 }
          : event.renderedPosition;
        tooltip.style.left = `${Math.min(Math.max(at.x, 8), container.clientWidth - 8)}px`;
        tooltip.style.top = `${Math.max(at.y - 6, 0)}px`;
        tooltip.dataset.for = ele.id();
        tooltip.hidden = false;
      });
      cy.on('mouseout', 'node, edge', (event) => {
        event.target.removeClass('is-hovered');
        container.style.cursor = '';
        hideTooltip();
      });
      cy.on('viewport remove', hideTooltip);

      // The canvas is hidden in table view, changes size with the panel and the view: keep Cytoscape's
      // viewport in step, fit again unless the reader has moved it, and keep the selection in sight.
      let last = { width: container.clientWidth, height: container.clientHeight };
      const observer = new ResizeObserver(() => {
        const now = { width: container.clientWidth, height: container.clientHeight };
        if (now.width === last.width && now.height === last.height) return;
        const wasHidden = last.width === 0 || last.height === 0;
        cy.resize();
        if (now.width > 0 && now.height > 0) {
          if (wasHidden || !userMoved.current) refit(cy, false, wholeFit.current);
          else {
            // What was in the middle stays there.
            cy.panBy({ x: (now.width - last.width) / 2, y: (now.height - last.height) / 2 });
            revealSelection();
          }
        }
        last = now;
      });
      observer.observe(container);

      return () => {
        observer.disconnect();
        releaseCy(cy);
        cy.destroy();
        cyRef.current = null;
        appliedLayoutKey.current = null;
        drawnRef.current = new Map();
      };
    }

    let live = true;
    let unmount = () => {};
    void loadCytoscape().then((cytoscape) => {
      if (!live) return;
      unmount = mount(cytoscape, container);
      setInstances((n) => n + 1);
    });
    return () => {
      live = false;
      unmount();
    };
  }, [profile, refit, revealSelection]);

  /** Applies a view to the instance: only what changed is removed, added or restyled (element-changes). */
  const draw = useCallback(
    (cy: Core, elements: ElementDefinition[], positions: Positions, layoutKey: string) => {
      const relayout = appliedLayoutKey.current !== layoutKey;
      const firstDraw = cy.nodes().empty();
      const changes = elementChanges(drawnRef.current, elements);
      drawnRef.current = new Map(elements.map((def) => [String(def.data.id), def]));
      cy.batch(() => {
        for (const id of changes.remove) cy.getElementById(id).remove();
        for (const { id, data, classes } of changes.update) {
          const ele = cy.getElementById(id);
          if (data) ele.data(data);
          // Setting classes drops the selection's and the pointer's: the selection is given back below.
          if (classes !== undefined) ele.classes(classes);
          if (classes !== undefined && playPlainRef.current && ele.isEdge()) ele.addClass(PLAIN_EDGE_CLASS);
        }
        cy.elements('.is-selected').removeClass('is-selected');
        if (selectedRef.current) cy.getElementById(selectedRef.current).addClass('is-selected');
      });
      const added = changes.add;
      addNodesThenEdges(
        cy,
        added
          .filter((def) => def.group === 'nodes')
          .map((def) => ({
            ...def,
            position: { ...(positions[String(def.data.id)] ?? fallbackPosition(cy, def, elements)) },
          })),
        added
          .filter((def) => def.group === 'edges')
          .map((def) => (playPlainRef.current ? { ...def, classes: withPlain(def.classes) } : def)),
      );
      if (selectedRef.current && added.some((def) => def.data.id === selectedRef.current)) {
        cy.getElementById(selectedRef.current).addClass('is-selected');
      }

      if (relayout) {
        appliedLayoutKey.current = layoutKey;
        const animate = !firstDraw && !prefersReducedMotion();
        const moved = cy.nodes().filter((node) => positions[node.id()] !== undefined);
        if (animate) {
          const layout = moved.layout({
            name: 'preset',
            positions: (node: NodeSingular) => positions[node.id()],
            animate: true,
            animationDuration: 350,
            fit: false,
          } as LayoutOptions);
          layout.one('layoutstop', () => {
            if (cyRef.current === cy) refit(cy, true);
          });
          layout.run();
        } else {
          cy.batch(() => moved.forEach((node) => void node.position({ ...positions[node.id()] })));
          refit(cy);
        }
      } else if (firstDraw) {
        refit(cy);
      }
    },
    [refit],
  );

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const apply = () => {
      draw(cy, elements, positions, layoutKey);
      if (containerRef.current) containerRef.current.dataset.drawnKey = drawKey;
    };
    if (!plain) {
      apply();
      return;
    }
    // While playing, the page lays out and paints a step's table rows in one frame and Cytoscape
    // draws the step in the next: the two in one frame took over 100 ms.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(apply, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [elements, positions, layoutKey, drawKey, instances, draw, plain]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!sketching || !cy || cy.nodes().empty()) return;
    // Cytoscape paints in its next animation frame: the sketch goes in the one after.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setSketching(false));
    });
    return () => cancelAnimationFrame(frame);
  }, [sketching, instances, elements]);

  // Large views draw plain edges by their stylesheet. Others wear a class while Play runs, put on and
  // taken off a share of the edges per frame: every edge restyled at once was one long frame.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || rendererRef.current.large) return;
    playPlainRef.current = Boolean(plain);
    let frame = 0;
    const restyle = () => {
      const left = cy.edges().filter((edge) => edge.hasClass(PLAIN_EDGE_CLASS) !== Boolean(plain));
      if (left.empty()) return;
      const some = left.slice(0, EDGES_RESTYLED_PER_FRAME);
      if (plain) some.addClass(PLAIN_EDGE_CLASS);
      else some.removeClass(PLAIN_EDGE_CLASS);
      frame = requestAnimationFrame(restyle);
    };
    restyle();
    return () => cancelAnimationFrame(frame);
  }, [plain, instances]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.is-selected').removeClass('is-selected');
      if (selectedId) cy.getElementById(selectedId).addClass('is-selected');
    });
  }, [selectedId, instances]);

  // A new selection (from the table, the search, a link in the panel) is brought into sight; the panel
  // it opens may narrow the canvas, which the resize observer handles.
  useEffect(() => {
    revealSelection();
  }, [selectedId, revealSelection]);

  const firstFitKey = useRef(fitKey);
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container || fitKey === firstFitKey.current) return;
    firstFitKey.current = fitKey;
    if (container.clientWidth === 0 || container.clientHeight === 0) return;
    cy.resize();
    refit(cy);
  }, [fitKey, refit]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        const cy = cyRef.current;
        if (cy) refit(cy, false, true);
      },
      zoomBy: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        userMoved.current = true;
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
        cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      png: async () => {
        const cy = cyRef.current;
        if (!cy || cy.elements().empty()) return null;
        return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#FFFFFF' });
      },
    }),
    [refit],
  );

  return (
    <div className="graph-canvas" role="img" aria-label={label}>
      <div
        ref={containerRef}
        className="graph-canvas__cy"
        data-testid="cy"
        data-owner={owner}
        data-renderer={renderer.renderer}
      />
      {sketching && !renderer.large && <GraphSketch elements={elements} positions={positions} />}
      {/* For pointer users; the panel and the table say the same to everyone. */}
      <div ref={tooltipRef} className="graph-tooltip" role="tooltip" data-testid="graph-tooltip" hidden>
        <strong className="graph-tooltip__title" />
        <span className="graph-tooltip__detail" />
      </div>
    </div>
  );
}
