import { describe, expect, it } from 'vitest';
import {
  binCounts,
  chooseGranularity,
  nextPeriod,
  periodCount,
  periodOf,
  periodsBetween,
  playStart,
  playStep,
  rangeDates,
  rangeIndices,
  resizeRange,
  shiftRange,
  stackTally,
} from '@/lib/periods';

describe('periods', () => {
  it('counts a partial date at its first day', () => {
    expect(periodOf('2025', 'month')).toBe('2025-01');
    expect(periodOf('2025', 'day')).toBe('2025-01-01');
    expect(periodOf('2025-07', 'day')).toBe('2025-07-01');
    expect(periodOf('2025-07-31', 'month')).toBe('2025-07');
    expect(periodOf('2025-07-31', 'year')).toBe('2025');
  });

  it('steps over month, year and leap-day edges', () => {
    expect(nextPeriod('2025-12')).toBe('2026-01');
    expect(nextPeriod('2024-02-28')).toBe('2024-02-29');
    expect(nextPeriod('2024-02-29')).toBe('2024-03-01');
    expect(nextPeriod('2025-12-31')).toBe('2026-01-01');
    expect(nextPeriod('1999')).toBe('2000');
  });

  it('lists and counts the periods between two, inclusive', () => {
    expect(periodsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodCount('2025-07-30', '2025-08-02')).toBe(4);
    expect(periodCount('2020', '2025')).toBe(6);
    expect(periodCount('2025', '2020')).toBe(0);
    expect(() => periodsBetween('2000-01-01', '2025-01-01')).toThrow(RangeError);
  });

  it('chooses days up to two months, months up to six years, years beyond', () => {
    expect(chooseGranularity('2025-07-01', '2025-07-20')).toBe('day');
    expect(chooseGranularity('2025-07-01', '2025-08-31')).toBe('day');
    expect(chooseGranularity('2025-07-01', '2025-09-02')).toBe('month');
    expect(chooseGranularity('2019-01', '2024-12')).toBe('month');
    expect(chooseGranularity('2019-01', '2025-01')).toBe('year');
    // Dates known only to the year are binned by year, whatever their span.
    expect(chooseGranularity('2024', '2025', 'year')).toBe('year');
  });
});

describe('binCounts', () => {
  it('bins stances and events per period, empty periods included, undated apart', () => {
    const counts = binCounts(
      [
        { date: '2025-07-03', stance: 'support', count: 2 },
        { date: '2025-07-31', stance: 'condemnation', count: 1 },
        { date: '2025-09-20', stance: 'caution', count: 4 },
        { date: '2025-09', stance: 'support', count: 1 },
        { date: null, stance: 'caution', count: 5 },
      ],
      [
        { date: '2025-07-03', count: 1 },
        { date: null, count: 2 },
      ],
    );
    expect(counts.granularity).toBe('month');
    expect(counts.periods).toEqual([
      { period: '2025-07', support: 2, condemnation: 1, caution: 0, events: 1 },
      { period: '2025-08', support: 0, condemnation: 0, caution: 0, events: 0 },
      { period: '2025-09', support: 1, condemnation: 0, caution: 4, events: 0 },
    ]);
    expect(counts.undated).toEqual({ support: 0, condemnation: 0, caution: 5, events: 2 });
  });

  it('takes a given granularity, and answers no periods without dates', () => {
    const counts = binCounts([{ date: '2025-07-03', stance: 'support', count: 1 }], [], 'year');
    expect(counts).toEqual({
      granularity: 'year',
      periods: [{ period: '2025', support: 1, condemnation: 0, caution: 0, events: 0 }],
      undated: { support: 0, condemnation: 0, caution: 0, events: 0 },
    });
    expect(binCounts([{ date: null, stance: 'support', count: 3 }], []).periods).toEqual([]);
  });

  it('bins by month when stances are known only to the month, not on the 1st before a later-dated event', () => {
    const counts = binCounts([{ date: '2025-07', stance: 'support', count: 5 }], [{ date: '2025-07-03', count: 1 }]);
    expect(counts.granularity).toBe('month');
    expect(counts.periods).toEqual([{ period: '2025-07', support: 5, condemnation: 0, caution: 0, events: 1 }]);
  });

  it('keeps days when only a few stances are known less precisely, and leaves events out of the choice', () => {
    const counts = binCounts(
      [
        { date: '2025-07-03', stance: 'support', count: 90 },
        { date: '2025-07-20', stance: 'condemnation', count: 5 },
        { date: '2025-07', stance: 'caution', count: 10 },
      ],
      [{ date: '2025-07', count: 1 }],
    );
    expect(counts.granularity).toBe('day');
    // Past a tenth, months.
    const more = binCounts(
      [
        { date: '2025-07-03', stance: 'support', count: 90 },
        { date: '2025-07', stance: 'caution', count: 11 },
      ],
      [],
    );
    expect(more.granularity).toBe('month');
  });

  it('bins year-only dates by year', () => {
    const counts = binCounts(
      [
        { date: '2021', stance: 'support', count: 1 },
        { date: '2023', stance: 'caution', count: 1 },
      ],
      [],
    );
    expect(counts.granularity).toBe('year');
    expect(counts.periods.map((p) => p.period)).toEqual(['2021', '2022', '2023']);
  });
});

describe('ranges', () => {
  const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'];

  it('maps URL bounds at any precision onto the periods', () => {
    expect(rangeIndices(months, '2025-02', '2025-03')).toEqual({ start: 1, end: 2 });
    expect(rangeIndices(months, '2025-02-15', '2025-03-01')).toEqual({ start: 1, end: 2 });
    expect(rangeIndices(months, null, '2025-02')).toEqual({ start: 0, end: 1 });
    expect(rangeIndices(months, '2025-04', null)).toEqual({ start: 3, end: 4 });
    expect(rangeIndices(months, '2025', '2025')).toEqual({ start: 0, end: 4 });
    expect(rangeIndices(['2025-06-29', '2025-06-30', '2025-07-01'], '2025-06', '2025-06')).toEqual({
      start: 0,
      end: 1,
    });
    expect(rangeIndices(months, null, null)).toBeNull();
    expect(rangeIndices(months, '2026', null)).toBeNull();
  });

  it('gives a range back as URL bounds', () => {
    expect(rangeDates(months, { start: 1, end: 3 })).toEqual({ from: '2025-02', to: '2025-04' });
  });

  it('shifts a range keeping its width, stopping at either end', () => {
    expect(shiftRange({ start: 1, end: 2 }, 1, 5)).toEqual({ start: 2, end: 3 });
    expect(shiftRange({ start: 3, end: 4 }, 1, 5)).toEqual({ start: 3, end: 4 });
    expect(shiftRange({ start: 0, end: 1 }, -1, 5)).toEqual({ start: 0, end: 1 });
    expect(shiftRange({ start: 1, end: 2 }, -10, 5)).toEqual({ start: 0, end: 1 });
  });

  it('resizes a range at its end, at least one period wide', () => {
    expect(resizeRange({ start: 1, end: 2 }, 1, 5)).toEqual({ start: 1, end: 3 });
    expect(resizeRange({ start: 1, end: 1 }, -1, 5)).toEqual({ start: 1, end: 1 });
    expect(resizeRange({ start: 1, end: 4 }, 1, 5)).toEqual({ start: 1, end: 4 });
  });

  it('plays one period at a time to the end, then stops', () => {
    let range = playStart(null, 3);
    const seen = [range];
    for (let next = playStep(range, 3); next; next = playStep(range, 3)) {
      range = next;
      seen.push(range);
    }
    expect(seen).toEqual([
      { start: 0, end: 0 },
      { start: 1, end: 1 },
      { start: 2, end: 2 },
    ]);
    // A range already at the end plays again from the start, its width kept.
    expect(playStart({ start: 3, end: 4 }, 5)).toEqual({ start: 0, end: 1 });
    expect(playStart({ start: 1, end: 2 }, 5)).toEqual({ start: 1, end: 2 });
  });

  it('passes over periods with nothing in them, and stops after the last that has something', () => {
    const filled = [false, true, false, false, true, false, false];
    let range = playStart(null, 7, filled);
    const seen = [range];
    for (let next = playStep(range, 7, filled); next; next = playStep(range, 7, filled)) {
      range = next;
      seen.push(range);
    }
    expect(seen).toEqual([
      { start: 1, end: 1 },
      { start: 4, end: 4 },
    ]);
    // A wider range steps one period at a time while it holds something.
    expect(playStep({ start: 0, end: 1 }, 7, filled)).toEqual({ start: 1, end: 2 });
    expect(playStep({ start: 1, end: 2 }, 7, filled)).toEqual({ start: 3, end: 4 });
  });

  it('stacks a tally in stance order', () => {
    expect(stackTally({ support: 2, condemnation: 0, caution: 3 })).toEqual([
      { stance: 'support', y1: 0, y2: 2 },
      { stance: 'condemnation', y1: 2, y2: 2 },
      { stance: 'caution', y1: 2, y2: 5 },
    ]);
  });
});
