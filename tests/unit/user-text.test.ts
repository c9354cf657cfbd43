import { describe, expect, it } from 'vitest';
import { toElements } from '@/lib/client/drawing/elements';
import { LABEL_MAX, canvasLabel, safeHref, stripBidiControls } from '@/lib/client/user-text';

const ZWSP = '\u200B';

describe('stripBidiControls', () => {
  it('removes every embedding, override and isolate control, and nothing else', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(stripBidiControls(`a${controls}b`)).toBe('ab');
    // The override that shows "evil" as "live".
    expect(stripBidiControls('\u202Elive\u202C')).toBe('live');
    // Right-to-left script and the plain marks stay: they do not override anything.
    expect(stripBidiControls('طالبان \u200F Kabul')).toBe('طالبان \u200F Kabul');
  });
});

describe('canvasLabel', () => {
  it('leaves the names and titles of the seed as they are', () => {
    const title = 'Russia removes the Taliban from its list of terrorist organizations';
    expect(canvasLabel(title)).toBe(title);
    expect(canvasLabel('Afghan Women’s Political Participation Network')).toBe(
      'Afghan Women’s Political Participation Network',
    );
  });

  it('cuts a long label to LABEL_MAX characters, the last an ellipsis', () => {
    const label = canvasLabel('x'.repeat(3000)).replaceAll(ZWSP, '');
    expect(label).toBe(`${'x'.repeat(LABEL_MAX - 1)}…`);
    expect(canvasLabel('word '.repeat(100), 10)).toBe('word word…');
    expect(canvasLabel('x '.repeat(LABEL_MAX / 2))).toBe('x '.repeat(LABEL_MAX / 2));
  });

  it('gives a word too long to wrap a zero-width space after its hyphens, else every 16 characters, where Cytoscape can wrap it', () => {
    expect(canvasLabel('Ana Ferreira-Montenegro')).toBe(`Ana Ferreira-${ZWSP}Montenegro`);
    expect(canvasLabel('Internationalisation-wide x')).toBe(`Internationalisa${ZWSP}tion-${ZWSP}wide x`);
    expect(canvasLabel('Ferreira-Montenegro-Albuquerque')).toBe(`Ferreira-${ZWSP}Montenegro-${ZWSP}Albuquerque`);
    expect(canvasLabel('Baden-Württemberg')).toBe(`Baden-${ZWSP}Württemberg`);
    // Short hyphenated words are left alone: they fit a line.
    expect(canvasLabel('Guinea-Bissau')).toBe('Guinea-Bissau');
    const parts = canvasLabel('n'.repeat(3000)).split(ZWSP);
    expect(parts.length).toBe(5);
    for (const part of parts) expect(Array.from(part).length).toBeLessThanOrEqual(16);
    // Sixteen emoji are one piece: the length is counted in characters.
    expect(canvasLabel('😀'.repeat(16))).toBe('😀'.repeat(16));
  });

  it('counts characters, not UTF-16 units, and never splits a surrogate pair', () => {
    const flags = '🇦🇫 '.repeat(20); // 60 code points, 100 units
    expect(canvasLabel(flags)).toBe(flags);
    const label = canvasLabel('😀 '.repeat(200), 9).replaceAll(' ', '');
    expect(label).toBe('😀😀😀😀…');
  });

  it('strips bidi controls before measuring, so a reversed name is drawn in its real order', () => {
    expect(canvasLabel('Kabul \u202Eevil\u202C')).toBe('Kabul evil');
    expect(canvasLabel(`\u202E${'y '.repeat(LABEL_MAX / 2)}`)).toBe('y '.repeat(LABEL_MAX / 2));
  });
});

describe('safeHref', () => {
  it('links http and https URLs as given', () => {
    expect(safeHref('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeHref('http://example.org')).toBe('http://example.org');
    expect(safeHref('HTTPS://EXAMPLE.ORG/x')).toBe('HTTPS://EXAMPLE.ORG/x');
  });

  it('refuses every other scheme, however it is dressed', () => {
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      'ftp://example.org/x',
    ]) {
      expect(safeHref(url), url).toBeNull();
    }
  });

  it('refuses what is not a URL, and nothing', () => {
    expect(safeHref('example.org/page')).toBeNull();
    expect(safeHref('/relative/path')).toBeNull();
    expect(safeHref('')).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});

describe('toElements', () => {
  it('draws cut, cleaned labels for nodes and for relations of any type, and keeps the ids', () => {
    const name = `\u202E${'n'.repeat(3000)}`;
    const elements = toElements(
      {
        nodes: [
          { id: 'long', label: name, type: 'actor', kind: 'person' },
          { id: 'other', label: 'Other', type: 'actor', kind: 'state' },
        ],
        edges: [{ id: 'rel', source: 'long', target: 'other', type: `T${'_X'.repeat(200)}`, evidence: [] }],
      },
      { camps: new Map() },
    );
    const label = (id: string) => elements.find((e) => e.data.id === id)?.data.label as string;
    expect(label('long').replaceAll(ZWSP, '')).toBe(`${'n'.repeat(LABEL_MAX - 1)}…`);
    expect(label('other')).toBe('Other');
    expect(Array.from(label('rel').replaceAll(ZWSP, ''))).toHaveLength(LABEL_MAX);
  });
});
