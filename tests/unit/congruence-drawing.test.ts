/** How the congruence network is drawn (lib/client/drawing/clusters.ts) and its form's checks. */
import { describe, expect, it } from 'vitest';
import { clusterColor, clusterLabel, clusterLayout } from '@/lib/client/drawing/clusters';
import { inputProblems, questionFormInputs } from '@/lib/client/query-page/query-state';
import type { QuestionField } from '@/lib/types';

describe('the cluster drawing', () => {
  const nodes = [
    { id: 'a', cluster: 1 },
    { id: 'b', cluster: 1 },
    { id: 'c', cluster: 1 },
    { id: 'd', cluster: 2 },
    { id: 'e', cluster: 2 },
    { id: 'f', cluster: 3 },
  ];

  it('puts each cluster on a ring of its own, apart from the others', () => {
    const positions = clusterLayout(nodes);
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const centre = (ids: string[]) => ({
      x: ids.reduce((s, id) => s + positions[id].x, 0) / ids.length,
      y: ids.reduce((s, id) => s + positions[id].y, 0) / ids.length,
    });
    const one = centre(['a', 'b', 'c']);
    const two = centre(['d', 'e']);
    const spread = (ids: string[], c: { x: number; y: number }) =>
      Math.max(...ids.map((id) => Math.hypot(positions[id].x - c.x, positions[id].y - c.y)));
    // Farther apart than either ring is wide.
    expect(Math.hypot(one.x - two.x, one.y - two.y)).toBeGreaterThan(
      spread(['a', 'b', 'c'], one) + spread(['d', 'e'], two),
    );
    expect(clusterLayout(nodes)).toEqual(positions);
  });

  it('names the cluster in the label, and repeats colours only past seven clusters', () => {
    expect(clusterLabel({ label: 'Member 001', cluster: 3 })).toBe('3 · Member 001');
    const colours = [1, 2, 3, 4, 5, 6, 7].map(clusterColor);
    expect(new Set(colours).size).toBe(7);
    expect(clusterColor(8)).toBe(clusterColor(1));
  });
});

describe('the form of the questions over time', () => {
  const fields: QuestionField[] = [
    { name: 'from', input: 'date', required: false },
    { name: 'to', input: 'date', required: false },
    { name: 'year', input: 'year', required: false },
    { name: 'minWeight', input: 'number', required: false, default: '0.5', min: 0, max: 1 },
    { name: 'kind', input: 'choice', required: false, default: 'congruence' },
  ];

  it('asks with the defaults, so the link says what was asked', () => {
    expect(questionFormInputs(fields, { from: ['2016'] }, null)).toEqual({
      from: ['2016'],
      kind: ['congruence'],
      minWeight: ['0.5'],
    });
  });

  it('refuses a bad date, year or number, and a range that ends before it starts', () => {
    expect(inputProblems(fields, { from: ['2025-13'], year: ['25'], minWeight: ['2'] })).toEqual([
      ['from', 'Give a date like 2025, 2025-07 or 2025-07-03.'],
      ['year', 'Give a year, like 2025.'],
      ['minWeight', 'Give a number from 0 to 1.'],
    ]);
    expect(inputProblems(fields, { from: ['2025-07'], to: ['2025-03'] })).toEqual([
      ['from', 'The range is empty: 2025-07 is after 2025-03.'],
    ]);
    expect(inputProblems(fields, { from: ['2025'], to: ['2025'], year: ['2025'], minWeight: ['0'] })).toEqual([]);
  });
});
