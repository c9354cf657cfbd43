/**
 * Periods of the timeline (years, months or days) and the pure rules around them, shared by the
 * server (binning counts, /api/timeline) and the browser (the brush, Play, the URL range). Dates are
 * the partial ISO dates of the model ("2025", "2025-07", "2025-07-03"); a partial date counts at its
 * first day, so "2025" falls in the month "2025-01" and the day "2025-01-01".
 */
import { precisionOf } from './dates';
import { STANCES, type Stance } from './domain';

export const GRANULARITIES = ['year', 'month', 'day'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A period's spelling at its granularity: "2025", "2025-07", "2025-07-03". */
const PERIOD_LENGTH: Record<Granularity, number> = { year: 4, month: 7, day: 10 };

/** Most periods one answer bins into: a bound on the answer, and about what a chart can show. */
const MAX_PERIODS = 1000;

/** The finest span each granularity is chosen for: past 62 days, months; past 6 years, years. */
const DAYS_UP_TO = 62;
const MONTHS_UP_TO = 72;

/** The period (at `granularity`) a partial date falls in, counting it at its first day. */
export function periodOf(date: string, granularity: Granularity): string {
  const day = date.length >= 10 ? date.slice(0, 10) : date.length >= 7 ? `${date.slice(0, 7)}-01` : `${date}-01-01`;
  return day.slice(0, PERIOD_LENGTH[granularity]);
}

function granularityOf(period: string): Granularity {
  return precisionOf(period);
}

function toUtc(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function dayOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The period after `period`, at its own granularity. */
export function nextPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  switch (granularityOf(period)) {
    case 'year':
      return String(year + 1).padStart(4, '0');
    case 'month': {
      const month = Number(period.slice(5, 7));
      return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${period.slice(0, 5)}${pad(month + 1)}`;
    }
    case 'day':
      return dayOfUtc(toUtc(period) + 86_400_000);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** How many periods from `first` to `last` inclusive (both at one granularity); 0 when last < first. */
export function periodCount(first: string, last: string): number {
  if (last < first) return 0;
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  switch (granularityOf(first)) {
    case 'year':
      return years + 1;
    case 'month':
      return years * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
    case 'day':
      return Math.round((toUtc(last) - toUtc(first)) / 86_400_000) + 1;
  }
}

/** More periods than an answer may hold: a day or month granularity asked for over a long span. */
export class TooManyPeriodsError extends RangeError {
  constructor(count: number, max: number) {
    super(`${count.toLocaleString('en')} periods is more than the ${max.toLocaleString('en')} an answer holds`);
    this.name = 'TooManyPeriodsError';
  }
}

/** Every period from `first` to `last`, inclusive; empty when last < first. Throws past `max`. */
export function periodsBetween(first: string, last: string, max = MAX_PERIODS): string[] {
  const count = periodCount(first, last);
  if (count > max) throw new TooManyPeriodsError(count, max);
  const out: string[] = [];
  for (let p = first; out.length < count; p = nextPeriod(p)) out.push(p);
  return out;
}

/**
 * The granularity for dates spanning `first` to `last` (partial dates, first ≤ last): days for two
 * months or less, months for six years or less, else years; never finer than `coarsest`, the
 * precision most stances are known to (finer periods would put the rest on their first day: stances
 * known only to the month would seem to come before an event dated on the 3rd of it).
 */
export function chooseGranularity(first: string, last: string, coarsest: Granularity = 'day'): Granularity {
  const days = periodCount(periodOf(first, 'day'), periodOf(last, 'day'));
  const months = periodCount(periodOf(first, 'month'), periodOf(last, 'month'));
  const bySpan: Granularity = days <= DAYS_UP_TO ? 'day' : months <= MONTHS_UP_TO ? 'month' : 'year';
  return GRANULARITIES[Math.min(GRANULARITIES.indexOf(bySpan), GRANULARITIES.indexOf(coarsest))];
}

export type StanceTally = Record<Stance, number>;

export interface PeriodCounts extends StanceTally {
  /** "2025", "2025-07" or "2025-07-03", at the answer's granularity. */
  period: string;
  /** Events dated in the period. */
  events: number;
}

export interface TimelineCounts {
  granularity: Granularity;
  /** Every period from the first dated stance or event to the last, empty ones included. */
  periods: PeriodCounts[];
  /** Stances stated on no known date, and events without a date. */
  undated: StanceTally & { events: number };
}

/** Rows as the database groups them: per stated date (null: undated) and stance; events per date. */
export interface DatedStanceRow {
  date: string | null;
  stance: Stance;
  count: number;
}
export interface DatedEventRow {
  date: string | null;
  count: number;
}

const emptyTally = (): StanceTally => ({ support: 0, condemnation: 0, caution: 0 });

/**
 * The share of the dated stances that may be known less precisely than the periods (and so counted at
 * their first day) before the periods are made coarser: a few stances known only to their month do not
 * turn a view of hundreds of dated days into one bar.
 */
const IMPRECISE_SHARE = 0.1;

/** The finest granularity at which at most IMPRECISE_SHARE of the dated stances are less precise. */
function precisionFloor(stances: DatedStanceRow[]): Granularity {
  const counts = GRANULARITIES.map(() => 0);
  for (const row of stances) if (row.date) counts[GRANULARITIES.indexOf(precisionOf(row.date))] += row.count;
  const total = counts.reduce((a, b) => a + b, 0);
  for (let g = GRANULARITIES.length - 1; g > 0; g--) {
    const lessPrecise = counts.slice(0, g).reduce((a, b) => a + b, 0);
    if (lessPrecise <= IMPRECISE_SHARE * total) return GRANULARITIES[g];
  }
  return GRANULARITIES[0];
}

/**
 * Bins counts per date into periods: at `granularity` when given, else as `chooseGranularity` picks
 * from the span of the dates. Throws a TooManyPeriodsError past MAX_PERIODS (only a given day or month
 * granularity over a long span gets there).
 */
export function binCounts(
  stances: DatedStanceRow[],
  events: DatedEventRow[],
  granularity?: Granularity,
): TimelineCounts {
  const dates = [...stances, ...events].map((r) => r.date).filter((d): d is string => d !== null && d !== '');
  const undated = { ...emptyTally(), events: 0 };
  for (const row of stances) if (!row.date) undated[row.stance] += row.count;
  for (const row of events) if (!row.date) undated.events += row.count;
  if (dates.length === 0) return { granularity: granularity ?? 'year', periods: [], undated };

  const days = dates.map((d) => periodOf(d, 'day')).sort();
  const chosen = granularity ?? chooseGranularity(days[0], days[days.length - 1], precisionFloor(stances));
  const periods = periodsBetween(periodOf(days[0], chosen), periodOf(days[days.length - 1], chosen));
  const index = new Map(periods.map((p, i) => [p, i]));
  const counts: PeriodCounts[] = periods.map((period) => ({ period, ...emptyTally(), events: 0 }));
  for (const row of stances) {
    if (row.date) counts[index.get(periodOf(row.date, chosen))!][row.stance] += row.count;
  }
  for (const row of events) {
    if (row.date) counts[index.get(periodOf(row.date, chosen))!].events += row.count;
  }
  return { granularity: chosen, periods: counts, undated };
}

/** A range of periods by index into a timeline's periods, inclusive. */
export interface PeriodRange {
  start: number;
  end: number;
}

/**
 * The periods a URL's `from` and `to` cover, as indices into `periods`; null when the range is open
 * on both ends or misses every period. An open end reaches the first or last period.
 */
export function rangeIndices(periods: string[], from: string | null, to: string | null): PeriodRange | null {
  if (periods.length === 0 || (from === null && to === null)) return null;
  const granularity = granularityOf(periods[0]);
  // A bound finer than the periods falls in the period that holds it; a coarser one covers all of its periods.
  const lo = from === null ? periods[0] : periodOf(from, granularity);
  const hi =
    to === null
      ? periods[periods.length - 1]
      : to.length >= PERIOD_LENGTH[granularity]
        ? periodOf(to, granularity)
        : lastPeriodOf(to, granularity);
  const start = periods.findIndex((p) => p >= lo);
  let end = -1;
  for (let i = periods.length - 1; i >= 0; i--) {
    if (periods[i] <= hi) {
      end = i;
      break;
    }
  }
  if (start === -1 || end === -1 || end < start) return null;
  return { start, end };
}

/** The last period at `granularity` within a coarser partial date ("2025" → "2025-12" or "2025-12-31"). */
function lastPeriodOf(date: string, granularity: Granularity): string {
  if (granularity === 'month') return date.length >= 7 ? date.slice(0, 7) : `${date}-12`;
  const month = date.length >= 7 ? date.slice(0, 7) : `${date}-12`;
  const next = nextPeriod(month);
  return dayOfUtc(toUtc(`${next}-01`) - 86_400_000);
}

/** The range's URL bounds: its first and last period (`to` is read to the period's last day). */
export function rangeDates(periods: string[], range: PeriodRange): { from: string; to: string } {
  return { from: periods[range.start], to: periods[range.end] };
}

/** The range moved by `by` periods, its width kept, stopped at either end of `count` periods. */
export function shiftRange(range: PeriodRange, by: number, count: number): PeriodRange {
  const width = range.end - range.start;
  const start = Math.min(Math.max(range.start + by, 0), Math.max(count - 1 - width, 0));
  return { start, end: Math.min(start + width, count - 1) };
}

/** The range with its end moved by `by` periods, at least one period wide, within `count`. */
export function resizeRange(range: PeriodRange, by: number, count: number): PeriodRange {
  return { start: range.start, end: Math.min(Math.max(range.end + by, range.start), count - 1) };
}

const holdsAny = (range: PeriodRange, filled: readonly boolean[]) =>
  filled.slice(range.start, range.end + 1).some(Boolean);

/**
 * Play's next step: the range one period later, its width kept; with `filled` (per period, whether
 * anything is in it), past ranges with nothing in them, so decades without a stance go by at once.
 * Null once it has reached the last period, or nothing is left after it.
 */
export function playStep(range: PeriodRange, count: number, filled?: readonly boolean[]): PeriodRange | null {
  let next = range;
  do {
    if (next.end >= count - 1) return null;
    next = shiftRange(next, 1, count);
  } while (filled && !holdsAny(next, filled));
  return next;
}

/**
 * Where Play starts from: the range as it is, or at the first period when it already sits at the end;
 * with `filled`, at the first range from there that holds something.
 */
export function playStart(range: PeriodRange | null, count: number, filled?: readonly boolean[]): PeriodRange {
  const start =
    range === null ? { start: 0, end: 0 } : range.end >= count - 1 ? { start: 0, end: range.end - range.start } : range;
  if (!filled || holdsAny(start, filled)) return start;
  return playStep(start, count, filled) ?? start;
}

/** The stances in a tally, in STANCES order, for charts that stack them. */
export function stackTally<T extends StanceTally>(row: T): { stance: Stance; y1: number; y2: number }[] {
  let y = 0;
  return STANCES.map((stance) => {
    const y1 = y;
    y += row[stance];
    return { stance, y1, y2: y };
  });
}
