/**
 * npm run seed:synthetic -- [--profile skewed] --actors 20000 --events 5000 --stances 1000000 [--seed 42] [--out <dir>] [--no-import] [--batch-size N]
 * npm run seed:synthetic -- --profile assembly [--actors 200 --events 5000 --coverage 0.7] [...]
 * Writes a synthetic graph as import files (JSON: actors, events, sources, relations; CSV: the
 * stances) and imports them into the configured Neo4j through the import path. Two shapes: `skewed`
 * (lib/synthetic/generate.ts: Zipf activity, like reactions to news) and `assembly`
 * (lib/synthetic/assembly.ts: members voting on most motions, like roll calls).
 */
import path from 'node:path';
import { ConfigError } from '../lib/config/env';
import { ImportBusyError, ImportFileError, importFile } from '../lib/import';
import { progressLine, summary } from '../lib/import/text';
import { connectionConfig, createDriver, isNeo4jUnavailable, unavailableReason } from '../lib/neo4j';
import { generateAssembly } from '../lib/synthetic/assembly';
import { generateSynthetic } from '../lib/synthetic/generate';
import { loadDotEnv } from './dotenv';

function numberArg(flag: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${flag} must be a whole number above 0`);
  return value;
}

function profileArg(): 'skewed' | 'assembly' {
  const i = process.argv.indexOf('--profile');
  const profile = i < 0 ? 'skewed' : process.argv[i + 1];
  if (profile !== 'skewed' && profile !== 'assembly') throw new ConfigError('--profile must be skewed or assembly');
  return profile;
}

function coverageArg(): number {
  const i = process.argv.indexOf('--coverage');
  const value = i < 0 ? 0.7 : Number(process.argv[i + 1]);
  if (!(value > 0 && value <= 1)) throw new ConfigError('--coverage must be a share above 0 and at most 1');
  return value;
}

async function main(): Promise<void> {
  loadDotEnv();
  const profile = profileArg();
  const assembly = profile === 'assembly';
  const actors = numberArg('--actors', assembly ? 200 : 20_000);
  const events = numberArg('--events', 5_000);
  const seed = numberArg('--seed', 42);
  const outIndex = process.argv.indexOf('--out');
  const outDir = path.resolve(
    outIndex >= 0 ? process.argv[outIndex + 1] : path.join(__dirname, '..', '.neo4j-local', 'synthetic'),
  );
  let started = Date.now();
  const files = assembly
    ? await generateAssembly({ members: actors, motions: events, coverage: coverageArg(), seed, outDir })
    : await generateSynthetic({ actors, events, stances: numberArg('--stances', 1_000_000), seed, outDir });
  console.log(
    `Generated ${files.counts.actors} actors, ${files.counts.events} events, ${files.counts.relations} relations, ${files.counts.stances} stances in ${((Date.now() - started) / 1000).toFixed(1)} s:\n  ${files.json}\n  ${files.csv}`,
  );
  if (process.argv.includes('--no-import')) return;
  const config = connectionConfig();
  const driver = createDriver(config);
  const db = { driver, database: config.database };
  try {
    let last = 0;
    for (const file of [files.json, files.csv]) {
      started = Date.now();
      const report = await importFile(db, {
        file,
        batchSize: numberArg('--batch-size', 5_000),
        onProgress: (p) => {
          if (Date.now() - last < 2_000 && p.fraction < 1) return;
          last = Date.now();
          process.stderr.write(`${progressLine(p)}\n`);
        },
      });
      console.log(summary(report));
      if (report.invalidRows > 0) process.exitCode = 1;
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ImportFileError || error instanceof ImportBusyError || error instanceof ConfigError)
    console.error(error.message);
  else if (isNeo4jUnavailable(error))
    console.error(
      `${unavailableReason(error)}\nThe import is recorded as incomplete; run the same command again to complete it.`,
    );
  else console.error(error);
  process.exit(1);
});
