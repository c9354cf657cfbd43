/**
 * When stances were stated, through the real Neo4j: both import formats store the date a file gives
 * (else the source's, else the event's), /api/graph keeps the events dated in a range and the stances
 * stated in it at year, month and day precision (the ends included), bad ranges are refused, exports
 * carry the dates, an editor can change one, and stances stored before dates existed are given theirs.
 * On the shared database, restored to the seed after (tests/integration/shared-neo4j.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as exportRoute } from '@/app/api/export/route';
import { createUser } from '@/lib/auth/users';
import { importFile } from '@/lib/import';
import { applySchema } from '@/lib/model';
import type { Driver } from 'neo4j-driver';
import { call } from './edit-routes';
import { api, signIn } from './routes';
import { writingFile } from './shared-neo4j';

const TEXT_1 = 'The first minister welcomed the accord. The second minister rejected it. The third asked for time.';
const TEXT_2 = 'Nobody dated this record of the treaty debate, where the second delegate urged caution.';

const quote = (actor: string, event: string, stance: string, words: string, source: string, statedOn?: string) => ({
  actor,
  event,
  stance,
  ...(statedOn ? { statedOn } : {}),
  evidence: [{ source, quote: words }],
});

const FILE = {
  format: 'stancegraph',
  version: 1,
  actors: ['one', 'two', 'three', 'four'].map((n) => ({
    id: `dated-${n}`,
    name: `Dated ${n}`,
    kind: 'state',
    description: `A state for the date tests (${n}).`,
  })),
  events: [
    { id: 'dated-accord', title: 'Dated accord', date: '2024-03-10' },
    { id: 'dated-vote', title: 'Dated vote', date: '2024-12' },
    { id: 'dated-treaty', title: 'Dated treaty', date: '2023' },
  ],
  sources: [
    {
      id: 'dated-minutes',
      title: 'Minutes',
      publisher: 'Test',
      date: '2024-03-11',
      text: TEXT_1,
      about: ['dated-accord'],
    },
    { id: 'dated-record', title: 'Record', publisher: 'Test', date: null, text: TEXT_2, about: ['dated-treaty'] },
  ],
  relations: [],
  stances: [
    quote('dated-one', 'dated-accord', 'support', 'welcomed the accord', 'dated-minutes', '2024-03-10'),
    // No date given: the source's (2024-03-11).
    quote('dated-two', 'dated-accord', 'condemnation', 'rejected it', 'dated-minutes'),
    quote('dated-three', 'dated-accord', 'caution', 'asked for time', 'dated-minutes', '2024-03-31'),
    quote('dated-one', 'dated-vote', 'support', 'welcomed the accord', 'dated-minutes', '2024-12-31'),
    // No date given and an undated source: the event's (2023).
    quote('dated-two', 'dated-treaty', 'caution', 'urged caution', 'dated-record'),
    quote('dated-four', 'dated-treaty', 'support', 'treaty debate', 'dated-record', '2025-01-01'),
  ],
};

const scratch = writingFile('dates');
let driver: Driver;
let editor: string;

/** The stance edges /api/graph draws for a query, as "actor>event" sorted. */
async function drawn(query: string): Promise<string[]> {
  const { status, body } = await api.graphView(query);
  expect(status).toBe(200);
  return (body.edges as { type: string; source: string; target: string }[])
    .filter((e) => e.type === 'STANCE' && e.source.startsWith('dated-'))
    .map((e) => `${e.source.replace('dated-', '')}>${e.target.replace('dated-', '')}`)
    .sort();
}

async function statedOn(id: string): Promise<string | null> {
  const { records } = await driver.executeQuery('MATCH ()-[r:TOOK_STANCE {id: $id}]->() RETURN r.statedOn AS d', {
    id,
  });
  return records[0].get('d') as string | null;
}

beforeAll(async () => {
  driver = scratch.driver();
  const report = await importFile({ driver }, { file: scratch.file('dated.json', [JSON.stringify(FILE)]) });
  expect(report).toMatchObject({ invalidRows: 0, written: true, stances: { new: 6 } });
  await createUser({ driver }, { username: 'dora', password: 'dora’s long editor password', role: 'editor' });
  editor = await signIn('dora', 'dora’s long editor password');
});

describe('a stance’s date', () => {
  it('is the one the file gives, else its source’s, else its event’s', async () => {
    expect(await statedOn('dated-one--dated-accord')).toBe('2024-03-10');
    expect(await statedOn('dated-two--dated-accord')).toBe('2024-03-11');
    expect(await statedOn('dated-two--dated-treaty')).toBe('2023');
    const { body } = await api.actor('dated-two');
    expect(
      Object.fromEntries(body.stances.map((s: { eventId: string; statedOn: string }) => [s.eventId, s.statedOn])),
    ).toEqual({
      'dated-accord': '2024-03-11',
      'dated-treaty': '2023',
    });
  });

  it('is read from a CSV’s stated_on: the earliest of a stance’s rows, and a later import can move it', async () => {
    const header = 'actor,actor_kind,event,event_date,stance,stated_on,quote,source_title,source_url,source_date';
    const source = 'Minutes CSV,https://example.org/dated-minutes,2024-03-11';
    const rows = [
      `Dated one,state,Dated accord,2024-03-10,support,2024-03-20,The first minister welcomed the accord,${source}`,
      `Dated one,state,Dated accord,2024-03-10,support,2024-03-15,welcomed,${source}`,
    ];
    await importFile({ driver }, { file: scratch.file('dated.csv', [header, ...rows]) });
    // The stance existed (dated 2024-03-10); this file's earliest row says 2024-03-15.
    expect(await statedOn('dated-one--dated-accord')).toBe('2024-03-15');
    const dry = await importFile(
      { driver },
      { file: scratch.file('moved.csv', [header, rows[0].replace('2024-03-20', '2024-03-10')]), dryRun: true },
    );
    expect(dry.changes).toContainEqual({
      entity: 'stance',
      id: 'dated-one--dated-accord',
      field: 'statedOn',
      from: '2024-03-15',
      to: '2024-03-10',
    });
    expect(dry.stances).toMatchObject({ updated: 1 });
    await importFile(
      { driver },
      { file: scratch.file('moved-back.csv', [header, rows[0].replace('2024-03-20', '2024-03-10')]) },
    );
    expect(await statedOn('dated-one--dated-accord')).toBe('2024-03-10');
  });

  it('importing the same dates again changes no stance, not even its version (an editor holding it can still save)', async () => {
    const versions = async () => {
      const { records } = await driver.executeQuery(
        `MATCH (a:Actor)-[r:TOOK_STANCE]->() WHERE a.id STARTS WITH 'dated-' RETURN r.id AS id, coalesce(r.version, 1) AS version`,
      );
      return Object.fromEntries(records.map((r) => [r.get('id'), Number(r.get('version'))]));
    };
    const before = await versions();
    const json = await importFile({ driver }, { file: scratch.file('dated-again.json', [JSON.stringify(FILE)]) });
    expect(json.stances).toMatchObject({ new: 0, updated: 0 });
    expect(await versions()).toEqual(before);

    // One stance's rows in two batches: the later row's date (2024-03-15) is not earlier than the stored one.
    const header = 'actor,actor_kind,event,event_date,stance,stated_on,quote,source_title,source_url,source_date';
    const source = 'Minutes CSV,https://example.org/dated-minutes,2024-03-11';
    const rows = [
      `Dated one,state,Dated accord,2024-03-10,support,2024-03-10,The first minister welcomed the accord,${source}`,
      `Dated one,state,Dated accord,2024-03-10,support,2024-03-15,welcomed,${source}`,
    ];
    await importFile({ driver }, { file: scratch.file('dated-again.csv', [header, ...rows]), batchSize: 1 });
    expect(await versions()).toEqual(before);
    expect(await statedOn('dated-one--dated-accord')).toBe('2024-03-10');

    // A date that moves is written, and only that stance's version moves.
    const moved = rows[0].replace(',2024-03-10,The', ',2024-03-09,The');
    await importFile({ driver }, { file: scratch.file('dated-moved.csv', [header, moved]) });
    expect(await statedOn('dated-one--dated-accord')).toBe('2024-03-09');
    expect(await versions()).toEqual({
      ...before,
      'dated-one--dated-accord': before['dated-one--dated-accord'] + 1,
    });
    await importFile({ driver }, { file: scratch.file('dated-back.csv', [header, rows[0]]) });
    expect(await statedOn('dated-one--dated-accord')).toBe('2024-03-10');
  });
});

describe('/api/graph in a date range', () => {
  it('keeps the stances stated on one day, the ends of the range included', async () => {
    expect(await drawn('?event=dated-accord&from=2024-03-10&to=2024-03-10')).toEqual(['one>accord']);
    expect(await drawn('?event=dated-accord&from=2024-03-11&to=2024-03-31')).toEqual(['three>accord', 'two>accord']);
  });

  it('keeps a month’s and a year’s stances, a chosen event kept whatever its own date', async () => {
    expect(await drawn('?event=dated-accord&from=2024-03&to=2024-03')).toEqual([
      'one>accord',
      'three>accord',
      'two>accord',
    ]);
    expect(await drawn('?event=dated-accord&from=2024-04')).toEqual([]);
    const { body } = await api.graph('?event=dated-accord&from=2024-04');
    expect(body.nodes.map((n: { id: string }) => n.id)).toContain('dated-accord');
  });

  it('without an event, holds the events dated in the range and the stances stated in it', async () => {
    expect(await drawn('?from=2024&to=2024')).toEqual(['one>accord', 'one>vote', 'three>accord', 'two>accord']);
    const { body } = await api.graph('?from=2024&to=2024');
    const events = body.nodes.filter((n: { type: string }) => n.type === 'event').map((n: { id: string }) => n.id);
    expect(events.sort()).toEqual(['dated-accord', 'dated-vote']);
    // The treaty is dated 2023: its stance stated in 2025 is not drawn in a 2025 view, its 2023 one is in one up to 2023.
    expect(await drawn('?from=2025')).toEqual([]);
    expect(await drawn('?to=2023')).toEqual(['two>treaty']);
    // The vote is dated 2024-12, which counts at its first day: in December, not on its last day.
    expect(await drawn('?from=2024-12&to=2024-12')).toEqual(['one>vote']);
    expect(await drawn('?from=2024-12-31&to=2024-12-31')).toEqual([]);
  });

  it('draws only a focused actor’s stances stated in the range', async () => {
    expect(await drawn('?actor=dated-one&from=2024-12')).toEqual(['one>vote']);
    expect(await drawn('?actor=dated-one')).toEqual(['one>accord', 'one>vote']);
  });

  it('gives each stance edge its date', async () => {
    const { body } = await api.graphView('?event=dated-accord');
    const edge = body.edges.find((e: { id: string }) => e.id === 'dated-three--dated-accord');
    expect(edge.statedOn).toBe('2024-03-31');
  });

  it.each([
    ['?from=2024-02-30', 'from must be a date like 2025, 2025-07 or 2025-07-03'],
    ['?to=2024/03', 'to must be a date like'],
    ['?from=2024-05&to=2024-04', 'from (2024-05) is after to (2024-04)'],
    ['?from=2024&from=2025', 'from'],
  ])('refuses %s with 400, saying why', async (query, message) => {
    const { status, body } = await api.graph(query);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain(message);
  });
});

describe('exports', () => {
  it('carry each stance’s date in JSON, CSV and GraphML', async () => {
    const json = await (await exportRoute(new Request('http://127.0.0.1/api/export?format=json'))).json();
    const stance = json.stances.find((s: { actor: string; event: string }) => s.actor === 'dated-three');
    expect(stance.statedOn).toBe('2024-03-31');
    const csv = await (await exportRoute(new Request('http://127.0.0.1/api/export?format=csv'))).text();
    expect(csv.split('\n')[0]).toContain(',stance,stated_on,quote,');
    expect(csv).toContain(',caution,2024-03-31,asked for time,');
    const graphml = await (await exportRoute(new Request('http://127.0.0.1/api/export?format=graphml'))).text();
    expect(graphml).toMatch(/<data key="[^"]+">2024-03-31<\/data>/);
  });
});

describe('an editor', () => {
  it('changes a stance’s date, and clears it back to its source’s', async () => {
    const id = 'dated-three--dated-accord';
    const { body: read } = await call('GET', `/api/stances/${id}`, undefined, { cookie: editor });
    expect(read.statedOn).toBe('2024-03-31');
    const moved = await call(
      'PATCH',
      `/api/stances/${id}`,
      { version: read.version, statedOn: '2024-04-02', reason: 'the statement was on 2 April' },
      { cookie: editor },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.stance.statedOn).toBe('2024-04-02');
    expect(await drawn('?event=dated-accord&from=2024-04')).toEqual(['three>accord']);
    const cleared = await call(
      'PATCH',
      `/api/stances/${id}`,
      { version: moved.body.stance.version, statedOn: null, reason: 'date unknown' },
      { cookie: editor },
    );
    expect(cleared.body.stance.statedOn).toBe('2024-03-11');
    const bad = await call(
      'PATCH',
      `/api/stances/${id}`,
      { version: cleared.body.stance.version, statedOn: '2024-02-30', reason: 'x' },
      { cookie: editor },
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('statedOn must be a date');
  });
});

describe('stances stored before they had dates', () => {
  it('are given their source’s or event’s date by the next schema update', async () => {
    await driver.executeQuery(
      "MATCH ()-[r:TOOK_STANCE]->() WHERE r.id IN ['dated-two--dated-accord', 'dated-two--dated-treaty'] SET r.statedOn = null",
    );
    await applySchema({ driver });
    expect(await statedOn('dated-two--dated-accord')).toBe('2024-03-11');
    expect(await statedOn('dated-two--dated-treaty')).toBe('2023');
  });
});
