/**
 * Remove after 2027-06-01, with its call in applySchema (schema.ts). A database written before
 * November 2026 is moved the first time a seed, an import or `npm run dev` opens it; six months is
 * time enough for every copy in use to have been opened once, and an older copy found later can be
 * moved with this file from the history.
 *
 * Moves a database written by the earlier model onto the current one (schema.ts): each
 * quote of a stance was an Evidence node, `(:Actor)-[:SAID]->(:Evidence {stanceId, quote})-[:CITES]->(:Source)`;
 * now the stance holds its quotes and their sources' ids itself.
 *
 * Safe to run at any time and to cut short: stances are given their quotes first, in committed
 * batches, and only then are the Evidence nodes removed, so a run that stops half way leaves every
 * quote where one of the two models finds it, and the next run finishes the work. Run by applySchema,
 * that is by the seed and by every import before they write.
 */
import { STANCE_REL } from '../domain';
import { readQuery, writeQuery, type Db } from '../neo4j';

const HAS_EVIDENCE_NODES = 'MATCH (v:Evidence) RETURN count(v) AS n';

/** Stances not moved yet get their quotes, in the order the API used to list them (by evidence id). */
const MOVE_QUOTES = `
MATCH ()-[r:${STANCE_REL}]->()
WHERE r.quotes IS NULL
CALL (r) {
  OPTIONAL MATCH (v:Evidence {stanceId: r.id})-[:CITES]->(s:Source)
  WITH v, s ORDER BY v.id
  WITH collect(v.quote) AS quotes, collect(s.id) AS sourceIds
  // Evidence nodes had no kind: the moved quotes have none either, and are read as reported.
  SET r.quotes = quotes, r.sourceIds = sourceIds, r.quoteKinds = null
} IN TRANSACTIONS OF 5000 ROWS`;

const DELETE_EVIDENCE_NODES = 'MATCH (v:Evidence) CALL (v) { DETACH DELETE v } IN TRANSACTIONS OF 5000 ROWS';

/**
 * The Evidence schema, and an index on the stance value that no query used (each reads stances
 * from an event or an actor and filters them) but every imported stance paid for.
 */
const DROP_OLD_SCHEMA = [
  'DROP CONSTRAINT evidence_id IF EXISTS',
  'DROP INDEX evidence_stance IF EXISTS',
  'DROP INDEX stance_value IF EXISTS',
];

export interface MigrationReport {
  /** Evidence nodes found (and removed, their quotes now on their stances). */
  evidenceNodes: number;
}

export async function migrateEvidenceNodes(db: Db): Promise<MigrationReport> {
  const { driver, database } = db;
  const { records } = await readQuery(db, HAS_EVIDENCE_NODES);
  const evidenceNodes = Number(records[0].get('n'));
  if (evidenceNodes > 0) {
    // CALL { ... } IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    try {
      await session.run(MOVE_QUOTES);
      await session.run(DELETE_EVIDENCE_NODES);
    } finally {
      await session.close();
    }
  }
  for (const statement of DROP_OLD_SCHEMA) await writeQuery(db, statement);
  return { evidenceNodes };
}
