import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { LIST_RUNS } from './cypher';
import { RUN_STALE_SECONDS, ownerIsAlive } from './importer';

export interface ImportRunSummary {
  id: string;
  fileName: string;
  format: string;
  /** complete; running (writing now); incomplete (interrupted or failed: import the same file again to complete it). */
  status: 'complete' | 'running' | 'incomplete';
  rows: number;
  rowsDone: number;
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
}

/** The newest import runs, for the import page and `npm run import -- --runs`. */
export async function listImportRuns(driver: Driver, database?: string, limit = 20): Promise<ImportRunSummary[]> {
  const { records } = await driver.executeQuery(LIST_RUNS, { staleSeconds: RUN_STALE_SECONDS, limit: neo4j.int(limit) }, { database, routing: 'READ' });
  return records.map((record) => {
    const run = record.get('run') as Record<string, unknown>;
    const raw = String(run.status);
    const alive = raw === 'running' && !run.stale && ownerIsAlive(String(run.owner ?? ''));
    const status = raw === 'complete' ? 'complete' : alive ? 'running' : 'incomplete';
    const num = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : typeof v === 'number' ? v : 0);
    return {
      id: String(run.id),
      fileName: String(run.fileName ?? ''),
      format: String(run.format ?? ''),
      status,
      rows: num(run.rows),
      rowsDone: num(run.rowsDone),
      attempts: num(run.attempts),
      startedAt: typeof run.startedAt === 'string' ? run.startedAt : null,
      finishedAt: typeof run.finishedAt === 'string' ? run.finishedAt : null,
    };
  });
}
