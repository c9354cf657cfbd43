import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, STANCES } from '@/lib/domain';
import {
  ALL_EVENTS,
  DEFAULT_STATE,
  hrefFor,
  isFiltered,
  showsContext,
  parseDepth,
  parseExplorerState,
  serializeExplorerState,
  toggleValue,
  type ExplorerState,
} from '@/lib/client/url/url-state';

const parse = (query: string) => parseExplorerState(new URLSearchParams(query));

describe('parseExplorerState', () => {
  it('gives the default view for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_STATE);
  });

  it('reads repeated stances and kinds, in vocabulary order whatever the URL order', () => {
    const state = parse('stance=caution&stance=support&kind=person&kind=state');
    expect(state.stances).toEqual(['support', 'caution']);
    expect(state.kinds).toEqual(['state', 'person']);
  });

  it('accepts comma-separated values typed by hand', () => {
    expect(parse('stance=condemnation,caution').stances).toEqual(['condemnation', 'caution']);
  });

  it('drops unknown values, and treats a list of only unknown values as no filter', () => {
    expect(parse('stance=support&stance=maybe').stances).toEqual(['support']);
    expect(parse('stance=maybe').stances).toEqual([...STANCES]);
    expect(parse('kind=robot').kinds).toEqual([...ACTOR_KINDS]);
  });

  it('reads "none" as everything switched off', () => {
    expect(parse('stance=none').stances).toEqual([]);
    expect(parse('kind=none').kinds).toEqual([]);
  });

  it('keeps only valid slugs for event and actor', () => {
    expect(parse('event=russia-recognizes-taliban&actor=fawzia-koofi')).toMatchObject({
      event: 'russia-recognizes-taliban',
      actor: 'fawzia-koofi',
    });
    expect(parse('event=<script>&actor=Fawzia%20Koofi')).toMatchObject({ event: null, actor: null });
    expect(parse('event=ALL').event).toBe(ALL_EVENTS);
    // Ids in other scripts, as a shared link carries them.
    const link = `actor=${encodeURIComponent('сергей-лавров')}&select=${encodeURIComponent('王毅')}`;
    expect(parse(link)).toMatchObject({ actor: 'сергей-лавров', select: '王毅' });
    expect(parse(serializeExplorerState(parse(link)))).toEqual(parse(link));
  });

  it('clamps depth to 1..3', () => {
    expect(parseDepth('2')).toBe(2);
    expect(parseDepth('0')).toBe(1);
    expect(parseDepth('9')).toBe(3);
    expect(parseDepth('1.5')).toBe(1);
    expect(parseDepth(null)).toBe(1);
  });

  it('keeps an edge id as the selection but refuses control characters', () => {
    expect(parse('select=fawzia-koofi--russia-recognizes-taliban').select).toBe(
      'fawzia-koofi--russia-recognizes-taliban',
    );
    expect(parse('select=a%0Ab').select).toBeNull();
  });

  it('reads a Next.js searchParams record the same way as URLSearchParams', () => {
    const record = { stance: ['support', 'caution'], actor: 'russia', depth: '2', select: 'russia', layout: 'force' };
    expect(parseExplorerState(record)).toEqual(
      parse('stance=support&stance=caution&actor=russia&depth=2&select=russia&layout=force'),
    );
  });

  it('falls back to defaults for an unknown layout, view or renderer', () => {
    expect(parse('layout=spiral&view=3d&renderer=svg')).toMatchObject({
      layout: 'camps',
      view: 'split',
      renderer: 'auto',
    });
    expect(parse('renderer=WebGL')).toMatchObject({ renderer: 'webgl' });
  });
});

describe('serializeExplorerState', () => {
  it('leaves defaults out, so the plain view has a plain URL', () => {
    expect(serializeExplorerState(DEFAULT_STATE)).toBe('');
    expect(hrefFor(DEFAULT_STATE)).toBe('/');
  });

  it('writes every filter, the focus, the depth and the selection', () => {
    const state: ExplorerState = {
      ...DEFAULT_STATE,
      event: 'russia-recognizes-taliban',
      stances: ['condemnation', 'caution'],
      kinds: ['person', 'organisation'],
      actor: 'fawzia-koofi',
      depth: 2,
      select: 'fawzia-koofi',
    };
    expect(serializeExplorerState(state)).toBe(
      'event=russia-recognizes-taliban&stance=condemnation&stance=caution&kind=person&kind=organisation&actor=fawzia-koofi&depth=2&select=fawzia-koofi',
    );
  });

  it('round-trips through parse', () => {
    const state: ExplorerState = {
      event: ALL_EVENTS,
      stances: [],
      kinds: ['state'],
      actor: 'russia',
      depth: 3,
      select: 'russia--recognizes--taliban-government',
      layout: 'force',
      view: 'table',
      renderer: 'webgl',
      context: true,
      from: '2024-11',
      to: '2025',
    };
    expect(parse(serializeExplorerState(state))).toEqual(state);
    expect(parse(serializeExplorerState({ ...state, context: false }))).toEqual({ ...state, context: false });
  });

  it('is canonical: equal states give equal URLs whatever order filters were toggled in', () => {
    const a = serializeExplorerState({ ...DEFAULT_STATE, stances: ['caution', 'support'] });
    const b = serializeExplorerState({ ...DEFAULT_STATE, stances: ['support', 'caution'] });
    expect(a).toBe(b);
    expect(serializeExplorerState(parse(a))).toBe(a);
  });

  it('keeps a range of time, leaving out bad dates and a from after its to', () => {
    expect(parse('from=2025-07&to=2025-09-30')).toMatchObject({ from: '2025-07', to: '2025-09-30' });
    expect(parse('from=2025-07')).toMatchObject({ from: '2025-07', to: null });
    // "to" reaches the end of its period: July 2025 lies within 2025.
    expect(parse('from=2025-07-31&to=2025')).toMatchObject({ from: '2025-07-31', to: '2025' });
    expect(parse('from=2025-13&to=2025-02-30x')).toMatchObject({ from: null, to: null });
    expect(parse('from=2025-08&to=2025-07')).toMatchObject({ from: null, to: null });
    expect(serializeExplorerState({ ...DEFAULT_STATE, from: '2025-07', to: '2025-08' })).toBe(
      'from=2025-07&to=2025-08',
    );
  });

  it('writes depth only with a focused actor', () => {
    expect(serializeExplorerState({ ...DEFAULT_STATE, depth: 3 })).toBe('');
  });
});

describe('filter helpers', () => {
  it('toggles a value and keeps vocabulary order', () => {
    expect(toggleValue(['caution'], 'support', STANCES)).toEqual(['support', 'caution']);
    expect(toggleValue(['support', 'caution'], 'support', STANCES)).toEqual(['caution']);
  });

  it('knows when a view is filtered', () => {
    expect(isFiltered(DEFAULT_STATE)).toBe(false);
    expect(isFiltered({ ...DEFAULT_STATE, stances: ['support'] })).toBe(true);
    expect(isFiltered({ ...DEFAULT_STATE, kinds: ['person'] })).toBe(true);
    expect(isFiltered({ ...DEFAULT_STATE, context: false })).toBe(true);
    expect(isFiltered({ ...DEFAULT_STATE, context: true })).toBe(false);
  });

  it('shows context actors while every stance is on, unless the link says otherwise', () => {
    expect(parse('').context).toBeNull();
    expect(parse('context=show').context).toBe(true);
    expect(parse('context=HIDE').context).toBe(false);
    expect(parse('context=maybe').context).toBeNull();
    expect(showsContext(DEFAULT_STATE)).toBe(true);
    expect(showsContext({ stances: ['condemnation'], context: null })).toBe(false);
    expect(showsContext({ stances: ['condemnation'], context: true })).toBe(true);
    expect(showsContext({ stances: [...STANCES], context: false })).toBe(false);
    expect(serializeExplorerState({ ...DEFAULT_STATE, stances: ['condemnation'], context: true })).toBe(
      'stance=condemnation&context=show',
    );
  });
});
