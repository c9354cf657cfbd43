/**
 * The graph's schema for the console's side list and the editor's completion: labels, relationship
 * types and property keys, each with how many nodes or relationships carry it. Label and type counts
 * come from Neo4j's count store (instant at any size); property keys need one scan of the nodes and one
 * of the relationships, bounded by the console's timeout, past which they are listed uncounted.
 * Answers are kept for SCHEMA_CACHE_MS per database: the names change only with an import.
 */
import neo4j from 'neo4j-driver';
import type { Db } from '../neo4j';
import type { GraphSchema, SchemaEntry } from '../types';
import { PRIVATE_LABELS } from './private-data';

export const SCHEMA_CACHE_MS = 60_000;

const NAMES = `
CALL db.labels() YIELD label RETURN 'label' AS kind, label AS name
UNION ALL
CALL db.relationshipTypes() YIELD relationshipType RETURN 'type' AS kind, relationshipType AS name
UNION ALL
CALL db.propertyKeys() YIELD propertyKey RETURN 'key' AS kind, propertyKey AS name`;

const PROPERTY_COUNTS = `
CALL {
  MATCH (n) UNWIND keys(n) AS key RETURN key, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() UNWIND keys(r) AS key RETURN key, count(*) AS count
}
RETURN key, sum(count) AS count`;

/** A name read from the database, as a Cypher identifier: the only text spliced into these queries. */
function quoteName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/**
 * One count-store read per label and per type in one statement (a MATCH on one label or one type
 * with nothing else is answered from the counts, without touching a node).
 */
function countStoreQuery(labels: string[], types: string[]): string {
  return [
    ...labels.map((l, i) => `MATCH (n:${quoteName(l)}) RETURN 'label' AS kind, ${i} AS i, count(n) AS count`),
    ...types.map((t, i) => `MATCH ()-[r:${quoteName(t)}]->() RETURN 'type' AS kind, ${i} AS i, count(r) AS count`),
  ].join('\nUNION ALL\n');
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
]);

function isTimeout(error: unknown): boolean {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && TIMEOUT_CODES.has(code);
}

const byName = (a: SchemaEntry, b: SchemaEntry) => a.name.localeCompare(b.name) || (a.name < b.name ? -1 : 1);

export async function readGraphSchema(db: Db, timeoutMs: number): Promise<GraphSchema> {
  const read = (cypher: string) =>
    db.driver.executeQuery(
      cypher,
      {},
      { routing: neo4j.routing.READ, database: db.database, transactionConfig: { timeout: timeoutMs } },
    );
  const names = await read(NAMES);
  const lists: Record<string, string[]> = { label: [], type: [], key: [] };
  for (const record of names.records) lists[record.get('kind') as string]?.push(record.get('name') as string);
  // The console refuses to read them (private-data.ts): it does not offer them either.
  const labels = [...new Set(lists.label)].filter((label) => !(PRIVATE_LABELS as readonly string[]).includes(label));
  const types = [...new Set(lists.type)];

  const labelCounts = new Map<string, number>();
  const typeCounts = new Map<string, number>();
  if (labels.length + types.length > 0) {
    const counts = await read(countStoreQuery(labels, types));
    for (const record of counts.records) {
      const i = Number(record.get('i'));
      const count = Number(record.get('count'));
      if (record.get('kind') === 'label') labelCounts.set(labels[i], count);
      else typeCounts.set(types[i], count);
    }
  }

  let keyCounts: Map<string, number> | null = new Map();
  try {
    for (const record of (await read(PROPERTY_COUNTS)).records)
      keyCounts.set(record.get('key') as string, Number(record.get('count')));
  } catch (error) {
    if (!isTimeout(error)) throw error;
    keyCounts = null;
  }

  return {
    labels: labels.map((name) => ({ name, count: labelCounts.get(name) ?? 0 })).sort(byName),
    relationshipTypes: types.map((name) => ({ name, count: typeCounts.get(name) ?? 0 })).sort(byName),
    propertyKeys: [...new Set(lists.key)]
      .map((name) => ({ name, count: keyCounts ? (keyCounts.get(name) ?? 0) : null }))
      .sort(byName),
    readAt: new Date().toISOString(),
  };
}

interface Cached {
  at: number;
  schema: Promise<GraphSchema>;
}

/** Per database; a read in progress is shared by the requests that arrive meanwhile. */
const cache = new Map<string, Cached>();

/** The schema, read again when the kept one is older than SCHEMA_CACHE_MS; a failed read is not kept. */
export function getGraphSchema(db: Db, timeoutMs: number, now = Date.now()): Promise<GraphSchema> {
  const key = db.database ?? '';
  const cached = cache.get(key);
  if (cached && now - cached.at < SCHEMA_CACHE_MS) return cached.schema;
  const schema = readGraphSchema(db, timeoutMs);
  const entry = { at: now, schema };
  cache.set(key, entry);
  schema.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return schema;
}
