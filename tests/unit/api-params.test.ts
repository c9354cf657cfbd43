import { describe, expect, it } from 'vitest';
import { describeZodError, parseOrThrow, BadRequestError } from '@/lib/api/respond';
import { actorSearchSchema, graphQuerySchema, searchParamsToObject } from '@/lib/api/schemas';
import { toLuceneQuery } from '@/lib/graph/search';

const parseGraph = (qs: string) => parseOrThrow(graphQuerySchema, searchParamsToObject(new URLSearchParams(qs)));

describe('graph query strings', () => {
  it('reads repeated and comma-separated stances and kinds', () => {
    expect(parseGraph('event=russia-recognizes-taliban&stance=support&stance=caution&kind=person,state&actor=fawzia-koofi&depth=2')).toEqual({
      event: 'russia-recognizes-taliban',
      stance: ['support', 'caution'],
      kind: ['person', 'state'],
      actor: 'fawzia-koofi',
      depth: 2,
    });
  });

  it('means "all" when a filter is absent or empty', () => {
    expect(parseGraph('')).toEqual({ stance: [], kind: [] });
    expect(parseGraph('stance=&kind=')).toEqual({ stance: [], kind: [] });
  });

  it.each([
    ['stance=neutral', 'stance must be one of support, condemnation, caution'],
    ['kind=city', 'kind must be one of state, government, government-body, person, organisation, intergovernmental'],
    ['depth=0', 'depth must be from 1 to 3'],
    ['depth=1.5', 'depth must be a whole number from 1 to 3'],
    ['actor=Fawzia Koofi', 'actor must be an id like "fawzia-koofi"'],
    ['foo=bar', 'unknown parameter(s): foo'],
    ['actor=a&actor=b', 'actor: given more than once or in the wrong form'],
  ])('refuses %s: %s', (qs, message) => {
    expect(() => parseGraph(qs)).toThrow(BadRequestError);
    expect(() => parseGraph(qs)).toThrow(message);
  });

  it('reports every problem at once', () => {
    const result = graphQuerySchema.safeParse(searchParamsToObject(new URLSearchParams('stance=x&depth=9')));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeZodError(result.error)).toBe('stance must be one of support, condemnation, caution; depth must be from 1 to 3');
    }
  });
});

describe('actor search query strings', () => {
  it('trims q and bounds limit', () => {
    expect(parseOrThrow(actorSearchSchema, { q: '  koofi ', limit: '5' })).toEqual({ q: 'koofi', limit: 5 });
    expect(() => parseOrThrow(actorSearchSchema, { limit: '51' })).toThrow('limit must be from 1 to 50');
  });
});

describe('toLuceneQuery', () => {
  it('matches each word exactly, as a prefix, and (from four letters) with typos', () => {
    expect(toLuceneQuery('koof')).toBe('(koof^3 OR koof*^2 OR koof~1)');
    expect(toLuceneQuery('UN')).toBe('(un^3 OR un*^2)');
    expect(toLuceneQuery('Fawzia Koofi')).toBe('(fawzia^3 OR fawzia*^2 OR fawzia~1) AND (koofi^3 OR koofi*^2 OR koofi~1)');
    expect(toLuceneQuery('Afghanistan')).toContain('afghanistan~2');
  });

  it('treats Lucene syntax as plain text and ignores what is left of it', () => {
    expect(toLuceneQuery('koofi~ OR *:* ^"')).toBe('(koofi^3 OR koofi*^2 OR koofi~1) AND (or^3 OR or*^2)');
    expect(toLuceneQuery('*:*')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
  });

  it('drops a stray letter left by an apostrophe', () => {
    expect(toLuceneQuery('Germany’s')).toBe('(germany^3 OR germany*^2 OR germany~2)');
    expect(toLuceneQuery('Мутаки')).toBe('(мутаки^3 OR мутаки*^2 OR мутаки~1)');
  });
});
