/** Where the sign-in page sends a person back to (lib/client/next-path.ts). */
import { describe, expect, it } from 'vitest';
import { safeNextPath, signInHref } from '@/lib/client/next-path';

describe('where signing in returns to', () => {
  it('is a path of this site, or the explorer', () => {
    expect(safeNextPath('/import')).toBe('/import');
    expect(safeNextPath('/?event=x&actor=y')).toBe('/?event=x&actor=y');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/\t/evil',
      '',
      null,
    ])
      expect(safeNextPath(bad)).toBe('/');
  });

  it('is carried in the sign-in link', () => {
    expect(signInHref('/import')).toBe('/signin?next=/import');
    expect(signInHref('/query')).toBe('/signin?next=/query');
    expect(signInHref('/')).toBe('/signin');
  });
});
