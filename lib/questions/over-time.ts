/**
 * Ready questions over time: two actors' agreement per year, an actor's mix of stances per year, and
 * who agreed most with an actor in a year. "Per year" is the year a stance was stated (`statedOn`);
 * undated stances are left out. Each answers rows for a table and a `chart` to draw them with.
 */
import { z } from 'zod';
import { STANCES, type Stance } from '../domain';
import { closedBounds, rangeParams, refineRange, type DateRange } from '../dates';
import { slugParam } from '../api/schemas';
import { int, readQuery } from '../neo4j';
import type { QuestionField } from '../types';
import { NO_GRAPH, answer, define, rate, requireActor } from './define';
import { AGREEMENT_OVER_TIME, CLOSEST_IN_YEAR, STANCE_MIX } from './time-queries';

/** A pair must share this many events in the year to be ranked: fewer make a rate that means little. */
const CLOSEST_MIN_SHARED = 10;
const CLOSEST_LIMIT = 10;

/** The Cypher's $from and $toEnd: the whole of time when no range is given, so the range index still applies. */
export function cypherRange(range: DateRange): { from: string; toEnd: string } {
  const { from, to } = closedBounds(range);
  return { from, toEnd: to };
}

export const RANGE_FIELDS: QuestionField[] = [
  { name: 'from', input: 'date', required: false, label: 'From (date)' },
  { name: 'to', input: 'date', required: false, label: 'To (date)' },
];

export function rangeText(range: DateRange): string {
  if (range.from && range.to) return `, ${range.from} to ${range.to}`;
  if (range.from) return `, from ${range.from}`;
  if (range.to) return `, up to ${range.to}`;
  return '';
}

const yearParam = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'year must be four digits, like 2025');

export const OVER_TIME_QUESTIONS = {
  'agreement-over-time': define({
    title: 'How did two actors’ agreement change?',
    description:
      'Per year, the events A and B both took a stance on, how many of those stances were the same, and the agreement rate. A shared event counts in the year of the later of the two stances.',
    fields: [
      { name: 'a', input: 'actor', required: true, label: 'Actor A' },
      { name: 'b', input: 'actor', required: true, label: 'Actor B' },
      ...RANGE_FIELDS,
    ],
    params: z
      .strictObject({ a: slugParam('a'), b: slugParam('b'), ...rangeParams })
      .refine((p) => p.a !== p.b, 'a and b must be two different actors')
      .superRefine(refineRange),
    async run(db, { a, b, from, to }) {
      const started = Date.now();
      const [nameA, nameB] = await Promise.all([requireActor(db, a), requireActor(db, b)]);
      const { records } = await readQuery(db, AGREEMENT_OVER_TIME, { a, b, ...cypherRange({ from, to }) });
      const rows = records.map((r) => {
        const shared = Number(r.get('shared'));
        const same = Number(r.get('same'));
        return { year: Number(r.get('year')), shared, same, agreement: rate(same, shared) };
      });
      return {
        ...answer(
          'agreement-over-time',
          `How often ${nameA} and ${nameB} took the same stance, per year${rangeText({ from, to })}`,
          ['year', 'shared', 'same', 'agreement'],
          rows,
          NO_GRAPH,
          false,
          started,
        ),
        chart: { type: 'line', x: 'year', y: 'agreement', yLabel: 'Same stance (share of shared events)' },
      };
    },
  }),

  'stance-mix': define({
    title: 'How did an actor’s stances change?',
    description: 'Per year, how many stances of support, condemnation and caution actor A took.',
    fields: [{ name: 'actor', input: 'actor', required: true }],
    params: z.strictObject({ actor: slugParam('actor') }),
    async run(db, { actor }) {
      const started = Date.now();
      const name = await requireActor(db, actor);
      const { records } = await readQuery(db, STANCE_MIX, { actor, ...cypherRange({}) });
      const byYear = new Map<number, Record<Stance, number>>();
      for (const r of records) {
        const year = Number(r.get('year'));
        const counts = byYear.get(year) ?? { support: 0, condemnation: 0, caution: 0 };
        counts[r.get('stance') as Stance] = Number(r.get('n'));
        byYear.set(year, counts);
      }
      const rows = [...byYear].map(([year, counts]) => ({
        year,
        ...counts,
        total: STANCES.reduce((sum, s) => sum + counts[s], 0),
      }));
      return {
        ...answer(
          'stance-mix',
          `${name}’s stances per year`,
          ['year', ...STANCES, 'total'],
          rows,
          NO_GRAPH,
          false,
          started,
        ),
        chart: { type: 'stance-bars', x: 'year' },
      };
    },
  }),

  'closest-over-time': define({
    title: 'Who agreed most with an actor in a year?',
    description: `The ten actors who took the same stance as A most often in a year, among those sharing at least ${CLOSEST_MIN_SHARED} events with A in it (a shared event counts in the year of the later stance).`,
    fields: [
      { name: 'actor', input: 'actor', required: true },
      { name: 'year', input: 'year', required: true },
    ],
    params: z.strictObject({ actor: slugParam('actor'), year: yearParam }),
    async run(db, { actor, year }) {
      const started = Date.now();
      const name = await requireActor(db, actor);
      const { records } = await readQuery(db, CLOSEST_IN_YEAR, {
        actor,
        year,
        next: String(Number(year) + 1).padStart(4, '0'),
        minShared: int(CLOSEST_MIN_SHARED),
        limit: int(CLOSEST_LIMIT),
      });
      const rows = records.map((r) => ({
        actor: r.get('id'),
        name: r.get('name'),
        kind: r.get('kind'),
        shared: Number(r.get('shared')),
        same: Number(r.get('same')),
        agreement: rate(Number(r.get('same')), Number(r.get('shared'))),
      }));
      return {
        ...answer(
          'closest-over-time',
          `Who agreed most with ${name} in ${year}`,
          ['name', 'kind', 'shared', 'same', 'agreement'],
          rows,
          NO_GRAPH,
          false,
          started,
        ),
        chart: { type: 'bars', label: 'name', y: 'agreement', yLabel: 'Same stance (share of shared events)' },
      };
    },
  }),
};
