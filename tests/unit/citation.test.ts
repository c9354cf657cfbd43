import { describe, expect, it } from 'vitest';
import { citationLine, sourceLink } from '@/lib/client/citation';
import type { Evidence } from '@/lib/types';

const ARTICLE = {
  id: 'russia-recognizes-taliban-article',
  title: 'Russia Becomes First Country to Recognize Taliban Government',
  publisher: 'Unattributed news report',
  url: null,
  date: '2025-07',
};
const KOOFI =
  "Fawzia Koofi, a former Afghan politician, condemned Russia’s decision, warning that it could not foster peace but instead normalize the Taliban's regime, which she claims jeopardizes global security.";

describe('citationLine', () => {
  it('sets the actor’s own words in quotation marks, with the source and that it has no link', () => {
    const evidence: Evidence = { quote: 'new phase of positive relations', kind: 'direct', source: ARTICLE };
    expect(citationLine('Amir Khan Muttaqi', evidence)).toBe(
      'Amir Khan Muttaqi — “new phase of positive relations” — Russia Becomes First Country to Recognize Taliban Government, Unattributed news report, July 2025, no link on file',
    );
  });

  it('marks the reporter’s account as reported, never in quotation marks', () => {
    const line = citationLine('Fawzia Koofi', { quote: KOOFI, kind: 'reported', source: ARTICLE });
    expect(line).toBe(
      `Fawzia Koofi — reported: ${KOOFI} — Russia Becomes First Country to Recognize Taliban Government, Unattributed news report, July 2025, no link on file`,
    );
    expect(line).not.toMatch(/[“”]/);
  });

  it('gives the link when the source has one, and keeps the line one line', () => {
    const source = { ...ARTICLE, url: 'https://example.org/vote', publisher: '', date: null };
    expect(citationLine('France', { quote: 'Two lines:\r\nwe are worried', kind: 'direct', source })).toBe(
      'France — “Two lines: we are worried” — Russia Becomes First Country to Recognize Taliban Government, undated, https://example.org/vote',
    );
  });

  it('keeps a bidi override inside its own words, which stay verbatim', () => {
    const quote = 'They called the decision \u202Elive';
    const line = citationLine('Bidi Speaker', { quote, kind: 'direct', source: ARTICLE });
    expect(line).toContain(`“\u2068${quote}\u2069”`);
  });
});

describe('sourceLink', () => {
  it('says there is no link, or no web link, rather than showing one that is not on the web', () => {
    expect(sourceLink({ url: null })).toEqual({ missing: 'no link on file' });
    expect(sourceLink({ url: 'data:text/html,<script>alert(1)</script>' })).toEqual({
      missing: 'no web link on file',
    });
    expect(sourceLink({ url: 'https://example.org/a' })).toEqual({ href: 'https://example.org/a' });
  });
});
