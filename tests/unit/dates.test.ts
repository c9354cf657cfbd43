import { describe, expect, it } from 'vitest';
import { inRange, isPartialDate, lastDayOf, rangeBounds, rangeProblem } from '@/lib/dates';

describe('partial dates', () => {
  it.each(['2025', '2025-07', '2025-07-03', '2024-02-29', '2000-02-29', '1979-12-31'])('takes %s', (date) => {
    expect(isPartialDate(date)).toBe(true);
  });

  it.each(['2025-02-30', '2023-02-29', '1900-02-29', '2025-04-31', '2025-13', '2025-7', '25', '2025-07-03T00:00', ''])(
    'refuses %s',
    (date) => {
      expect(isPartialDate(date)).toBe(false);
    },
  );

  it('ends a year on 31 December and a month on a day after all of its own', () => {
    expect(lastDayOf('2025')).toBe('2025-12-31');
    expect(lastDayOf('2025-02')).toBe('2025-02-31');
    expect(lastDayOf('2025-02-14')).toBe('2025-02-14');
    expect('2025-02-28' <= lastDayOf('2025-02')).toBe(true);
    expect('2025-03' <= lastDayOf('2025-02')).toBe(false);
  });
});

describe('date ranges', () => {
  it('count a partial date at its first day, both ends inclusive', () => {
    const july = { from: '2025-07', to: '2025-07' };
    expect(inRange('2025-07', july)).toBe(true);
    expect(inRange('2025-07-01', july)).toBe(true);
    expect(inRange('2025-07-31', july)).toBe(true);
    expect(inRange('2025-08-01', july)).toBe(false);
    expect(inRange('2025-06-30', july)).toBe(false);
    // A year-precise date counts on 1 January: inside 2025, not inside July 2025.
    expect(inRange('2025', july)).toBe(false);
    expect(inRange('2025', { from: '2025', to: '2025' })).toBe(true);
    expect(inRange('2025-07-03', { from: '2025-07-03', to: '2025-07-03' })).toBe(true);
    expect(inRange('2025-07-04', { from: '2025-07-03', to: '2025-07-03' })).toBe(false);
  });

  it('are open on a side left out, and leave undated items out only when a side is given', () => {
    expect(inRange('1990', { to: '2000' })).toBe(true);
    expect(inRange('2030-01-01', { from: '2025' })).toBe(true);
    expect(inRange(null, {})).toBe(true);
    expect(inRange(null, { from: '2025' })).toBe(false);
    expect(rangeBounds({ to: '2025-07' })).toEqual({ from: null, to: '2025-07-31' });
  });

  it('are refused with a reason when a date is bad or from comes after to', () => {
    expect(rangeProblem({ from: '2025-02-30' })).toMatch(/from must be a date like 2025/);
    expect(rangeProblem({ to: 'tomorrow' })).toMatch(/to must be a date/);
    expect(rangeProblem({ from: '2025-08', to: '2025-07' })).toBe('from (2025-08) is after to (2025-07)');
    expect(rangeProblem({ from: '2025-07', to: '2025' })).toBeNull();
    expect(rangeProblem({ from: '2025-07-31', to: '2025-07' })).toBeNull();
  });
});
