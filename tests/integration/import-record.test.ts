/**
 * The import and the record, against the shared seeded database (restored after,
 * tests/integration/shared-neo4j.ts): imports racing for the lock (one writes, the others are told
 * and write nothing), a lock left by a dead importer is taken over, a stored source's text is never
 * rewritten, and what an import changes in stored entities is listed field by field.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportBusyError, importFile, listImportRuns, type ImportReport } from '@/lib/import';
import { startRun } from '@/lib/import/runs';
import { rebuildBesideGraph } from '@/lib/model';
import { closeDriver, getDriver } from '@/lib/neo4j';
import { PROJECT_ROOT } from '@/neo4j-local/manager';
import { importCli, restoreSeed } from './shared-neo4j';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const SEED_SOURCE = 'russia-recognizes-taliban-article';
const PUTIN_STANCE = 'vladimir-putin--russia-recognizes-taliban';
let driver: Driver;
let dir: string;

beforeAll(() => {
  driver = getDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-record-'));
});

afterAll(async () => {
  if (driver) await restoreSeed(driver);
  await closeDriver();
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(`${cypher} RETURN count(*) AS n`, params);
  return Number(records[0].get('n'));
}

/** Every node and relationship with its properties (import runs aside), to compare before and after. */
async function everything(): Promise<string[]> {
  const { records } = await driver.executeQuery(`
    CALL { MATCH (n) WHERE NOT n:ImportRun RETURN labels(n)[0] + ' ' + n.id AS k, properties(n) AS p
           UNION ALL MATCH (a)-[r]->(b) RETURN type(r) + ' ' + a.id + ' ' + b.id AS k, properties(r) AS p }
    RETURN k, p ORDER BY k`);
  return records.map((r) => `${r.get('k')} ${JSON.stringify(r.get('p'))}`).sort();
}

/** A valid CSV of 200 stances: 200 actors of its own on an event of its own. */
function raceFile(n: number): string {
  const rows = Array.from(
    { length: 200 },
    (_, i) =>
      `Racer ${n}-${i},person,Race vote ${n},2024,support,Racer ${n}-${i} votes yes,Race record ${n},https://example.org/race/${n},2024`,
  );
  return file(`race-${n}.csv`, `${[HEADER, ...rows].join('\n')}\n`);
}

const busyMessage = (name: string) =>
  `Another import (${name}) is writing to this database; try again when it is done.`;

describe('one import writes at a time', () => {
  it('of six imports started at once, one writes; the others are told which is running and write nothing', async () => {
    const files = [1, 2, 3, 4, 5, 6].map(raceFile);
    let refused = 0;
    let othersRefused!: () => void;
    const allRefused = new Promise<void>((resolve) => (othersRefused = resolve));
    // The one that gets the lock holds it until the others have been answered (or 15 s, if more than one got it).
    const holdOn = () => Promise.race([allRefused, new Promise<void>((resolve) => setTimeout(resolve, 15_000))]);
    const results = await Promise.all(
      files.map((target) =>
        importFile({ driver }, { file: target, batchSize: 50, onBatch: holdOn }).then(
          (report) => ({ target, report, error: undefined }),
          (error: unknown) => {
            refused += 1;
            if (refused === files.length - 1) othersRefused();
            return { target, report: undefined, error };
          },
        ),
      ),
    );
    const written = results.filter((r) => r.report);
    expect(written).toHaveLength(1);
    expect(written[0].report).toMatchObject({ written: true, stances: { new: 200 }, actors: { new: 200 } });
    const winner = path.basename(written[0].target);
    const losers = results.filter((r) => r.error);
    expect(losers).toHaveLength(5);
    for (const { error } of losers) {
      expect(error).toBeInstanceOf(ImportBusyError);
      expect((error as Error).message).toBe(busyMessage(winner));
    }
    // Only the winner's actors, each with its stance; one run, complete; the lock released.
    expect(await count("MATCH (a:Actor) WHERE a.id STARTS WITH 'racer-'")).toBe(200);
    expect(await count("MATCH (a:Actor) WHERE a.id STARTS WITH 'racer-' AND NOT (a)-[:TOOK_STANCE]->()")).toBe(0);
    expect(await count("MATCH (e:Event) WHERE e.id STARTS WITH 'race-vote-'")).toBe(1);
    const runs = (await listImportRuns({ driver })).filter((r) => r.fileName.startsWith('race-'));
    expect(runs.map((r) => [r.fileName, r.status])).toEqual([[winner, 'complete']]);
    expect(await count('MATCH (l:ImportLock)')).toBe(0);

    // One after another, all complete.
    for (const { target } of losers) {
      const report = await importFile({ driver }, { file: target });
      expect(report).toMatchObject({ written: true, stances: { new: 200 } });
    }
    expect(await count("MATCH (a:Actor) WHERE a.id STARTS WITH 'racer-' AND (a)-[:TOOK_STANCE]->()")).toBe(1200);
    const after = (await listImportRuns({ driver })).filter((r) => r.fileName.startsWith('race-'));
    expect(after).toHaveLength(6);
    expect(after.every((r) => r.status === 'complete' && r.rowsDone === 200)).toBe(true);
  }, 180_000);

  const small = (name: string, actor: string) =>
    file(
      name,
      `${HEADER}\n${actor},person,Lock vote,2024,caution,${actor} abstains,Lock record,https://example.org/lock,2024\n`,
    );
  const leaveLock = (owner: string, secondsAgo: number) =>
    driver.executeQuery(
      "CREATE (:ImportLock {id: 'import', owner: $owner, fileName: 'left.csv', since: datetime() - duration({seconds: $secondsAgo})})",
      { owner, secondsAgo },
    );

  it('a lock held elsewhere that keeps writing refuses; nothing is written and no run recorded', async () => {
    await leaveLock('another-host:4242:x', 5);
    const before = await everything();
    const runs = await listImportRuns({ driver });
    await expect(importFile({ driver }, { file: small('lock-busy.csv', 'Lock Busy') })).rejects.toThrow(
      busyMessage('left.csv'),
    );
    expect(await everything()).toEqual(before);
    expect(await listImportRuns({ driver })).toEqual(runs);
    await driver.executeQuery('MATCH (l:ImportLock) DELETE l');
  });

  it.each([
    ['held elsewhere, silent for longer than a run may be', 'another-host:4242:x', 120],
    ['of an import of this process that died (the database went away)', `${os.hostname()}:${process.pid}:gone`, 1],
    [
      'of a process of this machine that has exited',
      `${os.hostname()}:${spawnSync(process.execPath, ['-e', '']).pid}:gone`,
      1,
    ],
  ])('a stale lock (%s) is taken over', async (_name, owner, secondsAgo) => {
    await leaveLock(owner, secondsAgo);
    const report = await importFile({ driver }, { file: small(`lock-${secondsAgo}-${owner.length}.csv`, owner) });
    expect(report).toMatchObject({ written: true, stances: { new: 1 } });
    expect(await count('MATCH (l:ImportLock)')).toBe(0);
  });

  it('a run that writes no batch for a while still says it is alive, until it finishes', async () => {
    const run = await startRun(
      { driver },
      { fileName: 'heartbeat.csv', fileHash: 'heartbeat', format: 'csv', rows: 1, user: 'test' },
      100,
    );
    const updatedAt = async () =>
      String(
        (
          await driver.executeQuery('MATCH (r:ImportRun {id: $id}) RETURN toString(r.updatedAt) AS t', { id: run.id })
        ).records[0].get('t'),
      );
    const started = await updatedAt();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await updatedAt()).not.toBe(started);
    expect((await listImportRuns({ driver })).find((r) => r.id === run.id)?.status).toBe('running');
    await run.finish('failed', null);
    const finished = await updatedAt();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await updatedAt()).toBe(finished);
    expect(await count('MATCH (l:ImportLock)')).toBe(0);
    // A run clears the counts beside the graph; an import counts them again when it is done.
    await rebuildBesideGraph({ driver }, { byImport: true });
  });
});

describe('an import never rewrites evidence, and says what it changes', () => {
  const seedText = () =>
    fs.readFileSync(path.join(PROJECT_ROOT, 'graph-seed/first-event/sources/russia-recognizes-taliban.txt'), 'utf8');
  const putin = {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    kind: 'person',
    aliases: ['Putin', 'President Putin'],
    description: 'President of Russia.',
  };
  const json = (doc: Record<string, unknown>) =>
    `${JSON.stringify({ format: 'stancegraph', version: 1, actors: [], events: [], sources: [], relations: [], stances: [], ...doc })}\n`;

  async function stored() {
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor {id: 'vladimir-putin'})-[r:TOOK_STANCE {id: $stance}]->()
       MATCH (s:Source {id: $source})
       RETURN a.description AS description, r.stance AS stance, r.quotes AS quotes, s.text AS text`,
      { stance: PUTIN_STANCE, source: SEED_SOURCE },
    );
    return records[0].toObject();
  }

  it('a file that replaces the seed source text and flips Putin, quoting the new text, is refused and writes nothing', async () => {
    const forged = 'President Vladimir Putin condemned the recognition of the Taliban as a grave mistake.';
    const attack = file(
      'rewrite.json',
      json({
        actors: [{ ...putin, description: 'Critic of the Taliban.' }],
        sources: [
          {
            id: SEED_SOURCE,
            title: 'Russia Becomes First Country to Recognize Taliban Government',
            publisher: 'Unattributed news report',
            url: null,
            date: '2025-07',
            text: forged,
            about: ['russia-recognizes-taliban'],
          },
        ],
        stances: [
          {
            actor: 'vladimir-putin',
            event: 'russia-recognizes-taliban',
            stance: 'condemnation',
            evidence: [{ source: SEED_SOURCE, quote: forged }],
          },
        ],
      }),
    );
    const before = await everything();
    const was = await stored();
    expect(was).toMatchObject({ stance: 'support', text: seedText(), description: 'President of Russia.' });
    const problems = [
      {
        section: 'sources',
        row: 1,
        message: `source "${SEED_SOURCE}" is stored with a different text; a stored text is never rewritten: give the changed text a new source id`,
      },
      {
        section: 'stances',
        row: 1,
        message: `quote is not a verbatim substring of the stored text of source "${SEED_SOURCE}": "${forged.slice(0, 79)}…"`,
      },
    ];
    const dry = await importFile({ driver }, { file: attack, dryRun: true });
    expect(dry).toMatchObject({ written: false, invalidRows: 2, problems });
    const real = await importFile({ driver }, { file: attack });
    expect(real).toMatchObject({ written: false, invalidRows: 2, problems });
    expect(await stored()).toEqual(was);
    expect(await everything()).toEqual(before);
  });

  it('the same text given again is no change, and a quote of it that is in the stored text is taken', async () => {
    const report = await importFile(
      { driver },
      {
        file: file(
          'same-text.json',
          json({
            sources: [
              {
                id: SEED_SOURCE,
                title: 'Russia Becomes First Country to Recognize Taliban Government',
                publisher: 'Unattributed news report',
                url: null,
                date: '2025-07',
                text: seedText(),
                about: ['russia-recognizes-taliban'],
              },
            ],
          }),
        ),
        dryRun: true,
      },
    );
    expect(report).toMatchObject({ invalidRows: 0, sources: { unchanged: 1 }, changes: [], changeCount: 0 });
  });

  it('a file changing Putin’s description and stance lists exactly those changes, in its dry run and its report', async () => {
    const target = file(
      'describe.json',
      json({
        actors: [{ ...putin, description: 'President of the Russian Federation.' }],
        stances: [
          {
            actor: 'vladimir-putin',
            event: 'russia-recognizes-taliban',
            stance: 'caution',
            evidence: [{ source: SEED_SOURCE, quote: 'President Vladimir Putin' }],
          },
        ],
      }),
    );
    const changes = [
      {
        entity: 'actor',
        id: 'vladimir-putin',
        field: 'description',
        from: 'President of Russia.',
        to: 'President of the Russian Federation.',
      },
      { entity: 'stance', id: PUTIN_STANCE, field: 'stance', from: 'support', to: 'caution' },
    ];
    const before = await everything();
    const dry: ImportReport = await importFile({ driver }, { file: target, dryRun: true });
    expect(dry).toMatchObject({ invalidRows: 0, actors: { updated: 1 }, stances: { updated: 1 }, changeCount: 2 });
    expect(dry.changes).toEqual(changes);
    expect(await everything()).toEqual(before);

    const cli = importCli([target, '--dry-run']);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('Would change 2 stored field(s):');
    expect(cli.stdout).toContain(
      'actor vladimir-putin  description: "President of Russia." -> "President of the Russian Federation."',
    );
    expect(cli.stdout).toContain(`stance ${PUTIN_STANCE}  stance: "support" -> "caution"`);

    const real = await importFile({ driver }, { file: target });
    expect(real).toMatchObject({ written: true, changeCount: 2 });
    expect(real.changes).toEqual(changes);
    expect(await stored()).toMatchObject({
      description: 'President of the Russian Federation.',
      stance: 'caution',
      text: seedText(),
    });
  });
});
