/**
 * The database killed in the middle of an import: a real Neo4j of this file's own (TEST_PORTS.importKill, data in
 * .neo4j-local/import-kill), its JVM sent SIGKILL after some batches were committed. After a restart
 * the import is listed as incomplete and what it wrote is whole (no stance without its quote); running
 * it again completes it, and the graph then has exactly the counts of an uninterrupted import.
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
