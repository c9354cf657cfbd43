/**
 * inWriteTransactionRetryingDeadlocks' rule, with a session that fails as Neo4j does: a deadlock is
 * tried again after a short wait, up to the attempts given; any other error at once fails. The real
 * deadlock is tests/integration/write-deadlock.test.ts's.
 */
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { inWriteTransactionRetryingDeadlocks } from '@/lib/neo4j';

const DEADLOCK = Object.assign(new Error('deadlock detected'), {
  code: 'Neo.TransientError.Transaction.DeadlockDetected',
});
const SYNTAX = Object.assign(new Error('bad query'), { code: 'Neo.ClientError.Statement.SyntaxError' });

/** A driver whose write transactions throw `failures` in turn, then run the work. */
function failingDriver(failures: Error[]): { driver: Driver; sessions: () => number } {
  let opened = 0;
  const driver = {
    session: () => {
      opened += 1;
      return {
        executeWrite: async (work: (tx: unknown) => Promise<unknown>) => {
          const failure = failures.shift();
          if (failure) throw failure;
          return work({});
        },
        close: async () => undefined,
      };
    },
  } as unknown as Driver;
  return { driver, sessions: () => opened };
}

describe('inWriteTransactionRetryingDeadlocks', () => {
  it('tries a transaction Neo4j rolled back for a deadlock again, in a new session', async () => {
    const { driver, sessions } = failingDriver([DEADLOCK, DEADLOCK]);
    await expect(inWriteTransactionRetryingDeadlocks({ driver, routed: false }, async () => 'written')).resolves.toBe(
      'written',
    );
    expect(sessions()).toBe(3);
  });

  it('gives up after the attempts given, with the deadlock', async () => {
    const { driver, sessions } = failingDriver([DEADLOCK, DEADLOCK, DEADLOCK]);
    await expect(inWriteTransactionRetryingDeadlocks({ driver, routed: false }, async () => 'written', 2)).rejects.toBe(
      DEADLOCK,
    );
    expect(sessions()).toBe(2);
  });

  it('does not try again after any other error', async () => {
    const { driver, sessions } = failingDriver([SYNTAX]);
    await expect(inWriteTransactionRetryingDeadlocks({ driver, routed: false }, async () => 'written')).rejects.toBe(
      SYNTAX,
    );
    expect(sessions()).toBe(1);
  });
});
