/**
 * The force layout (fcose), computed on a headless Cytoscape so the drawn instance only ever receives
 * final positions. It starts from the camps layout without randomising, so the result is repeatable
 * and the camps stay roughly where a reader last saw them.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutGraph } from './layout-graph';
import type { Positions } from './layout';

export { layoutGraph, type LayoutGraph } from './layout-graph';

let registered = false;

function ensureFcose() {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** Code-unit order, the same in the page, its worker and Node (localeCompare need not be). */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function forceLayout(graph: LayoutGraph, initial: Positions): Positions {
  ensureFcose();
  // fcose's result depends on the order elements are added; the same graph read back in another
  // order (Neo4j promises none) must be drawn the same.
  const nodes = [...graph.nodes].sort(byId);
  const edges = [...graph.edges].sort(byId);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 40, height: 40 } },
      { selector: 'node[type = "event"]', style: { width: 150, height: 56 } },
    ],
    elements: [
      ...nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, type: n.type },
        // A copy: Cytoscape moves the object it is given, and the caller's start must stay as it was.
        position: { ...(initial[n.id] ?? { x: 0, y: 0 }) },
      })),
      ...edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  try {
    cy.layout({
      name: 'fcose',
      randomize: false,
      animate: false,
      fit: false,
      quality: 'proof',
      // Strong repulsion because labels sit under nodes; strong, far-reaching gravity so a small separate
      // group (Germany and its minister) stays near the rest instead of being packed off to a corner.
      idealEdgeLength: () => 170,
      nodeRepulsion: () => 200_000,
      gravity: 0.5,
      gravityRange: 1.5,
      packComponents: false,
    } as cytoscape.LayoutOptions).run();
    const positions: Positions = {};
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      positions[node.id()] = { x: Math.round(x), y: Math.round(y) };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
