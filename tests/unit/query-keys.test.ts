import { describe, expect, it } from 'vitest';
import { consoleQuery, questionAnswerQuery, queryKeys } from '@/lib/client/data/queries';

describe('query keys of the query page', () => {
  it('give a question the same key whatever the order or spacing of its inputs', () => {
    const a = questionAnswerQuery('stance-takers', {
      stance: ['support'],
      kind: ['state', 'person'],
      event: ['e'],
    }).queryKey;
    const b = questionAnswerQuery('stance-takers', {
      event: [' e '],
      kind: ['person', 'state', 'state'],
      stance: ['support'],
    }).queryKey;
    expect(a).toEqual(b);
    expect(a).toEqual([
      'questions',
      'answer',
      'stance-takers',
      { event: ['e'], kind: ['person', 'state'], stance: ['support'] },
    ]);
  });

  it('key a console run on its text and parameters', () => {
    expect(consoleQuery(' RETURN $n ', { n: 1 }).queryKey).toEqual(consoleQuery('RETURN $n', { n: 1 }).queryKey);
    expect(consoleQuery('RETURN $n', { n: 1 }).queryKey).not.toEqual(consoleQuery('RETURN $n', { n: 2 }).queryKey);
  });

  it('nest under their families, so questions or console runs can be invalidated together', () => {
    expect(queryKeys.questionList().slice(0, 1)).toEqual(queryKeys.questions());
    expect(queryKeys.questionAnswer('camps', {}).slice(0, 1)).toEqual(queryKeys.questions());
    expect(queryKeys.consoleRun('RETURN 1', {}).slice(0, 1)).toEqual(queryKeys.consoleRuns());
  });
});
