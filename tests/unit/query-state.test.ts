import { describe, expect, it } from 'vitest';
import type { QuestionField } from '@/lib/types';
import {
  missingFields,
  normalizeInputs,
  parseParamsText,
  parseQueryPageState,
  queryHref,
  questionApiPath,
  questionFormInputs,
  runKey,
  serializeQueryPageState,
  type QueryPageState,
} from '@/lib/client/query-page/query-state';

const parse = (search: string) => parseQueryPageState(new URLSearchParams(search));
const EVENT = 'russia-recognizes-taliban';

describe('the query page state in the URL', () => {
  it('reads a ready question and its inputs, and writes them back canonically', () => {
    const state = parse(`kind=state&q=stance-takers&event=${EVENT}&stance=support&kind=person`);
    expect(state).toEqual({
      tab: 'questions',
      run: {
        kind: 'question',
        name: 'stance-takers',
        inputs: { event: [EVENT], kind: ['person', 'state'], stance: ['support'] },
      },
      invalid: null,
      select: null,
    });
    expect(serializeQueryPageState(state)).toBe(`q=stance-takers&event=${EVENT}&kind=person&kind=state&stance=support`);
    // Round trip: what is written reads back as the same state.
    expect(parse(serializeQueryPageState(state))).toEqual(state);
  });

  it('reads a console query with its parameters, and opens the console tab', () => {
    const cypher = 'MATCH (a:Actor) RETURN a LIMIT $n';
    const state = parse(new URLSearchParams({ cypher, params: '{"n":5}' }).toString());
    expect(state).toEqual({
      tab: 'console',
      run: { kind: 'cypher', cypher, params: { n: 5 } },
      invalid: null,
      select: null,
    });
    expect(queryHref(state)).toBe(`/query?${new URLSearchParams({ cypher, params: '{"n":5}' })}`);
    expect(parse(serializeQueryPageState(state))).toEqual(state);
  });

  it('leaves out empty parameters and the tab the run implies; keeps a tab that differs', () => {
    const cypher: QueryPageState = {
      tab: 'console',
      run: { kind: 'cypher', cypher: '  RETURN 1  ', params: {} },
      invalid: null,
      select: null,
    };
    expect(serializeQueryPageState(cypher)).toBe('cypher=RETURN+1');
    expect(serializeQueryPageState({ ...cypher, tab: 'questions' })).toBe('cypher=RETURN+1&tab=questions');
    expect(queryHref({ tab: 'questions', run: null, invalid: null, select: null })).toBe('/query');
    expect(queryHref({ tab: 'console', run: null, invalid: null, select: null })).toBe('/query?tab=console');
  });

  it('does not run a link whose parameters are broken, but keeps them to be mended', () => {
    const state = parse('cypher=RETURN+%24n&params=%7Bn%3A5%7D');
    expect(state.run).toBeNull();
    expect(state.tab).toBe('console');
    expect(state.invalid).toMatchObject({ cypher: 'RETURN $n', paramsText: '{n:5}' });
    expect(state.invalid?.reason).toMatch(/not valid JSON/);
    expect(serializeQueryPageState(state)).toBe('cypher=RETURN+%24n&params=%7Bn%3A5%7D');
  });

  it('ignores what it cannot use: an unknown tab, a question name that is not an id, an empty query', () => {
    expect(parse('tab=admin')).toEqual({ tab: 'questions', run: null, invalid: null, select: null });
    expect(parse('q=../../admin').run).toBeNull();
    expect(parse('cypher=%20%20').run).toBeNull();
    // A question wins over a console query when a hand-made link has both.
    expect(parse('q=camps&cypher=RETURN+1&event=x').run).toEqual({
      kind: 'question',
      name: 'camps',
      inputs: { event: ['x'] },
    });
  });

  it('keeps the open panel of an answer, never as a question input, and only beside a run', () => {
    const state = parse(`q=speaks-for&actor=russia&select=russian-foreign-ministry`);
    expect(state.select).toBe('russian-foreign-ministry');
    expect(state.run).toEqual({ kind: 'question', name: 'speaks-for', inputs: { actor: ['russia'] } });
    expect(serializeQueryPageState(state)).toBe('q=speaks-for&actor=russia&select=russian-foreign-ministry');
    expect(parse(serializeQueryPageState(state))).toEqual(state);
    expect(serializeQueryPageState({ ...state, select: null })).toBe('q=speaks-for&actor=russia');
    // Nothing is answered, so nothing can be open; a control character is not an id.
    expect(parse('select=russia').select).toBeNull();
    expect(parse('q=camps&select=%00x').select).toBeNull();
  });

  it('keeps a renderer choice through new runs, never as a question input, and not in the run key', () => {
    const state = parse('q=speaks-for&actor=russia&renderer=webgl');
    expect(state.renderer).toBe('webgl');
    expect(state.run).toEqual({ kind: 'question', name: 'speaks-for', inputs: { actor: ['russia'] } });
    // A new run is the current state with the run replaced (use-query-page-state): the choice stays.
    const next = {
      ...state,
      run: { kind: 'cypher' as const, cypher: 'RETURN 1', params: {} },
      tab: 'console' as const,
    };
    expect(serializeQueryPageState(next)).toBe('cypher=RETURN+1&renderer=webgl');
    expect(runKey(state.run)).toBe(runKey(parse('q=speaks-for&actor=russia').run));
    // Anything but canvas or webgl is the app's own choice, and is left out of the link.
    expect(parse('q=camps&renderer=opengl').renderer).toBeUndefined();
    expect(serializeQueryPageState(parse('q=camps&renderer=auto'))).toBe('q=camps');
  });

  it('gives equal runs equal keys, whatever the order of inputs, the open tab or panel', () => {
    const a = parse(`q=stance-takers&stance=support&event=${EVENT}`);
    const b = parse(`event=${EVENT}&tab=console&stance=support&q=stance-takers&select=russia`);
    expect(runKey(a.run)).toBe(runKey(b.run));
    expect(runKey(null)).toBe('');
  });
});

describe('question inputs', () => {
  it('are trimmed, de-duplicated and sorted; empty ones and the page’s own names dropped', () => {
    expect(
      normalizeInputs({
        to: [' russia '],
        from: ['china'],
        kind: ['state', 'person', 'state'],
        actor: [''],
        tab: ['x'],
      }),
    ).toEqual({
      from: ['china'],
      kind: ['person', 'state'],
      to: ['russia'],
    });
  });

  it('make the API path', () => {
    expect(questionApiPath('speaks-for', { actor: ['amir-khan-muttaqi'] })).toBe(
      '/api/questions/speaks-for?actor=amir-khan-muttaqi',
    );
    expect(questionApiPath('echoes', {})).toBe('/api/questions/echoes');
  });
});

describe('console parameters', () => {
  it('are a JSON object, or nothing', () => {
    expect(parseParamsText('')).toEqual({ ok: true, params: {} });
    expect(parseParamsText(' {"event": "x", "n": 3, "ids": ["a"]} ')).toEqual({
      ok: true,
      params: { event: 'x', n: 3, ids: ['a'] },
    });
  });

  it('say why they cannot be used', () => {
    expect(parseParamsText('{n: 5}')).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid JSON/) });
    expect(parseParamsText('[1, 2]')).toMatchObject({ ok: false, reason: expect.stringMatching(/one JSON object/) });
    expect(parseParamsText('{"bad name": 1}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/letters, digits and _/),
    });
  });
});

describe('the question form', () => {
  const stanceTakers: QuestionField[] = [
    { name: 'event', input: 'event', required: true },
    { name: 'stance', input: 'stance', required: true },
    { name: 'kind', input: 'kind', required: false, repeatable: true },
  ];
  const neighbourhood: QuestionField[] = [
    { name: 'actor', input: 'actor', required: true },
    { name: 'hops', input: 'hops', required: false },
  ];

  it('fills obvious defaults so a question can be asked at once', () => {
    expect(questionFormInputs(stanceTakers, {}, EVENT)).toEqual({ event: [EVENT], stance: ['support'] });
    expect(questionFormInputs(neighbourhood, {}, EVENT)).toEqual({ hops: ['1'] });
  });

  it('sends only the question’s own fields, one value unless the field repeats', () => {
    const inputs = {
      event: ['other-event'],
      stance: ['caution', 'support'],
      kind: ['state', 'person'],
      actor: ['russia'],
    };
    expect(questionFormInputs(stanceTakers, inputs, EVENT)).toEqual({
      event: ['other-event'],
      kind: ['person', 'state'],
      stance: ['caution'],
    });
  });

  it('names the required fields still empty', () => {
    expect(missingFields(neighbourhood, questionFormInputs(neighbourhood, {}, EVENT)).map((f) => f.name)).toEqual([
      'actor',
    ]);
    expect(missingFields(stanceTakers, questionFormInputs(stanceTakers, {}, null)).map((f) => f.name)).toEqual([
      'event',
    ]);
  });
});
