/**
 * Partial ISO dates ("2025", "2025-07", "2025-07-03": as precise as is known) and date ranges.
 *
 * A partial date counts at its first day: "2025" falls in a range from 2025-01-01 but not in one from
 * 2025-07. A range's `from` compares as given and its `to` is padded to its last day, so that
 * `from <= date <= toEnd` holds by plain string comparison, the same in JS and in Cypher (where it
 * can use a range index). React-free and server-free: the browser's bundle uses it too.
 */
import { z } from 'zod';
import { PARTIAL_DATE_PATTERN } from './domain';

export type DatePrecision = 'year' | 'month' | 'day';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A partial ISO date that names a real period: no 2025-02-30, no 2023-02-29. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, month, day] = match;
  if (!day) return true;
  const m = Number(month);
  const d = Number(day);
  if (d > DAYS_IN_MONTH[m - 1]) return false;
  return !(m === 2 && d === 29 && !isLeapYear(Number(value.slice(0, 4))));
}

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The last day a partial date covers, as a string that compares after every date within it. */
export function lastDayOf(date: string): string {
  const precision = precisionOf(date);
  // "-31" ends every month for string comparison: no stored day is greater.
  return precision === 'year' ? `${date}-12-31` : precision === 'month' ? `${date}-31` : date;
}

/** A range of partial dates, both ends optional and inclusive. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** The bounds to compare stored dates with: `from <= date <= to` (null: open on that side). */
export interface RangeBounds {
  from: string | null;
  to: string | null;
}

export function rangeBounds(range: DateRange): RangeBounds {
  return { from: range.from ?? null, to: range.to ? lastDayOf(range.to) : null };
}

/**
 * The bounds with the open ends closed on the whole of time, for Cypher that compares a date with
 * both: never null, so a range index can serve it. An undated item falls outside even these.
 */
export function closedBounds(range: DateRange): { from: string; to: string } {
  const { from, to } = rangeBounds(range);
  return { from: from ?? '0000', to: to ?? '9999-12-31' };
}

export function hasRange(range: DateRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

/** Whether a stored date falls in the range; an undated item falls only in an open range. */
export function inRange(date: string | null | undefined, range: DateRange): boolean {
  if (!hasRange(range)) return true;
  if (!date) return false;
  const { from, to } = rangeBounds(range);
  return (from === null || date >= from) && (to === null || date <= to);
}

/** Why a range is refused, or null when it is a good one. */
export function rangeProblem(range: DateRange): string | null {
  for (const end of ['from', 'to'] as const) {
    const value = range[end];
    if (value !== undefined && !isPartialDate(value)) {
      return `${end} must be a date like 2025, 2025-07 or 2025-07-03 (got "${value.slice(0, 40)}")`;
    }
  }
  // Compared at their first days: from=2025-07 and to=2025 is empty, so it is refused.
  if (range.from && range.to && range.from > lastDayOf(range.to)) {
    return `from (${range.from}) is after to (${range.to})`;
  }
  return null;
}

const DATE_MESSAGE = 'must be a date like 2025, 2025-07 or 2025-07-03';

/** A partial date in a request or a file, with `what` naming it in the message. */
export const partialDate = (what: string) =>
  z
    .string({ message: `${what} ${DATE_MESSAGE}` })
    .trim()
    .refine(isPartialDate, `${what} ${DATE_MESSAGE}`);

/** `from` and `to` of a query string, for a schema to extend; check the pair with `rangeProblem`. */
export const rangeParams = {
  from: partialDate('from').optional(),
  to: partialDate('to').optional(),
};

/** Refuses `from` after `to` (rangeParams checks each date): for an object schema holding rangeParams. */
export function refineRange(value: DateRange, ctx: z.RefinementCtx): void {
  const problem = value.from && value.to ? rangeProblem(value) : null;
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['from'] });
}
