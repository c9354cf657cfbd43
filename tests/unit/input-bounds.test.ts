import { describe, expect, it } from 'vitest';
import { jsonActorSchema, jsonSourceSchema } from '@/lib/import';
import { LIMITS, isWebUrl, lineTextProblem } from '@/lib/model/limits';
import { stanceSchema } from '@/lib/seed/schema';

const actor = { id: 'fawzia-koofi', name: 'Fawzia Koofi', kind: 'person', aliases: [], description: 'Politician' };
const source = {
  id: 'article',
  title: 'Report',
  publisher: 'Agency',
  url: null,
  date: '2025-07',
  text: 'Words.',
  about: [],
};
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

describe('bounds on what a writer takes in', () => {
  it('refuses a name longer than the limit, with its length', () => {
    const result = jsonActorSchema.safeParse({ ...actor, name: 'x'.repeat(3000) });
    expect(messages(result)).toEqual(['name must be at most 300 characters (it has 3,000)']);
  });

  it.each(['\u202E', '\u202A', '\u2066', '\u2069'])('refuses the bidi control U+%s in a name', (control) => {
    const result = jsonActorSchema.safeParse({ ...actor, name: `live${control}evil` });
    expect(messages(result)).toEqual([
      'name must not hold bidirectional control characters (U+202A–202E, U+2066–2069)',
    ]);
  });

  it('refuses a line break or control character in a one-line field', () => {
    expect(lineTextProblem('two\nlines', 300)).toBe('must be one line without control characters');
    expect(lineTextProblem('tab\tinside', 300)).toBeNull();
  });

  it('refuses a million aliases by counting them, without checking each one', () => {
    const aliases = new Array<string>(1_000_000).fill('');
    const result = jsonActorSchema.safeParse({ ...actor, aliases });
    expect(messages(result)).toEqual([`aliases must hold at most ${LIMITS.aliases} items`]);
    // One problem, not a million: the report stays small.
    expect(result.error!.issues).toHaveLength(1);
  });

  it('refuses a quote past 10,000 characters and a stance with too many quotes', () => {
    const quote = (q: string) => ({ actor: 'a', event: 'e', stance: 'support', evidence: [{ source: 's', quote: q }] });
    expect(messages(stanceSchema.safeParse(quote('x'.repeat(LIMITS.quote))))).toEqual([]);
    expect(messages(stanceSchema.safeParse(quote('x'.repeat(LIMITS.quote + 1))))).toEqual([
      'quote must be at most 10,000 characters',
    ]);
    const many = { ...quote('q'), evidence: new Array(LIMITS.quotesPerStance + 1).fill({ source: 's', quote: 'q' }) };
    expect(messages(stanceSchema.safeParse(many))).toEqual([
      `evidence must hold at most ${LIMITS.quotesPerStance} items`,
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/a', 'example.org'])(
    'refuses the source link %s: only http and https',
    (url) => {
      expect(isWebUrl(url)).toBe(false);
      expect(messages(jsonSourceSchema.safeParse({ ...source, url }))).toEqual([
        'url must be a full http(s) address or null',
      ]);
    },
  );

  it('takes http and https links', () => {
    expect(jsonSourceSchema.safeParse({ ...source, url: 'https://example.org/a?b=c' }).success).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
  });
});
