import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { PairSet } from '@/lib/import/hashset';
import { RowRanges } from '@/lib/import/runs';

function skipped(ranges: RowRanges, rows: number[]): number[] {
  const cursor = { i: 0 };
  return rows.filter((row) => ranges.has(row, cursor));
}

describe('RowRanges: the rows an interrupted run wrote', () => {
  it('skips exactly the recorded ranges, even when batches committed out of order', () => {
    // Batches 2-5 and 11-15 committed, 6-10 did not (it was in flight when the database died).
    const ranges = RowRanges.fromRun(neo4j.int(0), [neo4j.int(11), neo4j.int(15), neo4j.int(2), neo4j.int(5)]);
    expect(skipped(ranges, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17])).toEqual([
      2, 3, 4, 5, 11, 12, 13, 14, 15,
    ]);
  });

  it('reads a run recorded before ranges: every row up to lastRow was written', () => {
    const ranges = RowRanges.fromRun(neo4j.int(7), null);
    expect(skipped(ranges, [2, 7, 8, 9])).toEqual([2, 7]);
    expect(RowRanges.fromRun(0, null).empty).toBe(true);
  });
});

describe('PairSet', () => {
  it('holds each pair once, exactly, while it grows', () => {
    const set = new PairSet();
    for (let i = 0; i < 20_000; i += 1) expect(set.add(i % 97, i)).toBe(true);
    expect(set.add(5, 5)).toBe(false);
    expect(set.add(5, 6)).toBe(true);
    expect(set.size).toBe(20_001);
    expect(set.has(96, 96)).toBe(true);
    expect(set.has(96, 97)).toBe(false);
  });
});
