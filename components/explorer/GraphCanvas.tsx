'use client';

import cytoscape, { type Core, type ElementDefinition, type Position } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Positions } from '@/lib/client/drawing/layout';
import {
  addNodesThenEdges,
  fitView,
  graphCanvasOptions,
  rendererProfile,
  type RendererChoice,
} from '@/lib/client/drawing/renderer-choice';
import { exposeCy, releaseCy } from '@/lib/client/drawing/test-hooks';

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
  ref?: Ref<GraphCanvasHandle>;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** A new node without a computed position goes next to a drawn neighbour rather than to the origin. */
function fallbackPosition(cy: Core, def: ElementDefinition, elements: ElementDefinition[]): Position {
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
  ref,
}: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const appliedLayoutKey = useRef<string | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const ownerRef = useRef(owner);
  // The renderer and its viewport options are fixed when an instance is made: a new profile (crossing
  // the large-view threshold, or WebGL turning out to be available) makes a new instance.
  const profile = rendererProfile(renderer);
  const rendererRef = useRef(renderer);
  rendererRef.current = renderer;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({ container, ...graphCanvasOptions(rendererRef.current) });
    cyRef.current = cy;
    exposeCy(cy, ownerRef.current);

    cy.on('tap', 'node, edge', (event) => onSelectRef.current(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node, edge', (event) => {
      event.target.addClass('is-hovered');
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node, edge', (event) => {
      event.target.removeClass('is-hovered');
      container.style.cursor = '';
    });

    // The canvas is hidden in table view and changes size with the panel: keep Cytoscape's viewport in step.
    let wasHidden = container.clientWidth === 0;
    const observer = new ResizeObserver(() => {
      cy.resize();
      const hidden = container.clientWidth === 0;
      if (wasHidden && !hidden) fitView(cy, rendererRef.current.large);
      wasHidden = hidden;
    });
    observer.observe(container);

    return () => {
      observer.disconnect();
      releaseCy(cy);
      cy.destroy();
      cyRef.current = null;
      appliedLayoutKey.current = null;
    };
  }, [profile]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const relayout = appliedLayoutKey.current !== layoutKey;
    const firstDraw = cy.nodes().empty();
    const wanted = new Map(elements.map((def) => [String(def.data.id), def]));

    const added: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((ele) => {
          const def = wanted.get(ele.id());
          if (!def) return true;
          // Cytoscape cannot re-point an edge: a changed end means remove and add again.
          return ele.isEdge() && (ele.data('source') !== def.data.source || ele.data('target') !== def.data.target);
        })
        .remove();

      for (const def of elements) {
        const existing = cy.getElementById(String(def.data.id));
        if (existing.empty()) {
          added.push(def);
          continue;
        }
        if (!sameData(existing.data(), def.data)) existing.data(def.data);
        const classes = typeof def.classes === 'string' ? def.classes : (def.classes ?? []).join(' ');
        if (existing.classes().join(' ') !== classes) existing.classes(classes);
      }
    });
    addNodesThenEdges(
      cy,
      added
        .filter((def) => def.group === 'nodes')
        .map((def) => ({
          ...def,
          position: { ...(positions[String(def.data.id)] ?? fallbackPosition(cy, def, elements)) },
        })),
      added.filter((def) => def.group === 'edges'),
    );

    if (relayout) {
      appliedLayoutKey.current = layoutKey;
      const animate = !firstDraw && !prefersReducedMotion();
      const moved = cy.nodes().filter((node) => positions[node.id()] !== undefined);
      if (animate) {
        moved
          .layout({
            name: 'preset',
            positions: (node: cytoscape.NodeSingular) => positions[node.id()],
            animate: true,
            animationDuration: 350,
            fit: true,
            padding: 48,
          } as cytoscape.LayoutOptions)
          .run();
      } else {
        cy.batch(() => moved.forEach((node) => void node.position({ ...positions[node.id()] })));
        fitView(cy, rendererRef.current.large);
      }
    } else if (firstDraw) {
      fitView(cy, rendererRef.current.large);
    }
    if (containerRef.current) containerRef.current.dataset.drawnKey = drawKey;
  }, [elements, positions, layoutKey, drawKey, profile]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.is-selected').removeClass('is-selected');
      if (selectedId) cy.getElementById(selectedId).addClass('is-selected');
    });
  }, [selectedId, elements, profile]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        const cy = cyRef.current;
        if (cy) fitView(cy, rendererRef.current.large);
      },
      zoomBy: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
        cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      png: async () => {
        const cy = cyRef.current;
        if (!cy || cy.elements().empty()) return null;
        return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#FFFFFF' });
      },
    }),
    [],
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
    </div>
  );
}
