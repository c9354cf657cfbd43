/**
 * npm run import -- <file> [--dry-run] [--allow-future] [--format csv|json] [--batch-size N] [--parallel N] [--json]
 * npm run import -- --runs
 *
 * Imports a CSV of stances or the project's JSON into the configured Neo4j. Every row is checked
 * first; a file with any invalid row writes nothing and lists the rows with their reasons. Events
 * dated after next year are refused unless --allow-future is given.
 */
import path from 'node:path';
import { ConfigError } from '../lib/config/env';
import { ImportBusyError, ImportFileError, importFile, listImportRuns, type ImportReport } from '../lib/import';
import { formatNumber, progressLine, summary } from '../lib/import/text';
import { connectionConfig, createDriver, isNeo4jUnavailable, unavailableReason } from '../lib/neo4j';
import { loadDotEnv } from './dotenv';

const USAGE =
  'usage: npm run import -- <file.csv|file.json> [--dry-run] [--allow-future] [--format csv|json] [--batch-size N] [--parallel N] [--json]\n       npm run import -- --runs';

function argValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

/** What the import changes (or would) in stored entities, field by field. */
function changeLines(report: ImportReport): string {
  if (!report.changeCount) return '';
  const shown = (v: ImportReport['changes'][number]['from']) => JSON.stringify(v);
  const lines = [
    `\n${report.dryRun ? 'Would change' : 'Changed'} ${formatNumber(report.changeCount)} stored field(s):`,
  ];
  for (const c of report.changes) lines.push(`  ${c.entity} ${c.id}  ${c.field}: ${shown(c.from)} -> ${shown(c.to)}`);
  if (report.changes.length < report.changeCount)
    lines.push(`  ... and ${formatNumber(report.changeCount - report.changes.length)} more`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  loadDotEnv();
  const args = process.argv.slice(2);
  const config = connectionConfig();
  const driver = createDriver(config);
  const db = { driver, database: config.database };
  try {
    if (args.includes('--runs')) {
      const runs = await listImportRuns(db);
      if (!runs.length) console.log('No imports yet.');
      for (const r of runs) {
        const hint = r.status === 'incomplete' ? '  <- interrupted: import the same file again to complete it' : '';
        console.log(
          `${r.startedAt ?? ''}  ${r.status.padEnd(10)} ${r.fileName}  ${formatNumber(r.rowsDone)} / ${formatNumber(r.rows)} rows  (${r.id})${hint}`,
        );
      }
      return 0;
    }
    const file = args.find(
      (a, i) => !a.startsWith('--') && !['--format', '--batch-size', '--parallel'].includes(args[i - 1]),
    );
    if (!file) {
      console.error(USAGE);
      return 2;
    }
    const format = argValue(args, '--format');
    if (format !== undefined && format !== 'csv' && format !== 'json') {
      console.error(`--format must be csv or json.\n${USAGE}`);
      return 2;
    }
    const batchSize = argValue(args, '--batch-size');
    const parallel = argValue(args, '--parallel');
    for (const [flag, value] of [
      ['--batch-size', batchSize],
      ['--parallel', parallel],
    ] as const) {
      if (value !== undefined && !(Number.isInteger(Number(value)) && Number(value) >= 1)) {
        console.error(`${flag} must be a whole number above 0.\n${USAGE}`);
        return 2;
      }
    }
    const interactive = process.stderr.isTTY;
    let lastPrinted = 0;
    const report = await importFile(db, {
      file: path.resolve(file),
      format,
      dryRun: args.includes('--dry-run'),
      allowFuture: args.includes('--allow-future'),
      batchSize: batchSize ? Number(batchSize) : undefined,
      parallel: parallel ? Number(parallel) : undefined,
      onProgress: (p) => {
        const now = Date.now();
        if (now - lastPrinted < (interactive ? 200 : 2000) && p.fraction < 1) return;
        lastPrinted = now;
        if (interactive) process.stderr.write(`\r${progressLine(p).padEnd(90)}`);
        else process.stderr.write(`${progressLine(p)}\n`);
      },
    });
    if (interactive) process.stderr.write('\n');
    // Peak resident memory of this process, for npm run bench.
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(
      args.includes('--json')
        ? JSON.stringify({ ...report, peakRssMb }, null, 2)
        : summary(report) + changeLines(report),
    );
    return report.invalidRows > 0 ? 1 : 0;
  } finally {
    await driver.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (error instanceof ImportFileError || error instanceof ImportBusyError || error instanceof ConfigError) {
      console.error(error.message);
    } else if (isNeo4jUnavailable(error)) {
      console.error(
        `${unavailableReason(error)}\nThe import is recorded as incomplete; run the same command again to complete it.`,
      );
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
