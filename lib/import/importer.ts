/**
 * The importer: CSV or the project's JSON, read as a stream twice. The first pass checks every row
 * (check-csv.ts, check-json.ts) and, on a dry run, compares it with the database; only when no row
 * is invalid (a stored source's text given another counts as invalid) are the entities written
 * (plan.ts) and then, in a second pass, the stances in batches (stances.ts), each batch one
 * transaction that also advances the import run's record; all of it holding the import lock (runs.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { HISTORY_SCHEMA_STATEMENTS, IMPORT_SCHEMA_STATEMENTS, applySchema, rebuildBesideGraph } from '../model';
import type { Db } from '../neo4j';
import { checkCsvFile, csvActorsAgain, csvStanceWrites } from './check-csv';
import { checkJsonFile, jsonActorsAgain, jsonStanceWrites } from './check-json';
import { emptyCounts, type ImportFormat, type ImportProgress, type ImportReport } from './format';
import { loadStoredNames } from './names';
import { EntityWriter, comparePlainJsonSources, planEntities, refuseRewrittenTexts, writeEntities } from './plan';
import { FileTap, detectFormat } from './reader';
import { RowRanges, startRun } from './runs';
import { tallyStances } from './stance-bits';
import { markExisting, stancePass } from './stances';
import { ImportState } from './state';

export interface ImportOptions {
  file: string;
  /** The name the person knows the file by (an upload's original name). */
  displayName?: string;
  format?: ImportFormat;
  dryRun?: boolean;
  /** Take events dated after next year. */
  allowFuture?: boolean;
  /** Stance rows per write transaction. */
  batchSize?: number;
  /** Write transactions in flight at once (each on its own session). */
  parallel?: number;
  /** Sources held whole before the rest are kept as numbers (state.ts WHOLE_SOURCES). */
  wholeSources?: number;
  /** Actors held whole before the rest are declared again from the file (file-actors.ts). */
  heldActors?: number;
  /** Who runs it, for the history: the signed-in editor, or the command line's user. */
  user?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Called after each committed batch with the last row written (tests interrupt an import here). */
  onBatch?: (rowsDone: number) => void | Promise<void>;
}

/** 10,000 rows per transaction beat 5,000 and 20,000 on the 1M-row benchmark import (docs/performance.md). */
const DEFAULT_BATCH_SIZE = 10_000;
/** Two transactions in flight: Neo4j builds one while it commits the other. */
const DEFAULT_PARALLEL = 2;

/** Seconds since `from`, to a tenth. */
const seconds = (from: number) => Math.round((Date.now() - from) / 100) / 10;

function rate(rows: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(rows / seconds) : 0;
}

export async function importFile(db: Db, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const format = options.format ?? detectFormat(options.file, options.displayName);
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const parallel = Math.max(1, options.parallel ?? DEFAULT_PARALLEL);
  const fileName = options.displayName ?? path.basename(options.file);
  const state = new ImportState(options.heldActors);

  if (!dryRun) await applySchema(db, [...IMPORT_SCHEMA_STATEMENTS, ...HISTORY_SCHEMA_STATEMENTS]);

  // Pass 1: every row is checked before anything is written.
  const tap = new FileTap(options.file);
  const validateStarted = Date.now();
  const progress = (
    phase: ImportProgress['phase'],
    rows: number,
    fraction: number,
    phaseStarted: number,
    totalRows?: number,
  ) => {
    if (!options.onProgress) return;
    const rowsPerSecond = rate(rows, phaseStarted);
    const remaining = totalRows !== undefined ? totalRows - rows : undefined;
    const etaSeconds =
      remaining !== undefined && rowsPerSecond > 0
        ? Math.round(remaining / rowsPerSecond)
        : fraction > 0
          ? Math.round(((Date.now() - phaseStarted) / 1000) * (1 / fraction - 1))
          : null;
    options.onProgress({ phase, rows, totalRows, fraction, rowsPerSecond, etaSeconds });
  };
  const onChecked = () => progress('validate', state.rows, tap.size ? tap.bytesRead / tap.size : 1, validateStarted);

  if (format === 'csv') {
    // Cells name actors and events as people do (titles, aliases): matched with what is stored, read once.
    state.resolveCell = await loadStoredNames(db);
    await checkCsvFile(tap, state, db, onChecked, { allowFuture: options.allowFuture }, options.wholeSources);
  } else {
    await checkJsonFile(
      options.file,
      tap,
      state,
      db,
      onChecked,
      { allowFuture: options.allowFuture },
      options.wholeSources,
    );
  }
  const fileHash = tap.digest();

  // A stored source's text is never rewritten (JSON sources carry theirs).
  if (format === 'json') await refuseRewrittenTexts(state, db, options.file);

  const report: ImportReport = {
    file: fileName,
    format,
    dryRun,
    rows: state.rows,
    invalidRows: state.invalidRows,
    problems: state.problems.sort((a, b) => (a.section ?? '').localeCompare(b.section ?? '') || a.row - b.row),
    actors: emptyCounts(),
    events: emptyCounts(),
    sources: emptyCounts(),
    relations: emptyCounts(),
    stances: emptyCounts(),
    evidence: state.evidenceCounts,
    changes: state.changes,
    changeCount: 0,
    written: false,
    seconds: 0,
    rowsPerSecond: 0,
  };
  const finish = () => {
    report.seconds = seconds(started);
    report.rowsPerSecond = rate(state.rows, started);
    report.changeCount = state.changeCount;
    return report;
  };
  if (state.invalidRows > 0) return finish();
  // What would change: entities are compared with the database here, stances as they are written (or, on a dry run, compared).
  const plan = async (writer?: EntityWriter) => {
    const readAgain = () => (format === 'csv' ? csvActorsAgain(options.file, state) : jsonActorsAgain(options.file));
    const plans = await planEntities(state, db, format, readAgain, writer);
    report.actors = plans.actors.counts;
    report.events = plans.events.counts;
    report.sources = plans.sources.counts;
    report.relations = plans.relations.counts;
    // Compared and written: the stance pass does not need them, and a file may name a million.
    state.actors.clear();
    return plans;
  };

  const stream = () => (format === 'csv' ? csvStanceWrites(options.file, state) : jsonStanceWrites(options.file));
  const totalStanceRows = state.stanceRows;
  // A JSON file's sources kept as numbers are planned as they are written: read again from the file.
  const plainSources = (writer?: EntityWriter) =>
    comparePlainJsonSources(state, db, options.file, report.sources, writer);
  if (dryRun) {
    await plan();
    await plainSources();
    const lookupAll = await markExisting(state, db);
    await stancePass(stream(), {
      db,
      state,
      batchSize,
      parallel: 1,
      lookupAll,
      written: new RowRanges(),
      onBatch: (done) =>
        progress('compare', done, totalStanceRows ? done / totalStanceRows : 1, started, totalStanceRows),
    });
    tallyStances(state.stanceKeys, report.stances);
    return finish();
  }

  // Write, holding the import lock (taken before anything is planned, so that what is new is still new when
  // written). One record per file (by content) so that a re-run finds an unfinished run.
  const user = options.user ?? `${os.userInfo().username} (command line)`;
  const run = await startRun(db, { fileName, fileHash, format, rows: state.rows, user });
  report.runId = run.id;
  const phases = { check: seconds(started), entities: 0, stances: 0, counts: 0 };
  try {
    const entitiesStarted = Date.now();
    await writeEntities(db, await plan(new EntityWriter(db, parallel)), parallel, plainSources);
    const lookupAll = await markExisting(state, db);
    phases.entities = seconds(entitiesStarted);
    const writeStarted = Date.now();
    const resumedAfterRow = await stancePass(stream(), {
      db,
      state,
      batchSize,
      parallel,
      lookupAll,
      written: run.written,
      runId: run.id,
      onBatch: async (done, lastRow) => {
        progress('write', done, totalStanceRows ? done / totalStanceRows : 1, writeStarted, totalStanceRows);
        await options.onBatch?.(lastRow);
      },
    });
    if (resumedAfterRow > 0) report.resumedAfterRow = resumedAfterRow;
    tallyStances(state.stanceKeys, report.stances);
    report.written = true;
    phases.stances = seconds(writeStarted);
    const countsStarted = Date.now();
    await rebuildBesideGraph(db, { byImport: true });
    phases.counts = seconds(countsStarted);
    report.phases = phases;
    await run.finish('complete', finish());
  } catch (error) {
    // If the database is still there, say so in the record; if it is gone, the record stays "running"
    // and turns stale, which lists it as interrupted. Either way a re-run completes it.
    await run.finish('failed', null).catch(() => undefined);
    throw error;
  }
  return finish();
}
