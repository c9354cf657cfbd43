/**
 * The graph model and its schema. Every write MERGEs (or, where it knows the node is new, CREATEs)
 * on a stable id (ids.ts), so loading the same data again changes nothing.
 *
 *   (:Actor {id, name, kind, description, aliases, searchText, version})
 *   (:Event {id, title, date, kind, description, version})
 *   (:Source {id, title, publisher, url, date, text, textHash?, version})-[:ABOUT]->(:Event)
 *   (:Actor)-[:TOOK_STANCE {id, stance, statedOn, quotes, sourceIds, quoteKinds, version}]->(:Event)
 *   (:Actor)-[:LEADS|PART_OF|SPEAKS_FOR|ECHOES|RECOGNIZES|HAS_PRESENCE_IN {id, quote?, sourceId?, quoteKind?, version}]->(:Actor)
 *
 * `version` counts an entity's edits (lib/edit): missing (written before editing was) reads as 1.
 *   (:ImportRun {id, fileHash, status, done, ...})   the record of an import, so a cut-short one can be completed
 *   (:ImportLock {id: 'import', owner, fileName, runId})   while an import writes; one at a time
 *   (:User {username, role, passwordHash, sessionKey})   who may sign in and write (lib/auth)
 *   (:SignInThrottle {username, attempts, lastAt})   recent failed sign-ins of a username (lib/auth/throttle.ts)
 *   (:Change {id, seq, at, user, action, summary, reason, entityIds, refIds, entities, revertOf})   the history (lib/edit/history.ts)
 *   (:ChangeCounter {id: 'changes', seq})   numbers the changes in order
 *   (:StanceDay {date, support, condemnation, caution})   the stances counted per date stated (stance-days.ts)
 *   (:StanceTakers {event, support, condemnation, caution, count})   who took each stance on an event (stance-takers.ts)
 *
 * A stance's evidence lives on the stance, as a relation's does: `quotes[i]` is quoted from the
 * Source whose id is `sourceIds[i]`, and `quoteKinds[i]` says whether it is the actor's own words
 * (`direct`) or the source's account of them (`reported`; also what a missing kind reads as, so
 * stances stored before kinds were need no migration). `statedOn` is when the stance was stated, a
 * partial ISO date like an event's (lib/dates.ts): the writer's, else its first quote's source's date,
 * else its event's (stated-on.ts). One relationship per stance, not a node and two relationships
 * more, is what lets an import write a million stances quickly.
 */
import { RELATION_TYPES } from '../domain';
import { readQuery, writeQuery, type Db } from '../neo4j';
import { migrateEvidenceNodes } from './migrate';
import { STANCE_DAY_SCHEMA, rebuildStanceDays, stanceDaysAddUp } from './stance-days';
import { STANCE_TAKERS_SCHEMA, rebuildStanceTakers, stanceTakersAddUp } from './stance-takers';
import { dateUndatedStances } from './stated-on';

const ACTOR_SEARCH_INDEX = 'actor_search';
const ACTOR_SEARCH_PROPERTIES = ['searchText', 'description'];
const SEARCH_INDEX_PROPERTIES = 'SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = $name RETURN properties';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)',
  'CREATE INDEX stance_id IF NOT EXISTS FOR ()-[r:TOOK_STANCE]-() ON (r.id)',
  // Date ranges: the timeline and the questions over time seek stances and events by date.
  'CREATE INDEX stance_stated_on IF NOT EXISTS FOR ()-[r:TOOK_STANCE]-() ON (r.statedOn)',
  'CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)',
  STANCE_DAY_SCHEMA,
  STANCE_TAKERS_SCHEMA,
  // Context actors are found by the source a relation cites (lib/graph/queries.ts GRAPH_CONTEXT_ACTORS).
  ...RELATION_TYPES.map(
    (type) => `CREATE INDEX relation_source_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.sourceId)`,
  ),
  // Names and aliases in one field ("koof*" and "kofi~" both reach "Fawzia Koofi"), and the description,
  // which says an actor's role ("foreign minister"). lib/graph/search.ts ranks name matches first.
  `CREATE FULLTEXT INDEX ${ACTOR_SEARCH_INDEX} IF NOT EXISTS FOR (a:Actor) ON EACH [${ACTOR_SEARCH_PROPERTIES.map((p) => `a.${p}`).join(', ')}]`,
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
 * Added by the first edit (lib/edit/transaction.ts) or import: the history of changes, numbered
 * by one counter node, and the fingerprints that find an article pasted again.
 */
export const HISTORY_SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq)',
  'CREATE INDEX change_user IF NOT EXISTS FOR (c:Change) ON (c.user)',
  'CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (k:ChangeCounter) REQUIRE k.id IS UNIQUE',
  // An article pasted again is found by its text's fingerprint (lib/edit/sources.ts).
  'CREATE INDEX source_text_hash IF NOT EXISTS FOR (s:Source) ON (s.textHash)',
];

/**
 * A database made before descriptions were searched has actor_search over names and aliases only, and
 * CREATE ... IF NOT EXISTS would leave it so: it is dropped, for applySchema to make again over every
 * property (Neo4j fills a new index from the nodes already there).
 */
async function dropOutdatedSearchIndex(db: Db): Promise<void> {
  const { records } = await readQuery(db, SEARCH_INDEX_PROPERTIES, { name: ACTOR_SEARCH_INDEX });
  const properties = records[0]?.get('properties') as string[] | undefined;
  if (!properties) return;
  const same =
    properties.length === ACTOR_SEARCH_PROPERTIES.length &&
    ACTOR_SEARCH_PROPERTIES.every((p) => properties.includes(p));
  if (!same) await writeQuery(db, `DROP INDEX ${ACTOR_SEARCH_INDEX} IF EXISTS`);
}

/**
 * Constraints and indexes (and any more a writer needs), and the move of an older database onto
 * the current model; idempotent, so every writer runs it before it writes. Schema changes need
 * their own transactions.
 */
export async function applySchema(db: Db, more: readonly string[] = []): Promise<void> {
  await dropOutdatedSearchIndex(db);
  for (const statement of [...SCHEMA_STATEMENTS, ...more]) {
    await writeQuery(db, statement).catch((error: unknown) => {
      // Writers started at once race to create the same rule; IF NOT EXISTS does not cover the one that loses.
      if ((error as { code?: string }).code !== 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') throw error;
    });
  }
  await migrateEvidenceNodes(db);
  await writeQuery(db, 'CALL db.awaitIndexes(120)');
  const dated = await dateUndatedStances(db);
  if (dated || !(await stanceDaysAddUp(db))) await rebuildStanceDays(db);
  if (!(await stanceTakersAddUp(db))) await rebuildStanceTakers(db);
}
