/**
 * /api/graph sends each cited source once (GraphAnswer, lib/types.ts); what draws and shows a graph
 * reads every quote with its whole source (GraphResponse). The one place that turns the first into the
 * second: graphQuery's `select`, so the query cache and the page's prefetched copy keep the compact
 * answer as it came.
 */
import type { CitedEvidence, Evidence, GraphAnswer, GraphResponse, SourceRef } from '@/lib/types';

/** A source named by an answer's quote but not listed in it: shown as unknown rather than dropped. */
function unlisted(id: string): SourceRef {
  return { id, title: id, publisher: '', url: null, date: null };
}

export function hydrateGraph(answer: GraphAnswer): GraphResponse {
  const sources = new Map(answer.sources.map((source) => [source.id, source]));
  const withSource = ({ quote, kind, sourceId, truncated }: CitedEvidence): Evidence => ({
    quote,
    kind,
    source: sources.get(sourceId) ?? unlisted(sourceId),
    ...(truncated ? { truncated } : {}),
  });
  return {
    nodes: answer.nodes,
    edges: answer.edges.map((edge) => ({ ...edge, evidence: edge.evidence.map(withSource) })),
    truncated: answer.truncated,
    limits: answer.limits,
  };
}
