import { describe, expect, it } from 'vitest';
import { countTicks, sparseTicks, tallestStack } from '@/components/charts/plot-style';

describe('chart helpers', () => {
  it('ticks counts in whole numbers, about three of them, reaching the tallest stack', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(2)).toEqual([0, 1, 2]);
    expect(countTicks(7)).toEqual([0, 3, 6, 9]);
    expect(
      tallestStack([
        { support: 2, condemnation: 1, caution: 0 },
        { support: 0, condemnation: 0, caution: 4 },
      ]),
    ).toBe(4);
    expect(tallestStack([])).toBe(1);
  });

  it('labels every period while they fit, then every n-th, always the first', () => {
    const months = Array.from({ length: 24 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    expect(sparseTicks(months.slice(0, 4), 700)).toEqual(months.slice(0, 4));
    const sparse = sparseTicks(months, 700);
    expect(sparse[0]).toBe(months[0]);
    expect(sparse.length).toBeLessThanOrEqual(10);
    expect(sparse.length).toBeGreaterThanOrEqual(8);
  });
});
