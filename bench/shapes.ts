/**
 * npm run bench:shapes [-- --actors N --events N --stances N]
 *
 * Not part of npm test. Imports of shapes neither profile has, each into a new store of its own
 * (port 7716, .neo4j-local/bench-shapes): the skewed profile's graph with every stance row citing a
 * source of its own (1M sources from the CSV); then that graph as `npm run export` writes it in JSON,
 * imported again into another new store (1M sources declared in one file, from the export path rather
 * than a generator). Prints rows/s, phases and peak memory; writes bench/results/shapes.json.
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

async function main(): Promise<void> {
  process.env.NEO4J_LOCAL_HEAP ||= '2g';
  process.env.NEO4J_LOCAL_PAGECACHE ||= '2g';
  const files = await generateSynthetic({
    actors: num('--actors', 20_000),
    events: num('--events', 5_000),
    stances: num('--stances', 1_000_000),
    outDir: OUT_DIR,
    ownSources: true,
  });
  const exported = path.join(OUT_DIR, 'shapes-export.json');
  const figures: (ImportFigure & { shape: string })[] = [];
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
    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
      exportSeconds,
      imports: figures,
    };
    const results = path.join(PROJECT_ROOT, 'bench', 'results');
    fs.mkdirSync(results, { recursive: true });
    fs.writeFileSync(path.join(results, 'shapes.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.table(figures.map(({ phases, measuredAt: _at, ...f }) => ({ ...f, ...phases })));
    console.log('Written to bench/results/shapes.json');
  } finally {
    fs.rmSync(exported, { force: true });
    await stop(STORE);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
