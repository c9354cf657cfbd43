import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GRAPH_QUOTE_MAX } from '@/lib/domain';
import {
  citedSourceIds,
  pruneIsolatedActors,
  relationSourceId,
  toActorSummary,
  toEventSummary,
  toRelationDTO,
  toRelationEdge,
  toStanceEdge,
  toEvidenceList,
} from '@/lib/graph/mappers';
import { actorsWithinEdgeCap } from '@/lib/graph/graph';
import type { GraphEdge, GraphNode } from '@/lib/types';

const source = { id: 'article', title: 'T', publisher: 'P', url: null, date: '2025-07' };

describe('records to DTOs', () => {
  it('turns Neo4j Integers into plain numbers', () => {
    const summary = toEventSummary(
      { id: 'e', title: 'E', date: '2025', kind: 'recognition', description: 'd' },
      { support: neo4j.int(5), condemnation: neo4j.int(2), caution: neo4j.int(0) },
    );
    expect(summary.stanceCounts).toEqual({ support: 5, condemnation: 2, caution: 0 });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('fills an actor with safe defaults and keeps only string aliases', () => {
    expect(toActorSummary({ id: 'x', name: 'X', kind: 'person', description: 'd', aliases: ['A', 3, null] })).toEqual({
      id: 'x',
      name: 'X',
      kind: 'person',
      description: 'd',
      aliases: ['A'],
    });
  });

  it('drops evidence rows without a quote or a source', () => {
    expect(toEvidenceList([{ quote: 'q', source }, { quote: null, source }, { quote: 'q' }, null])).toEqual([
      { quote: 'q', kind: 'reported', source },
    ]);
  });

  it('reads a quote as the actor’s own words only when it is stored as direct', () => {
    const kinds = toEvidenceList([
      { quote: 'a', kind: 'direct', source },
      { quote: 'b', kind: 'reported', source },
      // Stored before kinds were, or by another writer: never shown as someone's words.
      { quote: 'c', kind: null, source },
      { quote: 'd', source },
      { quote: 'e', kind: 'DIRECT', source },
    ]).map((e) => e.kind);
    expect(kinds).toEqual(['direct', 'reported', 'reported', 'reported', 'reported']);
  });

  it('maps a stance edge and a relation, refusing values outside the vocabulary', () => {
    const sources = new Set([source.id]);
    expect(
      toStanceEdge(
        {
          id: 's',
          source: 'a',
          target: 'e',
          stance: 'caution',
          statedOn: '2025-07-04',
          quotes: ['q'],
          sourceIds: ['article'],
        },
        sources,
      ),
    ).toEqual({
      id: 's',
      source: 'a',
      target: 'e',
      stance: 'caution',
      statedOn: '2025-07-04',
      evidence: [{ quote: 'q', kind: 'reported', sourceId: 'article' }],
    });
    expect(() => toStanceEdge({ id: 's', stance: 'neutral' }, sources)).toThrow(/unexpected stance value/);
    expect(toRelationEdge({ id: 'r', type: 'LEADS', source: 'a', target: 'b', evidence: null }, sources)).toEqual({
      id: 'r',
      source: 'a',
      target: 'b',
      type: 'LEADS',
      evidence: [],
    });
    expect(
      toRelationDTO({
        id: 'r',
        type: 'ECHOES',
        direction: 'in',
        other: { id: 'n', name: 'N', kind: 'organisation' },
        evidence: null,
      }),
    ).toEqual({
      id: 'r',
      type: 'ECHOES',
      direction: 'in',
      other: { id: 'n', name: 'N', kind: 'organisation' },
      evidence: null,
    });
    expect(() => toRelationDTO({ type: 'LIKES' })).toThrow(/unexpected relation type/);
  });
});

describe('edge ids in a graph answer', () => {
  it("leaves out the ids that an edge's ends (and type) make, as every stored stance's and relation's are", () => {
    const stance = toStanceEdge({ id: 'a--e', source: 'a', target: 'e', stance: 'support' }, new Set());
    expect(Object.keys(stance)).toEqual(['source', 'target', 'stance', 'statedOn', 'evidence']);
    const relation = toRelationEdge({ id: 'b--leads--a', type: 'LEADS', source: 'b', target: 'a' }, new Set());
    expect(Object.keys(relation)).toEqual(['source', 'target', 'type', 'evidence']);
  });

  it('keeps any other id, so no edge is given one it does not have', () => {
    expect(toStanceEdge({ id: 'e--a', source: 'a', target: 'e', stance: 'support' }, new Set()).id).toBe('e--a');
    expect(toRelationEdge({ id: 'b--echoes--a', type: 'LEADS', source: 'b', target: 'a' }, new Set()).id).toBe(
      'b--echoes--a',
    );
  });
});

describe('stance edges citing sources by id', () => {
  const other = { ...source, id: 'record', title: 'Record' };
  const row = {
    id: 's',
    source: 'a',
    target: 'e',
    stance: 'support',
    quotes: ['first', 'second', 'third'],
    sourceIds: ['article', 'record', 'article'],
  };

  it('lists the sources a row cites, and joins each quote to its source in order', () => {
    expect(citedSourceIds(row)).toEqual(['article', 'record', 'article']);
    const edge = toStanceEdge(row, new Set([source.id, other.id]));
    expect(edge.evidence.map((e) => [e.quote, e.sourceId])).toEqual([
      ['first', 'article'],
      ['second', 'record'],
      ['third', 'article'],
    ]);
  });

  it('gives each quote its own kind, and reported where the stance has none for it', () => {
    const sources = new Set([source.id, other.id]);
    const kinds = (quoteKinds: unknown) =>
      toStanceEdge({ ...row, quoteKinds }, sources).evidence.map((e) => `${e.quote}:${e.kind}`);
    expect(kinds(['reported', 'direct', 'reported'])).toEqual(['first:reported', 'second:direct', 'third:reported']);
    // A stance stored before kinds were has none; one written short has none for its last quotes.
    expect(kinds(undefined)).toEqual(['first:reported', 'second:reported', 'third:reported']);
    expect(kinds(['direct'])).toEqual(['first:direct', 'second:reported', 'third:reported']);
  });

  it('cuts a quote past GRAPH_QUOTE_MAX characters and marks it, leaving shorter ones whole', () => {
    const long = 'x'.repeat(GRAPH_QUOTE_MAX - 1) + '😀' + 'y'.repeat(5000);
    const edge = toStanceEdge(
      { ...row, quotes: [long, 'short'], sourceIds: ['article', 'article'] },
      new Set([source.id]),
    );
    const [cut, whole] = edge.evidence;
    expect(cut.truncated).toBe(true);
    // The emoji straddles the limit: it goes whole rather than leaving half a surrogate pair.
    expect(cut.quote).toBe(`${'x'.repeat(GRAPH_QUOTE_MAX - 1)}…`);
    expect(whole).toEqual({ quote: 'short', kind: 'reported', sourceId: 'article' });
    const relation = {
      id: 'r',
      type: 'LEADS',
      source: 'a',
      target: 'b',
      evidence: { quote: long, sourceId: 'article' },
    };
    expect(toRelationEdge(relation, new Set([source.id])).evidence[0]).toMatchObject({
      sourceId: 'article',
      truncated: true,
    });
  });

  it('drops a quote whose source was not found rather than showing it without one', () => {
    expect(toStanceEdge(row, new Set([other.id])).evidence.map((e) => e.quote)).toEqual(['second']);
    expect(citedSourceIds({ id: 's' })).toEqual([]);
    const relation = { id: 'r', type: 'LEADS', source: 'a', target: 'b', evidence: { quote: 'q', sourceId: 'gone' } };
    expect(relationSourceId(relation)).toBe('gone');
    expect(toRelationEdge(relation, new Set([source.id])).evidence).toEqual([]);
    expect(toRelationEdge({ ...relation, evidence: null }, new Set([source.id])).evidence).toEqual([]);
  });
});

describe('pruneIsolatedActors', () => {
  const nodes: GraphNode[] = [
    { id: 'event', label: 'Event', type: 'event' },
    { id: 'a', label: 'A', type: 'actor', kind: 'person' },
    { id: 'b', label: 'B', type: 'actor', kind: 'state' },
    { id: 'focus', label: 'F', type: 'actor', kind: 'person' },
  ];
  const edges: GraphEdge[] = [
    { id: 'e1', source: 'a', target: 'event', type: 'STANCE', stance: 'support', evidence: [] },
  ];

  it('keeps linked actors, events and the focus; drops actors with nothing visible', () => {
    expect(pruneIsolatedActors(nodes, edges, 'focus').map((n) => n.id)).toEqual(['event', 'a', 'focus']);
    expect(pruneIsolatedActors(nodes, [], undefined).map((n) => n.id)).toEqual(['event']);
  });
});

describe('actorsWithinEdgeCap', () => {
  const ranked = [
    { id: 'busiest', stances: 6 },
    { id: 'busy', stances: 3 },
    { id: 'quiet', stances: 2 },
    { id: 'quietest', stances: 1 },
  ];

  it('keeps the busiest actors whose stances all fit, and stops at the first that does not (never leaving the view empty)', () => {
    expect(actorsWithinEdgeCap(ranked, 10)).toEqual(['busiest', 'busy']);
    expect(actorsWithinEdgeCap(ranked, 12)).toEqual(['busiest', 'busy', 'quiet', 'quietest']);
    expect(actorsWithinEdgeCap(ranked, 5)).toEqual(['busiest']);
    expect(actorsWithinEdgeCap([], 5)).toEqual([]);
  });
});
