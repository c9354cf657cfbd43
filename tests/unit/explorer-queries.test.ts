import { describe, expect, it } from 'vitest';
import {
  graphQueryString,
  normalizeGraphParams,
  queryKeys,
  timelineQueryString,
  type GraphParams,
} from '@/lib/client/data/queries';

const base: GraphParams = { event: 'russia-recognizes-taliban', stances: null, kinds: null, actor: null, depth: null };

describe('graph query keys and URLs', () => {
  it('gives the same key for the same filters in any order', () => {
    const a = queryKeys.graph({ ...base, stances: ['caution', 'support'], kinds: ['person', 'state'] });
    const b = queryKeys.graph({ ...base, stances: ['support', 'caution'], kinds: ['state', 'person'] });
    expect(a).toEqual(b);
  });

  it('treats "every stance" like no stance filter, so the unfiltered graph is fetched once', () => {
    expect(queryKeys.graph({ ...base, stances: ['support', 'condemnation', 'caution'] })).toEqual(
      queryKeys.graph(base),
    );
  });

  it('ignores depth without a focused actor', () => {
    expect(normalizeGraphParams({ ...base, depth: 3 }).depth).toBeNull();
    expect(normalizeGraphParams({ ...base, actor: 'russia', depth: null }).depth).toBe(1);
  });

  it('spells the API query string with repeated stance and kind parameters', () => {
    expect(
      graphQueryString({
        ...base,
        stances: ['caution', 'condemnation'],
        kinds: ['person'],
        actor: 'fawzia-koofi',
        depth: 2,
      }),
    ).toBe('event=russia-recognizes-taliban&stance=condemnation&stance=caution&kind=person&actor=fawzia-koofi&depth=2');
    expect(graphQueryString({ ...base, event: null })).toBe('');
  });

  it('asks the timeline for a focused actor without the view’s depth, which /api/timeline refuses', () => {
    expect(timelineQueryString({ ...base, event: null, actor: 'amir-khan-muttaqi', stances: ['support'] })).toBe(
      'stance=support&actor=amir-khan-muttaqi',
    );
  });

  it('nests keys so a whole family can be invalidated at once', () => {
    expect(queryKeys.event('x').slice(0, 1)).toEqual(queryKeys.events());
    expect(queryKeys.actorSearch('koof', 8).slice(0, 1)).toEqual(queryKeys.actors());
    expect(queryKeys.actor('fawzia-koofi').slice(0, 1)).toEqual(queryKeys.actors());
  });
});
