/** One import as `npm run import` runs it, timed: the benchmarks' figure of an import. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../neo4j-local/manager';

const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface ImportFigure {
  file: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  /** Seconds per phase (ImportReport.phases). */
  phases?: { check: number; entities: number; stances: number; counts: number };
  measuredAt: string;
}

export function runImport(file: string, uri: string): Promise<ImportFigure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, 'scripts/import.ts', file, '--json'], {
      cwd: PROJECT_ROOT,
      // As `npm run import` runs it (package.json): old space capped at 384 MB so that the collector keeps
      // memory near what is live; 32 MB semi-spaces, so that a batch in flight dies young without the
      // young generation's own size pushing the peak past 500 MB (docs/performance.md).
      env: { ...process.env, NEO4J_URI: uri, NODE_OPTIONS: '--max-old-space-size=384 --max-semi-space-size=32' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`import of ${file} exited ${code}: ${out.slice(-500)}`));
      const report = JSON.parse(out);
      resolve({
        file: path.basename(file),
        rows: report.rows,
        seconds: report.seconds,
        rowsPerSecond: report.rowsPerSecond,
        peakRssMb: report.peakRssMb,
        phases: report.phases,
        measuredAt: new Date().toISOString(),
      });
    });
  });
}
