/** How the importer's progress and report read on a terminal (npm run import, npm run seed:synthetic). */
import type { ImportProgress, ImportReport } from './format';

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

function formatSeconds(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function progressLine(p: ImportProgress): string {
  const pct = `${Math.floor(p.fraction * 100)}%`.padStart(4);
  const total = p.totalRows !== undefined ? ` / ${formatNumber(p.totalRows)}` : '';
  const verb = p.phase === 'validate' ? 'checking' : p.phase === 'compare' ? 'comparing' : 'writing ';
  return `${verb} ${pct}  ${formatNumber(p.rows)}${total} rows  ${formatNumber(p.rowsPerSecond)} rows/s  ETA ${formatSeconds(p.etaSeconds)}`;
}

export function summary(report: ImportReport): string {
  const lines: string[] = [];
  const c = (name: string, k: { new: number; updated: number; unchanged: number }) =>
    `  ${name.padEnd(10)} ${formatNumber(k.new).padStart(10)} new ${formatNumber(k.updated).padStart(10)} updated ${formatNumber(k.unchanged).padStart(10)} unchanged`;
  if (report.invalidRows > 0) {
    lines.push(
      `${report.file}: ${formatNumber(report.invalidRows)} invalid row(s) of ${formatNumber(report.rows)}; nothing was written.`,
    );
    for (const p of report.problems) {
      const where = p.section
        ? `${p.section} item ${p.row}`
        : `row ${p.row}${p.line !== undefined && p.line !== p.row ? ` (line ${p.line})` : ''}`;
      lines.push(`  ${where}: ${p.message}`);
    }
    if (report.problems.length < report.invalidRows)
      lines.push(`  ... and ${formatNumber(report.invalidRows - report.problems.length)} more`);
    return lines.join('\n');
  }
  lines.push(
    report.dryRun
      ? `${report.file}: dry run, ${formatNumber(report.rows)} rows, all valid. An import would change:`
      : `${report.file}: imported ${formatNumber(report.rows)} rows in ${report.seconds} s (${formatNumber(report.rowsPerSecond)} rows/s), run ${report.runId}${report.resumedAfterRow ? `, completing an interrupted run after row ${formatNumber(report.resumedAfterRow)}` : ''}:`,
  );
  lines.push(c('actors', report.actors), c('events', report.events), c('sources', report.sources));
  if (report.format === 'json') lines.push(c('relations', report.relations));
  lines.push(c('stances', report.stances), c('quotes', report.evidence));
  const t = report.phases;
  if (t)
    lines.push(
      `  seconds: ${t.check} checking, ${t.entities} entities, ${t.stances} stances, ${t.counts} counts per date and takers per event`,
    );
  return lines.join('\n');
}
