/**
 * npm run bench:shapes [-- --actors N --events N --stances N --people N --only sources|crowd]
 *
 * Not part of npm test. Imports of shapes neither profile has, each into a new store of its own
 * (port 7716, .neo4j-local/bench-shapes): the skewed profile's graph with every stance row citing a
 * source of its own (1M sources from the CSV); then that graph as `npm run export` writes it in JSON,
 * imported again into another new store (1M sources declared in one file, from the export path rather
 * than a generator); and a consultation where each of a million people answers once (1M actors, one
 * stance each, on 1,000 questions). Prints rows/s, phases and peak memory; writes
 * bench/results/shapes.json (`--only` replaces the figures of the shapes it runs and keeps the others).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, connectionEnv, start, stop } from '../neo4j-local/manager';
import { generateSynthetic } from '../lib/synthetic/generate';
import { runImport, type ImportFigure } from './import-figure';

const args = process.argv.slice(2);
const num = (flag: string, fallback: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
const STORE = { port: 7716, dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'bench-shapes') };
const OUT_DIR = path.join(PROJECT_ROOT, '.neo4j-local', 'synthetic');
const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** A new, empty store: its URI. */
async function freshStore(): Promise<string> {
  await stop(STORE);
  fs.rmSync(STORE.dataDir, { recursive: true, force: true });
  await start(STORE, (line) => console.log(`[bench neo4j] ${line}`));
  Object.assign(process.env, connectionEnv(STORE));
  return process.env.NEO4J_URI!;
}

const STANCES = ['support', 'condemnation', 'caution'];

/** A consultation's answers: `people` rows, each a person of their own, on `questions` questions, one source each. */
async function writeConsultation(file: string, people: number, questions = 1_000): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(
    'actor,actor_kind,event,event_date,stance,stated_on,quote,quote_kind,source_title,source_url,source_date\n',
  );
  for (let i = 0; i < people; i += 1) {
    const q = i % questions;
    const date = `20${String(10 + (q % 15))}-${String(1 + (q % 12)).padStart(2, '0')}-${String(1 + (q % 28)).padStart(2, '0')}`;
    // A stance per person that does not follow their number alone.
    const stance = STANCES[(i * 7 + Math.floor(i / questions)) % 3];
    await write(
      `Respondent ${i},person,consultation-${q},${date},${stance},${date},Answer ${i}: my view on question ${q},reported,Consultation ${q}: the answers,https://consult.example.org/${q},${date}\n`,
    );
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function main(): Promise<void> {
  process.env.NEO4J_LOCAL_HEAP ||= '2g';
  process.env.NEO4J_LOCAL_PAGECACHE ||= '2g';
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  if (only !== null && only !== 'sources' && only !== 'crowd') throw new Error('--only takes sources or crowd');
  const figures: (ImportFigure & { shape: string })[] = [];
  let exportSeconds: number | undefined;
  try {
    if (only !== 'crowd') exportSeconds = await sourcesShapes(figures);
    if (only !== 'sources') {
      const file = path.join(OUT_DIR, 'consultation.csv');
      fs.mkdirSync(OUT_DIR, { recursive: true });
      await writeConsultation(file, num('--people', 1_000_000));
      try {
        figures.push({ shape: 'a consultation, a person per row', ...(await runImport(file, await freshStore())) });
      } finally {
        fs.rmSync(file, { force: true });
      }
    }
    const results = path.join(PROJECT_ROOT, 'bench', 'results');
    const target = path.join(results, 'shapes.json');
    const before =
      only && fs.existsSync(target)
        ? (JSON.parse(fs.readFileSync(target, 'utf8')) as { imports?: { shape: string }[]; exportSeconds?: number })
        : {};
    const ran = new Set(figures.map((f) => f.shape));
    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
      exportSeconds: exportSeconds ?? before.exportSeconds,
      imports: [...(before.imports ?? []).filter((f) => !ran.has(f.shape)), ...figures],
    };
    fs.mkdirSync(results, { recursive: true });
    fs.writeFileSync(target, `${JSON.stringify(result, null, 2)}\n`);
    console.table(figures.map(({ phases, measuredAt: _at, ...f }) => ({ ...f, ...phases })));
    console.log('Written to bench/results/shapes.json');
  } finally {
    await stop(STORE);
  }
}

/** The skewed graph with a source per CSV row, then its JSON export: figures added to `figures`; the export's seconds. */
async function sourcesShapes(figures: (ImportFigure & { shape: string })[]): Promise<number> {
  const files = await generateSynthetic({
    actors: num('--actors', 20_000),
    events: num('--events', 5_000),
    stances: num('--stances', 1_000_000),
    outDir: OUT_DIR,
    ownSources: true,
  });
  const exported = path.join(OUT_DIR, 'shapes-export.json');
  try {
    let uri = await freshStore();
    for (const file of [files.json, files.csv]) {
      const figure = await runImport(file, uri);
      figures.push({ shape: file === files.csv ? 'CSV, a source per row' : 'JSON of the skewed profile', ...figure });
    }
    const exportStarted = Date.now();
    const run = spawnSync(process.execPath, [TSX, 'scripts/export.ts', '--format', 'json', '--out', exported], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`export exited ${run.status}`);
    const exportSeconds = Math.round((Date.now() - exportStarted) / 100) / 10;
    console.log(`Exported ${(fs.statSync(exported).size / 2 ** 20).toFixed(0)} MB of JSON in ${exportSeconds} s`);
    uri = await freshStore();
    figures.push({ shape: 'its JSON export, into a new store', ...(await runImport(exported, uri)) });
    return exportSeconds;
  } finally {
    fs.rmSync(exported, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
