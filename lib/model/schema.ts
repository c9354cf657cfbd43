/**
 * The graph model and its schema. Every write MERGEs (or, where it knows the node is new, CREATEs)
 * on a stable id (ids.ts), so loading the same data again changes nothing.
 *
 *   (:Actor {id, name, kind, description, aliases, searchText})
 *   (:Event {id, title, date, kind, description})
 *   (:Source {id, title, publisher, url, date, text})-[:ABOUT]->(:Event)
 *   (:Actor)-[:TOOK_STANCE {id, stance, quotes, sourceIds}]->(:Event)
 *   (:Actor)-[:LEADS|PART_OF|SPEAKS_FOR|ECHOES|RECOGNIZES|HAS_PRESENCE_IN {id, quote?, sourceId?}]->(:Actor)
 *   (:ImportRun {id, fileHash, status, done, ...})   the record of an import, so a cut-short one can be completed
 *   (:ImportLock {id: 'import', owner, fileName, runId})   while an import writes; one at a time
 *   (:User {username, role, passwordHash, sessionKey})   who may sign in and write (lib/auth)
 *   (:SignInThrottle {username, attempts, lastAt})   recent failed sign-ins of a username (lib/auth/throttle.ts)
 *
 * A stance's evidence lives on the stance, as a relation's does: `quotes[i]` is quoted from the
 * Source whose id is `sourceIds[i]`. One relationship per stance, not a node and two relationships
 * more, is what lets an import write a million stances quickly.
 */
import { RELATION_TYPES } from '../domain';
import { writeQuery, type Db } from '../neo4j';
import { migrateEvidenceNodes } from './migrate';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)',
  'CREATE INDEX stance_id IF NOT EXISTS FOR ()-[r:TOOK_STANCE]-() ON (r.id)',
  // Context actors are found by the source a relation cites (lib/graph/queries.ts GRAPH_CONTEXT_ACTORS).
  ...RELATION_TYPES.map(
    (type) => `CREATE INDEX relation_source_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.sourceId)`,
  ),
  // Names and aliases in one field: "koof*" and "kofi~" both reach "Fawzia Koofi".
  'CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.searchText]',
];

/**
 * Added by the importer (applySchema(db, IMPORT_SCHEMA_STATEMENTS)), not by the seed: a database
 * nothing was imported into has no ImportRun label, which the query console would list.
 */
export const IMPORT_SCHEMA_STATEMENTS = [
  // A source named without an id is found by its address, else its title (ids.ts sourceKey).
  'CREATE INDEX source_url IF NOT EXISTS FOR (s:Source) ON (s.url)',
  'CREATE INDEX source_title IF NOT EXISTS FOR (s:Source) ON (s.title)',
  'CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE',
  // One import writes at a time: concurrent MERGEs of the one lock node create it once (lib/import/runs.ts).
  'CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.id IS UNIQUE',
];

/**
 * Added by the user commands (lib/auth/users.ts), not by the seed, for the same reason: a database
 * without accounts has no User label to list.
 */
export const USER_SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE',
  // Several app instances count one username's failures on the one node (MERGE under the constraint).
  'CREATE CONSTRAINT sign_in_throttle_username IF NOT EXISTS FOR (t:SignInThrottle) REQUIRE t.username IS UNIQUE',
  'CREATE INDEX sign_in_throttle_last IF NOT EXISTS FOR (t:SignInThrottle) ON (t.lastAt)',
];

/**
 * Constraints and indexes (and any more a writer needs), and the move of an older database onto
 * the current model; idempotent, so every writer runs it before it writes. Schema changes need
 * their own transactions.
 */
export async function applySchema(db: Db, more: readonly string[] = []): Promise<void> {
  for (const statement of [...SCHEMA_STATEMENTS, ...more]) {
    await writeQuery(db, statement).catch((error: unknown) => {
      // Writers started at once race to create the same rule; IF NOT EXISTS does not cover the one that loses.
      if ((error as { code?: string }).code !== 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') throw error;
    });
  }
  await migrateEvidenceNodes(db);
  await writeQuery(db, 'CALL db.awaitIndexes(120)');
}
