import { QueryClient, QueryObserver, dehydrate } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { hydrateGraph } from '@/lib/client/data/graph-answer';
import { graphQuery, type GraphParams } from '@/lib/client/data/queries';
import type { GraphAnswer, GraphResponse } from '@/lib/types';

const record = {
  id: 'record',
  title: 'Voting record',
  publisher: 'Assembly',
  url: 'https://example.org/r',
  date: '2025-07',
};
const article = { id: 'article', title: 'An article', publisher: 'Paper', url: null, date: null };

/** Two stances citing the same record, one of them also an article; a relation quoting the article. */
const answer: GraphAnswer = {
  nodes: [
    { id: 'vote', label: 'Vote', type: 'event', date: '2025-07-03' },
    { id: 'a', label: 'A', type: 'actor', kind: 'state', description: '' },
    { id: 'b', label: 'B', type: 'actor', kind: 'person', description: '' },
  ],
  edges: [
    {
      id: 'a--vote',
      source: 'a',
      target: 'vote',
      type: 'STANCE',
      stance: 'support',
      statedOn: '2025-07-03',
      evidence: [
        { quote: 'A voted yes', kind: 'reported', sourceId: 'record' },
        { quote: 'we are for it…', kind: 'direct', sourceId: 'article', truncated: true },
      ],
    },
    {
      id: 'b--vote',
      source: 'b',
      target: 'vote',
      type: 'STANCE',
      stance: 'caution',
      statedOn: null,
      evidence: [{ quote: 'B abstained', kind: 'reported', sourceId: 'record' }],
    },
    { id: 'b--leads--a', source: 'b', target: 'a', type: 'LEADS', evidence: [] },
  ],
  sources: [record, article],
  truncated: false,
  limits: { nodes: 500, edges: 2000 },
};

/** The same graph as /api/graph sent it before sources were listed once. */
const expected: GraphResponse = {
  nodes: answer.nodes,
  edges: [
    {
      ...answer.edges[0],
      evidence: [
        { quote: 'A voted yes', kind: 'reported', source: record },
        { quote: 'we are for it…', kind: 'direct', source: article, truncated: true },
      ],
    },
    { ...answer.edges[1], evidence: [{ quote: 'B abstained', kind: 'reported', source: record }] },
    { ...answer.edges[2], evidence: [] },
  ],
  truncated: false,
  limits: { nodes: 500, edges: 2000 },
};

describe('hydrateGraph', () => {
  it('gives every quote its whole source, as the answer was before sources were listed once', () => {
    const graph = hydrateGraph(answer);
    expect(graph).toEqual(expected);
    // Key for key, so a JSON export of the view is written as it was.
    expect(JSON.stringify(graph)).toBe(JSON.stringify(expected));
  });

  it('shows a quote whose source is not listed under its id rather than losing it', () => {
    const graph = hydrateGraph({ ...answer, sources: [article] });
    expect(graph.edges[1].evidence[0]).toEqual({
      quote: 'B abstained',
      kind: 'reported',
      source: { id: 'record', title: 'record', publisher: '', url: null, date: null },
    });
  });
});

describe('graphQuery', () => {
  const params: GraphParams = { event: 'vote', stances: null, kinds: null, actor: null, depth: null };

  it('keeps the answer as sent in the cache (and in what a page dehydrates), and hands readers the hydrated graph', async () => {
    const client = new QueryClient();
    const options = graphQuery(params);
    client.setQueryData(options.queryKey, answer);
    const observer = new QueryObserver(client, { ...options, enabled: false });
    expect(observer.getCurrentResult().data).toEqual(expected);
    expect(client.getQueryData(options.queryKey)).toBe(answer);
    const [dehydrated] = dehydrate(client).queries;
    expect(dehydrated.state.data).toEqual(answer);
    client.clear();
  });
});
