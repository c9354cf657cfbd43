/**
 * The stance pass: the file's stance rows in batches, each compared with the database and, unless a
 * dry run, written in one transaction that also records its rows in the import run; up to
 * `parallel` batches in flight while the next is read.
 */
import { int as neo4jInt } from 'neo4j-driver';
import { DEFAULT_QUOTE_KIND, STANCE_REL, type Stance } from '../domain';
import { createSources, type Tx } from '../model';
import { inWriteTransactionRetryingDeadlocks, readQuery, type Db } from '../neo4j';
import {
  BATCH_EXISTING,
  CREATE_ABOUT,
  CREATE_STANCES,
  CREATE_MISSING_ABOUT,
  RUN_PROGRESS,
  UPDATE_STANCES,
} from './cypher';
import type { RowRanges } from './runs';
import { MAYBE_IN_DB, SENT, classify } from './stance-bits';
import { quoteKey, type ImportState, type Props, type StanceWrite } from './state';

export interface StancePassOptions {
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

/**
 * The stance rows in batches: compared with the database and, unless a dry run, written, up to
 * `parallel` batches at once while the next is read and checked. Returns the row after which the
 * first unwritten row came (0 when nothing was skipped).
 */
export async function stancePass(stream: AsyncGenerator<StanceWrite>, options: StancePassOptions): Promise<number> {
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

/**
 * Marks the file's stances that the database may already hold (with their quotes), so that the
 * rest can be created without asking. A small database is scanned once (ids only); for a database
 * much larger than the file, every batch asks about its own rows instead (returns true).
 */
export async function markExisting(state: ImportState, db: Db): Promise<boolean> {
  const [counts] = (await readQuery(db, `MATCH ()-[r:${STANCE_REL}]->() RETURN count(r) AS stances`)).records;
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

/**
 * One batch: what the database holds of it (only stances that may be there are asked about), then,
 * unless a dry run, one transaction that creates what is new, updates what changed and records
 * the batch's rows as written. `earlier` settles when the batches dispatched before this one have:
 * a batch that adds quotes to a stance an earlier batch creates waits for it, or it would not find
 * the stance.
 */
async function processStanceBatch(
  batch: StanceWrite[],
  firstRow: number,
  lastRow: number,
  options: StancePassOptions,
  earlier: Promise<unknown>,
): Promise<void> {
  const { state, db, runId, lookupAll } = options;
  // CSV rows of the same stance in one batch become one stance with several quotes.
  const byStance = new Map<string, StanceWrite>();
  const about: [string, string][] = [];
  const aboutMaybeStored: [string, string][] = [];
  const newSources = batch.flatMap((item) => (item.newSource ? [item.newSource] : []));
  const createdHere = new Map(newSources.map((s) => [s.id, s]));
  // A source new to the database is created by the batch of its first row: a later batch's ABOUT waits for it.
  let aboutWaits = false;
  for (const item of batch) {
    const known = byStance.get(item.id);
    if (known) {
      known.evidence.push(...item.evidence);
      known.statedOn = earliest(known.statedOn, item.statedOn);
    } else byStance.set(item.id, { ...item, evidence: [...item.evidence] });
    if (item.newAbout) {
      // Created with the source it is from when that is new here: no lookup of a node this transaction made.
      const created = createdHere.get(item.newAbout);
      if (created) created.about.push(item.eventId);
      else (item.aboutMaybeStored ? aboutMaybeStored : about).push([item.newAbout, item.eventId]);
      if (item.sourceIsNew && !created) aboutWaits = true;
    }
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
  const stanceIds = stances
    .filter((s) => lookupAll || (state.stanceKeys.value(state.stanceKeys.find(s.id)) & MAYBE_IN_DB) !== 0)
    .map((s) => s.id);
  if (laterBatch.size || aboutWaits) await earlier;
  const work = async (
    run: (cypher: string, params: Props) => Promise<{ records: { get(key: string): unknown }[] }>,
    tx?: Tx,
  ) => {
    const old = new Map<string, StoredStance>();
    if (stanceIds.length) {
      const existing = await run(BATCH_EXISTING, { stanceIds });
      for (const [id, stance, quotes, sourceIds, statedOn] of existing.records[0].get('stances') as [
        string,
        string,
        string[],
        string[],
        string | null,
      ][]) {
        old.set(id, { stance, statedOn, quotes: new Set(quotes.map((quote, i) => quoteKey(sourceIds[i], quote))) });
      }
    }
    if (runId) {
      const create = new NewStances();
      const update: unknown[] = [];
      for (const s of stances) {
        const stored = old.get(s.id);
        const quotes = stored
          ? s.evidence.filter((e) => !stored.quotes.has(quoteKey(e.sourceId, e.quote)))
          : s.evidence;
        if (!laterBatch.has(s.id) && !stored) {
          create.add(
            s,
            quotes.map((e) => e.quote),
            quotes.map((e) => e.sourceId),
            quotes.map((e) => e.kind ?? DEFAULT_QUOTE_KIND),
          );
          continue;
        }
        const later = laterBatch.has(s.id);
        const changed = !later && stored && stored.stance !== s.stance ? s.stance : null;
        if (changed || quotes.length || redates(s.statedOn, stored, later))
          update.push([
            s.id,
            changed,
            quotes.map((e) => e.quote),
            quotes.map((e) => e.sourceId),
            quotes.map((e) => e.kind ?? DEFAULT_QUOTE_KIND),
            s.statedOn,
            later,
          ]);
      }
      if (newSources.length) await createSources(tx!, newSources);
      if (create.size) await run(CREATE_STANCES, { events: create.groups() });
      if (update.length) await run(UPDATE_STANCES, { rows: update });
      if (about.length) await run(CREATE_ABOUT, { pairs: about });
      if (aboutMaybeStored.length) await run(CREATE_MISSING_ABOUT, { pairs: aboutMaybeStored });
      // Last: it locks the run's record, which the batch beside this one also updates.
      await run(RUN_PROGRESS, {
        id: runId,
        range: [neo4jInt(firstRow), neo4jInt(lastRow)],
        rowsWritten: neo4jInt(batch.length),
      });
    }
    return old;
  };
  const old = runId
    ? await inWriteTransactionRetryingDeadlocks(db, (tx) => work((cypher, params) => tx.run(cypher, params), tx))
    : await work(async (cypher, params) => ({ records: (await readQuery(db, cypher, params)).records }));
  for (const s of stances) {
    const stored = old.get(s.id);
    if (stored && !laterBatch.has(s.id) && stored.stance !== s.stance)
      state.change({ entity: 'stance', id: s.id, field: 'stance', from: stored.stance, to: s.stance });
    const redated = stored && !laterBatch.has(s.id) && s.statedOn !== null && stored.statedOn !== s.statedOn;
    if (redated) state.change({ entity: 'stance', id: s.id, field: 'statedOn', from: stored.statedOn, to: s.statedOn });
    const known = stored ? s.evidence.filter((e) => stored.quotes.has(quoteKey(e.sourceId, e.quote))).length : 0;
    classifyStance(
      state,
      s.id,
      s.stance,
      laterBatch.has(s.id) ? undefined : (stored?.stance ?? null),
      s.evidence.length - known,
      known,
      Boolean(redated),
    );
  }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A batch's new stances as CREATE_STANCES takes them: by event, and a row whose sources and kinds
 * are those of its event's first row sends none (a file's rows of one event mostly cite one source),
 * so that less is packed, sent and unpacked per row.
 */
class NewStances {
  private readonly byEvent = new Map<string, { sourceIds: string[]; kinds: string[]; rows: unknown[][] }>();
  size = 0;

  add(s: StanceWrite, quotes: string[], sourceIds: string[], kinds: string[]): void {
    let group = this.byEvent.get(s.eventId);
    if (!group) {
      group = { sourceIds, kinds, rows: [] };
      this.byEvent.set(s.eventId, group);
    }
    const shared = sameList(sourceIds, group.sourceIds) && sameList(kinds, group.kinds);
    group.rows.push([s.actorId, s.stance, quotes, shared ? null : sourceIds, shared ? null : kinds, s.statedOn]);
    this.size += 1;
  }

  /** [eventId, its first row's sourceIds, its first row's kinds, rows]. */
  groups(): unknown[][] {
    return [...this.byEvent].map(([eventId, g]) => [eventId, g.sourceIds, g.kinds, g.rows]);
  }
}

/** What a batch reads of a stance the database holds. */
interface StoredStance {
  stance: string;
  statedOn: string | null;
  quotes: Set<string>;
}

/**
 * Whether a row's date must be written: one that differs from the stored date (or, from a later batch
 * of the stance, is earlier than it). A stance this import created in an earlier batch was not read
 * here: its date goes to UPDATE_STANCES, which keeps the earlier. Writing an unchanged date would bump
 * the stance's version and tell an editor holding it that it changed.
 */
function redates(statedOn: string | null, stored: StoredStance | undefined, later: boolean): boolean {
  if (statedOn === null) return false;
  if (!stored || stored.statedOn === null) return true;
  return later ? statedOn < stored.statedOn : statedOn !== stored.statedOn;
}

/** Of two dates given for one stance (null: none given), the earlier: when it was first stated. */
function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b < a ? b : a;
}

/** Applies what the database said about a stance (stance-bits.ts classify) and counts its quotes. */
function classifyStance(
  state: ImportState,
  id: string,
  stance: Stance,
  old: string | null | undefined,
  newEvidence: number,
  oldEvidence: number,
  redated: boolean,
): void {
  const slot = state.stanceKeys.find(id);
  if (slot < 0) return;
  state.stanceKeys.setValue(slot, classify(state.stanceKeys.value(slot), stance, old, newEvidence > 0 || redated));
  state.evidenceCounts.new += newEvidence;
  state.evidenceCounts.unchanged += oldEvidence;
}
