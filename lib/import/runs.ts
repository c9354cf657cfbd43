/**
 * The record of each import (an ImportRun node): started, its written row ranges as batches commit,
 * finished. A run cut short stays recorded as unfinished, and importing the same file again
 * completes it, skipping the rows it wrote.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import neo4j from 'neo4j-driver';

import { readQuery, writeQuery, type Db } from '../neo4j';
import { ACTIVE_RUN, FIND_UNFINISHED_RUN, FINISH_RUN, LIST_RUNS, START_RUN } from './cypher';
import { ImportBusyError, type ImportFormat, type ImportReport } from './format';

/** An import that has not written for this long is taken as interrupted, not running. */
const RUN_STALE_SECONDS = 60;

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

const num = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : typeof v === 'number' ? v : Number(v ?? 0));

/** The newest import runs, for the import page and `npm run import -- --runs`. */
export async function listImportRuns(db: Db, limit = 20): Promise<ImportRunSummary[]> {
  const records = (await readQuery(db, LIST_RUNS, { staleSeconds: RUN_STALE_SECONDS, limit: neo4j.int(limit) }))
    .records;
  return records.map((record) => {
    const run = record.get('run') as Record<string, unknown>;
    const raw = String(run.status);
    const alive = raw === 'running' && !run.stale && ownerIsAlive(String(run.owner ?? ''));
    const status = raw === 'complete' ? 'complete' : alive ? 'running' : 'incomplete';
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

/** Row ranges a run has written, from its record: skipped when the same file is imported again. */
export class RowRanges {
  private readonly ranges: [number, number][];

  constructor(ranges: [number, number][] = []) {
    this.ranges = [...ranges].sort((a, b) => a[0] - b[0]);
  }

  /** From an ImportRun's lastRow (runs recorded before ranges) and done list (first, last, first, last, ...). */
  static fromRun(lastRow: unknown, done: unknown): RowRanges {
    const ranges: [number, number][] = [];
    if (num(lastRow) > 0) ranges.push([0, num(lastRow)]);
    const list = Array.isArray(done) ? done.map(num) : [];
    for (let i = 0; i + 1 < list.length; i += 2) ranges.push([list[i], list[i + 1]]);
    return new RowRanges(ranges);
  }

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  /** Rows are asked about in increasing order; `cursor` keeps the place between calls. */
  has(row: number, cursor: { i: number }): boolean {
    while (cursor.i < this.ranges.length && this.ranges[cursor.i][1] < row) cursor.i += 1;
    return cursor.i < this.ranges.length && this.ranges[cursor.i][0] <= row;
  }
}

/** Imports running in this process, by owner token. */
const activeOwners = new Set<string>();

/**
 * Is the import that wrote this owner token still at work? One of this process is known exactly;
 * one of another process on this machine is alive while its pid is; one from elsewhere is trusted
 * while it keeps writing (the heartbeat of ACTIVE_RUN).
 */
function ownerIsAlive(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== os.hostname() || !pid) return true;
  if (Number(pid) === process.pid) return activeOwners.has(owner);
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
}

export interface StartedRun {
  id: string;
  /** Rows an earlier, interrupted run of the same file wrote. */
  written: RowRanges;
  /** Records how the run ended and lets another import start. */
  finish(status: 'complete' | 'failed', report: ImportReport | null): Promise<void>;
}

/**
 * Starts a run, or resumes the unfinished run of the same file (by content); refuses while another
 * import writes to the database.
 */
export async function startRun(
  db: Db,
  file: { fileName: string; fileHash: string; format: ImportFormat; rows: number },
): Promise<StartedRun> {
  const unfinished = (await readQuery(db, FIND_UNFINISHED_RUN, { fileHash: file.fileHash })).records;
  const written = unfinished.length
    ? RowRanges.fromRun(unfinished[0].get('lastRow'), unfinished[0].get('done'))
    : new RowRanges();
  const id = unfinished.length
    ? String(unfinished[0].get('id'))
    : `import-${new Date()
        .toISOString()
        .replace(/[-:.TZ]/g, '')
        .slice(0, 14)}-${file.fileHash.slice(0, 8)}`;
  const busy = (await readQuery(db, ACTIVE_RUN, { staleSeconds: RUN_STALE_SECONDS })).records.filter((r) =>
    ownerIsAlive(String(r.get('owner') ?? '')),
  );
  if (busy.length) {
    throw new ImportBusyError(
      `Another import (${String(busy[0].get('fileName'))}) is writing to this database; try again when it is done.`,
    );
  }
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;
  activeOwners.add(owner);
  try {
    await writeQuery(db, START_RUN, { id, ...file, owner });
  } catch (error) {
    activeOwners.delete(owner);
    throw error;
  }
  return {
    id,
    written,
    async finish(status, report) {
      try {
        await writeQuery(db, FINISH_RUN, {
          id,
          status,
          report: report ? JSON.stringify({ ...report, problems: [] }) : null,
        });
      } finally {
        activeOwners.delete(owner);
      }
    },
  };
}
