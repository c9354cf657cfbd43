/**
 * At most SIGN_IN_MAX_FAILURES failed sign-ins per username within SIGN_IN_WINDOW_MS; after that,
 * 429 until the oldest of them is older than the window. Counted in Neo4j, on one node per username,
 * so that every app instance agrees, and on Neo4j's clock, so that their clocks need not.
 *
 * An attempt is counted before its password is checked, in the transaction that read the count: two
 * attempts at once cannot both see room for one more. A successful sign-in clears the count.
 * Unknown usernames are counted like known ones, so the answers do not tell them apart.
 */
import { writeQuery, type Db } from '../neo4j';

export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

// `SET t.lastAt` first takes the node's write lock, so the attempts read after it are the latest committed.
const RESERVE_ATTEMPT = `
MERGE (t:SignInThrottle {username: $username})
SET t.lastAt = timestamp()
WITH t, [at IN coalesce(t.attempts, []) WHERE at > timestamp() - $windowMs] AS recent
WITH t, recent, size(recent) >= $max AS blocked
SET t.attempts = CASE WHEN blocked THEN recent ELSE recent + timestamp() END
RETURN blocked, CASE WHEN blocked THEN recent[0] + $windowMs - timestamp() ELSE 0 END AS waitMs`;

const CLEAR = 'MATCH (t:SignInThrottle {username: $username}) DELETE t';

/** Counts nobody needs any more, a few at a time, so that guessed usernames do not pile up. */
const SWEEP = `
MATCH (t:SignInThrottle) WHERE t.lastAt < timestamp() - $windowMs
WITH t LIMIT 100
DELETE t`;

export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts an attempt to sign in as `username`, unless it is one too many. */
export async function reserveAttempt(db: Db, username: string): Promise<AttemptVerdict> {
  const params = { username, windowMs: SIGN_IN_WINDOW_MS, max: SIGN_IN_MAX_FAILURES };
  const { records } = await writeQuery(db, RESERVE_ATTEMPT, params);
  await writeQuery(db, SWEEP, { windowMs: SIGN_IN_WINDOW_MS });
  if (!records[0].get('blocked')) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(records[0].get('waitMs')) / 1000)) };
}

export async function clearAttempts(db: Db, username: string): Promise<void> {
  await writeQuery(db, CLEAR, { username });
}
