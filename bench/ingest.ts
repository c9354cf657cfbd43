/**
 * npm run bench:ingest: how long the extractor takes on a 10 KB article, and the memory it holds,
 * with the graph's actors known (the seed's, plus N more named like real ones: --known N, default
 * 5,000). Prints the median and p95 of --runs runs (default 30) after --warmup (default 5), and the
 * process's resident memory before and at most, and its heap at most; writes bench/results/ingest.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFromArticle, describeEvent } from '@/lib/ingest';
import { seedCase } from '@/lib/ingest/evaluate';
import type { KnownActor } from '@/lib/ingest/types';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const num = (flag: string, fallback: number) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const KNOWN = num('--known', 5_000);
const RUNS = num('--runs', 30);
const WARMUP = num('--warmup', 5);

function article(seedText: string, bytes: number): string {
  const fixtures = path.join(ROOT, 'tests/fixtures/ingest');
  const more = fs.existsSync(fixtures)
    ? fs
        .readdirSync(fixtures)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'))
    : [];
  // Each added paragraph is made distinct: repeated paragraphs would be dropped before extraction.
  const paragraphs = [seedText, ...more]
    .join('\n')
    .split('\n')
    .filter((p) => p.trim());
  const out: string[] = [];
  for (let i = 0; Buffer.byteLength(out.join('\n')) < bytes; i += 1)
    out.push(
      i < paragraphs.length
        ? paragraphs[i]
        : `(${Math.floor(i / paragraphs.length)}) ${paragraphs[i % paragraphs.length]}`,
    );
  return out.join('\n');
}

function syntheticActors(n: number): KnownActor[] {
  const first = ['Anna', 'Omar', 'Li', 'Maria', 'Kwame', 'Ivan', 'Sara', 'Juan', 'Aisha', 'Pierre', 'Yuki', 'David'];
  const last = [
    'Berg',
    'Haddad',
    'Wei',
    'Santos',
    'Mensah',
    'Petrov',
    'Cohen',
    'Garcia',
    'Bello',
    'Martin',
    'Sato',
    'Okafor',
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}`,
    name: `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]} ${i}`,
    kind: 'person' as const,
    aliases: [`${last[i % last.length]}-${i}`],
  }));
}

async function main() {
  const seed = seedCase(
    path.join(ROOT, 'graph-seed/first-event'),
    path.join(ROOT, 'graph-seed/first-event/sources/russia-recognizes-taliban.txt'),
  );
  const known = [...seed.known, ...syntheticActors(KNOWN)];
  const text = article(seed.text, 10 * 1024);
  const event = describeEvent({ title: 'Russia recognizes the Taliban government' }, known);
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  let heapPeak = process.memoryUsage().heapUsed;
  const times: number[] = [];
  let proposals = 0;
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const started = performance.now();
    const result = await extractFromArticle({ text, event, known });
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage().rss);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    if (i >= WARMUP) times.push(ms);
    proposals = result.proposals.length;
  }
  times.sort((a, b) => a - b);
  const figures = {
    measuredAt: new Date().toISOString(),
    articleBytes: Buffer.byteLength(text),
    knownActors: known.length,
    runs: RUNS,
    medianMs: Math.round(times[Math.floor(times.length / 2)] * 10) / 10,
    p95Ms: Math.round(times[Math.floor(times.length * 0.95)] * 10) / 10,
    rssBeforeMb: Math.round(rssBefore / 1024 / 1024),
    peakRssMb: Math.round(peak / 1024 / 1024),
    peakHeapMb: Math.round(heapPeak / 1024 / 1024),
    proposals,
  };
  console.log(
    `ingest: ${figures.articleBytes} bytes, ${figures.knownActors} known actors: median ${figures.medianMs} ms, p95 ${figures.p95Ms} ms over ${RUNS} runs; resident memory ${figures.rssBeforeMb} MB before (Node and tsx), ${figures.peakRssMb} MB at most; heap at most ${figures.peakHeapMb} MB; ${proposals} proposals`,
  );
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/ingest.json'), `${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
