import { describe, expect, it } from 'vitest';
import { exportFilename, viewFileWords } from '@/lib/client/drawing/export';
import { DEFAULT_STATE } from '@/lib/client/url/url-state';

const EVENT = 'russia-recognizes-taliban';

describe('export file names', () => {
  it('say the event and the filters', () => {
    const words = viewFileWords({ ...DEFAULT_STATE, stances: ['condemnation'] }, EVENT);
    expect(exportFilename(words, 'png')).toBe('stancegraph-russia-recognizes-taliban-condemnation.png');
    expect(exportFilename(viewFileWords(DEFAULT_STATE, EVENT), 'json')).toBe(
      'stancegraph-russia-recognizes-taliban.json',
    );
    expect(
      exportFilename(
        viewFileWords(
          { ...DEFAULT_STATE, actor: 'fawzia-koofi', depth: 2, kinds: ['person', 'organisation'], stances: [] },
          null,
        ),
        'png',
      ),
    ).toBe('stancegraph-all-events-around-fawzia-koofi-2-hops-no-stances-person-organisation.png');
  });

  it('name the context actors only where the view differs from what its filter would show', () => {
    const name = (patch: Partial<typeof DEFAULT_STATE>) =>
      exportFilename(viewFileWords({ ...DEFAULT_STATE, ...patch }, EVENT), 'png');
    expect(name({ stances: ['caution'], context: true })).toBe(
      'stancegraph-russia-recognizes-taliban-caution-with-context.png',
    );
    expect(name({ context: false })).toBe('stancegraph-russia-recognizes-taliban-without-context.png');
    expect(name({ context: true })).toBe('stancegraph-russia-recognizes-taliban.png');
  });

  it('are safe on any file system: ASCII letters, digits and hyphens, and not too long', () => {
    const name = exportFilename(['Über / "quoted" : *x?', 'a'.repeat(80), 'b'.repeat(80)], 'png');
    expect(name).toMatch(/^stancegraph-[a-z0-9]+(-[a-z0-9]+)*\.png$/);
    expect(name.length).toBeLessThanOrEqual(140);
    expect(name.startsWith('stancegraph-uber-quoted-x-')).toBe(true);
    expect(exportFilename(['***'], 'json')).toBe('stancegraph.json');
  });
});
