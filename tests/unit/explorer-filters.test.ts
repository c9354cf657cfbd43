import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, STANCES, type ActorKind, type RelationType, type Stance } from '@/lib/domain';
import type { GraphEdge, GraphNode } from '@/lib/types';
import { visibleGraph, type VisibleGraph } from '@/lib/client/drawing/elements';
import { contextCount, filteredView, kindCounts, type ViewFilters } from '@/lib/client/drawing/facets';
import { showsContext } from '@/lib/client/url/url-state';

// The first event as /api/graph answers it without filters: ten actors with a stance, five for context.
const EVENT = 'russia-recognizes-taliban';
const actor = (id: string, kind: ActorKind): GraphNode => ({ id, label: id, type: 'actor', kind });
const stance = (id: string, value: Stance): GraphEdge => ({
  id: `${id}--${EVENT}`,
  source: id,
  target: EVENT,
  type: 'STANCE',
  stance: value,
  evidence: [],
});
const rel = (source: string, type: RelationType, target: string): GraphEdge => ({
  id: `${source}--${type}--${target}`,
  source,
  target,
  type,
  evidence: [],
});

const BASE: VisibleGraph = {
  nodes: [
    { id: EVENT, label: 'Russia recognizes the Taliban government', type: 'event', date: '2025-07-03' },
    actor('russia', 'state'),
    actor('russian-foreign-ministry', 'government-body'),
    actor('vladimir-putin', 'person'),
    actor('amir-khan-muttaqi', 'person'),
    actor('taliban-government', 'government'),
    actor('fawzia-koofi', 'person'),
    actor('afghan-womens-political-participation-network', 'organisation'),
    actor('rangin-dadfar-spanta', 'person'),
    actor('united-nations-security-council', 'intergovernmental'),
    actor('united-nations', 'intergovernmental'),
    actor('afghanistan', 'state'),
    actor('china', 'state'),
    actor('united-arab-emirates', 'state'),
    actor('germany', 'state'),
    actor('german-interior-minister', 'person'),
  ],
  edges: [
    ...['russia', 'russian-foreign-ministry', 'vladimir-putin', 'amir-khan-muttaqi', 'taliban-government'].map((id) =>
      stance(id, 'support'),
    ),
    stance('fawzia-koofi', 'condemnation'),
    stance('afghan-womens-political-participation-network', 'condemnation'),
    ...['rangin-dadfar-spanta', 'united-nations-security-council', 'united-nations'].map((id) => stance(id, 'caution')),
    rel('vladimir-putin', 'LEADS', 'russia'),
    rel('russian-foreign-ministry', 'PART_OF', 'russia'),
    rel('russia', 'RECOGNIZES', 'taliban-government'),
    rel('amir-khan-muttaqi', 'SPEAKS_FOR', 'taliban-government'),
    rel('taliban-government', 'LEADS', 'afghanistan'),
    rel('china', 'HAS_PRESENCE_IN', 'afghanistan'),
    rel('united-arab-emirates', 'HAS_PRESENCE_IN', 'afghanistan'),
    rel('german-interior-minister', 'SPEAKS_FOR', 'germany'),
    rel('afghan-womens-political-participation-network', 'ECHOES', 'fawzia-koofi'),
    rel('united-nations-security-council', 'PART_OF', 'united-nations'),
  ],
};
const CONTEXT_ACTORS = ['afghanistan', 'china', 'german-interior-minister', 'germany', 'united-arab-emirates'];

function filters(patch: Partial<ViewFilters> = {}): ViewFilters {
  const stances = patch.stances ?? [...STANCES];
  return {
    stances,
    kinds: [...ACTOR_KINDS],
    focus: null,
    depth: 1,
    showContext: showsContext({ stances, context: null }),
    ...patch,
  };
}

const actors = (graph: VisibleGraph) =>
  graph.nodes
    .filter((n) => n.type === 'actor')
    .map((n) => n.id)
    .sort();

describe('a stance filter and the context actors', () => {
  it('shows every actor, context actors too, while every stance is on', () => {
    expect(actors(filteredView(BASE, filters()))).toHaveLength(15);
    expect(contextCount(BASE, filters())).toBe(5);
  });

  it('turning off support and caution leaves only the actors who condemned', () => {
    const view = filteredView(BASE, filters({ stances: ['condemnation'] }));
    expect(actors(view)).toEqual(['afghan-womens-political-participation-network', 'fawzia-koofi']);
    // Their echo stays: it joins two actors in view.
    expect(view.edges.map((e) => e.type).sort()).toEqual(['ECHOES', 'STANCE', 'STANCE']);
  });

  it('keeps the context actors, and only them, when asked to', () => {
    const view = filteredView(BASE, filters({ stances: ['condemnation'], showContext: true }));
    expect(actors(view)).toEqual(
      ['afghan-womens-political-participation-network', 'fawzia-koofi', ...CONTEXT_ACTORS].sort(),
    );
    expect(contextCount(BASE, filters({ stances: ['condemnation'] }))).toBe(5);
  });

  it('drops actors without a stance in view from what the server sent, but not the focused actor', () => {
    const focused: VisibleGraph = {
      nodes: BASE.nodes.filter((n) => ['russia', 'vladimir-putin', EVENT].includes(n.id)),
      edges: [rel('vladimir-putin', 'LEADS', 'russia')],
    };
    const drawn = visibleGraph(focused, { pruneIsolated: true, withoutContext: true, keep: ['russia'] });
    expect(actors(drawn)).toEqual(['russia']);
    expect(drawn.edges).toEqual([]);
  });

  it('in a focused view, a stance filter leaves the focus and whoever took a stance of the filter', () => {
    const around = filters({ stances: ['condemnation'], focus: 'russia' });
    expect(actors(filteredView(BASE, around))).toEqual(['russia']);
    expect(actors(filteredView(BASE, { ...around, showContext: true }))).toEqual(
      ['russia', 'russian-foreign-ministry', 'taliban-government', 'vladimir-putin'].sort(),
    );
    // Two hops over support edges reach every supporter; over condemnation edges nobody.
    expect(actors(filteredView(BASE, filters({ stances: ['support'], focus: 'russia', depth: 2 })))).toEqual(
      ['amir-khan-muttaqi', 'russia', 'russian-foreign-ministry', 'taliban-government', 'vladimir-putin'].sort(),
    );
  });
});

describe('kind counts', () => {
  it('count the actors in view, and for a kind switched off what switching it on would add', () => {
    const f = filters({ stances: ['condemnation'], kinds: ['person'] });
    const drawn = filteredView(BASE, f);
    expect(actors(drawn)).toEqual(['fawzia-koofi']);
    expect(kindCounts(BASE, drawn, f, ACTOR_KINDS)).toEqual({
      state: 0,
      government: 0,
      'government-body': 0,
      person: 1,
      organisation: 1,
      intergovernmental: 0,
    });
    // With the context actors shown, switching states on would add the four context states.
    const withContext = { ...f, showContext: true };
    expect(kindCounts(BASE, filteredView(BASE, withContext), withContext, ACTOR_KINDS).state).toBe(4);
  });

  it('follow the stance filter', () => {
    const f = filters({ stances: ['condemnation'] });
    expect(kindCounts(BASE, filteredView(BASE, f), f, ACTOR_KINDS)).toEqual({
      state: 0,
      government: 0,
      'government-body': 0,
      person: 1,
      organisation: 1,
      intergovernmental: 0,
    });
    const all = filters();
    expect(kindCounts(BASE, filteredView(BASE, all), all, ACTOR_KINDS)).toEqual({
      state: 5,
      government: 1,
      'government-body': 1,
      person: 5,
      organisation: 1,
      intergovernmental: 2,
    });
  });
});
