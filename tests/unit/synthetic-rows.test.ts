import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileTap, readCsv } from '@/lib/import/reader';
import { checkCsvRow } from '@/lib/import/validate';
import { generateAssembly } from '@/lib/synthetic/assembly';
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

  it('writes an assembly: every quote different and in its roll call, stated on or after the vote, each member’s own mix', async () => {
    const files = await generateAssembly({ members: 24, motions: 60, coverage: 0.7, seed: 3, outDir: dir });
    const json = JSON.parse(fs.readFileSync(files.json, 'utf8')) as {
      sources: { about: string[]; text: string }[];
    };
    const rollCall = new Map(json.sources.map((s) => [s.about[0], s.text]));
    const quotes = new Set<string>();
    const caution = new Map<string, { all: number; caution: number }>();
    for await (const item of readCsv(new FileTap(files.csv))) {
      const { row, problems } = checkCsvRow(item.values);
      expect(problems).toEqual([]);
      expect(rollCall.get(item.values.event)).toContain(item.values.quote);
      expect(quotes.has(item.values.quote)).toBe(false);
      quotes.add(item.values.quote);
      expect(row!.statedOn! >= item.values.event_date.slice(0, row!.statedOn!.length)).toBe(true);
      const tally = caution.get(item.values.actor) ?? { all: 0, caution: 0 };
      tally.all += 1;
      if (item.values.stance === 'caution') tally.caution += 1;
      caution.set(item.values.actor, tally);
    }
    expect(quotes.size).toBe(files.counts.stances);
    // About 70% of 24 × 60, and the members abstain at different rates.
    expect(files.counts.stances).toBeGreaterThan(24 * 60 * 0.6);
    expect(files.counts.stances).toBeLessThan(24 * 60 * 0.8);
    const shares = [...caution.values()].map((t) => t.caution / t.all);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.1);
  });
});
