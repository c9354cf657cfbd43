/**
 * What the force layout reads of a graph, apart from the layout itself (lib/client/drawing/force-layout.ts):
 * a page imports this to post a graph to the layout worker without shipping fcose on its first load.
 */

/** What the layout reads of a graph: ids, node types and edge ends (small to send to a worker). */
export interface LayoutGraph {
  nodes: { id: string; type: string }[];
  edges: { id: string; source: string; target: string }[];
}

/** The graph without labels and evidence, so posting it to the layout worker copies little. */
export function layoutGraph(graph: LayoutGraph): LayoutGraph {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, type: n.type })),
    edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}
