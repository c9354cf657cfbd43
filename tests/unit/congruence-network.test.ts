/** The congruence network's arithmetic (lib/questions/network.ts), checked against counting by hand. */
import { describe, expect, it } from 'vitest';
import {
  busiestActors,
  clusterActors,
  countPairs,
  indexGroups,
  networkLinks,
  pairIndex,
  type EventGroups,
} from '@/lib/questions/network';
import { STANCES, type Stance } from '@/lib/domain';
import { emptyNetworkReason } from '@/lib/questions/congruence';
import { mulberry32 } from '@/lib/random';

describe('pair counts', () => {
  it('gives every pair of a triangle its own place', () => {
    const n = 7;
    const seen = new Set<number>();
    for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) seen.add(pairIndex(n, i, j));
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: (n * (n - 1)) / 2 }, (_, k) => k));
  });

  it('counts shared events, same stances and opposite ones (caution opposes nothing)', () => {
    const events: EventGroups[] = [
      { support: [0, 1], condemnation: [2] },
      { support: [0], condemnation: [1], caution: [2] },
      { caution: [0, 2] },
      { support: [3] },
    ];
    const counts = countPairs(4, events);
    const at = (list: Uint32Array, i: number, j: number) => list[pairIndex(4, i, j)];
    expect([at(counts.shared, 0, 1), at(counts.same, 0, 1), at(counts.opposite, 0, 1)]).toEqual([2, 1, 1]);
    expect([at(counts.shared, 0, 2), at(counts.same, 0, 2), at(counts.opposite, 0, 2)]).toEqual([3, 1, 1]);
    expect([at(counts.shared, 1, 2), at(counts.same, 1, 2), at(counts.opposite, 1, 2)]).toEqual([2, 0, 1]);
    expect(at(counts.shared, 0, 3)).toBe(0);
  });

  it('counts every pair of random events as a pair-by-pair count does', () => {
    const random = mulberry32(7);
    const n = 30;
    const events: EventGroups[] = Array.from({ length: 200 }, () => {
      const groups: EventGroups = {};
      // Each actor takes no stance or one, in no particular order; some events are nearly empty, some full.
      const density = random();
      for (let actor = n - 1; actor >= 0; actor -= 1) {
        if (random() > density) continue;
        const stance = STANCES[Math.floor(random() * STANCES.length)];
        (groups[stance] ??= []).push(actor);
      }
      return groups;
    });
    const expected = {
      shared: new Map<number, number>(),
      same: new Map<number, number>(),
      opposite: new Map<number, number>(),
    };
    const add = (map: Map<number, number>, k: number) => map.set(k, (map.get(k) ?? 0) + 1);
    for (const groups of events) {
      const took = new Map<number, Stance>();
      for (const stance of STANCES) for (const actor of groups[stance] ?? []) took.set(actor, stance);
      for (const [i, a] of took)
        for (const [j, b] of took) {
          if (i >= j) continue;
          const k = pairIndex(n, i, j);
          add(expected.shared, k);
          if (a === b) add(expected.same, k);
          else if (a !== 'caution' && b !== 'caution') add(expected.opposite, k);
        }
    }
    const counts = countPairs(n, events);
    const asMap = (list: Uint32Array) => new Map([...list.entries()].filter(([, v]) => v > 0));
    expect(expected.shared.size).toBeGreaterThan(300);
    expect(asMap(counts.shared)).toEqual(expected.shared);
    expect(asMap(counts.same)).toEqual(expected.same);
    expect(asMap(counts.opposite)).toEqual(expected.opposite);
  });
});

describe('links', () => {
  const counts = countPairs(3, [
    { support: [0, 1, 2] },
    { support: [0, 1], condemnation: [2] },
    { support: [0, 1], condemnation: [2] },
    { support: [0], condemnation: [1, 2] },
  ]);

  it('keeps the pairs with enough shared events and weight, strongest first', () => {
    expect(networkLinks(counts, { kind: 'congruence', minShared: 4, minWeight: 0.6 })).toEqual([
      { source: 0, target: 1, weight: 0.75, shared: 4 },
    ]);
    expect(networkLinks(counts, { kind: 'congruence', minShared: 1, minWeight: 0 })).toEqual([
      { source: 0, target: 1, weight: 0.75, shared: 4 },
      { source: 1, target: 2, weight: 0.5, shared: 4 },
      { source: 0, target: 2, weight: 0.25, shared: 4 },
    ]);
  });

  it('weighs the conflict network by opposite stances', () => {
    expect(networkLinks(counts, { kind: 'conflict', minShared: 4, minWeight: 0.5 })).toEqual([
      { source: 0, target: 2, weight: 0.75, shared: 4 },
      { source: 1, target: 2, weight: 0.5, shared: 4 },
    ]);
  });
});

describe('clusters', () => {
  // Two cliques of four joined by one weak link.
  const labels = ['Ada', 'Ben', 'Cai', 'Dee', 'Eve', 'Fox', 'Gus', 'Hal'];
  const links = [
    ...[0, 1, 2, 3].flatMap((i) => [0, 1, 2, 3].filter((j) => j > i).map((j) => ({ source: i, target: j }))),
    ...[4, 5, 6, 7].flatMap((i) => [4, 5, 6, 7].filter((j) => j > i).map((j) => ({ source: i, target: j }))),
    { source: 3, target: 4 },
  ].map((l) => ({ ...l, weight: l.source === 3 && l.target === 4 ? 0.1 : 0.9, shared: 10 }));

  it('finds the two blocs, numbered by size then name, the same every time', () => {
    const clusters = clusterActors(labels, links);
    expect([...clusters].sort(([a], [b]) => a - b).map(([, c]) => c)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    for (let run = 0; run < 5; run += 1) expect(clusterActors(labels, links)).toEqual(clusters);
  });

  it('leaves actors without a link out, and answers nothing for no links', () => {
    expect(clusterActors(['Ada', 'Ben', 'Cai'], [{ source: 0, target: 2, weight: 1, shared: 3 }])).toEqual(
      new Map([
        [0, 1],
        [2, 1],
      ]),
    );
    expect(clusterActors(['Ada'], [])).toEqual(new Map());
  });
});

describe('which actors are counted', () => {
  const events: EventGroups[] = [
    { support: [70, 71], condemnation: [72] },
    { support: [70], caution: [72] },
    { condemnation: [70, 73] },
  ];

  it('keeps those with enough stances, busiest first, and says when the cap left some out', () => {
    expect(busiestActors(events, 2, 10)).toEqual({ keys: [70, 72], truncated: false, mostStances: 3 });
    expect(busiestActors(events, 1, 2)).toEqual({ keys: [70, 72], truncated: true, mostStances: 3 });
    expect(busiestActors(events, 4, 10)).toEqual({ keys: [], truncated: false, mostStances: 3 });
  });

  it('turns keys into indices and drops the actors left out', () => {
    expect(indexGroups(events, [72, 70])).toEqual([
      { support: [1], condemnation: [0] },
      { support: [1], caution: [0] },
      { condemnation: [1] },
    ]);
  });
});

describe('an empty network', () => {
  const asked = { kind: 'congruence', minShared: 10, minWeight: 0.5, ranged: true } as const;

  it('names the setting that empties it, with the most the range allows', () => {
    expect(emptyNetworkReason({ ...asked, mostStances: 0, mostShared: 0 })).toMatch(/No stance .* widen the range/);
    expect(emptyNetworkReason({ ...asked, ranged: false, mostStances: 2, mostShared: 0 })).toMatch(
      /^No actor took a stance on 10 events \(the most/,
    );
    expect(emptyNetworkReason({ ...asked, mostStances: 6, mostShared: 0 })).toBe(
      'No actor took a stance on 10 events in this range (the most any one took is 6), so no two can share 10: lower “Minimum shared events” to 6 or less.',
    );
    expect(emptyNetworkReason({ ...asked, mostStances: 12, mostShared: 9 })).toMatch(
      /^No two actors both took a stance on 10 events .* lower “Minimum shared events”/,
    );
    expect(emptyNetworkReason({ ...asked, minWeight: 0, kind: 'conflict', mostStances: 12, mostShared: 11 })).toBe(
      'No two actors sharing 10 or more events ever took opposite stances on one of them: ask for the congruence network instead.',
    );
    expect(emptyNetworkReason({ ...asked, kind: 'conflict', mostStances: 12, mostShared: 11 })).toBe(
      'No two actors sharing 10 or more events took opposite stances on at least 50% of them: lower “Minimum link weight”.',
    );
  });
});
