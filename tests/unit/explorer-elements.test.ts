import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, type ActorKind, type RelationType, type Stance } from '@/lib/domain';
import type { Evidence, GraphEdge, GraphNode, GraphResponse } from '@/lib/types';
import {
  actorCamps,
  actorRows,
  exportView,
  resolveSelection,
  sortActorRows,
  stanceTally,
  toElements,
  visibleGraph,
} from '@/lib/client/drawing/elements';

// A slice of the first event, shaped as /api/graph answers it.
const EVENT = 'russia-recognizes-taliban';
const source = { id: 'article', title: 'Russia Becomes First Country', publisher: 'News', url: null, date: '2025-07' };
const evidence = (quote: string): Evidence => ({ quote, kind: 'reported', source });
const actor = (id: string, label: string, kind: ActorKind): GraphNode => ({
  id,
  label,
  type: 'actor',
  kind,
  description: `${label}, role`,
});
const stance = (actorId: string, value: Stance, quote: string, event = EVENT): GraphEdge => ({
  id: `${actorId}--${event}`,
  source: actorId,
  target: event,
  type: 'STANCE',
  stance: value,
  evidence: [evidence(quote)],
});
const relation = (source: string, type: RelationType, target: string): GraphEdge => ({
  id: `${source}--${type.toLowerCase()}--${target}`,
  source,
  target,
  type,
  evidence: [],
});

function fixture(): GraphResponse {
  return {
    nodes: [
      { id: EVENT, label: 'Russia recognizes the Taliban government', type: 'event', date: '2025-07-03' },
      actor('russia', 'Russia', 'state'),
      actor('vladimir-putin', 'Vladimir Putin', 'person'),
      actor('fawzia-koofi', 'Fawzia Koofi', 'person'),
      actor(
        'afghan-womens-political-participation-network',
        'Afghan Women’s Political Participation Network',
        'organisation',
      ),
      actor('united-nations', 'United Nations', 'intergovernmental'),
      actor('china', 'China', 'state'),
      actor('afghanistan', 'Afghanistan', 'state'),
    ],
    edges: [
      stance('russia', 'support', 'Russia has formally recognized the Taliban-led government in Afghanistan'),
      stance('vladimir-putin', 'support', 'has previously referred to the Taliban as an "ally"'),
      stance('fawzia-koofi', 'condemnation', 'condemned Russia’s decision, warning that it could not foster peace'),
      stance(
        'afghan-womens-political-participation-network',
        'condemnation',
        'the recognition legitimizes an authoritarian regime',
      ),
      stance('united-nations', 'caution', "characterized the Taliban's treatment of women as 'gender apartheid'"),
      relation('vladimir-putin', 'LEADS', 'russia'),
      relation('afghan-womens-political-participation-network', 'ECHOES', 'fawzia-koofi'),
      relation('china', 'HAS_PRESENCE_IN', 'afghanistan'),
      relation('russia', 'HAS_PRESENCE_IN', 'afghanistan'),
    ],
    truncated: false,
    limits: { nodes: 500, edges: 2000 },
  };
}

/** The graph the API gives with stance=condemnation&stance=caution: supporters gone, with their edges. */
function withoutSupport(): GraphResponse {
  const graph = fixture();
  const gone = new Set(['russia', 'vladimir-putin']);
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !gone.has(n.id)),
    edges: graph.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  };
}

describe('visibleGraph', () => {
  it('keeps everything when nothing is filtered', () => {
    const graph = fixture();
    const visible = visibleGraph(graph, { pruneIsolated: false });
    expect(visible.nodes).toHaveLength(graph.nodes.length);
    expect(visible.edges).toHaveLength(graph.edges.length);
  });

  it('drops edges whose ends are not in the answer, which Cytoscape would refuse', () => {
    const graph = fixture();
    graph.edges.push(relation('fawzia-koofi', 'ECHOES', 'nobody'));
    const visible = visibleGraph(graph, { pruneIsolated: false });
    expect(visible.edges.map((e) => e.target)).not.toContain('nobody');
  });

  it('removes actors left with nothing visible once a filter is on', () => {
    const graph = withoutSupport();
    // Afghanistan lost its tie to Russia but keeps China's; add an actor with no edge at all.
    graph.nodes.push(actor('germany', 'Germany', 'state'));
    const visible = visibleGraph(graph, { pruneIsolated: true, keep: [EVENT] });
    const ids = visible.nodes.map((n) => n.id);
    expect(ids).not.toContain('germany');
    expect(ids).toEqual(expect.arrayContaining(['fawzia-koofi', 'united-nations', 'china', 'afghanistan', EVENT]));
  });

  it('keeps the focused actor even when the filters leave it without edges', () => {
    const graph = withoutSupport();
    graph.nodes.push(actor('germany', 'Germany', 'state'));
    const visible = visibleGraph(graph, { pruneIsolated: true, keep: ['germany'] });
    expect(visible.nodes.map((n) => n.id)).toContain('germany');
  });
});

describe('actorCamps', () => {
  it('puts each actor in the camp of its stance on the event, and the rest in context', () => {
    const camps = actorCamps(visibleGraph(fixture(), { pruneIsolated: false }), EVENT);
    expect(camps.get('russia')).toBe('support');
    expect(camps.get('fawzia-koofi')).toBe('condemnation');
    expect(camps.get('united-nations')).toBe('caution');
    expect(camps.get('china')).toBe('context');
    expect(camps.has(EVENT)).toBe(false);
  });

  it('uses the most frequent stance when the actor took none on the primary event', () => {
    const graph = fixture();
    graph.nodes.push({ id: 'delisting', label: 'Delisting', type: 'event', date: '2025' });
    graph.nodes.push({ id: 'agreement', label: 'Agreement', type: 'event', date: '2022' });
    graph.edges.push(stance('china', 'caution', 'q1', 'delisting'), stance('china', 'caution', 'q2', 'agreement'));
    const camps = actorCamps(visibleGraph(graph, { pruneIsolated: false }), null);
    expect(camps.get('china')).toBe('caution');
  });
});

describe('toElements', () => {
  const visible = visibleGraph(fixture(), { pruneIsolated: false });
  const elements = toElements(visible, { camps: actorCamps(visible, EVENT), focusId: 'fawzia-koofi' });
  const byId = new Map(elements.map((e) => [e.data.id, e]));

  it('makes one node per actor and event and one edge per stance or relation, with the API ids', () => {
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(8);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(9);
    expect(byId.has('fawzia-koofi--russia-recognizes-taliban')).toBe(true);
  });

  it('classes actor nodes by kind (shape) and camp (fill), and marks the focused actor', () => {
    expect(byId.get('russia')?.classes).toBe('actor kind-state camp-support');
    expect(byId.get('fawzia-koofi')?.classes).toBe('actor kind-person camp-condemnation focus');
    expect(byId.get('china')?.classes).toBe('actor kind-state camp-context');
    expect(byId.get(EVENT)?.classes).toBe('event');
  });

  it('labels stance edges with a verb and classes them by stance, so colour is never the only cue', () => {
    const edge = byId.get('fawzia-koofi--russia-recognizes-taliban');
    expect(edge?.classes).toBe('stance stance-condemnation');
    expect(edge?.data).toMatchObject({
      source: 'fawzia-koofi',
      target: EVENT,
      stance: 'condemnation',
      label: 'condemns',
    });
  });

  it('draws relations as their own class with a readable label', () => {
    const edge = byId.get('vladimir-putin--leads--russia');
    expect(edge?.classes).toBe('relation rel-LEADS');
    expect(edge?.data.label).toBe('leads');
    expect(byId.get('china--has_presence_in--afghanistan')?.data.label).toBe('has presence in');
  });

  it('only makes edges between drawn nodes', () => {
    const nodeIds = new Set(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id));
    for (const edge of elements.filter((e) => e.group === 'edges')) {
      expect(nodeIds.has(edge.data.source)).toBe(true);
      expect(nodeIds.has(edge.data.target)).toBe(true);
    }
  });
});

describe('actorRows', () => {
  it('lists exactly the drawn actors, by name, with stance and quote', () => {
    const visible = visibleGraph(withoutSupport(), { pruneIsolated: true, keep: [EVENT] });
    const rows = actorRows(visible, actorCamps(visible, EVENT));
    expect(rows.map((r) => r.id)).toEqual(
      visible.nodes
        .filter((n) => n.type === 'actor')
        .map((n) => n.id)
        .sort((a, b) => {
          const name = (id: string) => visible.nodes.find((n) => n.id === id)!.label;
          return name(a).localeCompare(name(b));
        }),
    );
    const koofi = rows.find((r) => r.id === 'fawzia-koofi')!;
    expect(koofi.stances).toHaveLength(1);
    expect(koofi.stances[0]).toMatchObject({
      stance: 'condemnation',
      eventTitle: 'Russia recognizes the Taliban government',
    });
    expect(koofi.stances[0].evidence?.quote).toContain(
      'condemned Russia’s decision, warning that it could not foster peace',
    );
    expect(rows.find((r) => r.id === 'china')).toMatchObject({ camp: 'context', stances: [] });
    expect(rows.some((r) => r.stances.some((s) => s.stance === 'support'))).toBe(false);
  });

  it('shows a stance’s own words before the report’s account, and says how many quotes more it has', () => {
    const graph = fixture();
    const koofi = graph.edges.find((e) => e.source === 'fawzia-koofi' && e.type === 'STANCE')!;
    koofi.evidence = [
      evidence('Koofi condemned the move, the report said.'),
      { ...evidence('a betrayal'), kind: 'direct' },
    ];
    const visible = visibleGraph(graph, { pruneIsolated: false });
    const cell = actorRows(visible, actorCamps(visible, EVENT)).find((r) => r.id === 'fawzia-koofi')!.stances[0];
    expect(cell.evidence).toMatchObject({ quote: 'a betrayal', kind: 'direct' });
    expect(cell.otherQuotes).toBe(1);
  });

  it('sorts by stance (then name) either way', () => {
    const visible = visibleGraph(fixture(), { pruneIsolated: false });
    const rows = actorRows(visible, actorCamps(visible, EVENT));
    const ascending = sortActorRows(rows, 'stance', 'ascending').map((r) => r.camp);
    expect(ascending).toEqual(['support', 'support', 'condemnation', 'condemnation', 'caution', 'context', 'context']);
    expect(sortActorRows(rows, 'stance', 'descending')[0].camp).toBe('context');
    expect(sortActorRows(rows, 'name', 'descending')[0].name).toBe('Vladimir Putin');
    expect(sortActorRows(rows, 'kind', 'ascending')[0].kind).toBe('state');
  });
});

describe('tallies and export', () => {
  it('counts stance edges', () => {
    const visible = visibleGraph(fixture(), { pruneIsolated: false });
    expect(stanceTally(visible)).toEqual({ support: 2, condemnation: 2, caution: 1 });
  });

  it('exports the visible nodes and edges with their evidence', () => {
    const visible = visibleGraph(withoutSupport(), { pruneIsolated: true, keep: [EVENT] });
    const exported = exportView(visible, 'http://127.0.0.1/?stance=condemnation', new Date('2025-07-04T00:00:00Z'));
    expect(exported.exportedAt).toBe('2025-07-04T00:00:00.000Z');
    expect(exported.nodes.map((n) => n.id)).not.toContain('russia');
    const koofi = exported.edges.find((e) => e.id === 'fawzia-koofi--russia-recognizes-taliban');
    expect(koofi?.evidence[0].source.title).toBe('Russia Becomes First Country');
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});

describe('resolveSelection', () => {
  const visible = visibleGraph(fixture(), { pruneIsolated: false });
  const isSlug = (id: string) => SLUG_PATTERN.test(id);

  it('tells actors, events and edges apart', () => {
    expect(resolveSelection('fawzia-koofi', [visible], [EVENT], isSlug)).toEqual({ type: 'actor', id: 'fawzia-koofi' });
    expect(resolveSelection(EVENT, [visible], [EVENT], isSlug)).toEqual({ type: 'event', id: EVENT });
    const edge = resolveSelection('fawzia-koofi--russia-recognizes-taliban', [visible], [EVENT], isSlug);
    expect(edge).toMatchObject({ type: 'edge', source: { label: 'Fawzia Koofi' }, target: { type: 'event' } });
  });

  it('opens an actor outside the view by its slug, and reports anything else as unknown', () => {
    expect(resolveSelection('germany', [visible], [EVENT], isSlug)).toEqual({ type: 'actor', id: 'germany' });
    expect(resolveSelection('taliban-return-to-power', [visible], [EVENT, 'taliban-return-to-power'], isSlug)).toEqual({
      type: 'event',
      id: 'taliban-return-to-power',
    });
    expect(resolveSelection('Not A Slug', [visible], [], isSlug)).toEqual({ type: 'unknown', id: 'Not A Slug' });
    expect(resolveSelection(null, [visible], [], isSlug)).toBeNull();
  });
  it('a group of a busy actor’s stances opens as a group, with the events to drill into', () => {
    const aggregate = {
      actor: 'busy-state',
      stance: 'support' as const,
      group: '2019',
      events: 143,
      sample: [{ id: 'vote-7', title: 'Vote 7', date: '2019-05-01' }],
    };
    const node = {
      id: 'busy-state--support--2019',
      label: 'support · 2019 · 143 events',
      type: 'event' as const,
      date: '2019',
      aggregate,
    };
    const graph = { nodes: [node], edges: [] };
    expect(resolveSelection(node.id, [graph], [], isSlug)).toEqual({ type: 'aggregate', node });
  });
});
