/**
 * /api/timeline, an actor's history and a stance's evidence against the shared test database, with
 * stances stated on the edges of periods (the last day of a year, the first of a month, a leap day,
 * dates known only to the month or year, none). Every expected figure is computed here from the rows
 * imported (and, unfiltered, the seed's stances as stored), not by the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as historyRoute } from '@/app/api/actors/[id]/history/route';
import { GET as evidenceRoute } from '@/app/api/stances/[id]/evidence/route';
import { GET as timelineRoute } from '@/app/api/timeline/route';
import { importFile } from '@/lib/import';
import { mergeActors, readStanceDays, rebuildStanceDays } from '@/lib/model';
import { inWriteTransaction } from '@/lib/neo4j';
import { bumpGraphVersion } from '@/lib/graph/version';
import { getActorHistory } from '@/lib/graph/timeline';
import type { ActorHistory, StanceEvidence, TimelineCounts } from '@/lib/types';
import { writingFile } from './shared-neo4j';
import { keptAndCounted } from './kept-beside-graph';

type Row = { actor: string; kind: string; event: string; eventDate: string; stance: string; statedOn: string | null };
const row = (...cells: [string, string, string, string, string, string | null]): Row => {
  const [actor, kind, event, eventDate, stance, statedOn] = cells;
  return { actor, kind, event, eventDate, stance, statedOn };
};

const ROWS: Row[] = [
  row('Alpha State', 'state', 'Vote One', '2019-12-31', 'support', '2019-12-31'),
  row('Beta Person', 'person', 'Vote One', '2019-12-31', 'condemnation', '2020-01-01'),
  row('Alpha State', 'state', 'Vote Two', '2020-01', 'condemnation', '2020-01-31'),
  row('Beta Person', 'person', 'Vote Two', '2020-01', 'support', '2020-01'),
  row('Gamma State', 'state', 'Vote Two', '2020-01', 'caution', '2020-02-01'),
  row('Alpha State', 'state', 'Vote Three', '2020-02-29', 'caution', '2020-02-29'),
  row('Beta Person', 'person', 'Vote Three', '2020-02-29', 'support', '2020-03-01'),
  row('Gamma State', 'state', 'Vote Four', '2020', 'support', '2020'),
  row('Alpha State', 'state', 'Vote Four', '2020', 'support', null),
  row('Gamma State', 'state', 'Vote Five', '2020-03-31', 'condemnation', '2020-03-31'),
];

const slug = (name: string) => name.toLowerCase().replace(/ /g, '-');

/** A stance as the filters see it: ids, the actor's kind, the stance and its date. */
type Stated = { actor: string; kind: string; event: string; stance: string; statedOn: string | null };
const stated = (r: Row): Stated => ({
  actor: slug(r.actor),
  kind: r.kind,
  event: slug(r.event),
  stance: r.stance,
  statedOn: r.statedOn,
});

type Granularity = 'year' | 'month' | 'day';
/** The period a date falls in, its missing parts read as the first month and day. */
function periodKey(date: string, granularity: Granularity): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return { year: y, month: `${y}-${m}`, day: `${y}-${m}-${d}` }[granularity];
}

interface Expected {
  periods: Map<string, Record<string, number>>;
  undated: Record<string, number>;
}

/** Counts per period of the stances in `rows` and of their distinct events. */
function expectedCounts(
  rows: { stance: string; statedOn: string | null }[],
  events: { id: string; date: string | null }[],
  granularity: Granularity,
): Expected {
  const zero = (): Record<string, number> => ({ support: 0, condemnation: 0, caution: 0, events: 0 });
  const periods = new Map<string, Record<string, number>>();
  const undated = zero();
  const at = (date: string | null) => {
    if (!date) return undated;
    const key = periodKey(date, granularity);
    if (!periods.has(key)) periods.set(key, zero());
    return periods.get(key)!;
  };
  for (const r of rows) at(r.statedOn)[r.stance] += 1;
  for (const e of new Map(events.map((e) => [e.id, e])).values()) at(e.date).events += 1;
  return { periods, undated };
}

const eventsOf = (rows: Row[]) => rows.map((r) => ({ id: slug(r.event), date: r.eventDate || null }));

async function timeline(query: string): Promise<{ status: number; body: TimelineCounts & { error?: string } }> {
  const response = await timelineRoute(new Request(`http://127.0.0.1/api/timeline?${query}`));
  return { status: response.status, body: await response.json() };
}

/** The answer's non-empty periods, to compare with `expectedCounts`; its periods must run without a gap. */
function nonEmpty(body: TimelineCounts): Expected {
  const periods = new Map<string, Record<string, number>>();
  for (const { period, ...counts } of body.periods) {
    if (Object.values(counts).some((n) => n > 0)) periods.set(period, counts);
  }
  return { periods, undated: body.undated };
}

const db = writingFile('timeline');
let seedStances: Stated[] = [];
let seedEvents: { id: string; date: string | null }[] = [];

beforeAll(async () => {
  const driver = db.driver();
  const stances = await driver.executeQuery(
    'MATCH (a:Actor)-[r:TOOK_STANCE]->(e:Event) RETURN a.id AS actor, a.kind AS kind, e.id AS event, r.stance AS stance, r.statedOn AS d',
  );
  seedStances = stances.records.map((r) => ({
    actor: r.get('actor'),
    kind: r.get('kind'),
    event: r.get('event'),
    stance: r.get('stance'),
    statedOn: r.get('d') ?? null,
  }));
  const events = await driver.executeQuery('MATCH (e:Event) RETURN e.id AS id, e.date AS date');
  seedEvents = events.records.map((r) => ({ id: r.get('id'), date: r.get('date') ?? null }));

  const header = 'actor,actor_kind,event,event_date,stance,stated_on,quote,source_title,source_url,source_date';
  const lines = ROWS.map(
    (r, i) =>
      `${r.actor},${r.kind},${r.event},${r.eventDate},${r.stance},${r.statedOn ?? ''},${r.actor} on ${r.event} (${i}),Record ${i},https://example.org/record/${i},`,
  );
  const report = await importFile({ driver }, { file: db.file('timeline.csv', [header, ...lines]) });
  expect(report.invalidRows).toBe(0);
  // An import dates every stance (by its source or event, when the row gives none): the undated
  // row stands for a stance whose date nobody knows, as one stored before dates were.
  for (const r of ROWS.filter((row) => row.statedOn === null)) {
    await driver.executeQuery('MATCH (:Actor {id: $a})-[s:TOOK_STANCE]->(:Event {id: $e}) REMOVE s.statedOn', {
      a: slug(r.actor),
      e: slug(r.event),
    });
  }
  // Written past the app, as a database from before the counts per date were: counted again as applySchema would.
  await rebuildStanceDays({ driver });
});

describe('GET /api/timeline', () => {
  it.each(['day', 'month', 'year'] as const)('counts one event’s stances per %s', async (granularity) => {
    const rows = ROWS.filter((r) => r.event === 'Vote Two');
    const { status, body } = await timeline(`event=vote-two&granularity=${granularity}`);
    expect(status).toBe(200);
    expect(body.granularity).toBe(granularity);
    expect(nonEmpty(body)).toEqual(expectedCounts(rows, eventsOf(rows), granularity));
  });

  it('counts stances on the edges of months apart: the last day of one, the first of the next', async () => {
    const { body } = await timeline('granularity=month&actor=beta-person');
    const byPeriod = Object.fromEntries(body.periods.map((p) => [p.period, p]));
    // Stated 2020-01-01 and "2020-01" (its first day): January; 2020-03-01: March, nothing in February.
    expect(byPeriod['2020-01']).toMatchObject({ condemnation: 1, support: 1 });
    expect(byPeriod['2020-02']).toMatchObject({ support: 0, condemnation: 0, caution: 0 });
    expect(byPeriod['2020-03']).toMatchObject({ support: 1 });
  });

  it('chooses the granularity from the span, and lists every period from the first to the last', async () => {
    const { body } = await timeline('event=vote-one');
    // 2019-12-31 to 2020-01-01: two days.
    expect(body.granularity).toBe('day');
    expect(body.periods.map((p) => p.period)).toEqual(['2019-12-31', '2020-01-01']);
    const alpha = await timeline('actor=alpha-state');
    // 2019-12-31 to 2020-02-29, and "2020" (its first day): 61 days.
    expect(alpha.body.granularity).toBe('day');
    expect(alpha.body.periods).toHaveLength(61);
    expect(alpha.body.periods[0].period).toBe('2019-12-31');
    expect(alpha.body.periods.at(-1)!.period).toBe('2020-02-29');
  });

  it('filters by actor, stance and kind as /api/graph does', async () => {
    const cases: [string, (r: Stated) => boolean][] = [
      ['actor=alpha-state', (r) => r.actor === 'alpha-state'],
      ['stance=support&kind=state', (r) => r.stance === 'support' && r.kind === 'state'],
      ['actor=gamma-state&stance=condemnation,caution', (r) => r.actor === 'gamma-state' && r.stance !== 'support'],
      ['event=vote-three&kind=person', (r) => r.event === 'vote-three' && r.kind === 'person'],
    ];
    const all = [...ROWS.map(stated), ...seedStances];
    const allEvents = [...eventsOf(ROWS), ...seedEvents];
    for (const [query, keep] of cases) {
      const rows = all.filter(keep);
      const { status, body } = await timeline(`${query}&granularity=month`);
      expect(status, query).toBe(200);
      // Events: the one chosen, those the focused actor took a stance on (passing the filter), or all.
      const events = query.startsWith('actor=')
        ? allEvents.filter((e) => rows.some((r) => r.event === e.id))
        : query.startsWith('event=')
          ? allEvents.filter((e) => e.id === 'vote-three')
          : allEvents;
      expect(nonEmpty(body), query).toEqual(expectedCounts(rows, events, 'month'));
    }
  });

  it('counts the whole graph, the seed included, per year', async () => {
    // Read from the counts kept per date: they add up.
    expect(await readStanceDays({ driver: db.driver() })).not.toBeNull();
    const { body } = await timeline('granularity=year');
    expect(nonEmpty(body)).toEqual(
      expectedCounts([...ROWS, ...seedStances], [...eventsOf(ROWS), ...seedEvents], 'year'),
    );
  });

  it('counts by actor kind from the kept counts, which follow an actor whose kind changes', async () => {
    const driver = db.driver();
    const all = [...ROWS.map(stated), ...seedStances];
    const allEvents = [...eventsOf(ROWS), ...seedEvents];
    const expectedFor = (kind: string, rows = all) =>
      expectedCounts(
        rows.filter((r) => r.kind === kind),
        allEvents,
        'year',
      );
    // The kind filter reads the kept counts now, not every stance.
    expect(await readStanceDays({ driver }, ['person'])).not.toBeNull();
    expect(nonEmpty((await timeline('kind=person&granularity=year')).body)).toEqual(expectedFor('person'));

    // Alpha State is re-filed as an organisation through the model's writer, as an editor's write
    // does it (which counts the graph's version up, so no cached answer is served), then back.
    const refile = (kind: 'organisation' | 'state') =>
      inWriteTransaction({ driver }, async (tx) => {
        await mergeActors(tx, [
          { id: 'alpha-state', props: { name: 'Alpha State', kind, description: '', aliases: [] } },
        ]);
        await bumpGraphVersion(tx);
      });
    await refile('organisation');
    try {
      const moved = all.map((r) => (r.actor === 'alpha-state' ? { ...r, kind: 'organisation' } : r));
      expect(await readStanceDays({ driver }, ['organisation'])).not.toBeNull();
      expect(nonEmpty((await timeline('kind=organisation&granularity=year')).body)).toEqual(
        expectedFor('organisation', moved),
      );
      expect(nonEmpty((await timeline('kind=state&granularity=year')).body)).toEqual(expectedFor('state', moved));
      const { kept, counted } = await keptAndCounted(driver);
      expect(kept).toEqual(counted);
    } finally {
      await refile('state');
    }
    expect(nonEmpty((await timeline('kind=state&granularity=year')).body)).toEqual(expectedFor('state'));
  });

  it('counts the stances themselves when the kept counts do not add up, until they are counted again', async () => {
    const driver = db.driver();
    const expected = expectedCounts([...ROWS, ...seedStances], [...eventsOf(ROWS), ...seedEvents], 'year');
    // As a write past the app would leave them (an import cut short clears them the same way).
    await driver.executeQuery('MATCH (d:StanceDay) WITH d ORDER BY d.date LIMIT 1 DELETE d');
    expect(await readStanceDays({ driver })).toBeNull();
    // As a write through the model would, so the answer is counted, not the read cache's copy.
    await inWriteTransaction({ driver }, (tx) => bumpGraphVersion(tx));
    expect(nonEmpty((await timeline('granularity=year')).body)).toEqual(expected);
    // What applySchema does when they do not add up (it would also date the undated stance these tests keep).
    await rebuildStanceDays({ driver });
    const { kept, counted } = await keptAndCounted(driver);
    expect(kept).toEqual(counted);
    expect(nonEmpty((await timeline('granularity=year')).body)).toEqual(expected);
  });

  it('a kind read refuses counts not kept per kind; applySchema counts again when the kinds do not add up', async () => {
    const driver = db.driver();
    const expectedPeople = expectedCounts(
      [...ROWS.map(stated), ...seedStances].filter((r) => r.kind === 'person'),
      [...eventsOf(ROWS), ...seedEvents],
      'year',
    );
    try {
      // One date counts a person's support too many: a read checks the counts per stance only, which
      // still add up; what applySchema asks (stanceDaysAddUp) sums the kinds too, and so counts again.
      await driver.executeQuery(
        'MATCH (d:StanceDay) WITH d ORDER BY d.date LIMIT 1 SET d.person_support = coalesce(d.person_support, 0) + 1',
      );
      expect(await readStanceDays({ driver })).not.toBeNull();
      expect(await readStanceDays({ driver }, undefined, { checkKinds: true })).toBeNull();

      // Counts kept before they were kept per kind: the kind filter counts the stances themselves.
      await driver.executeQuery('MATCH (d:StanceDay) REMOVE d.person_support, d.person_condemnation, d.person_caution');
      expect(await readStanceDays({ driver })).not.toBeNull();
      expect(await readStanceDays({ driver }, ['person'])).toBeNull();
      // As a write through the model would, so no cached answer is served.
      await inWriteTransaction({ driver }, (tx) => bumpGraphVersion(tx));
      expect(nonEmpty((await timeline('kind=person&granularity=year')).body)).toEqual(expectedPeople);
    } finally {
      await rebuildStanceDays({ driver });
    }
    expect(await readStanceDays({ driver }, undefined, { checkKinds: true })).not.toBeNull();
    const { kept, counted } = await keptAndCounted(driver);
    expect(kept).toEqual(counted);
  });

  it('refuses bad input with a message, and an unknown event or actor with 404', async () => {
    expect(await timeline('granularity=week')).toMatchObject({
      status: 400,
      body: { error: 'granularity must be one of year, month, day' },
    });
    expect((await timeline('depth=2')).status).toBe(400);
    expect((await timeline('from=2020')).body.error).toMatch(/unknown parameter/);
    expect((await timeline('stance=maybe')).status).toBe(400);
    expect((await timeline('event=Not%20A%20Slug')).status).toBe(400);
    expect(await timeline('event=no-such-event')).toMatchObject({
      status: 404,
      body: { error: 'No event with id "no-such-event".' },
    });
    expect((await timeline('actor=no-such-actor')).status).toBe(404);
    // The seed (2025) and these rows (2019-2020) span more days than an answer holds.
    const days = await timeline('granularity=day');
    expect(days.status).toBe(400);
    expect(days.body.error).toMatch(/periods is more than the 1,000 an answer holds: choose a coarser granularity/);
  });
});

describe('GET /api/actors/{id}/history', () => {
  async function history(id: string, query = ''): Promise<{ status: number; body: ActorHistory & { error?: string } }> {
    const response = await historyRoute(new Request(`http://127.0.0.1/api/actors/${id}/history${query}`), {
      params: Promise.resolve({ id }),
    });
    return { status: response.status, body: await response.json() };
  }

  it('lists every stance newest stated first, undated last, with counts per year', async () => {
    const rows = ROWS.filter((r) => r.actor === 'Alpha State');
    const { status, body } = await history('alpha-state');
    expect(status).toBe(200);
    expect(body.actor).toEqual({ id: 'alpha-state', name: 'Alpha State' });
    expect(body.stances.map((s) => [s.statedOn, s.stance, s.eventId])).toEqual([
      ['2020-02-29', 'caution', 'vote-three'],
      ['2020-01-31', 'condemnation', 'vote-two'],
      ['2019-12-31', 'support', 'vote-one'],
      [null, 'support', 'vote-four'],
    ]);
    expect(body.stances[0]).toMatchObject({
      id: 'alpha-state--vote-three',
      eventTitle: 'Vote Three',
      eventDate: '2020-02-29',
    });
    expect(body).toMatchObject({ total: rows.length, truncated: false });
    const expected = expectedCounts(rows, [], 'year');
    expect(body.years).toEqual(
      [...expected.periods].map(([year, { support, condemnation, caution }]) => ({
        year,
        support,
        condemnation,
        caution,
      })),
    );
    expect(body.undated).toEqual({ support: 1, condemnation: 0, caution: 0 });
  });

  it('says when the list was cut, its counts still covering everything', async () => {
    const { getDriver } = await import('@/lib/neo4j');
    const cut = await getActorHistory({ driver: getDriver() }, 'alpha-state', 2);
    expect(cut.stances.map((s) => s.statedOn)).toEqual(['2020-02-29', '2020-01-31']);
    expect(cut).toMatchObject({ total: 4, truncated: true, limit: 2 });
    expect(cut.years.reduce((n, y) => n + y.support + y.condemnation + y.caution, 0)).toBe(3);
  });

  it('answers 404 for an unknown actor and 400 for a bad id or parameter', async () => {
    expect((await history('no-such-actor')).status).toBe(404);
    expect((await history('Not A Slug')).status).toBe(400);
    expect((await history('alpha-state', '?limit=5')).status).toBe(400);
  });
});

describe('GET /api/stances/{id}/evidence', () => {
  async function evidence(id: string): Promise<{ status: number; body: StanceEvidence & { error?: string } }> {
    const response = await evidenceRoute(new Request(`http://127.0.0.1/api/stances/${id}/evidence`), {
      params: Promise.resolve({ id }),
    });
    return { status: response.status, body: await response.json() };
  }

  it('gives the stance with its quotes whole and their sources', async () => {
    const { status, body } = await evidence('alpha-state--vote-two');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'alpha-state--vote-two',
      stance: 'condemnation',
      statedOn: '2020-01-31',
      actorId: 'alpha-state',
      eventId: 'vote-two',
      eventTitle: 'Vote Two',
    });
    expect(body.evidence).toEqual([
      {
        quote: 'Alpha State on Vote Two (2)',
        kind: 'reported',
        source: expect.objectContaining({ title: 'Record 2', url: 'https://example.org/record/2' }),
      },
    ]);
  });

  it('answers 404 for a stance nobody took and 400 for an id that is not one', async () => {
    expect((await evidence('beta-person--vote-five')).status).toBe(404);
    expect((await evidence('alpha-state')).status).toBe(400);
    expect((await evidence('alpha-state---vote-two')).status).toBe(400);
  });
});
