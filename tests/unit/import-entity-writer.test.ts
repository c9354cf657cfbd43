/**
 * The importer's EntityWriter (lib/import/plan.ts) against a stand-in for Neo4j's sessions, which is
 * not the point here: batches of actors are written as they are planned, at most `parallel` at once,
 * and a failed batch fails the whole import instead of being lost.
 */
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { EntityWriter, type Planned } from '@/lib/import/plan';
import type { Db } from '@/lib/neo4j';

/** A Db whose write transactions record their rows, the `failAt`-th one failing; `open` is how many run at once. */
function standIn(failAt = Infinity) {
  const written: string[][] = [];
  const state = { open: 0, most: 0 };
  let started = 0;
  const session = {
    async executeWrite(work: (tx: unknown) => Promise<unknown>) {
      started += 1;
      const mine = started;
      state.open += 1;
      state.most = Math.max(state.most, state.open);
      try {
        return await work({
          async run(_query: string, params: { rows: { id: string }[] }) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            if (mine === failAt) throw new Error('the database went away');
            written.push(params.rows.map((r) => r.id));
            return { records: [] };
          },
        });
      } finally {
        state.open -= 1;
      }
    },
    async close() {},
  };
  const db: Db = { driver: { session: () => session } as unknown as Driver, routed: false };
  return { db, written, state };
}

/** `n` new actors, planned as planEntities plans them. */
function planned(from: number, n: number): Planned {
  return {
    counts: { new: n, updated: 0, unchanged: 0 },
    write: Array.from({ length: n }, (_, i) => ({
      id: `actor-${from + i}`,
      isNew: true,
      props: { name: `Actor ${from + i}`, kind: 'person', description: '', aliases: [] },
      about: [],
      row: from + i,
    })),
  };
}

describe('EntityWriter', () => {
  it('writes every batch handed to it, two at a time at most', async () => {
    const { db, written, state } = standIn();
    const writer = new EntityWriter(db, 2);
    for (let i = 0; i < 6; i += 1) await writer.actors(planned(i * 5_000, 5_000));
    await writer.done();
    expect(written.flat()).toHaveLength(30_000);
    expect(new Set(written.flat()).size).toBe(30_000);
    expect(state.most).toBe(2);
  });

  it('fails the import with the first failed batch, and takes no more', async () => {
    const { db, written } = standIn(2);
    const writer = new EntityWriter(db, 2);
    await writer.actors(planned(0, 5_000));
    await writer.actors(planned(5_000, 5_000));
    await expect(writer.done()).rejects.toThrow('the database went away');
    await expect(writer.events(planned(10_000, 5_000))).rejects.toThrow('the database went away');
    expect(written.flat()).toHaveLength(5_000);
  });
});
