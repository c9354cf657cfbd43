/**
 * The read-only Cypher console. Layers, each enough on its own for most abuse:
 *  1. assertConsoleSafe: a lexical refusal of writes, LOAD CSV, IN TRANSACTIONS, USE, admin
 *     commands, several statements and any procedure not on the allow-list;
 *  2. an EXPLAIN pre-flight whose plan must report a read-only query (type "r"), and must not reach
 *     the accounts of lib/auth (private-data.ts);
 *  3. a READ-mode session and an explicit read transaction that is always rolled back;
 *  4. a per-transaction timeout and a row cap (stop reading, close the result);
 *  5. the server's own backstops (neo4j-local/LocalNeo4j.java: transaction timeout and memory cap,
 *     no file URLs for LOAD CSV).
 */
import neo4j, { type Node } from 'neo4j-driver';
import type { Db } from '../neo4j';
import type { QueryAnswer } from '../types';
import { RefusedQueryError, assertConsoleSafe } from './guard';
import { notificationsOf } from './notifications';
import { PRIVATE_DATA_REFUSAL, readsPrivateData } from './private-data';
import { missingEndpoints, newCollected, toDriverParams, toJsonValue, toQueryGraph } from './values';

export { RefusedQueryError } from './guard';

export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

export class QueryTimeoutError extends Error {
  constructor(public readonly timeoutMs: number) {
    super(
      `The query timed out after ${formatSeconds(timeoutMs)} and was stopped. Narrow it (a LIMIT, fewer hops) and try again.`,
    );
    this.name = 'QueryTimeoutError';
  }
}

export class QueryResourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryResourceError';
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

const PREFLIGHT_PREFIX = 'EXPLAIN\n';

/** The database's syntax message, with line numbers and offsets as the person wrote them. */
export function adjustSyntaxMessage(message: string): string {
  return message
    .replace(
      /line (\d+), column (\d+) \(offset: (\d+)\)/g,
      (_m, line: string, column: string, offset: string) =>
        `line ${Number(line) - 1}, column ${column} (offset: ${Number(offset) - PREFLIGHT_PREFIX.length})`,
    )
    .replace(/^EXPLAIN\n?/m, '')
    .trim();
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

function codeOf(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Maps what the database said to the console's own errors; other errors pass through. */
function translate(error: unknown, timeoutMs: number): unknown {
  const code = codeOf(error);
  if (!code || !(error instanceof Error)) return error;
  if (TIMEOUT_CODES.has(code)) return new QueryTimeoutError(timeoutMs);
  if (code === 'Neo.ClientError.Statement.SyntaxError') return new QuerySyntaxError(adjustSyntaxMessage(error.message));
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('OutOfMemory')) {
    return new QueryResourceError(
      'The query needed more memory than one console query may use. Narrow it and try again.',
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.')) {
    return new RefusedQueryError('The database refused the query: the console may only read.');
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new QuerySyntaxError(adjustSyntaxMessage(error.message));
  }
  return error;
}

export interface ConsoleOptions {
  timeoutMs: number;
  rowCap: number;
}

/** Layer 1, then the rest: what POST /api/query runs. */
export function runConsoleQuery(
  db: Db,
  cypher: string,
  params: Record<string, unknown>,
  options: ConsoleOptions,
): Promise<QueryAnswer> {
  assertConsoleSafe(cypher);
  return executeReadOnly(db, cypher, params, options);
}

/**
 * Layers 2 to 4, on their own: exported so that tests can show they hold even for a query the
 * lexical check would have refused.
 */
export async function executeReadOnly(
  db: Db,
  cypher: string,
  params: Record<string, unknown>,
  { timeoutMs, rowCap }: ConsoleOptions,
): Promise<QueryAnswer> {
  const started = Date.now();
  const driverParams = toDriverParams(params) as Record<string, unknown>;
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ, database: db.database });
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'stancegraph-console' } });
    try {
      const plan = await tx.run(PREFLIGHT_PREFIX + cypher, driverParams).summary();
      if (plan.queryType !== 'r') {
        throw new RefusedQueryError(
          `The database reports that this query would ${plan.queryType === 's' ? 'change the schema' : 'write'}; the console is read-only.`,
        );
      }
      if (plan.plan && readsPrivateData(plan.plan)) throw new RefusedQueryError(PRIVATE_DATA_REFUSAL);
      const seen = newCollected();
      const rows: Record<string, unknown>[] = [];
      let columns: string[] = [];
      let truncated = false;
      const result = tx.run(cypher, driverParams);
      columns = [...(await result.keys())] as string[];
      for await (const record of result) {
        if (rows.length === rowCap) {
          truncated = true;
          break; // leaving the loop discards the rest of the stream
        }
        rows.push(Object.fromEntries(record.keys.map((k) => [k, toJsonValue(record.get(k), seen)])));
      }
      // Read from the query itself, not the pre-flight, so positions are those of the text as sent.
      const notifications = notificationsOf(await result.summary());
      const endpoints = new Map<string, Node>();
      const missing = missingEndpoints(seen);
      if (missing.length > 0) {
        const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
        for (const record of ends.records) {
          const node = record.get('n') as Node;
          endpoints.set(node.elementId, node);
        }
      }
      return {
        columns,
        rows,
        graph: toQueryGraph(seen, endpoints),
        truncated,
        rowCap,
        elapsedMs: Date.now() - started,
        notifications,
      };
    } finally {
      // Nothing a console query did is ever committed.
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  } catch (error) {
    throw translate(error, timeoutMs);
  } finally {
    await session.close();
  }
}
