/**
 * npm run eval:ingest [-- --dir <folder>]: the extractor against the hand-labelled reports (tests/fixtures/ingest/) and
 * the seed article; prints recall and precision, then what each article missed and got wrong.
 * Exits 1 below the targets (docs/ingest.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadFixtures, runCase, seedCase, totals, type CaseResult } from '@/lib/ingest/evaluate';

const ROOT = path.resolve(__dirname, '..');
const TARGETS = { actorRecall: 0.9, pairRecall: 0.8, pairPrecision: 0.8 };
/** The set nobody has read the misses of (docs/ingest.md); the others are development sets, each README says since when. */
const HELD_OUT_SET = 'ingest-heldout-16';

/** Every other labelled set under tests/fixtures, in the order they were written (each README says when it was read). */
function otherSets(): { name: string; dir: string }[] {
  const fixtures = path.join(ROOT, 'tests/fixtures');
  const order = (dir: string) => Number(/-(\d+)$/.exec(dir)?.[1] ?? 1);
  return fs
    .readdirSync(fixtures)
    .filter((dir) => /^ingest-heldout(?:-\d+)?$/.test(dir))
    .sort((a, b) => order(a) - order(b))
    .map((dir) => ({
      name: dir === HELD_OUT_SET ? 'held-out set' : `set ${order(dir)}`,
      dir: `tests/fixtures/${dir}`,
    }));
}

async function main() {
  const dirFlag = process.argv.indexOf('--dir');
  const dir = dirFlag >= 0 ? path.resolve(process.argv[dirFlag + 1]) : path.join(ROOT, 'tests/fixtures/ingest');
  const cases = [
    ...loadFixtures(dir),
    seedCase(
      path.join(ROOT, 'graph-seed/first-event'),
      path.join(ROOT, 'graph-seed/first-event/sources/russia-recognizes-taliban.txt'),
    ),
  ];
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(c));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const r of results) {
    console.log(
      `\n${r.name}: pairs ${r.found.pairs}/${r.labelled.pairs} found, ${r.correct.pairs}/${r.proposed.pairs} proposed right, quotes ${r.found.quotes}/${r.labelled.pairs} (${r.ms.toFixed(0)} ms)`,
    );
    for (const m of r.missed) console.log(`  missed: ${m}`);
    for (const w of r.wrong) console.log(`  wrong:  ${w}`);
  }
  const t = totals(results);
  console.log(`\n${cases.length} articles, ${results.reduce((n, r) => n + r.labelled.pairs, 0)} labelled stances`);
  console.log(`actors: recall ${pct(t.actorRecall)}, precision ${pct(t.actorPrecision)}`);
  console.log(`(actor, stance) pairs: recall ${pct(t.pairRecall)}, precision ${pct(t.pairPrecision)}`);
  console.log(`quotes holding the labelled evidence: ${pct(t.quoteRecall)}`);
  console.log(
    `relations (speaks for, part of; the seed's not scored): recall ${pct(t.relationRecall)}, precision ${pct(t.relationPrecision)}`,
  );
  const slowest = Math.max(...results.map((r) => r.ms));
  console.log(`slowest article: ${slowest.toFixed(0)} ms`);
  if (dirFlag < 0) {
    // Only totals, so that tuning against a set's misses stays a choice someone makes.
    for (const set of otherSets()) {
      const held = totals(await Promise.all(loadFixtures(path.join(ROOT, set.dir)).map((c) => runCase(c))));
      console.log(
        `\n${set.name} (${set.dir}, --dir for its details): actors recall ${pct(held.actorRecall)}, precision ${pct(held.actorPrecision)}; ` +
          `pairs recall ${pct(held.pairRecall)}, precision ${pct(held.pairPrecision)}; quotes ${pct(held.quoteRecall)}; ` +
          `relations recall ${pct(held.relationRecall)}, precision ${pct(held.relationPrecision)}`,
      );
    }
  }
  const below = Object.entries(TARGETS).filter(([k, v]) => t[k as keyof typeof t] < v);
  if (below.length > 0) {
    console.log(`below target: ${below.map(([k, v]) => `${k} < ${v}`).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
