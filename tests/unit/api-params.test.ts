import { describe, expect, it } from 'vitest';
import { parseViewQuery } from '@/lib/api/filters';
import { describeZodError, parseOrThrow, BadRequestError } from '@/lib/api/respond';
import { actorSearchSchema, graphQuerySchema, searchParamsToObject } from '@/lib/api/schemas';
import { toLuceneQuery } from '@/lib/graph/search';
import { QUESTIONS } from '@/lib/questions';

const parseGraph = (qs: string) => parseOrThrow(graphQuerySchema, searchParamsToObject(new URLSearchParams(qs)));

describe('graph query strings', () => {
  it('reads repeated and comma-separated stances and kinds', () => {
    expect(
      parseGraph(
        'event=russia-recognizes-taliban&stance=support&stance=caution&kind=person,state&actor=fawzia-koofi&depth=2',
      ),
    ).toEqual({
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

  it('says a required parameter is missing, not malformed', () => {
    expect(() => parseOrThrow(QUESTIONS.camps.params, searchParamsToObject(new URLSearchParams('')))).toThrow(
      /^event is required$/,
    );
    expect(() =>
      parseOrThrow(QUESTIONS.camps.params, searchParamsToObject(new URLSearchParams('event=a&event=b'))),
    ).toThrow(/^event: given more than once or in the wrong form$/);
  });

  it('reports every problem at once', () => {
    const result = graphQuerySchema.safeParse(searchParamsToObject(new URLSearchParams('stance=x&depth=9')));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeZodError(result.error)).toBe(
        'stance must be one of support, condemnation, caution; depth must be from 1 to 3',
      );
    }
  });
});

describe('view filters (/api/graph, /api/export, npm run export)', () => {
  const view = (qs: string) => parseViewQuery(new URLSearchParams(qs));
  const download = (qs: string) => parseViewQuery(new URLSearchParams(qs), 'export');

  it('reads the graph filters, depth 1 unless given', () => {
    expect(
      view('event=russia-recognizes-taliban&stance=support,caution&kind=person&actor=fawzia-koofi&depth=2'),
    ).toEqual({
      event: 'russia-recognizes-taliban',
      stances: ['support', 'caution'],
      kinds: ['person'],
      actor: 'fawzia-koofi',
      depth: 2,
    });
    expect(view('')).toEqual({ event: undefined, stances: [], kinds: [], actor: undefined, depth: 1 });
  });

  it("refuses an export's format and scope on the graph", () => {
    expect(() => view('format=json')).toThrow('unknown parameter(s): format');
  });

  it('exports the whole graph as JSON by default, and a view when filtered', () => {
    expect(download('')).toEqual({ format: 'json', scope: 'all', filters: view('') });
    expect(download('format=graphml&stance=support&stance=condemnation')).toEqual({
      format: 'graphml',
      scope: 'view',
      filters: view('stance=support,condemnation'),
    });
    expect(download('scope=view')).toMatchObject({ scope: 'view', filters: view('') });
    expect(download('depth=2')).toMatchObject({ scope: 'view' });
  });

  it.each([
    ['format=xlsx', 'format must be one of json, csv, graphml, cyjs'],
    ['scope=some', 'scope must be all or view'],
    [
      'scope=all&event=russia-recognizes-taliban',
      'scope=all exports the whole graph; drop the filters, or use scope=view',
    ],
    ['scope=all&kind=state', 'scope=all exports the whole graph; drop the filters, or use scope=view'],
    ['stance=neutral&format=csv', 'stance must be one of support, condemnation, caution'],
    ['event=a&event=b', 'event: given more than once or in the wrong form'],
    ['out=x.json', 'unknown parameter(s): out'],
  ])('refuses the export %s: %s', (qs, message) => {
    expect(() => download(qs)).toThrow(BadRequestError);
    expect(() => download(qs)).toThrow(message);
  });

  it('refuses what the graph refuses, with the same message', () => {
    const messageOf = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    for (const qs of ['stance=x&depth=9', 'actor=Fawzia Koofi', 'foo=bar']) {
      expect(messageOf(() => view(qs))).not.toBe('accepted');
      expect(messageOf(() => download(qs))).toBe(messageOf(() => view(qs)));
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
    expect(toLuceneQuery('Fawzia Koofi')).toBe(
      '(fawzia^3 OR fawzia*^2 OR fawzia~1) AND (koofi^3 OR koofi*^2 OR koofi~1)',
    );
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
