/**
 * The questions over time and the congruence network, on stances this file imports (JSON, with
 * `statedOn`): every figure the API gives is computed again here from the imported rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as ask } from '@/app/api/questions/[name]/route';
import { importFile } from '@/lib/import';
import { writingFile } from './shared-neo4j';
import { mulberry32 as rng } from '@/lib/random';

const { driver, file } = writingFile('over-time');

async function question(name: string, query: string) {
  const response = await ask(new Request(`http://127.0.0.1/api/questions/${name}?${query}`), {
    params: Promise.resolve({ name }),
  });
  return { status: response.status, body: await response.json() };
}

const STANCES = ['support', 'condemnation', 'caution'] as const;
type Stance = (typeof STANCES)[number];
interface Row {
  actor: string;
  event: string;
  stance: Stance;
  statedOn: string;
}

// Twelve actors in two blocs of six, 60 events over 2021-2023: each bloc mostly votes its own way,
// the two ways always differ. Some stances come months after the vote, some of them the next year.
const ACTORS = Array.from({ length: 12 }, (_, i) => ({
  id: `ot-member-${String(i).padStart(2, '0')}`,
  name: `OT Member ${String(i).padStart(2, '0')}`,
  bloc: i < 6 ? 0 : 1,
}));
const EVENTS = Array.from({ length: 60 }, (_, i) => ({
  id: `ot-motion-${String(i).padStart(2, '0')}`,
  title: `OT Motion ${i}`,
  date: `${2021 + Math.floor(i / 20)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
}));
const year = (date: string) => Number(date.slice(0, 4));
const rand = rng(7);
const ROWS: Row[] = EVENTS.flatMap((event) => {
  const first = Math.floor(rand() * 3);
  const ways = [first, (first + 1 + Math.floor(rand() * 2)) % 3];
  return ACTORS.flatMap((actor): Row[] => {
    if (rand() < 0.1) return [];
    const stance = STANCES[rand() < 0.85 ? ways[actor.bloc] : Math.floor(rand() * 3)];
    // A late stance on a vote of the year's last quarter is stated the next February.
    const late = rand() < 0.15;
    const y = year(event.date);
    const statedOn = !late ? event.date : Number(event.date.slice(5, 7)) >= 10 ? `${y + 1}-02` : `${y}-12`;
    return [{ actor: actor.id, event: event.id, stance, statedOn }];
  });
});

/** The documented range: a partial date counts at its first day, `to` runs to its last. */
const inRange = (date: string, from = '0000', to = '9999') =>
  date >= from && date <= (to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to);

/** Per event, each pair's two stances: what every figure below is counted from. */
function pairs(a: string, b: string, from?: string, to?: string) {
  const mine = new Map(ROWS.filter((r) => r.actor === a && inRange(r.statedOn, from, to)).map((r) => [r.event, r]));
  return ROWS.filter((r) => r.actor === b && inRange(r.statedOn, from, to) && mine.has(r.event)).map((theirs) => {
    const own = mine.get(theirs.event)!;
    return {
      year: Math.max(year(own.statedOn), year(theirs.statedOn)),
      same: own.stance === theirs.stance,
      own,
      theirs,
    };
  });
}

const rate = (part: number, whole: number) => Math.round((part / whole) * 1000) / 1000;

beforeAll(async () => {
  const doc = {
    format: 'stancegraph',
    version: 1,
    actors: ACTORS.map((a) => ({ id: a.id, name: a.name, kind: 'state', aliases: [], description: 'A test member.' })),
    events: EVENTS.map((e) => ({ id: e.id, title: e.title, date: e.date, kind: 'resolution', description: 'A vote.' })),
    sources: EVENTS.map((e) => ({
      id: `${e.id}-record`,
      title: `Record of ${e.title}`,
      publisher: 'Test Assembly',
      url: null,
      date: e.date,
      text: 'Members voted in support, in condemnation, or with caution.',
      about: [e.id],
    })),
    relations: [],
    stances: ROWS.map((r) => ({
      actor: r.actor,
      event: r.event,
      stance: r.stance,
      statedOn: r.statedOn,
      evidence: [{ source: `${r.event}-record`, quote: r.stance === 'caution' ? 'with caution' : `in ${r.stance}` }],
    })),
  };
  const report = await importFile({ driver: driver() }, { file: file('over-time.json', [JSON.stringify(doc)]) });
  expect(report.problems).toEqual([]);
  expect(report.stances.new).toBe(ROWS.length);
});

describe('agreement over time', () => {
  const [a, b, c] = [ACTORS[0].id, ACTORS[1].id, ACTORS[7].id];

  function expected(x: string, y: string, from?: string, to?: string) {
    const byYear = new Map<number, { shared: number; same: number }>();
    for (const p of pairs(x, y, from, to)) {
      const counts = byYear.get(p.year) ?? { shared: 0, same: 0 };
      counts.shared += 1;
      counts.same += p.same ? 1 : 0;
      byYear.set(p.year, counts);
    }
    return [...byYear]
      .sort(([p], [q]) => p - q)
      .map(([y, counts]) => ({ year: y, ...counts, agreement: rate(counts.same, counts.shared) }));
  }

  it('per year, counts the shared events and the same stances, in the year of the later stance', async () => {
    const { status, body } = await question('agreement-over-time', `a=${a}&b=${b}`);
    expect(status).toBe(200);
    expect(body.columns).toEqual(['year', 'shared', 'same', 'agreement']);
    expect(body.rows).toEqual(expected(a, b));
    expect(body.chart).toEqual({ type: 'line', x: 'year', y: 'agreement', yLabel: expect.any(String) });
    // Some pair's stances fall in two years, so the rule is exercised.
    expect(pairs(a, b).some((p) => year(p.own.statedOn) !== year(p.theirs.statedOn))).toBe(true);
    // Same bloc agrees far more than across blocs.
    const across = await question('agreement-over-time', `a=${a}&b=${c}`);
    expect(across.body.rows).toEqual(expected(a, c));
    const mean = (rows: { agreement: number }[]) => rows.reduce((s, r) => s + r.agreement, 0) / rows.length;
    expect(mean(body.rows)).toBeGreaterThan(mean(across.body.rows) + 0.4);
  });

  it('counts only the stances stated in the range, at day, month and year precision', async () => {
    for (const [from, to] of [
      ['2022', '2022'],
      ['2021-06', '2022-03'],
      ['2021-03-15', '2023-01-15'],
    ]) {
      const { body } = await question('agreement-over-time', `a=${a}&b=${b}&from=${from}&to=${to}`);
      expect(body.rows, `${from} to ${to}`).toEqual(expected(a, b, from, to));
    }
  });

  it('refuses bad input with a reason, and unknown actors with 404', async () => {
    const refused = async (query: string) => {
      const { status, body } = await question('agreement-over-time', query);
      expect(status, query).toBe(400);
      return body.error as string;
    };
    expect(await refused(`a=${a}&b=${a}`)).toMatch(/two different actors/);
    expect(await refused(`a=${a}`)).toMatch(/b/);
    expect(await refused(`a=${a}&b=${b}&from=2022-13`)).toMatch(/from must be a date like 2025/);
    expect(await refused(`a=${a}&b=${b}&from=2023&to=2022`)).toMatch(/after/);
    expect((await question('agreement-over-time', `a=${a}&b=no-such-actor`)).status).toBe(404);
  });
});

describe('stance mix', () => {
  it('counts each stance per year', async () => {
    const actor = ACTORS[3].id;
    const { status, body } = await question('stance-mix', `actor=${actor}`);
    expect(status).toBe(200);
    const expected = new Map<number, Record<Stance | 'total', number>>();
    for (const r of ROWS.filter((row) => row.actor === actor)) {
      const counts = expected.get(year(r.statedOn)) ?? { support: 0, condemnation: 0, caution: 0, total: 0 };
      counts[r.stance] += 1;
      counts.total += 1;
      expected.set(year(r.statedOn), counts);
    }
    expect(body.rows).toEqual([...expected].sort(([p], [q]) => p - q).map(([y, counts]) => ({ year: y, ...counts })));
    expect(body.chart).toEqual({ type: 'stance-bars', x: 'year' });
    expect((await question('stance-mix', 'actor=no-such-actor')).status).toBe(404);
    expect((await question('stance-mix', 'actor=Not A Slug')).status).toBe(400);
  });
});

describe('closest over time', () => {
  it('ranks who agreed most in the year, among those sharing at least 10 events in it', async () => {
    const actor = ACTORS[2];
    for (const y of [2021, 2022, 2023]) {
      const { status, body } = await question('closest-over-time', `actor=${actor.id}&year=${y}`);
      expect(status).toBe(200);
      const expected = ACTORS.filter((other) => other.id !== actor.id)
        .map((other) => {
          const inYear = pairs(actor.id, other.id).filter((p) => p.year === y);
          const same = inYear.filter((p) => p.same).length;
          return { actor: other.id, name: other.name, kind: 'state', shared: inYear.length, same };
        })
        .filter((r) => r.shared >= 10)
        .map((r) => ({ ...r, agreement: rate(r.same, r.shared) }))
        .sort((p, q) => q.same / q.shared - p.same / p.shared || q.shared - p.shared || p.name.localeCompare(q.name))
        .slice(0, 10);
      expect(expected.length).toBeGreaterThan(5);
      expect(body.rows, String(y)).toEqual(expected);
      // Its own bloc comes first.
      expect(ACTORS.find((o) => o.id === body.rows[0].actor)?.bloc).toBe(actor.bloc);
    }
  });

  it('refuses a year that is not one, and an unknown actor', async () => {
    expect((await question('closest-over-time', `actor=${ACTORS[0].id}&year=22`)).status).toBe(400);
    expect((await question('closest-over-time', `actor=${ACTORS[0].id}`)).status).toBe(400);
    expect((await question('closest-over-time', 'actor=no-such-actor&year=2022')).status).toBe(404);
  });
});

describe('who stands with whom', () => {
  function expectedEdges(
    kind: 'congruence' | 'conflict',
    minShared: number,
    minWeight: number,
    from: string,
    to: string,
  ) {
    const edges = [];
    for (const [i, x] of ACTORS.entries())
      for (const y of ACTORS.slice(i + 1)) {
        const shared = pairs(x.id, y.id, from, to);
        const agreeing = shared.filter((p) =>
          kind === 'congruence'
            ? p.same
            : (p.own.stance === 'support' && p.theirs.stance === 'condemnation') ||
              (p.own.stance === 'condemnation' && p.theirs.stance === 'support'),
        ).length;
        const weight = agreeing / shared.length;
        if (shared.length >= minShared && agreeing > 0 && weight >= minWeight)
          edges.push({ source: x.id, target: y.id, weight: rate(agreeing, shared.length), shared: shared.length });
      }
    return edges;
  }
  const key = (e: { source: string; target: string }) => [e.source, e.target].sort().join(' ');
  const sorted = <T extends { source: string; target: string }>(edges: T[]) =>
    edges
      .map((e) => ({ ...e, source: [e.source, e.target].sort()[0], target: [e.source, e.target].sort()[1] }))
      .sort((p, q) => key(p).localeCompare(key(q)));

  it('links actors by the share of shared events with the same stance, and finds the two blocs', async () => {
    const { status, body } = await question('congruence', 'from=2021&to=2023&minShared=20&minWeight=0.6');
    expect(status).toBe(200);
    expect(sorted(body.edges)).toEqual(sorted(expectedEdges('congruence', 20, 0.6, '2021', '2023')));
    expect(body.edges.length).toBeGreaterThan(20);
    const clusterOf = new Map(body.nodes.map((n: { id: string; cluster: number }) => [n.id, n.cluster]));
    expect(clusterOf.size).toBe(12);
    for (const actor of ACTORS)
      expect(clusterOf.get(actor.id), actor.id).toBe(clusterOf.get(ACTORS[actor.bloc * 6].id));
    expect(clusterOf.get(ACTORS[0].id)).not.toBe(clusterOf.get(ACTORS[6].id));
    // The table twin: one row per cluster with its members.
    expect(body.rows.map((r: { size: number }) => r.size)).toEqual([6, 6]);
    expect(body.rows[0].members).toHaveLength(6);
    expect(body.chart).toEqual({ type: 'network' });
    // The same answer every time: the clusters' numbering does not drift.
    expect((await question('congruence', 'from=2021&to=2023&minShared=20&minWeight=0.6')).body.nodes).toEqual(
      body.nodes,
    );
  });

  it('within a range, and as a conflict network of support against condemnation', async () => {
    const ranged = await question('congruence', 'from=2022-01&to=2022-12-31&minShared=5&minWeight=0.5');
    expect(sorted(ranged.body.edges)).toEqual(sorted(expectedEdges('congruence', 5, 0.5, '2022-01', '2022-12-31')));
    const conflict = await question('congruence', 'from=2021&to=2023&kind=conflict&minShared=10&minWeight=0.2');
    expect(conflict.status).toBe(200);
    expect(sorted(conflict.body.edges)).toEqual(sorted(expectedEdges('conflict', 10, 0.2, '2021', '2023')));
    expect(conflict.body.edges.length).toBeGreaterThan(0);
  });

  it('says which setting left a network empty', async () => {
    const tooMany = await question('congruence', 'from=2021&to=2023&minShared=100000');
    expect(tooMany.status).toBe(200);
    expect(tooMany.body.edges).toEqual([]);
    const perActor = ACTORS.map(
      (a) => ROWS.filter((r) => r.actor === a.id && inRange(r.statedOn, '2021', '2023')).length,
    );
    const most = Math.max(...perActor);
    expect(tooMany.body.emptyReason).toBe(
      `No actor took a stance on 100000 events in this range (the most any one took is ${most}), so no two can share 100000: lower “Minimum shared events” to ${most} or less.`,
    );
    const tooStrict = await question('congruence', 'from=2021&to=2023&minShared=5&minWeight=1');
    // Pairs share 5 events, but none took the same stance on every one of them.
    expect(expectedEdges('congruence', 5, 1, '2021', '2023')).toEqual([]);
    expect(tooStrict.body.emptyReason).toBe(
      'No two actors sharing 5 or more events took the same stance on at least 100% of them: lower “Minimum link weight”.',
    );
    const answered = await question('congruence', 'from=2021&to=2023&minShared=20&minWeight=0.6');
    expect(answered.body.emptyReason).toBeUndefined();
  });

  it('refuses bad parameters with a reason', async () => {
    for (const [query, reason] of [
      ['kind=both', /kind must be congruence or conflict/],
      ['minWeight=1.5', /minWeight must be a number from 0 to 1/],
      ['minShared=0', /minShared must be from 1/],
      ['from=2023&to=2021', /after/],
      ['to=yesterday', /to must be a date/],
    ] as const) {
      const { status, body } = await question('congruence', query);
      expect(status, query).toBe(400);
      expect(body.error, query).toMatch(reason);
    }
  });
});
