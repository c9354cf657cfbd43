/**
 * A focused actor with more stances than can be drawn one by one, against the shared test database, which it
 * restores after (tests/integration/shared-neo4j.ts): /api/graph groups its stances per stance and year,
 * each group listing its newest events, and narrowing to one event drills back into a single stance.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as graphRoute } from '@/app/api/graph/route';
import { GRAPH_EDGE_LIMIT } from '@/lib/domain';
import { AGGREGATE_SAMPLE, FOCUS_AGGREGATE_ABOVE, QUOTED_STANCES_MAX } from '@/lib/graph/graph';
import { importFile } from '@/lib/import';
import { closeDriver, getDriver } from '@/lib/neo4j';
import type { GraphAnswer } from '@/lib/types';
import { restoreSeed } from './shared-neo4j';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
// 90 votes in 2019 that Busy State supported, 60 in 2020 that it condemned; a second state joins a few.
const SUPPORTED = 90;
const CONDEMNED = 60;
let driver: Driver;
let dir: string;

function vote(i: number): { id: string; date: string; stance: string } {
  return i < SUPPORTED
    ? { id: `vote-${i}`, date: `2019-01-${String((i % 28) + 1).padStart(2, '0')}`, stance: 'support' }
    : { id: `vote-${i}`, date: `2020-02-${String((i % 28) + 1).padStart(2, '0')}`, stance: 'condemnation' };
}

async function graph(query: string): Promise<{ status: number; body: GraphAnswer }> {
  const response = await graphRoute(new Request(`http://127.0.0.1/api/graph?${query}`));
  return { status: response.status, body: (await response.json()) as GraphAnswer };
}

beforeAll(async () => {
  driver = getDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-aggregate-'));
  const rows = [HEADER];
  for (let i = 0; i < SUPPORTED + CONDEMNED; i++) {
    const v = vote(i);
    rows.push(
      `Busy State,state,${v.id},${v.date},${v.stance},Busy State voted on ${v.id},Voting record,https://example.org/votes,${v.date}`,
    );
    if (i % 50 === 0)
      rows.push(
        `Other State,state,${v.id},${v.date},caution,Other State abstained on ${v.id},Voting record,https://example.org/votes,${v.date}`,
      );
  }
  const file = path.join(dir, 'votes.csv');
  fs.writeFileSync(file, `${rows.join('\n')}\n`);
  const report = await importFile({ driver }, { file });
  expect(report.invalidRows).toBe(0);
});

afterAll(async () => {
  if (driver) await restoreSeed(driver);
  await closeDriver();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/graph focused on an actor with many stances', () => {
  it('groups them per stance and year, one edge each, with the newest events to drill into', async () => {
    expect(SUPPORTED + CONDEMNED).toBeGreaterThan(FOCUS_AGGREGATE_ABOVE);
    const { status, body } = await graph('actor=busy-state');
    expect(status).toBe(200);
    const groups = body.nodes.filter((n) => n.aggregate);
    expect(groups.map((n) => [n.aggregate!.stance, n.aggregate!.group, n.aggregate!.events])).toEqual([
      ['condemnation', '2020', CONDEMNED],
      ['support', '2019', SUPPORTED],
    ]);
    // No event is drawn one by one, and each group hangs off the actor by one stance edge.
    expect(body.nodes.filter((n) => n.type === 'event' && !n.aggregate)).toEqual([]);
    expect(body.stances.map((e) => [e.source, e.target, e.stance]).sort()).toEqual(
      groups.map((n) => ['busy-state', n.id, n.aggregate!.stance]).sort(),
    );
    // Their ends do not make their ids, so these are sent.
    expect(body.stances.map((e) => e.id).sort()).toEqual(groups.map((n) => `${n.id}--edge`).sort());
    const support = groups.find((n) => n.aggregate!.stance === 'support')!;
    expect(support.label).toBe(`support · 2019 · ${SUPPORTED} events`);
    expect(support.aggregate!.sample).toHaveLength(AGGREGATE_SAMPLE);
    const dates = support.aggregate!.sample.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('draws stances one by one again when the filters leave few of them', async () => {
    const { body } = await graph('actor=busy-state&stance=condemnation');
    expect(body.nodes.some((n) => n.aggregate)).toBe(false);
    expect(body.stances).toHaveLength(CONDEMNED);
  });

  it('drills into one event of a group: its stance with the words', async () => {
    const { body } = await graph('actor=busy-state&event=vote-7');
    expect(body.nodes.map((n) => n.id).sort()).toEqual(['busy-state', 'vote-7']);
    expect(body.relations).toEqual([]);
    const [edge] = body.stances;
    expect(edge).toMatchObject({ source: 'busy-state', target: 'vote-7', stance: 'support' });
    expect(edge.evidence[0].quote).toBe('Busy State voted on vote-7');
  });
});

describe('GET /api/graph without an event, when the newest events hold more stances than the edge cap', () => {
  // 80 members vote on 50 newer sessions: member i on the first 10 + (7i mod 41) of them, 2,400 votes in all.
  const MEMBERS = 80;
  const SESSIONS = 50;
  const sessionsOf = (i: number) => 10 + ((7 * i) % 41);

  beforeAll(async () => {
    const rows = [HEADER];
    for (let i = 0; i < MEMBERS; i++) {
      for (let s = 0; s < sessionsOf(i); s++) {
        const date = `2031-${String((s % 12) + 1).padStart(2, '0')}-${String((s % 28) + 1).padStart(2, '0')}`;
        rows.push(
          `Member ${i},state,session-${s},${date},${['support', 'condemnation', 'caution'][(i + s) % 3]},Member ${i} on session ${s},Session record ${s},https://example.org/sessions/${s},${date}`,
        );
      }
    }
    const file = path.join(dir, 'sessions.csv');
    fs.writeFileSync(file, `${rows.join('\n')}\n`);
    // Dated after every real event on purpose, so the import is told to take future dates.
    const report = await importFile({ driver }, { file, allowFuture: true });
    expect(report.invalidRows).toBe(0);
  });

  it('stays under the cap, says it was cut, and draws the busiest actors with every one of their stances', async () => {
    const total = Array.from({ length: MEMBERS }, (_, i) => sessionsOf(i)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(GRAPH_EDGE_LIMIT);
    // Asked with every quote: how the JSON download reads a view this wide.
    const { status, body } = await graph('quotes=all');
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.bareStances).toEqual([]);
    expect(body.stances.length + body.relations.length).toBeLessThanOrEqual(GRAPH_EDGE_LIMIT);
    expect(
      body.nodes
        .filter((n) => n.type === 'event')
        .map((n) => n.id)
        .sort(),
    ).toEqual(Array.from({ length: SESSIONS }, (_, s) => `session-${s}`).sort());
    const drawn = body.nodes.filter((n) => n.type === 'actor');
    expect(drawn.length).toBeGreaterThan(10);
    const perActor = new Map<string, number>();
    for (const edge of body.stances) perActor.set(edge.source, (perActor.get(edge.source) ?? 0) + 1);
    for (const actor of drawn) {
      const i = Number(actor.id.replace('member-', ''));
      expect(perActor.get(actor.id), actor.id).toBe(sessionsOf(i));
    }
    // The busiest are the ones drawn: nobody left out votes more often than somebody drawn.
    const fewestDrawn = Math.min(...drawn.map((a) => sessionsOf(Number(a.id.replace('member-', '')))));
    const drawnIds = new Set(drawn.map((a) => a.id));
    for (let i = 0; i < MEMBERS; i++)
      if (!drawnIds.has(`member-${i}`)) expect(sessionsOf(i)).toBeLessThanOrEqual(fewestDrawn);
    // Every quote names its source, and the answer lists each cited source once: one record per session.
    const edge = body.stances.find((e) => e.source === drawn[0].id)!;
    expect(edge.evidence).toHaveLength(1);
    expect(edge.evidence[0].quote).toBe(
      `Member ${drawn[0].id.replace('member-', '')} on session ${edge.target.replace('session-', '')}`,
    );
    const sessions = new Set(body.stances.map((e) => e.target));
    expect(body.sources).toHaveLength(sessions.size);
    expect(new Set(body.sources.map((s) => s.id)).size).toBe(sessions.size);
    const cited = body.sources.find((s) => s.id === edge.evidence[0].sourceId);
    expect(cited).toMatchObject({
      title: `Session record ${edge.target.replace('session-', '')}`,
      url: `https://example.org/sessions/${edge.target.replace('session-', '')}`,
    });
  });

  it('with more stances than a busy event holds, sends them bare, the same ones, with no source', async () => {
    const whole = (await graph('quotes=all')).body;
    const { status, body } = await graph('');
    expect(status).toBe(200);
    expect(whole.stances.length).toBeGreaterThan(QUOTED_STANCES_MAX);
    expect(body.stances).toEqual([]);
    expect(body.sources).toEqual([]);
    const bare = body.bareStances.flatMap((set) => set.actors.map((actor) => `${actor}|${set.target}|${set.stance}`));
    expect(bare.sort()).toEqual(whole.stances.map((e) => `${e.source}|${e.target}|${e.stance}`).sort());
    expect(body.nodes).toEqual(whole.nodes);
    expect(body.truncated).toBe(true);
  });

  it('focused three hops wide past the cap, keeps every stance of the focused actor whole and sends the rest bare', async () => {
    // member-9's stances have the ids that sort last: a cap taken in id order would cut them first.
    const { status, body } = await graph('actor=member-9&depth=3');
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.stances.map((e) => e.source)).toEqual(Array(sessionsOf(9)).fill('member-9'));
    expect(body.stances.every((e) => e.evidence.length === 1 && e.statedOn)).toBe(true);
    const bare = body.bareStances.flatMap((set) => set.actors);
    expect(bare).not.toContain('member-9');
    expect(body.stances.length + bare.length + body.relations.length).toBe(GRAPH_EDGE_LIMIT);
    // Only the focused actor's quotes are sent, so only their sources are listed.
    expect(body.sources.map((s) => s.id).sort()).toEqual(
      [...new Set(body.stances.map((e) => e.evidence[0].sourceId))].sort(),
    );
  });
});
