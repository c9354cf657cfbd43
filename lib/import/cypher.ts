/**
 * The importer's own Cypher: what it asks the database before it writes, its bulk stance writes and
 * its run records. Actors, events, sources and relations are written by lib/model's fragments.
 * Relationship types are never parameters: only RELATION_TYPES are spliced in.
 */
import { DEFAULT_QUOTE_KIND, RELATION_TYPES, STANCE_REL } from '../domain';
import { stanceIdOf } from '../model/ids';
import { statedOnDefault } from '../model/stated-on';

export const EXISTING_ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a {.name, .kind, .description, .aliases} AS props`;

export const EXISTING_EVENTS = `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id, e {.title, .date, .kind, .description} AS props`;

export const EXISTING_SOURCES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s {.title, .publisher, .url, .date, .text} AS props,
       COLLECT { MATCH (s)-[:ABOUT]->(e:Event) RETURN e.id } AS about`;

/** What CSV cells are matched with (names.ts): every actor's id, name and aliases, every event's id and title. */
export const STORED_NAMES = `
MATCH (a:Actor) RETURN 'actor' AS entity, a.id AS id, [a.name] + coalesce(a.aliases, []) AS names
UNION ALL
MATCH (e:Event) RETURN 'event' AS entity, e.id AS id, [e.title] AS names`;

/** CSV sources carry no id: one is found by its address, or by title and date when it has none. */
export const FIND_SOURCES_BY_URL = `
UNWIND $keys AS k
MATCH (s:Source {url: k.url})
WITH k, s ORDER BY s.id
WITH k, collect(s)[0] AS s
RETURN k.key AS key, s.id AS id, s {.title, .publisher, .url, .date, .text} AS props`;

export const FIND_SOURCES_BY_TITLE = `
UNWIND $keys AS k
MATCH (s:Source {title: k.title})
WHERE s.url IS NULL AND coalesce(s.date, '') = coalesce(k.date, '')
WITH k, s ORDER BY s.id
WITH k, collect(s)[0] AS s
RETURN k.key AS key, s.id AS id, s {.title, .publisher, .url, .date, .text} AS props`;

export const EXISTING_RELATIONS = `
UNWIND $ids AS id
MATCH (:Actor)-[r:${RELATION_TYPES.join('|')} {id: id}]->(:Actor)
RETURN r.id AS id, r.quote AS quote, r.sourceId AS sourceId, r.quoteKind AS quoteKind`;

export const EXISTING_IDS = {
  Actor: 'UNWIND $ids AS id MATCH (n:Actor {id: id}) RETURN n.id AS id',
  Event: 'UNWIND $ids AS id MATCH (n:Event {id: id}) RETURN n.id AS id',
  Source: 'UNWIND $ids AS id MATCH (n:Source {id: id}) RETURN n.id AS id, n.text AS text',
} as const;

/**
 * One batch of stances is written in one transaction by the statements below: first what of the
 * batch the database already holds, then CREATE for what is new and SET for what changed. Inside
 * the transaction nothing else writes these ids (one import at a time, see CLAIM_LOCK; a stance is
 * created by one batch only, and a later batch that adds quotes to it waits for that one to
 * commit), so this gives MERGE's result without MERGE's per-row locking and relationship scans,
 * and batches can be written side by side. Rows are lists, not maps: less for Bolt to carry and
 * for the server to unpack.
 *
 * Row: [stanceId, stance, quotes, sourceIds, statedOn]. A quote's kind is never changed here: a row that gives a
 * stored quote another kind was refused before anything was written (kinds.ts).
 */
export const BATCH_EXISTING = `
UNWIND $stanceIds AS id
MATCH ()-[r:${STANCE_REL} {id: id}]->()
RETURN collect([id, r.stance, coalesce(r.quotes, []), coalesce(r.sourceIds, []), r.statedOn]) AS stances`;

/**
 * New stances with their quotes, as mergeStances of lib/model writes them, grouped by event: each
 * event is found once, not once per row, and no row carries its event's id or the stance's id (both
 * are made here, as stanceId makes them); a row's sources and kinds, when null, are its group's.
 * Group: [eventId, sourceIds, quoteKinds, rows]. Row: [actorId, stance, quotes, sourceIds or null,
 * quoteKinds or null, statedOn or null].
 */
export const CREATE_STANCES = `
UNWIND $events AS ev
MATCH (e:Event {id: ev[0]})
UNWIND ev[3] AS row
MATCH (a:Actor {id: row[0]})
CREATE (a)-[r:${STANCE_REL} {id: ${stanceIdOf('row[0]', 'ev[0]')}, stance: row[1], quotes: row[2],
  sourceIds: coalesce(row[3], ev[1]), quoteKinds: coalesce(row[4], ev[2])}]->(e)
SET r.statedOn = coalesce(row[5], ${statedOnDefault('r', 'e')})`;

/**
 * Stances that exist: a changed value (null: unchanged) and quotes added after theirs, and a new
 * version, so that an editor holding the one before is told (lib/edit). Reading
 * r.quotes on the right of SET makes Cypher lock the stance first, so no added quote is lost. The
 * stored quotes' kinds are kept (those stored without one written as reported) so that the added
 * kinds land beside their quotes.
 * A date (row[5]) replaces the stored one; from a later batch of the same stance (row[6]) only an
 * earlier one does (the rows of one stance take their earliest date). No date: a stance stored
 * before stances had dates gets its default one.
 * Row: [stanceId, stance or null, quotes, sourceIds, quoteKinds, statedOn or null, earliest only].
 */
export const UPDATE_STANCES = `
UNWIND $rows AS row
MATCH ()-[r:${STANCE_REL} {id: row[0]}]->(e)
SET r.statedOn = CASE
      WHEN row[5] IS NULL THEN coalesce(r.statedOn, ${statedOnDefault('r', 'e')})
      WHEN row[6] AND r.statedOn <= row[5] THEN r.statedOn
      ELSE row[5] END,
    r.quoteKinds = [i IN range(0, size(coalesce(r.quotes, [])) - 1) | coalesce(r.quoteKinds[i], '${DEFAULT_QUOTE_KIND}')] + row[4],
    r.stance = coalesce(row[1], r.stance),
    r.quotes = coalesce(r.quotes, []) + row[2],
    r.sourceIds = coalesce(r.sourceIds, []) + row[3],
    r.version = coalesce(r.version, 1) + 1`;

/** A CSV source is about the events its quotes are cited for. Pair: [sourceId, eventId], not yet stored. */
export const CREATE_ABOUT = `
UNWIND $pairs AS p
MATCH (s:Source {id: p[0]})
MATCH (e:Event {id: p[1]})
CREATE (s)-[:ABOUT]->(e)`;

/**
 * The same, for stored sources kept as numbers, which the database may hold the pair of already. Not
 * MERGE: its locks on both ends deadlock two batches side by side on the same events; and no two
 * batches send one pair (csvStanceWrites sends each once).
 */
export const CREATE_MISSING_ABOUT = `
UNWIND $pairs AS p
MATCH (s:Source {id: p[0]})
MATCH (e:Event {id: p[1]})
WHERE NOT EXISTS { (s)-[:ABOUT]->(e) }
CREATE (s)-[:ABOUT]->(e)`;

export const START_RUN = `
MERGE (r:ImportRun {id: $id})
ON CREATE SET r.startedAt = datetime(), r.rowsDone = 0, r.lastRow = 0
SET r.fileName = $fileName, r.fileHash = $fileHash, r.format = $format, r.rows = $rows,
    r.status = 'running', r.owner = $owner, r.updatedAt = datetime(), r.attempts = coalesce(r.attempts, 0) + 1`;

/**
 * Batches may commit out of order, so a run records the row ranges it has written (a flat list:
 * first, last, first, last, ...); a re-run skips exactly those. Runs recorded before kept only
 * lastRow, every row up to which was written.
 */
export const RUN_PROGRESS = `
MATCH (r:ImportRun {id: $id})
SET r.done = coalesce(r.done, []) + $range, r.rowsDone = r.rowsDone + $rowsWritten, r.updatedAt = datetime()`;

/** A run alive between its writes (writing a million actors, say): not taken for interrupted. */
export const RUN_HEARTBEAT = `
MATCH (r:ImportRun {id: $id, status: 'running'})
SET r.updatedAt = datetime()`;

export const FINISH_RUN = `
MATCH (r:ImportRun {id: $id})
SET r.status = $status, r.updatedAt = datetime(), r.finishedAt = datetime(), r.report = $report`;

/** The newest unfinished run of the same file: re-running it completes it. */
export const FIND_UNFINISHED_RUN = `
MATCH (r:ImportRun {fileHash: $fileHash})
WHERE r.status <> 'complete'
RETURN r.id AS id, r.lastRow AS lastRow, r.done AS done
ORDER BY r.startedAt DESC
LIMIT 1`;

/**
 * The import lock, one node under a uniqueness constraint: of importers MERGEing it at once, one
 * creates it and the others find it. SET takes the node's write lock, so that the holder read next
 * (LOCK_HOLDER, same transaction) is the one committed last and a takeover cannot race another.
 */
export const CLAIM_LOCK = `
MERGE (l:ImportLock {id: 'import'})
ON CREATE SET l.owner = $owner, l.fileName = $fileName, l.since = datetime()
SET l.claim = $owner
REMOVE l.claim`;

/** The lock's holder, stale when neither it nor its run has written for $staleSeconds (a run writes per batch). */
export const LOCK_HOLDER = `
MATCH (l:ImportLock {id: 'import'})
OPTIONAL MATCH (r:ImportRun {id: l.runId})
WITH l, CASE WHEN r.updatedAt > l.since THEN r.updatedAt ELSE l.since END AS heartbeat
RETURN l.owner AS owner, l.fileName AS fileName, heartbeat < datetime() - duration({seconds: $staleSeconds}) AS stale`;

export const TAKE_LOCK = `
MATCH (l:ImportLock {id: 'import'})
SET l.owner = $owner, l.fileName = $fileName, l.runId = $runId, l.since = datetime()`;

/** Only its holder removes the lock: one taken over from it is the new holder's. */
export const RELEASE_LOCK = `
MATCH (l:ImportLock {id: 'import', owner: $owner})
DELETE l`;

export const LIST_RUNS = `
MATCH (r:ImportRun)
RETURN r {.id, .fileName, .fileHash, .format, .status, .rows, .rowsDone, .attempts, .owner,
          startedAt: toString(r.startedAt), updatedAt: toString(r.updatedAt), finishedAt: toString(r.finishedAt),
          stale: r.status = 'running' AND r.updatedAt < datetime() - duration({seconds: $staleSeconds})} AS run
ORDER BY r.startedAt DESC
LIMIT $limit`;
