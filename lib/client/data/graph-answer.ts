/**
 * /api/graph sends a lean GraphAnswer (lib/types.ts): stances and relations in two lists, ids left out
 * where an edge's ends make them, each source once. What draws and shows a graph reads a
 * GraphResponse: one list of edges, each with its id and type, every quote with its whole source.
 * The one place that turns the first into the second: graphQuery's `select`, so the query cache and
 * the page's prefetched copy keep the answer as it came.
 */
import { relationId, stanceId } from '@/lib/model/ids';
import type { CitedEvidence, Evidence, GraphAnswer, GraphEdge, GraphResponse, SourceRef } from '@/lib/types';

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
  const stances = answer.stances.map(({ id, source, target, stance, statedOn, evidence }): GraphEdge => ({
    id: id ?? stanceId(source, target),
    source,
    target,
    type: 'STANCE',
    stance,
    ...(statedOn !== undefined ? { statedOn } : {}),
    evidence: evidence.map(withSource),
  }));
  const bare = answer.bareStances.flatMap(({ target, stance, actors }) =>
    actors.map((source): GraphEdge => ({
      id: stanceId(source, target),
      source,
      target,
      type: 'STANCE',
      stance,
      evidence: [],
      quotesLeftOut: true,
    })),
  );
  const relations = answer.relations.map(({ id, source, target, type, evidence }): GraphEdge => ({
    id: id ?? relationId(source, type, target),
    source,
    target,
    type,
    evidence: evidence.map(withSource),
  }));
  return {
    nodes: answer.nodes,
    edges: [...stances, ...bare, ...relations],
    truncated: answer.truncated,
    limits: answer.limits,
  };
}
