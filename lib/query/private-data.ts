/**
 * The console reads the whole database, and the database also holds the accounts (lib/auth): their
 * password hashes and failed sign-ins must not be readable by everyone. Neo4j Community has no
 * per-label read rights, so the console refuses, from the EXPLAIN plan, every query that could reach
 * such a node: one that names a private label, scans every node, or finds nodes by internal id.
 * Accounts have no relationships, so no traversal from the graph reaches them.
 */
import type { Plan } from 'neo4j-driver';

/**
 * The labels of lib/auth (lib/model/schema.ts USER_SCHEMA_STATEMENTS), and the import's records, which
 * name the editor who ran each import and the host and process that held its lock.
 */
export const PRIVATE_LABELS = ['User', 'SignInThrottle', 'ImportRun', 'ImportLock'] as const;
const PRIVATE_LABEL = new RegExp(`(?<![\\w\`])\`?(${PRIVATE_LABELS.join('|')})\`?(?![\\w\`])`);

/** Leaves that reach every node, whatever its label. */
const ANY_NODE_OPERATORS = new Set(['AllNodesScan', 'NodeByIdSeek', 'NodeByElementIdSeek']);

export const PRIVATE_DATA_REFUSAL =
  'The console does not read the accounts of editors or the records of imports: name the label of the nodes you want (:Actor, :Event, :Source). ' +
  'A query over all nodes, or nodes found by their internal id, is refused.';

/** True when the planned query could read an account, a sign-in count or an import's record. */
export function readsPrivateData(plan: Plan): boolean {
  const stack = [plan];
  while (stack.length > 0) {
    const operator = stack.pop()!;
    // Neo4j 5 names operators with the runtime: "AllNodesScan@neo4j".
    if (ANY_NODE_OPERATORS.has(operator.operatorType.split('@')[0])) return true;
    const details = operator.arguments?.Details;
    if (typeof details === 'string' && PRIVATE_LABEL.test(details)) return true;
    stack.push(...operator.children);
  }
  return false;
}
