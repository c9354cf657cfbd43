/**
 * The record of each import (an ImportRun node): started, its written row ranges as batches commit,
 * finished. A run cut short stays recorded as unfinished, and importing the same file again
 * completes it, skipping the rows it wrote. One import writes at a time: a run starts only by
 * taking the import lock (an ImportLock node), and finishing it releases the lock.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import neo4j from 'neo4j-driver';

import { nextChangeSeq, recordChange } from '../edit/history';
import { bumpGraphVersion } from '../graph/version';
import { clearBesideGraph, type Tx } from '../model';
import { inWriteTransaction, readQuery, writeQuery, type Db } from '../neo4j';
import {
  CLAIM_LOCK,
  FIND_UNFINISHED_RUN,
  FINISH_RUN,
  LIST_RUNS,
  LOCK_HOLDER,
  RELEASE_LOCK,
  RUN_HEARTBEAT,
  START_RUN,
  TAKE_LOCK,
} from './cypher';
import { ImportBusyError, type ImportFormat, type ImportReport } from './format';

/** An import that has not written for this long is taken as interrupted, not running. */
const RUN_STALE_SECONDS = 60;
/** How often a running import says it is alive: well within RUN_STALE_SECONDS. */
const HEARTBEAT_MS = 15_000;

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
 * What is known of the import that holds this owner token: one of this process exactly; one of
 * another process on this machine is dead when its pid is (alive, it may still have lost its
 * import); one from elsewhere is unknown, trusted while it keeps writing.
 */
function ownerState(owner: string): 'alive' | 'dead' | 'unknown' {
  const [host, pid] = owner.split(':');
  if (host !== os.hostname() || !pid) return 'unknown';
  if (Number(pid) === process.pid) return activeOwners.has(owner) ? 'alive' : 'dead';
  try {
    process.kill(Number(pid), 0);
    return 'unknown';
  } catch (error) {
    // EPERM: the process is there, another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'unknown' : 'dead';
  }
}

/** Is the import that wrote this owner token still at work, as far as this process can tell? */
function ownerIsAlive(owner: string): boolean {
  return ownerState(owner) !== 'dead';
}

/**
 * A completed import in the history, as one change: who ran it and what it did. It lists no
 * entities (a run may write a million stances) and is not reverted from the history. A run that
 * changed nothing is not recorded.
 */
async function recordImport(tx: Tx, runId: string, user: string, report: ImportReport): Promise<void> {
  const counts = [report.actors, report.events, report.sources, report.relations, report.stances, report.evidence];
  // Importing a file again that changes nothing is no change.
  if (counts.every((c) => c.new === 0 && c.updated === 0)) return;
  const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}`;
  const seq = await nextChangeSeq(tx);
  await recordChange(tx, seq, {
    user,
    action: 'import',
    summary: `imported ${report.file} (run ${runId}): ${count(report.stances.new, 'new stance(s)')}, ${count(report.stances.updated, 'changed')}, ${count(report.actors.new, 'new actor(s)')}, ${count(report.events.new, 'new event(s)')}`,
    reason: null,
    entities: [],
  });
}

export interface StartedRun {
  id: string;
  /** Rows an earlier, interrupted run of the same file wrote. */
  written: RowRanges;
  /** Records how the run ended and releases the import lock. */
  finish(status: 'complete' | 'failed', report: ImportReport | null): Promise<void>;
}

function newRunId(fileHash: string): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14);
  return `import-${stamp}-${fileHash.slice(0, 8)}`;
}

/**
 * Takes the import lock and starts a run (or resumes the unfinished run of the same file, by
 * content), all in one write transaction: either this import holds the lock and its run is
 * recorded, or it gets ImportBusyError and nothing is written. A lock whose holder is known dead,
 * or is not running in this process and has not written for RUN_STALE_SECONDS, is taken over.
 */
export async function startRun(
  db: Db,
  file: { fileName: string; fileHash: string; format: ImportFormat; rows: number; user: string },
  heartbeatMs = HEARTBEAT_MS,
): Promise<StartedRun> {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;
  activeOwners.add(owner);
  try {
    const started = await inWriteTransaction(db, async (tx) => {
      await tx.run(CLAIM_LOCK, { owner, fileName: file.fileName });
      const [holder] = (await tx.run(LOCK_HOLDER, { staleSeconds: RUN_STALE_SECONDS })).records;
      const held = String(holder.get('owner') ?? '');
      const state = ownerState(held);
      if (held !== owner && !(state === 'dead' || (state === 'unknown' && holder.get('stale') === true))) {
        return { busy: String(holder.get('fileName') ?? '') };
      }
      const [unfinished] = (await tx.run(FIND_UNFINISHED_RUN, { fileHash: file.fileHash })).records;
      const id = unfinished ? String(unfinished.get('id')) : newRunId(file.fileHash);
      await tx.run(START_RUN, {
        id,
        fileName: file.fileName,
        fileHash: file.fileHash,
        format: file.format,
        rows: file.rows,
        owner,
      });
      await tx.run(TAKE_LOCK, { owner, fileName: file.fileName, runId: id });
      // Counted and listed again when the import is done (importer.ts); until then readers read the stances.
      await clearBesideGraph(tx);
      const written = unfinished
        ? RowRanges.fromRun(unfinished.get('lastRow'), unfinished.get('done'))
        : new RowRanges();
      return { id, written };
    });
    if ('busy' in started) {
      throw new ImportBusyError(
        `Another import (${started.busy}) is writing to this database; try again when it is done.`,
      );
    }
    // Between batches (a long entity phase writes no run progress) the run says it is alive, so that
    // its lock is not taken over as stale while it works.
    const heartbeat = setInterval(
      () => void writeQuery(db, RUN_HEARTBEAT, { id: started.id }).catch(() => undefined),
      heartbeatMs,
    );
    heartbeat.unref();
    return {
      ...started,
      async finish(status, report) {
        clearInterval(heartbeat);
        try {
          await inWriteTransaction(db, async (tx) => {
            await tx.run(FINISH_RUN, {
              id: started.id,
              status,
              report: report ? JSON.stringify({ ...report, problems: [] }) : null,
            });
            if (status === 'complete' && report) await recordImport(tx, started.id, file.user, report);
            await bumpGraphVersion(tx);
            await tx.run(RELEASE_LOCK, { owner });
          });
        } finally {
          // Even when the database is gone: the lock it keeps is then known dead here, and taken over.
          activeOwners.delete(owner);
        }
      },
    };
  } catch (error) {
    activeOwners.delete(owner);
    throw error;
  }
}
