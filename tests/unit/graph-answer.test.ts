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

/**
 * Two stances citing the same record, one of them also an article; a relation quoting the article;
 * a focused actor's stances grouped into one node, its edge with an id its ends do not make.
 */
const answer: GraphAnswer = {
  nodes: [
    { id: 'vote', label: 'Vote', type: 'event', date: '2025-07-03' },
    { id: 'a', label: 'A', type: 'actor', kind: 'state', description: '' },
    { id: 'b', label: 'B', type: 'actor', kind: 'person', description: '' },
  ],
  stances: [
    { id: 'a--support--2019--edge', source: 'a', target: 'a--support--2019', stance: 'support', evidence: [] },
    {
      source: 'a',
      target: 'vote',
      stance: 'support',
      statedOn: '2025-07-03',
      evidence: [
        { quote: 'A voted yes', kind: 'reported', sourceId: 'record' },
        { quote: 'we are for it…', kind: 'direct', sourceId: 'article', truncated: true },
      ],
    },
    {
      source: 'b',
      target: 'vote',
      stance: 'caution',
      statedOn: null,
      evidence: [{ quote: 'B abstained', kind: 'reported', sourceId: 'record' }],
    },
  ],
  bareStances: [],
  relations: [
    {
      source: 'b',
      target: 'a',
      type: 'LEADS',
      evidence: [{ quote: 'B leads A', kind: 'direct', sourceId: 'article' }],
    },
    { source: 'a', target: 'b', type: 'ECHOES', evidence: [] },
  ],
  sources: [record, article],
  truncated: false,
  limits: { nodes: 500, edges: 2000 },
};

/** The same graph as /api/graph sent it before: one list of edges, each with its id and type and whole sources. */
const expected: GraphResponse = {
  nodes: answer.nodes,
  edges: [
    {
      id: 'a--support--2019--edge',
      source: 'a',
      target: 'a--support--2019',
      type: 'STANCE',
      stance: 'support',
      evidence: [],
    },
    {
      id: 'a--vote',
      source: 'a',
      target: 'vote',
      type: 'STANCE',
      stance: 'support',
      statedOn: '2025-07-03',
      evidence: [
        { quote: 'A voted yes', kind: 'reported', source: record },
        { quote: 'we are for it…', kind: 'direct', source: article, truncated: true },
      ],
    },
    {
      id: 'b--vote',
      source: 'b',
      target: 'vote',
      type: 'STANCE',
      stance: 'caution',
      statedOn: null,
      evidence: [{ quote: 'B abstained', kind: 'reported', source: record }],
    },
    {
      id: 'b--leads--a',
      source: 'b',
      target: 'a',
      type: 'LEADS',
      evidence: [{ quote: 'B leads A', kind: 'direct', source: article }],
    },
    { id: 'a--echoes--b', source: 'a', target: 'b', type: 'ECHOES', evidence: [] },
  ],
  truncated: false,
  limits: { nodes: 500, edges: 2000 },
};

describe('hydrateGraph', () => {
  it('gives every edge its id and type and every quote its whole source, as the answer was before it was lean', () => {
    const graph = hydrateGraph(answer);
    expect(graph).toEqual(expected);
    // Key for key, so a JSON export of the view is written as it was.
    expect(JSON.stringify(graph)).toBe(JSON.stringify(expected));
  });

  it('shows a quote whose source is not listed under its id rather than losing it', () => {
    const graph = hydrateGraph({ ...answer, sources: [article] });
    expect(graph.edges[2].evidence[0]).toEqual({
      quote: 'B abstained',
      kind: 'reported',
      source: { id: 'record', title: 'record', publisher: '', url: null, date: null },
    });
  });
});

describe('bare stances', () => {
  it('become one edge per actor, after the whole stances, marked to have their quotes asked for', () => {
    const lean: GraphAnswer = {
      ...answer,
      stances: [answer.stances[1]],
      bareStances: [{ target: 'vote', stance: 'caution', actors: ['b', 'c'] }],
      relations: [],
    };
    const bare = (source: string) => ({
      id: `${source}--vote`,
      source,
      target: 'vote',
      type: 'STANCE',
      stance: 'caution',
      evidence: [],
      quotesLeftOut: true,
    });
    expect(hydrateGraph(lean).edges).toEqual([expected.edges[1], bare('b'), bare('c')]);
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
