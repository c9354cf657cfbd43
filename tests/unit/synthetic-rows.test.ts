import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileTap, readCsv } from '@/lib/import/reader';
import { checkCsvRow } from '@/lib/import/validate';
import { generateSynthetic } from '@/lib/synthetic/generate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-synthetic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the synthetic data of the benchmarks', () => {
  it('writes CSV rows the importer takes, each stance dated on its event’s day', async () => {
    const files = await generateSynthetic({ actors: 30, events: 40, stances: 300, seed: 7, outDir: dir });
    let rows = 0;
    for await (const item of readCsv(new FileTap(files.csv))) {
      const { row, problems } = checkCsvRow(item.values);
      expect(problems).toEqual([]);
      expect(row!.statedOn).toBe(item.values.event_date);
      rows += 1;
    }
    expect(rows).toBe(files.counts.stances);
  });
});
