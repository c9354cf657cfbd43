'use client';

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import { clusterColor, clusterLabel, clusterLayout } from '@/lib/client/drawing/clusters';
import { exposeCy, releaseCy } from '@/lib/client/drawing/test-hooks';
import { plural } from '@/lib/client/format';
import type { CongruenceEdge, CongruenceNode } from '@/lib/types';
import styles from './answer-chart.module.css';

interface Props {
  nodes: CongruenceNode[];
  edges: CongruenceEdge[];
  /** Identifies the answer drawn; written to the DOM after the draw so tests can wait on it. */
  drawKey: string;
  selectedId: string | null;
  onSelect(id: string | null): void;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 22,
      height: 22,
      'border-width': 1.5,
      'border-color': '#1F2937',
      label: 'data(label)',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge',
    style: {
      // Stronger links are wider and darker: the weight reads without colour.
      width: 'mapData(weight, 0, 1, 0.5, 6)' as never,
      'line-color': '#4B5563',
      opacity: 'mapData(weight, 0, 1, 0.15, 0.7)' as never,
      'curve-style': 'haystack',
    },
  },
  { selector: 'node.selected', style: { 'border-width': 4, 'border-color': '#111827' } },
];

function elementsOf(nodes: CongruenceNode[], edges: CongruenceEdge[]): ElementDefinition[] {
  return [
    ...nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: clusterLabel(n), color: clusterColor(n.cluster), shape: KIND_STYLES[n.kind].shape },
    })),
    ...edges.map((e) => ({
      group: 'edges' as const,
      data: { id: `${e.source}~${e.target}`, source: e.source, target: e.target, weight: e.weight },
    })),
  ];
}

/**
 * The congruence (or conflict) network: actors coloured by cluster, each cluster a ring, links as
 * wide as they are strong. Its own Cytoscape instance, made on mount and destroyed on unmount; a new
 * answer replaces the elements. A click on an actor opens its panel.
 */
export function CongruenceNetwork({ nodes, edges, drawKey, selectedId, onSelect }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 3,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    return () => {
      releaseCy(cy);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const positions = clusterLayout(nodes);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(
        elementsOf(nodes, edges).map((e) => (e.group === 'nodes' ? { ...e, position: positions[e.data.id!] } : e)),
      );
    });
    cy.fit(undefined, 30);
    exposeCy(cy, 'congruence');
    container.dataset.drawnKey = drawKey;
  }, [nodes, edges, drawKey]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('.selected').removeClass('selected');
      if (selectedId) cy.getElementById(selectedId).addClass('selected');
    });
  }, [selectedId, drawKey]);

  const clusters = new Set(nodes.map((n) => n.cluster)).size;
  return (
    <div
      ref={containerRef}
      className={styles.canvas}
      role="img"
      aria-label={`Network of ${plural(nodes.length, 'actor')} in ${plural(clusters, 'cluster')}, ${plural(edges.length, 'link')}. The table below lists each cluster's members.`}
      data-testid="congruence-network"
      data-nodes={nodes.length}
      data-edges={edges.length}
      data-clusters={clusters}
    />
  );
}
