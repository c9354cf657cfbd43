/**
 * Two writers side by side that lock the same two nodes in turn: Neo4j breaks the deadlock by rolling
 * one back, and the one rolled back is tried again, whole, with both writes standing in the end. (When
 * the driver's own retries give up is tests/unit/write-retry.test.ts's.) Against the shared test
 * database, which tests/integration/shared-neo4j.ts restores after.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { inWriteTransactionRetryingDeadlocks } from '@/lib/neo4j';
import { writingFile } from './shared-neo4j';

const scratch = writingFile('deadlock');
let driver: Driver;

beforeAll(() => {
  driver = scratch.driver();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two transactions through `write`: the first locks probe a, waits longer than the driver retries,
 * then locks b; the second locks b, then waits for a. Neo4j rolls one of them back (which one is its
 * choice). Returns how often each ran its work, and how each ended.
 */
async function deadlock(
  write: (work: (tx: ManagedTransaction) => Promise<void>) => Promise<void>,
): Promise<{ attempts: [number, number]; outcomes: PromiseSettledResult<void>[] }> {
  await driver.executeQuery(
    "UNWIND ['a', 'b'] AS id MERGE (p:DeadlockProbe {id: id}) SET p.first = null, p.second = null",
  );
  const attempts: [number, number] = [0, 0];
  let lockedA!: () => void;
  const aLocked = new Promise<void>((resolve) => (lockedA = resolve));
  const first = write(async (tx) => {
    attempts[0] += 1;
    await tx.run("MATCH (p:DeadlockProbe {id: 'a'}) SET p.first = true");
    if (attempts[0] === 1) {
      lockedA();
      await sleep(1_500);
    }
    await tx.run("MATCH (p:DeadlockProbe {id: 'b'}) SET p.first = true");
  });
  await Promise.race([aLocked, first.catch(() => undefined)]);
  const second = write(async (tx) => {
    attempts[1] += 1;
    await tx.run("MATCH (p:DeadlockProbe {id: 'b'}) SET p.second = true");
    await tx.run("MATCH (p:DeadlockProbe {id: 'a'}) SET p.second = true");
  });
  return { attempts, outcomes: await Promise.allSettled([first, second]) };
}

async function probes(): Promise<Record<string, { first: boolean | null; second: boolean | null }>> {
  const { records } = await driver.executeQuery(
    'MATCH (p:DeadlockProbe) RETURN p.id AS id, p.first AS first, p.second AS second',
  );
  return Object.fromEntries(records.map((r) => [r.get('id'), { first: r.get('first'), second: r.get('second') }]));
}

describe('two write transactions that Neo4j finds in a deadlock', () => {
  it('the one rolled back is tried again and both writes stand', async () => {
    const { attempts, outcomes } = await deadlock((work) => inWriteTransactionRetryingDeadlocks({ driver }, work));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(attempts[0] + attempts[1]).toBe(3);
    expect(await probes()).toEqual({ a: { first: true, second: true }, b: { first: true, second: true } });
  });
});
