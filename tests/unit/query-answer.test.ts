import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '@/lib/client/data/api';
import { DRAW_MAX_NODES, answerSelection, answerView, formatCell } from '@/lib/client/query-page/query-answer';
import { describeRunError, syntaxPosition } from '@/lib/client/query-page/query-errors';
import {
  HISTORY_KEY,
  addToHistory,
  loadHistory,
  parseHistory,
  saveHistory,
  type HistoryEntry,
} from '@/lib/client/query-page/query-history';
import type { QueryAnswer, QueryGraphEdge, QueryGraphNode } from '@/lib/types';

const EVENT = 'russia-recognizes-taliban';
const actor = (id: string): QueryGraphNode => ({ id, label: id, type: 'actor', kind: 'person', labels: ['Actor'] });
const stance = (id: string, value: 'support' | 'condemnation'): QueryGraphEdge => ({
  id: `${id}--${EVENT}`,
  source: id,
  target: EVENT,
  type: 'STANCE',
  stance: value,
  evidence: [],
});
const event: QueryGraphNode = { id: EVENT, label: 'Recognition', type: 'event', labels: ['Event'], date: '2025-07-03' };

describe('answerView', () => {
  it('draws stances around their event in the camps layout, with the explorer’s classes', () => {
    const graph: QueryAnswer['graph'] = {
      nodes: [event, actor('russia'), actor('fawzia-koofi')],
      edges: [stance('russia', 'support'), stance('fawzia-koofi', 'condemnation')],
    };
    const view = answerView(graph, 'k1');
    expect(view.layout).toBe('camps');
    expect(view.layoutKey).toBe('k1');
    expect(Object.keys(view.positions).sort()).toEqual(['fawzia-koofi', 'russia', EVENT]);
    // Supporters left of the event, condemners right, as in the explorer.
    expect(view.positions.russia.x).toBeLessThan(view.positions[EVENT].x);
    expect(view.positions['fawzia-koofi'].x).toBeGreaterThan(view.positions[EVENT].x);
    const classes = Object.fromEntries(view.elements.map((e) => [e.data.id, e.classes]));
    expect(classes.russia).toBe('actor kind-person camp-support');
    expect(classes[`fawzia-koofi--${EVENT}`]).toBe('stance stance-condemnation');
  });

  it('gives sources and other labels their own class and a place of their own', () => {
    const graph: QueryAnswer['graph'] = {
      nodes: [
        actor('fawzia-koofi'),
        { id: 'note-1', label: 'condemned Russia’s decision', type: 'other', labels: ['Note'] },
        { id: 'article', label: 'Russia Becomes First Country', type: 'source', labels: ['Source'] },
      ],
      edges: [
        { id: 'fawzia-koofi--wrote--note-1', source: 'fawzia-koofi', target: 'note-1', type: 'WROTE', evidence: [] },
        { id: 'note-1--cites--article', source: 'note-1', target: 'article', type: 'CITES', evidence: [] },
        // An edge to a node the answer does not hold is left out rather than breaking the canvas.
        { id: 'dangling', source: 'article', target: 'nowhere', type: 'ABOUT', evidence: [] },
      ],
    };
    const view = answerView(graph, 'k2');
    expect(view.layout).toBe('force');
    expect(view.graph.edges.map((e) => e.id)).not.toContain('dangling');
    const byId = new Map(view.elements.map((e) => [e.data.id, e]));
    expect(byId.get('article')?.classes).toBe('source');
    expect(byId.get('note-1')?.classes).toBe('other');
    expect(byId.get('note-1--cites--article')?.data.label).toBe('cites');
    const points = Object.values(view.positions);
    expect(points).toHaveLength(3);
    for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(3);
    // Repeatable: the same answer is drawn the same way.
    expect(answerView(graph, 'k2').positions).toEqual(view.positions);
  });

  it('draws nothing, and says so, when the answer has too many nodes to draw', () => {
    const nodes = Array.from({ length: DRAW_MAX_NODES + 1 }, (_, i) => actor(`a${i}`));
    const view = answerView({ nodes, edges: [] }, 'big');
    expect(view.tooLarge).toBe(true);
    expect(view.elements).toEqual([]);
  });
});

describe('answerSelection', () => {
  const nodes: QueryGraphNode[] = [
    { id: 'fawzia-koofi', label: 'Fawzia Koofi', type: 'actor', kind: 'person' },
    { id: 'russia-recognizes-taliban', label: 'Russia recognizes the Taliban government', type: 'event' },
    { id: 'article', label: 'Russia Becomes First Country', type: 'source' },
  ];

  it('opens actors and events of the answer, nothing for sources and other nodes', () => {
    expect(answerSelection('fawzia-koofi', nodes, [])).toEqual({ type: 'actor', id: 'fawzia-koofi' });
    expect(answerSelection('russia-recognizes-taliban', nodes, [])).toEqual({
      type: 'event',
      id: 'russia-recognizes-taliban',
    });
    expect(answerSelection('article', nodes, [])).toBeNull();
    expect(answerSelection(null, nodes, [])).toBeNull();
  });

  it('follows a link from the panel to an actor or event outside the answer', () => {
    expect(answerSelection('germany', nodes, ['taliban-return-to-power'])).toEqual({ type: 'actor', id: 'germany' });
    expect(answerSelection('taliban-return-to-power', nodes, ['taliban-return-to-power'])).toEqual({
      type: 'event',
      id: 'taliban-return-to-power',
    });
    expect(answerSelection('Not A Slug', nodes, [])).toBeNull();
  });
});

describe('formatCell', () => {
  it('writes nodes, relationships, paths, lists and maps readably', () => {
    const russia = { labels: ['Actor'], properties: { id: 'russia', name: 'Russia' } };
    const putin = { labels: ['Actor'], properties: { id: 'vladimir-putin', name: 'Vladimir Putin' } };
    const leads = { type: 'LEADS', properties: { id: 'x' } };
    expect(formatCell(russia)).toBe('Russia (:Actor)');
    expect(formatCell({ type: 'TOOK_STANCE', properties: { stance: 'support' } })).toBe('[:TOOK_STANCE support]');
    expect(formatCell({ start: putin, path: [{ start: putin, relationship: leads, end: russia }] })).toBe(
      'Vladimir Putin —[:LEADS]— Russia',
    );
    expect(formatCell(['China', 'Russia'])).toBe('China, Russia');
    expect(formatCell({ srid: 4326, x: 1, y: 2 })).toBe('{"srid":4326,"x":1,"y":2}');
    expect(formatCell(null)).toBe('null');
    expect(formatCell(3)).toBe('3');
    expect(formatCell(false)).toBe('false');
  });
});

describe('describeRunError', () => {
  it('finds a syntax error’s line and column in the database’s message', () => {
    const message = "Invalid input 'RETURN': expected an expression (line 3, column 1 (offset: 31))";
    expect(syntaxPosition(message)).toEqual({ line: 3, column: 1, offset: 31 });
    const view = describeRunError(new ApiRequestError(message, 400), 'cypher');
    expect(view).toMatchObject({ kind: 'syntax', title: 'Syntax error at line 3, column 1', message });
  });

  it('names refusals, timeouts, bad inputs and outages, keeping the server’s own words', () => {
    const refused = describeRunError(
      new ApiRequestError('CREATE writes to the graph; the console is read-only.', 403),
      'cypher',
    );
    expect(refused).toMatchObject({
      kind: 'refused',
      message: 'CREATE writes to the graph; the console is read-only.',
    });
    expect(
      describeRunError(new ApiRequestError('The query timed out after 5 s and was stopped.', 408), 'cypher').kind,
    ).toBe('timeout');
    expect(describeRunError(new ApiRequestError('cypher must not be empty', 400), 'cypher')).toMatchObject({
      kind: 'input',
      position: null,
    });
    expect(
      describeRunError(new ApiRequestError('from and to must be two different actors', 400), 'question').title,
    ).toBe('Check the question’s inputs');
    expect(describeRunError(new ApiRequestError('No actor with id "x".', 404), 'question').kind).toBe('not-found');
    expect(describeRunError(new ApiRequestError('Neo4j is unavailable.', 503), 'question').kind).toBe('unavailable');
    expect(describeRunError(new Error('boom'), 'cypher')).toMatchObject({
      kind: 'other',
      message: 'Something went wrong while loading data.',
    });
  });
});

describe('the console history', () => {
  const entry = (cypher: string, at: number, params = {}): HistoryEntry => ({ cypher, params, at });

  it('lists newest first, moves a query run again to the top, and keeps at most the cap', () => {
    let history: HistoryEntry[] = [];
    history = addToHistory(history, entry('RETURN 1', 1));
    history = addToHistory(history, entry('RETURN 2', 2));
    history = addToHistory(history, entry('RETURN 1 ', 3));
    expect(history.map((e) => [e.cypher, e.at])).toEqual([
      ['RETURN 1 ', 3],
      ['RETURN 2', 2],
    ]);
    // Other parameters make another entry.
    expect(addToHistory(history, entry('RETURN 2', 4, { n: 1 }))).toHaveLength(3);
    expect(addToHistory(history, entry('RETURN 3', 5), 2).map((e) => e.cypher)).toEqual(['RETURN 3', 'RETURN 1 ']);
  });

  it('survives a reload through storage and drops what it cannot trust', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveHistory(storage, [entry('RETURN 1', 1, { n: 2 })]);
    expect(loadHistory(storage)).toEqual([entry('RETURN 1', 1, { n: 2 })]);
    expect(parseHistory('not json')).toEqual([]);
    expect(
      parseHistory(JSON.stringify([{ cypher: '', params: {}, at: 1 }, { cypher: 'RETURN 1', params: {}, at: 2 }, 'x'])),
    ).toEqual([entry('RETURN 1', 2)]);
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadHistory(broken)).toEqual([]);
    expect(() => saveHistory(broken, [])).not.toThrow();
    expect(store.has(HISTORY_KEY)).toBe(true);
  });
});
