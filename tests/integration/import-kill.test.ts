/**
 * The database killed in the middle of an import: a real Neo4j of this file's own (TEST_PORTS.importKill, data in
 * .neo4j-local/import-kill), its JVM sent SIGKILL after some batches were committed. After a restart
 * the import is listed as incomplete and what it wrote is whole (no stance without its quote); running
 * it again completes it, and the graph then has exactly the counts of an uninterrupted import. The same
 * for a JSON file killed while its sources are written, before any stance.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, listImportRuns } from '@/lib/import';
import { isNeo4jUnavailable } from '@/lib/neo4j';
import { generateSynthetic, type SyntheticFiles } from '@/lib/synthetic/generate';
import { start, status, stop } from '@/neo4j-local/manager';
import { JVM_START_TIMEOUT, ownNeo4j } from './own-neo4j';
import { TEST_PORTS } from '../ports';

const db = ownNeo4j('import-kill', TEST_PORTS.importKill);
const { options, connect } = db;
const BATCH = 1_000;
let driver: Driver;
let files: SyntheticFiles;
let dir: string;

beforeAll(async () => {
  await stop(options);
  fs.rmSync(options.dataDir, { recursive: true, force: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-kill-'));
  files = await generateSynthetic({ actors: 400, events: 120, stances: 9_000, seed: 7, outDir: dir });
  await start(options);
  driver = connect();
});

afterAll(async () => {
  await driver?.close();
  await stop(options);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function counts(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(`
    CALL { MATCH (n) WHERE NOT n:ImportRun UNWIND labels(n) AS k RETURN k, count(*) AS n
           UNION ALL MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n
           UNION ALL MATCH ()-[r:TOOK_STANCE]->() WITH sum(size(r.quotes)) AS n WHERE n > 0 RETURN 'quotes' AS k, n }
    RETURN k, n ORDER BY k`);
  return Object.fromEntries(records.map((r) => [r.get('k'), Number(r.get('n'))]));
}

describe('an import interrupted by the database going away', () => {
  let afterRerun: Record<string, number>;

  it(
    'SIGKILL of the JVM mid-import fails the import; after a restart it is listed as incomplete and nothing is half-written',
    async () => {
      await importFile({ driver }, { file: files.json });
      const pid = (await status(options)).pid!;
      // Batches commit out of order (two at once), so count them rather than watch row numbers.
      let committed = 0;
      const attempt = importFile(
        { driver },
        {
          file: files.csv,
          batchSize: BATCH,
          onBatch: () => {
            committed += 1;
            if (committed === 4) process.kill(pid, 'SIGKILL');
          },
        },
      );
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(committed).toBeGreaterThanOrEqual(4);
      expect(isNeo4jUnavailable(error)).toBe(true);

      await driver.close();
      await start(options); // a stale state file, then Neo4j's own recovery of the store
      driver = connect();

      const [run] = await listImportRuns({ driver });
      expect(run.status).toBe('incomplete');
      expect(run.rowsDone).toBeGreaterThanOrEqual(4 * BATCH);
      expect(run.rowsDone).toBeLessThan(files.counts.stances);
      const partial = await counts();
      // Each synthetic row is one stance with one quote: every committed stance came with its quote, nothing else.
      expect(partial.TOOK_STANCE).toBe(run.rowsDone);
      expect(partial.quotes).toBe(run.rowsDone);
      const { records } = await driver.executeQuery(
        'MATCH ()-[r:TOOK_STANCE]->() WHERE size(r.quotes) <> 1 OR size(r.sourceIds) <> 1 OR NOT EXISTS { MATCH (:Source {id: r.sourceIds[0]}) } RETURN count(r) AS orphans',
      );
      expect(Number(records[0].get('orphans'))).toBe(0);
    },
    JVM_START_TIMEOUT,
  );

  it('running the same import again completes it, without duplicates', async () => {
    const report = await importFile({ driver }, { file: files.csv, batchSize: BATCH });
    // It skipped what the first attempt had written (at least the batches before the first gap).
    expect(report.resumedAfterRow).toBeGreaterThan(0);
    const [run] = await listImportRuns({ driver });
    expect(run).toMatchObject({ status: 'complete', rowsDone: files.counts.stances, attempts: 2 });
    afterRerun = await counts();
    expect(afterRerun.TOOK_STANCE).toBe(files.counts.stances);
    expect(afterRerun.quotes).toBe(files.counts.stances);
  });

  it('gives exactly the counts of an uninterrupted import', async () => {
    const session = driver.session();
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
    expect(await counts()).toEqual({});
    await importFile({ driver }, { file: files.json });
    await importFile({ driver }, { file: files.csv, batchSize: BATCH });
    expect(await counts()).toEqual(afterRerun);
  });
});

describe('a JSON import interrupted while it writes its sources', () => {
  const SOURCES = 60_000;
  const STANCES = 2_000;
  const prefix = 'jkill-';
  let file: string;

  async function stored(): Promise<{ sources: number; withoutAbout: number; stances: number }> {
    const { records } = await driver.executeQuery(
      `CALL { MATCH (s:Source) WHERE s.id STARTS WITH $prefix
              RETURN count(s) AS sources, count(CASE WHEN NOT (s)-[:ABOUT]->(:Event) THEN 1 END) AS withoutAbout }
       CALL { MATCH (a:Actor)-[r:TOOK_STANCE]->() WHERE a.id STARTS WITH $prefix RETURN count(r) AS stances }
       RETURN sources, withoutAbout, stances`,
      { prefix },
    );
    const [row] = records;
    return {
      sources: Number(row.get('sources')),
      withoutAbout: Number(row.get('withoutAbout')),
      stances: Number(row.get('stances')),
    };
  }

  beforeAll(() => {
    // Past the first WHOLE_SOURCES (here none: wholeSources 0) sources are read from the file again
    // and written batch by batch after the actors and events: the path a kill must not leave half done.
    const actors = Array.from({ length: 20 }, (_, i) => ({
      id: `${prefix}member-${i}`,
      name: `Member ${i} Jkill`,
      kind: 'person',
      aliases: [],
      description: '',
    }));
    const events = Array.from({ length: 100 }, (_, i) => ({
      id: `${prefix}motion-${i}`,
      title: `Jkill motion ${i}`,
      date: '2024-03-01',
      kind: 'vote',
      description: '',
    }));
    const sources = Array.from({ length: SOURCES }, (_, i) => ({
      id: `${prefix}dispatch-${i}`,
      title: `Jkill dispatch ${i} on motion ${i % 100}`,
      publisher: 'Jkill Wire',
      url: `https://example.org/jkill/${i}`,
      date: '2024-03-02',
      about: [`${prefix}motion-${i % 100}`],
      text: null,
    }));
    const stances = sources.slice(0, STANCES).map((source, i) => ({
      actor: `${prefix}member-${Math.floor(i / 100)}`,
      event: `${prefix}motion-${i % 100}`,
      stance: 'caution',
      evidence: [{ source: source.id, quote: `Quote ${i}` }],
    }));
    file = path.join(dir, 'own-sources.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ format: 'stancegraph', version: 1, actors, events, sources, relations: [], stances }),
    );
  });

  it(
    'SIGKILL of the JVM among the source batches: after a restart each stored source is whole and no stance is written',
    async () => {
      const pid = (await status(options)).pid!;
      const attempt = importFile({ driver }, { file, wholeSources: 0 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      // Killed once a batch of sources is committed and before the last one is.
      let seen = 0;
      let settled = false;
      void attempt.then(() => (settled = true));
      while (!settled && seen === 0) {
        seen = await stored().then(
          (s) => s.sources,
          () => 0,
        );
        if (seen === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (seen > 0) process.kill(pid, 'SIGKILL');
      const error = await attempt;
      expect(seen).toBeGreaterThan(0);
      expect(isNeo4jUnavailable(error)).toBe(true);

      await driver.close();
      await start(options);
      driver = connect();

      const partial = await stored();
      expect(partial.sources).toBeGreaterThan(0);
      expect(partial.sources).toBeLessThan(SOURCES);
      expect(partial.withoutAbout).toBe(0);
      expect(partial.stances).toBe(0);
    },
    JVM_START_TIMEOUT,
  );

  it('running it again writes the rest, and what the first attempt wrote is unchanged', async () => {
    const before = (await stored()).sources;
    const report = await importFile({ driver }, { file, wholeSources: 0 });
    expect(report).toMatchObject({
      written: true,
      sources: { new: SOURCES - before, updated: 0, unchanged: before },
      stances: { new: STANCES },
    });
    expect(await stored()).toEqual({ sources: SOURCES, withoutAbout: 0, stances: STANCES });
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor)-[r:TOOK_STANCE]->() WHERE a.id STARTS WITH $prefix
       AND NOT EXISTS { MATCH (:Source {id: r.sourceIds[0]}) } RETURN count(r) AS orphans`,
      { prefix },
    );
    expect(Number(records[0].get('orphans'))).toBe(0);
  });
});
