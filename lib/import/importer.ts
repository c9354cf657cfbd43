/**
 * The importer: CSV or the project's JSON, read as a stream twice. The first pass checks every row
 * (and, on a dry run, compares it with the database); only when no row is invalid does the second
 * pass write, in UNWIND batches of MERGEs, each batch one transaction that also advances the import
 * run's record. A run cut short stays recorded as unfinished; running the same file again completes
 * it from the first unwritten batch, and MERGE makes any overlap harmless.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { int as neo4jInt, isInt as neo4jIsInt, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { RELATION_TYPES, STANCE_REL, type ActorKind, type RelationType, type Stance } from '../domain';
import { relationSchema, stanceSchema } from '../seed/schema';
import { relationId, stanceId } from '../seed/validate';
import { applySchema } from '../seed/write';
import { CompactKeyMap, PairSet } from './hashset';
import {
  ACTIVE_RUN,
  EXISTING_ACTORS,
  EXISTING_EVENTS,
  EXISTING_IDS,
  EXISTING_RELATIONS,
  EXISTING_SOURCES,
  FIND_SOURCES_BY_TITLE,
  FIND_SOURCES_BY_URL,
  FIND_UNFINISHED_RUN,
  FINISH_RUN,
  IMPORT_SCHEMA_STATEMENTS,
  RUN_PROGRESS,
  START_RUN,
  CREATE_ABOUT,
  WRITE_ACTORS,
  WRITE_EVENTS,
  WRITE_SOURCES,
  CREATE_ACTORS,
  CREATE_EVENTS,
  CREATE_SOURCES,
  BATCH_EXISTING,
  CREATE_STANCES,
  UPDATE_STANCES,
  writeRelationsOfType,
} from './cypher';
import {
  ImportBusyError,
  MAX_LISTED_PROBLEMS,
  emptyCounts,
  jsonActorSchema,
  jsonEventSchema,
  jsonSourceSchema,
  type ChangeCounts,
  type ImportFormat,
  type ImportProblem,
  type ImportProgress,
  type ImportReport,
} from './format';
import { FileTap, detectFormat, ownString, readCsv, readJson, type CsvItem, type JsonItem } from './reader';
import { STANCE_CODE, checkCsvRow, newSourceId, publisherOf, type CsvStanceRow, type SourceKey } from './validate';

export interface ImportOptions {
  file: string;
  /** The name the person knows the file by (an upload's original name). */
  displayName?: string;
  format?: ImportFormat;
  dryRun?: boolean;
  /** Stance rows per write transaction. */
  batchSize?: number;
  /** Write transactions in flight at once (each on its own session). */
  parallel?: number;
  database?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Called after each committed batch with the last row written (tests interrupt an import here). */
  onBatch?: (rowsDone: number) => void | Promise<void>;
}

/** Measured on the 1M-row synthetic CSV: 10,000 rows per transaction beat 5,000 and 20,000 (README, Figures). */
export const DEFAULT_BATCH_SIZE = 10_000;
/** Two transactions in flight: Neo4j builds one while it commits the other. */
export const DEFAULT_PARALLEL = 2;
const CHECK_CHUNK = 10_000;
const ENTITY_BATCH = 5_000;
/** An import that has not written for this long is taken as interrupted, not running. */
export const RUN_STALE_SECONDS = 60;

type Props = Record<string, unknown>;

interface EntityPlan {
  id: string;
  /** Not in the database: created, not merged. */
  isNew: boolean;
  props: Props;
  about?: string[];
  row: number;
}

interface EvidenceRow {
  sourceId: string;
  quote: string;
}

interface StanceWrite {
  row: number;
  id: string;
  actorId: string;
  eventId: string;
  stance: Stance;
  evidence: EvidenceRow[];
  /** CSV: this row is the first to cite its source for its event, and the database has no such ABOUT yet. */
  newAbout?: string;
}

/** Classification bits stored beside a stance's code in the compact map. */
const STATE_NEW = 1 << 2;
const STATE_UPDATED = 2 << 2;
const STATE_UNCHANGED = 3 << 2;
const STATE_MASK = 3 << 2;

interface KnownSource {
  id: string;
  /** The stored text (quotes must be in it), or null when none is stored. */
  text: string | null;
  existing: Props | null;
  title: string;
  url: string | null;
  date: string | null;
  publisher: string;
  /** JSON: the events the file says it is about. CSV: those the database says it is about. */
  about: Set<string>;
  row: number;
  /** Its number in this import (CSV), for compact (source, event) pairs. */
  index: number;
}

class ImportState {
  readonly problems: ImportProblem[] = [];
  invalidRows = 0;
  rows = 0;
  readonly stanceKeys = new CompactKeyMap(1 << 16);
  readonly evidenceKeys = new CompactKeyMap(1 << 16);
  readonly evidenceCounts = emptyCounts();
  /** CSV rows or JSON stance items: the rows the stance pass goes through. */
  stanceRows = 0;

  // CSV: declared inline by the rows. JSON: declared in their sections.
  readonly actors = new Map<string, { row: number; name: string | null; kind: ActorKind; props?: Props }>();
  readonly events = new Map<string, { row: number; title: string | null; date: string; props?: Props; index?: number }>();
  /** CSV sources by key; JSON sources by id. */
  readonly sources = new Map<string, KnownSource>();
  readonly relations: { row: number; id: string; type: RelationType; sourceId: string; targetId: string; quote: string | null; evidenceSourceId: string | null }[] = [];
  /** Ids found in (or missing from) the database, for JSON references to things not in the file. */
  readonly inDatabase = { Actor: new Map<string, boolean>(), Event: new Map<string, boolean>(), Source: new Map<string, string | null | false>() };

  problem(problem: ImportProblem): void {
    this.invalidRows += 1;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ ...problem, message: ownString(problem.message) });
  }
}

function rate(rows: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(rows / seconds) : 0;
}

export async function importFile(driver: Driver, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const format = options.format ?? detectFormat(options.file, options.displayName);
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const parallel = Math.max(1, options.parallel ?? DEFAULT_PARALLEL);
  const database = options.database;
  const fileName = options.displayName ?? path.basename(options.file);
  const state = new ImportState();
  const db = new Db(driver, database);

  if (!dryRun) await ensureSchema(driver, database);

  // Pass 1: every row is checked before anything is written.
  const tap = new FileTap(options.file);
  const validateStarted = Date.now();
  const progress = (phase: ImportProgress['phase'], rows: number, fraction: number, phaseStarted: number, totalRows?: number) => {
    if (!options.onProgress) return;
    const rowsPerSecond = rate(rows, phaseStarted);
    const remaining = totalRows !== undefined ? totalRows - rows : undefined;
    const etaSeconds = remaining !== undefined && rowsPerSecond > 0 ? Math.round(remaining / rowsPerSecond) : fraction > 0 ? Math.round(((Date.now() - phaseStarted) / 1000) * (1 / fraction - 1)) : null;
    options.onProgress({ phase, rows, totalRows, fraction, rowsPerSecond, etaSeconds });
  };
  const stanceCounts = emptyCounts();
  const onChecked = () => progress('validate', state.rows, tap.size ? tap.bytesRead / tap.size : 1, validateStarted);

  if (format === 'csv') {
    await checkCsvFile(tap, state, db, onChecked);
  } else {
    await checkJsonFile(options.file, tap, state, db, onChecked);
  }
  const fileHash = tap.digest();

  // What would change: entities are compared with the database here, stances were compared per chunk (dry run).
  const plans = await planEntities(state, db, format);
  const report: ImportReport = {
    file: fileName,
    format,
    dryRun,
    rows: state.rows,
    invalidRows: state.invalidRows,
    problems: state.problems.sort((a, b) => (a.section ?? '').localeCompare(b.section ?? '') || a.row - b.row),
    actors: plans.actors.counts,
    events: plans.events.counts,
    sources: plans.sources.counts,
    relations: plans.relations.counts,
    stances: stanceCounts,
    evidence: state.evidenceCounts,
    written: false,
    seconds: 0,
    rowsPerSecond: 0,
  };
  const finish = () => {
    report.seconds = Math.round((Date.now() - started) / 100) / 10;
    report.rowsPerSecond = rate(state.rows, started);
    return report;
  };
  if (state.invalidRows > 0) return finish();

  const stream = () => (format === 'csv' ? csvStanceWrites(options.file, state) : jsonStanceWrites(options.file, state));
  const totalStanceRows = state.stanceRows;
  if (dryRun) {
    const lookupAll = await markExisting(state, db);
    await stancePass(stream(), { db, state, batchSize, parallel: 1, lookupAll, written: new RowRanges(), onBatch: (done) => progress('compare', done, totalStanceRows ? done / totalStanceRows : 1, started, totalStanceRows) });
    tallyStances(state, report.stances);
    return finish();
  }

  // Write. One record per file (by content) so that a re-run finds an unfinished run.
  const unfinished = await db.read(FIND_UNFINISHED_RUN, { fileHash });
  const written = unfinished.length ? RowRanges.fromRun(unfinished[0].get('lastRow'), unfinished[0].get('done')) : new RowRanges();
  const runId = unfinished.length ? String(unfinished[0].get('id')) : `import-${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${fileHash.slice(0, 8)}`;
  const busy = (await db.read(ACTIVE_RUN, { staleSeconds: RUN_STALE_SECONDS })).filter((r) => ownerIsAlive(String(r.get('owner') ?? '')));
  if (busy.length) {
    throw new ImportBusyError(`Another import (${String(busy[0].get('fileName'))}) is writing to this database; try again when it is done.`);
  }
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;
  activeOwners.add(owner);
  await db.write(START_RUN, { id: runId, fileName, fileHash, format, rows: state.rows, owner });
  report.runId = runId;

  try {
    await writeEntities(db, plans, parallel);
    const lookupAll = await markExisting(state, db);
    const writeStarted = Date.now();
    const resumedAfterRow = await stancePass(stream(), {
      db,
      state,
      batchSize,
      parallel,
      lookupAll,
      written,
      runId,
      onBatch: async (done, lastRow) => {
        progress('write', done, totalStanceRows ? done / totalStanceRows : 1, writeStarted, totalStanceRows);
        await options.onBatch?.(lastRow);
      },
    });
    if (resumedAfterRow > 0) report.resumedAfterRow = resumedAfterRow;
    tallyStances(state, report.stances);
    report.written = true;
    await db.write(FINISH_RUN, { id: runId, status: 'complete', report: JSON.stringify({ ...finish(), problems: [] }) });
  } catch (error) {
    // If the database is still there, say so in the record; if it is gone, the record stays "running"
    // and turns stale, which lists it as interrupted. Either way a re-run completes it.
    await db.write(FINISH_RUN, { id: runId, status: 'failed', report: null }).catch(() => undefined);
    throw error;
  } finally {
    activeOwners.delete(owner);
  }
  return finish();
}

interface StancePassOptions {
  db: Db;
  state: ImportState;
  batchSize: number;
  /** Batches written at once. */
  parallel: number;
  /** Check every row with the database (it is much larger than the file); else only rows marked as maybe there. */
  lookupAll: boolean;
  /** Rows an earlier, interrupted run of the same file has written: skipped. */
  written: RowRanges;
  /** Absent on a dry run: nothing is written. */
  runId?: string;
  onBatch: (rowsDone: number, lastRow: number) => void | Promise<void>;
}

/** Row ranges a run has written, from its record: skipped when the same file is imported again. */
export class RowRanges {
  private readonly ranges: [number, number][];

  constructor(ranges: [number, number][] = []) {
    this.ranges = [...ranges].sort((a, b) => a[0] - b[0]);
  }

  /** From an ImportRun's lastRow (runs recorded before ranges) and done list (first, last, first, last, ...). */
  static fromRun(lastRow: unknown, done: unknown): RowRanges {
    const num = (v: unknown) => (neo4jIsInt(v) ? v.toNumber() : Number(v ?? 0));
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

/**
 * The stance rows in batches: compared with the database and, unless a dry run, written, up to
 * `parallel` batches at once while the next is read and checked. Returns the row after which the
 * first unwritten row came (0 when nothing was skipped).
 */
async function stancePass(stream: AsyncGenerator<StanceWrite>, options: StancePassOptions): Promise<number> {
  let done = 0;
  let batch: StanceWrite[] = [];
  let firstRow = 0;
  let lastRow = 0;
  let resumedAfter = 0;
  let skipped = false;
  const cursor = { i: 0 };
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const dispatch = async (rows: StanceWrite[], first: number, last: number) => {
    // Marks what this batch writes before the next batch is prepared.
    const job = processStanceBatch(rows, first, last, options, Promise.all(inFlight)).then(async () => {
      done += rows.length;
      await options.onBatch(done, last);
    });
    const tracked = job.then(
      () => undefined,
      (error: unknown) => {
        failure ??= { error };
      },
    );
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
    while (inFlight.size >= options.parallel && !failure) await Promise.race(inFlight);
    if (failure) await settleAndThrow();
  };
  // A failed batch fails the pass once the others have settled, so that nothing commits after it is reported.
  const settleAndThrow = async (): Promise<never> => {
    await Promise.all(inFlight);
    throw failure!.error;
  };
  for await (const item of stream) {
    if (!options.written.empty && options.written.has(item.row, cursor)) {
      done += 1;
      skipped = true;
      lastRow = item.row;
      continue;
    }
    if (skipped && !resumedAfter) resumedAfter = item.row - 1;
    if (!batch.length) firstRow = item.row;
    batch.push(item);
    lastRow = item.row;
    if (batch.length >= options.batchSize) {
      const rows = batch;
      batch = [];
      await dispatch(rows, firstRow, lastRow);
    }
  }
  if (batch.length) await dispatch(batch, firstRow, lastRow);
  await Promise.all(inFlight);
  if (failure) await settleAndThrow();
  return skipped && !resumedAfter ? lastRow : resumedAfter;
}

/** A quote as the stance stores it: which source, what words. */
const quoteKey = (sourceId: string, quote: string) => `${sourceId}\u0000${quote}`;

/** One quote of one stance, as the import's duplicate check knows it (hashed by CompactKeyMap). */
const evidenceKey = (stance: string, sourceId: string, quote: string) => `${stance}\u0000${quoteKey(sourceId, quote)}`;

/** Bits beside a stance's code (bits 0-1) and classification (bits 2-3): the database may hold it. */
const MAYBE_IN_DB = 1 << 4;
/** A batch of this pass has taken the stance (to create, update or compare it). */
const SENT = 1 << 5;
/** A batch of this pass added a quote to the stance. */
const GOT_QUOTE = 1 << 6;

/**
 * Marks the file's stances that the database may already hold (with their quotes), so that the
 * rest can be created without asking. A small database is scanned once (ids only); for a database
 * much larger than the file, every batch asks about its own rows instead (returns true).
 */
async function markExisting(state: ImportState, db: Db): Promise<boolean> {
  const [counts] = await db.read(`MATCH ()-[r:${STANCE_REL}]->() RETURN count(r) AS stances`);
  const inDb = Number(counts.get('stances'));
  if (inDb === 0) return false;
  if (inDb > 14 * Math.max(1, state.stanceKeys.size)) return true;
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ', fetchSize: 20_000 });
  try {
    await session.executeRead(async (tx) => {
      for await (const record of tx.run(`MATCH ()-[r:${STANCE_REL}]->() RETURN r.id AS id`)) {
        const slot = state.stanceKeys.find(record.get('id') as string);
        if (slot >= 0) state.stanceKeys.setValue(slot, state.stanceKeys.value(slot) | MAYBE_IN_DB);
      }
    });
  } finally {
    await session.close();
  }
  return false;
}

/** Imports running in this process, by owner token. */
const activeOwners = new Set<string>();

/**
 * Is the import that wrote this owner token still at work? One of this process is known exactly;
 * one of another process on this machine is alive while its pid is; one from elsewhere is trusted
 * while it keeps writing (the heartbeat of ACTIVE_RUN).
 */
export function ownerIsAlive(owner: string): boolean {
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

function tallyStances(state: ImportState, counts: ChangeCounts): void {
  counts.new = 0;
  counts.updated = 0;
  counts.unchanged = 0;
  for (const [value, n] of state.stanceKeys.tally()) {
    const s = value & STATE_MASK;
    // An unchanged stance that gained a quote is updated.
    if (s === STATE_NEW) counts.new += n;
    else if (s === STATE_UNCHANGED && value & GOT_QUOTE) counts.updated += n;
    else if (s === STATE_UPDATED) counts.updated += n;
    else if (s === STATE_UNCHANGED) counts.unchanged += n;
  }
}

/**
 * Applies what the database said about a stance: its value before (null: none), or undefined for a
 * later batch of a stance that an earlier batch classifies; and how many of its quotes were new.
 */
function classifyStance(state: ImportState, id: string, stance: Stance, old: string | null | undefined, newEvidence: number, oldEvidence: number): void {
  const slot = state.stanceKeys.find(id);
  if (slot < 0) return;
  let value = state.stanceKeys.value(slot);
  if (old !== undefined) value = (value & ~STATE_MASK) | (old === null ? STATE_NEW : old !== stance ? STATE_UPDATED : STATE_UNCHANGED);
  if (newEvidence > 0) value |= GOT_QUOTE;
  state.stanceKeys.setValue(slot, value);
  state.evidenceCounts.new += newEvidence;
  state.evidenceCounts.unchanged += oldEvidence;
}

class Db {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  async read(cypher: string, params: Props = {}) {
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.database, routing: 'READ' });
    return records;
  }

  async write(cypher: string, params: Props = {}) {
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.database, routing: 'WRITE' });
    return records;
  }

  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }
}

async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  await applySchema(driver, database, IMPORT_SCHEMA_STATEMENTS);
}

// ---------------------------------------------------------------------------------------------
// CSV

async function checkCsvFile(tap: FileTap, state: ImportState, db: Db, onChecked: () => void): Promise<void> {
  let chunk: CsvItem[] = [];
  const flush = async () => {
    await checkCsvChunk(chunk, state, db);
    chunk = [];
    onChecked();
  };
  for await (const item of readCsv(tap)) {
    state.rows += 1;
    state.stanceRows += 1;
    chunk.push(item);
    if (chunk.length >= CHECK_CHUNK) await flush();
  }
  if (chunk.length) await flush();
}

interface CheckedCsvRow {
  item: CsvItem;
  row: CsvStanceRow;
}

async function checkCsvChunk(items: CsvItem[], state: ImportState, db: Db): Promise<void> {
  const checked: CheckedCsvRow[] = [];
  const unknownSources = new Map<string, SourceKey>();
  for (const item of items) {
    const { row, problems } = checkCsvRow(item.values);
    const bad = [...problems];
    if (row) {
      const actor = state.actors.get(row.actorId);
      if (actor && actor.kind !== row.actorKind) {
        bad.push(`actor "${row.actorId}" has actor_kind "${actor.kind}" in row ${actor.row}, "${row.actorKind}" here`);
      }
      const event = state.events.get(row.eventId);
      if (event && event.date !== row.eventDate) {
        bad.push(`event "${row.eventId}" has event_date ${event.date} in row ${event.row}, ${row.eventDate} here`);
      }
      if (state.actors.has(row.eventId) || state.events.has(row.actorId)) {
        bad.push(`"${state.actors.has(row.eventId) ? row.eventId : row.actorId}" is used both as an actor and as an event`);
      }
    }
    if (bad.length || !row) {
      state.problem({ row: item.row, line: item.line, message: bad.join('; ') });
      continue;
    }
    // Kept for the whole import: copies, not views of the chunk they were read from.
    if (!state.actors.has(row.actorId)) {
      state.actors.set(ownString(row.actorId), { row: item.row, name: row.actorName === null ? null : ownString(row.actorName), kind: ownString(row.actorKind) as ActorKind });
    }
    if (!state.events.has(row.eventId)) {
      state.events.set(ownString(row.eventId), { row: item.row, title: row.eventTitle === null ? null : ownString(row.eventTitle), date: ownString(row.eventDate), index: state.events.size });
    }
    if (!state.sources.has(row.source.key)) unknownSources.set(row.source.key, row.source);
    checked.push({ item, row });
  }
  if (unknownSources.size) await resolveCsvSources([...unknownSources.values()], items, state, db);

  for (const { item, row } of checked) {
    const source = state.sources.get(row.source.key)!;
    if (source.text !== null && !source.text.includes(row.quote)) {
      state.problem({ row: item.row, line: item.line, message: `quote is not a verbatim substring of the stored text of source "${source.title}": "${truncate(row.quote)}"` });
      continue;
    }
    const id = stanceId(row.actorId, row.eventId);
    const code = STANCE_CODE[row.stance];
    const stanceEntry = state.stanceKeys.add(id, item.row, code);
    if (stanceEntry.existed && (state.stanceKeys.value(stanceEntry.slot) & 3) !== code) {
      const first = state.stanceKeys.row(stanceEntry.slot);
      state.problem({ row: item.row, line: item.line, message: `${row.actorId} has another stance on ${row.eventId} in row ${first}; one stance per actor and event` });
      continue;
    }
    const evId = evidenceKey(id, source.id, row.quote);
    const evidenceEntry = state.evidenceKeys.add(evId, item.row);
    if (evidenceEntry.existed) {
      state.problem({ row: item.row, line: item.line, message: `repeats row ${state.evidenceKeys.row(evidenceEntry.slot)} (same actor, event, source and quote)` });
      continue;
    }
  }
}

async function resolveCsvSources(keys: SourceKey[], items: CsvItem[], state: ImportState, db: Db): Promise<void> {
  const byUrl = keys.filter((k) => k.url !== null);
  const byTitle = keys.filter((k) => k.url === null);
  const found = new Map<string, { id: string; props: Props }>();
  for (const [query, list] of [
    [FIND_SOURCES_BY_URL, byUrl],
    [FIND_SOURCES_BY_TITLE, byTitle],
  ] as const) {
    if (!list.length) continue;
    for (const record of await db.read(query, { keys: list })) {
      found.set(String(record.get('key')), { id: String(record.get('id')), props: record.get('props') as Props });
    }
  }
  const newIds = keys.filter((k) => !found.has(k.key)).map((k) => newSourceId(k));
  const taken = new Set(newIds.length ? (await db.read(EXISTING_IDS.Source, { ids: newIds })).map((r) => String(r.get('id'))) : []);
  const firstRow = new Map<string, number>();
  for (const item of items) {
    const key = item.values.source_url ? `url:${item.values.source_url}` : `title:${item.values.source_title}\u0000${item.values.source_date}`;
    if (!firstRow.has(key)) firstRow.set(key, item.row);
  }
  for (const key of keys) {
    const hit = found.get(key.key);
    let id = hit?.id ?? newSourceId(key);
    if (!hit && taken.has(id)) id = `${id}-${Math.abs(hashCode(key.key + '#2')).toString(36)}`;
    const props = hit?.props;
    const own = (text: string | null) => (text === null ? null : ownString(text));
    state.sources.set(ownString(key.key), {
      id: ownString(id),
      text: typeof props?.text === 'string' ? props.text : null,
      existing: props ?? null,
      title: typeof props?.title === 'string' ? props.title : ownString(key.title),
      url: own(key.url),
      date: own((props ? (props.date as string | null) : key.date) ?? null),
      publisher: typeof props?.publisher === 'string' ? props.publisher : publisherOf(key.url),
      about: new Set(),
      row: firstRow.get(key.key) ?? 0,
      index: state.sources.size,
    });
  }
}

function hashCode(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(31, h) + text.charCodeAt(i);
  return h;
}

/** Pass 2 of a CSV: the same rows again, now known to be valid, as stance writes. */
async function* csvStanceWrites(file: string, state: ImportState): AsyncGenerator<StanceWrite> {
  const aboutSeen = new PairSet();
  for await (const item of readCsv(new FileTap(file))) {
    const { row } = checkCsvRow(item.values);
    if (!row) throw new Error(`row ${item.row} changed between reading and writing the file`);
    const source = state.sources.get(row.source.key);
    if (!source) throw new Error(`row ${item.row}: its source was not resolved`);
    const id = stanceId(row.actorId, row.eventId);
    yield {
      row: item.row,
      id,
      actorId: row.actorId,
      eventId: row.eventId,
      stance: row.stance,
      evidence: [{ sourceId: source.id, quote: row.quote }],
      newAbout: aboutSeen.add(source.index, state.events.get(row.eventId)!.index!) && !source.about.has(row.eventId) ? source.id : undefined,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// JSON

type Section = JsonItem['section'];

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

async function checkJsonFile(file: string, tap: FileTap, state: ImportState, db: Db, onChecked: () => void): Promise<void> {
  // Pass 1a: the declarations (actors, events, sources, relations); stances are counted.
  const relationInputs: { index: number; value: z.infer<typeof relationSchema> }[] = [];
  let count = 0;
  const bad = (section: Section, index: number, message: string) => state.problem({ section, row: index, message });
  for await (const item of readJson(tap)) {
    state.rows += 1;
    count += 1;
    if (count % CHECK_CHUNK === 0) onChecked();
    if (item.section === 'actors') {
      const r = jsonActorSchema.safeParse(item.value);
      if (!r.success) bad('actors', item.index, issues(r.error));
      else if (state.actors.has(r.data.id)) bad('actors', item.index, `duplicate id "${r.data.id}" (item ${state.actors.get(r.data.id)!.row})`);
      else {
        const a = r.data;
        state.actors.set(a.id, {
          row: item.index,
          name: a.name,
          kind: a.kind,
          props: { name: a.name, kind: a.kind, description: a.description, aliases: a.aliases },
        });
      }
    } else if (item.section === 'events') {
      const r = jsonEventSchema.safeParse(item.value);
      if (!r.success) bad('events', item.index, issues(r.error));
      else if (state.events.has(r.data.id)) bad('events', item.index, `duplicate id "${r.data.id}" (item ${state.events.get(r.data.id)!.row})`);
      else {
        const e = r.data;
        state.events.set(e.id, { row: item.index, title: e.title, date: e.date, props: { title: e.title, date: e.date, kind: e.kind, description: e.description } });
      }
    } else if (item.section === 'sources') {
      const r = jsonSourceSchema.safeParse(item.value);
      if (!r.success) bad('sources', item.index, issues(r.error));
      else if (state.sources.has(r.data.id)) bad('sources', item.index, `duplicate id "${r.data.id}" (item ${state.sources.get(r.data.id)!.row})`);
      else {
        const s = r.data;
        state.sources.set(s.id, { id: s.id, text: s.text, existing: null, title: s.title, url: s.url, date: s.date, publisher: s.publisher, about: new Set(s.about), row: item.index, index: state.sources.size });
      }
    } else if (item.section === 'relations') {
      const r = relationSchema.safeParse(item.value);
      if (!r.success) bad('relations', item.index, issues(r.error));
      else relationInputs.push({ index: item.index, value: r.data });
    } else {
      state.stanceRows += 1;
    }
  }
  for (const [id, actor] of state.actors) {
    if (state.events.has(id)) bad('actors', actor.row, `id "${id}" is also an event's id; ids must be unique across actors and events`);
  }

  // Sources without a text in the file may have one stored in the database: quotes must be in it.
  const fileSourcesWithoutText = [...state.sources.values()].filter((s) => s.text === null).map((s) => s.id);
  for (const ids of chunks(fileSourcesWithoutText, ENTITY_BATCH)) {
    for (const r of await db.read(EXISTING_IDS.Source, { ids })) {
      const text = r.get('text');
      if (typeof text === 'string') state.sources.get(String(r.get('id')))!.text = text;
    }
  }
  const aboutMissing = [...state.sources.values()].flatMap((s) => [...s.about].filter((e) => !state.events.has(e)));
  await lookUp(state, db, 'Event', aboutMissing);
  for (const source of state.sources.values()) {
    for (const eventId of source.about) {
      if (!hasEvent(state, eventId)) bad('sources', source.row, `about: unknown event "${eventId}" (not in the file, not in the database)`);
    }
  }

  // Relations: both ends and the evidence must exist (in the file or the database).
  await lookUp(state, db, 'Actor', relationInputs.flatMap((r) => [r.value.source, r.value.target]));
  await lookUp(state, db, 'Source', relationInputs.flatMap((r) => (r.value.evidence ? [r.value.evidence.source] : [])));
  const seenRelations = new Map<string, number>();
  for (const { index, value } of relationInputs) {
    const problems: string[] = [];
    for (const end of [value.source, value.target]) if (!hasActor(state, end)) problems.push(`unknown actor "${end}"`);
    if (value.source === value.target) problems.push('an actor cannot relate to itself');
    const id = relationId(value.source, value.type, value.target);
    if (seenRelations.has(id)) problems.push(`duplicate relation (item ${seenRelations.get(id)})`);
    seenRelations.set(id, index);
    if (value.evidence) problems.push(...quoteProblems(state, value.evidence.source, value.evidence.quote));
    if (problems.length) bad('relations', index, problems.join('; '));
    else {
      state.relations.push({
        row: index,
        id,
        type: value.type,
        sourceId: value.source,
        targetId: value.target,
        quote: value.evidence?.quote ?? null,
        evidenceSourceId: value.evidence?.source ?? null,
      });
    }
  }

  // Pass 1b: the stances, now that everything they point to is known.
  let chunk: JsonItem[] = [];
  const flush = async () => {
    await checkJsonStanceChunk(chunk, state, db);
    chunk = [];
    onChecked();
  };
  for await (const item of readJson(new FileTap(file))) {
    if (item.section !== 'stances') continue;
    chunk.push(item);
    if (chunk.length >= CHECK_CHUNK) await flush();
  }
  if (chunk.length) await flush();
}

function hasActor(state: ImportState, id: string): boolean {
  return state.actors.has(id) || state.inDatabase.Actor.get(id) === true;
}

function hasEvent(state: ImportState, id: string): boolean {
  return state.events.has(id) || state.inDatabase.Event.get(id) === true;
}

function quoteProblems(state: ImportState, sourceId: string, quote: string): string[] {
  const source = state.sources.get(sourceId);
  const text = source ? source.text : state.inDatabase.Source.get(sourceId);
  if (text === undefined || text === false) return [`evidence cites unknown source "${sourceId}" (not in the file, not in the database)`];
  if (text !== null && !text.includes(quote)) return [`quote is not a verbatim substring of source "${sourceId}": "${truncate(quote)}"`];
  return [];
}

/** Looks up ids that the file refers to but does not declare. */
async function lookUp(state: ImportState, db: Db, label: 'Actor' | 'Event' | 'Source', ids: string[]): Promise<void> {
  const declared = label === 'Actor' ? state.actors : label === 'Event' ? state.events : state.sources;
  const known = state.inDatabase[label] as Map<string, unknown>;
  const wanted = [...new Set(ids)].filter((id) => !declared.has(id) && !known.has(id));
  for (const list of chunks(wanted, ENTITY_BATCH)) {
    const found = new Map<string, unknown>();
    for (const r of await db.read(EXISTING_IDS[label], { ids: list })) {
      found.set(String(r.get('id')), label === 'Source' ? (r.get('text') ?? null) : true);
    }
    for (const id of list) known.set(id, found.has(id) ? found.get(id) : false);
  }
}

async function checkJsonStanceChunk(items: JsonItem[], state: ImportState, db: Db): Promise<void> {
  const parsed = items.map((item) => ({ item, result: stanceSchema.safeParse(item.value) }));
  const valid = parsed.flatMap(({ item, result }) => {
    if (!result.success) {
      state.problem({ section: 'stances', row: item.index, message: issues(result.error) });
      return [];
    }
    return [{ item, value: result.data }];
  });
  await lookUp(state, db, 'Actor', valid.map((v) => v.value.actor));
  await lookUp(state, db, 'Event', valid.map((v) => v.value.event));
  await lookUp(state, db, 'Source', valid.flatMap((v) => v.value.evidence.map((e) => e.source)));
  for (const { item, value } of valid) {
    const problems: string[] = [];
    if (!hasActor(state, value.actor)) problems.push(`unknown actor "${value.actor}"`);
    if (!hasEvent(state, value.event)) problems.push(`unknown event "${value.event}"`);
    for (const ev of value.evidence) problems.push(...quoteProblems(state, ev.source, ev.quote));
    const id = stanceId(value.actor, value.event);
    const ids = value.evidence.map((e) => evidenceKey(id, e.source, e.quote));
    if (new Set(ids).size !== ids.length) problems.push('the same quote is given twice');
    if (!problems.length) {
      const entry = state.stanceKeys.add(id, item.index, STANCE_CODE[value.stance]);
      if (entry.existed) problems.push(`duplicate stance: item ${state.stanceKeys.row(entry.slot)} is also ${value.actor} on ${value.event}; one stance per actor and event`);
    }
    if (problems.length) {
      state.problem({ section: 'stances', row: item.index, message: problems.join('; ') });
      continue;
    }
    for (const evidence of ids) state.evidenceKeys.add(evidence, item.index);
  }
}

async function* jsonStanceWrites(file: string, _state: ImportState): AsyncGenerator<StanceWrite> {
  for await (const item of readJson(new FileTap(file))) {
    if (item.section !== 'stances') continue;
    const value = stanceSchema.parse(item.value);
    const id = stanceId(value.actor, value.event);
    yield {
      row: item.index,
      id,
      actorId: value.actor,
      eventId: value.event,
      stance: value.stance,
      evidence: value.evidence.map((e) => ({ sourceId: e.source, quote: e.quote })),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Entities: compared with the database, then only what is new or changed is written.

interface Planned {
  counts: ChangeCounts;
  write: EntityPlan[];
}

interface Plans {
  actors: Planned;
  events: Planned;
  sources: Planned;
  relations: Planned & { rows: ImportState['relations'] };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return (a ?? null) === (b ?? null);
}

function compare(id: string, row: number, props: Props, existing: Props | undefined, planned: Planned, about?: string[], existingAbout?: string[]): void {
  if (!existing) {
    planned.counts.new += 1;
    planned.write.push({ id, props, row, about, isNew: true });
    return;
  }
  const changed =
    Object.entries(props).some(([key, value]) => key !== 'searchText' && !sameValue(value, existing[key])) ||
    (about ?? []).some((e) => !(existingAbout ?? []).includes(e));
  if (changed) {
    planned.counts.updated += 1;
    planned.write.push({ id, props, row, about, isNew: false });
  } else {
    planned.counts.unchanged += 1;
  }
}

async function planEntities(state: ImportState, db: Db, format: ImportFormat): Promise<Plans> {
  const plans: Plans = {
    actors: { counts: emptyCounts(), write: [] },
    events: { counts: emptyCounts(), write: [] },
    sources: { counts: emptyCounts(), write: [] },
    relations: { counts: emptyCounts(), write: [], rows: state.relations },
  };
  if (state.invalidRows > 0) return plans;

  for (const ids of chunks([...state.actors.keys()], ENTITY_BATCH)) {
    const existing = new Map((await db.read(EXISTING_ACTORS, { ids })).map((r) => [String(r.get('id')), r.get('props') as Props]));
    for (const id of ids) {
      const decl = state.actors.get(id)!;
      const old = existing.get(id);
      // CSV: a slug cell keeps the stored name; a new actor named by its slug is called by it.
      const name = decl.name ?? (old?.name as string | undefined) ?? id;
      const props: Props = decl.props
        ? { ...decl.props }
        : { name, kind: decl.kind, description: (old?.description as string | undefined) ?? '', aliases: (old?.aliases as string[] | undefined) ?? [] };
      props.searchText = [props.name, ...((props.aliases as string[]) ?? [])].join(' | ');
      compare(id, decl.row, props, old, plans.actors);
    }
  }
  for (const ids of chunks([...state.events.keys()], ENTITY_BATCH)) {
    const existing = new Map((await db.read(EXISTING_EVENTS, { ids })).map((r) => [String(r.get('id')), r.get('props') as Props]));
    for (const id of ids) {
      const decl = state.events.get(id)!;
      const old = existing.get(id);
      const props: Props = decl.props
        ? { ...decl.props }
        : {
            title: decl.title ?? (old?.title as string | undefined) ?? id,
            date: decl.date,
            kind: (old?.kind as string | undefined) ?? 'event',
            description: (old?.description as string | undefined) ?? '',
          };
      compare(id, decl.row, props, old, plans.events);
    }
  }
  const sources = [...state.sources.values()];
  for (const list of chunks(sources, ENTITY_BATCH)) {
    const existing = new Map(
      (await db.read(EXISTING_SOURCES, { ids: list.map((s) => s.id) })).map((r) => [String(r.get('id')), { props: r.get('props') as Props, about: r.get('about') as string[] }]),
    );
    for (const source of list) {
      const old = existing.get(source.id);
      const props: Props =
        format === 'csv' && old
          ? { ...old.props }
          : { title: source.title, publisher: source.publisher, url: source.url, date: source.date, text: format === 'csv' ? null : source.text };
      if (format === 'json' && props.text === null && typeof old?.props.text === 'string') {
        // A file without the text does not erase a stored one.
        props.text = old.props.text;
      }
      // CSV sources are about the events they are cited for, written with the stances (only the pairs not stored yet).
      if (format === 'csv') source.about = new Set(old?.about ?? []);
      compare(source.id, source.row, props, old?.props, plans.sources, format === 'json' ? [...source.about] : [], old?.about);
    }
  }
  for (const list of chunks(state.relations, ENTITY_BATCH)) {
    const existing = new Map((await db.read(EXISTING_RELATIONS, { ids: list.map((r) => r.id) })).map((r) => [String(r.get('id')), r.toObject() as Props]));
    for (const rel of list) {
      compare(rel.id, rel.row, { quote: rel.quote, sourceId: rel.evidenceSourceId }, existing.get(rel.id), plans.relations);
    }
  }
  return plans;
}

async function writeEntities(db: Db, plans: Plans, parallel: number): Promise<void> {
  const batches = (planned: Planned, create: string, merge: string) =>
    [true, false].flatMap((isNew) =>
      [...chunks(planned.write.filter((r) => r.isNew === isNew), ENTITY_BATCH)].map(
        (rows) => () => db.write(isNew ? create : merge, { rows: rows.map((r) => ({ id: r.id, props: r.props, about: r.about ?? [] })) }),
      ),
    );
  // Actors and events side by side; then sources, which may point to events.
  await inParallel([...batches(plans.actors, CREATE_ACTORS, WRITE_ACTORS), ...batches(plans.events, CREATE_EVENTS, WRITE_EVENTS)], parallel);
  await inParallel(batches(plans.sources, CREATE_SOURCES, WRITE_SOURCES), parallel);
  const toWrite = new Set(plans.relations.write.map((r) => r.id));
  for (const type of RELATION_TYPES) {
    const rows = plans.relations.rows.filter((r) => r.type === type && toWrite.has(r.id));
    for (const list of chunks(rows, ENTITY_BATCH)) await db.write(writeRelationsOfType(type), { rows: list });
  }
}

/**
 * One batch: what the database holds of it (only stances that may be there are asked about), then,
 * unless a dry run, one transaction that creates what is new, updates what changed and records
 * the batch's rows as written. `earlier` settles when the batches dispatched before this one have:
 * a batch that adds quotes to a stance an earlier batch creates waits for it, or it would not find
 * the stance.
 */
async function processStanceBatch(batch: StanceWrite[], firstRow: number, lastRow: number, options: StancePassOptions, earlier: Promise<unknown>): Promise<void> {
  const { state, db, runId, lookupAll } = options;
  // CSV rows of the same stance in one batch become one stance with several quotes.
  const byStance = new Map<string, StanceWrite>();
  const about: [string, string][] = [];
  for (const item of batch) {
    const known = byStance.get(item.id);
    if (known) known.evidence.push(...item.evidence);
    else byStance.set(item.id, { ...item, evidence: [...item.evidence] });
    if (item.newAbout) about.push([item.newAbout, item.eventId]);
  }
  const stances = [...byStance.values()];
  // A stance whose rows are spread over batches is created (or updated) by the first of them; the
  // later ones only add quotes. Marked now, before the next batch is prepared.
  const laterBatch = new Set<string>();
  for (const s of stances) {
    const slot = state.stanceKeys.find(s.id);
    const value = state.stanceKeys.value(slot);
    if (value & SENT) laterBatch.add(s.id);
    else state.stanceKeys.setValue(slot, value | SENT);
  }
  // Only a stance the database held before this import can have quotes of this batch already.
  const stanceIds = stances.filter((s) => lookupAll || (state.stanceKeys.value(state.stanceKeys.find(s.id)) & MAYBE_IN_DB) !== 0).map((s) => s.id);
  if (laterBatch.size) await earlier;
  const work = async (run: (cypher: string, params: Props) => Promise<{ records: { get(key: string): unknown }[] }>) => {
    const old = new Map<string, { stance: string; quotes: Set<string> }>();
    if (stanceIds.length) {
      const existing = await run(BATCH_EXISTING, { stanceIds });
      for (const [id, stance, quotes, sourceIds] of existing.records[0].get('stances') as [string, string, string[], string[]][]) {
        old.set(id, { stance, quotes: new Set(quotes.map((quote, i) => quoteKey(sourceIds[i], quote))) });
      }
    }
    if (runId) {
      const create: unknown[] = [];
      const update: unknown[] = [];
      for (const s of stances) {
        const stored = old.get(s.id);
        const quotes = stored ? s.evidence.filter((e) => !stored.quotes.has(quoteKey(e.sourceId, e.quote))) : s.evidence;
        if (!laterBatch.has(s.id) && !stored) {
          create.push([s.actorId, s.eventId, s.id, s.stance, quotes.map((e) => e.quote), quotes.map((e) => e.sourceId)]);
          continue;
        }
        const changed = !laterBatch.has(s.id) && stored && stored.stance !== s.stance ? s.stance : null;
        if (changed || quotes.length) update.push([s.id, changed, quotes.map((e) => e.quote), quotes.map((e) => e.sourceId)]);
      }
      if (create.length) await run(CREATE_STANCES, { rows: create });
      if (update.length) await run(UPDATE_STANCES, { rows: update });
      if (about.length) await run(CREATE_ABOUT, { pairs: about });
      // Last: it locks the run's record, which the batch beside this one also updates.
      await run(RUN_PROGRESS, { id: runId, range: [neo4jInt(firstRow), neo4jInt(lastRow)], rowsWritten: neo4jInt(batch.length) });
    }
    return old;
  };
  const old = runId
    ? await db.writeTx((tx) => work((cypher, params) => tx.run(cypher, params)))
    : await work(async (cypher, params) => ({ records: await db.read(cypher, params) }));
  for (const s of stances) {
    const stored = old.get(s.id);
    const known = stored ? s.evidence.filter((e) => stored.quotes.has(quoteKey(e.sourceId, e.quote))).length : 0;
    classifyStance(state, s.id, s.stance, laterBatch.has(s.id) ? undefined : (stored?.stance ?? null), s.evidence.length - known, known);
  }
}

/** Runs the tasks, at most `limit` at a time; the first failure fails the whole once the others settle. */
async function inParallel(tasks: (() => Promise<unknown>)[], limit: number): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < tasks.length && !failure) {
      const task = tasks[next++];
      try {
        await task();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failure) throw failure.error;
}

function* chunks<T>(list: T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
