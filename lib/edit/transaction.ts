/**
 * How every editor's write runs: one write transaction that takes the history's next number (and
 * with it the edits' queue), refuses while an import writes, does the work and records the change.
 * All of it commits or none of it does.
 */
import { inWriteTransaction, type Db } from '../neo4j';
import { HISTORY_SCHEMA_STATEMENTS, applySchema, type Tx } from '../model';
import type { ChangeRecord, SessionUser } from '../types';
import { bumpGraphVersion } from '../graph/version';
import { ConflictError } from './errors';
import { nextChangeSeq, recordChange, type NewChange } from './history';

/** As lib/import/runs.ts: an import that has not written for this long is not waited for. */
const IMPORT_STALE_SECONDS = 60;

/**
 * The importer writes its batches on the assumption that no one else creates its stances meanwhile
 * (lib/import/cypher.ts), so editors wait for it rather than race it.
 */
async function refuseDuringImport(tx: Tx): Promise<void> {
  const { records } = await tx.run(
    `MATCH (l:ImportLock {id: 'import'})
     OPTIONAL MATCH (r:ImportRun {id: l.runId})
     WITH l, CASE WHEN r.updatedAt > l.since THEN r.updatedAt ELSE l.since END AS heartbeat
     WHERE heartbeat >= datetime() - duration({seconds: $stale})
     RETURN l.fileName AS fileName`,
    { stale: IMPORT_STALE_SECONDS },
  );
  if (records.length > 0)
    throw new ConflictError(
      `An import (${String(records[0].get('fileName') ?? 'a file')}) is writing the graph; save again when it has finished.`,
    );
}

let schemaReady: Promise<void> | null = null;

/** The history's constraints, made once per process before the first edit. */
function ensureHistorySchema(db: Db): Promise<void> {
  schemaReady ??= applySchema(db, HISTORY_SCHEMA_STATEMENTS).catch((error: unknown) => {
    schemaReady = null;
    throw error;
  });
  return schemaReady;
}

export interface EditResult<T> {
  result: T;
  change: ChangeRecord | null;
}

/**
 * Runs `work` in one transaction and records what it returns as `change` (none when it returns
 * null: nothing changed, e.g. the same source posted again).
 */
export async function edit<T>(
  db: Db,
  user: SessionUser,
  work: (tx: Tx) => Promise<{ result: T; change: Omit<NewChange, 'user'> | null }>,
): Promise<EditResult<T>> {
  await ensureHistorySchema(db);
  return inWriteTransaction(db, async (tx) => {
    const seq = await nextChangeSeq(tx);
    await refuseDuringImport(tx);
    const { result, change } = await work(tx);
    if (change) await bumpGraphVersion(tx);
    return { result, change: change ? await recordChange(tx, seq, { ...change, user: user.username }) : null };
  });
}
