/**
 * A file's rows checked CHECK_CHUNK at a time in two steps, so that the importer does not sit idle
 * while the database answers: one chunk's query is in flight while the next chunk is read and
 * prepared. `finish` runs in chunk order, so problems are listed and duplicates found as if the chunks
 * were checked one by one.
 */
import { CHECK_CHUNK } from './state';

export interface ChunkSteps<I, T, R> {
  prepare(chunk: I[]): Promise<T>;
  query(prepared: T): Promise<R>;
  finish(prepared: T, answer: R): void;
}

/** Checks the items that `keep` keeps; throws the first failure once nothing is left running. */
export async function checkInChunks<I, T, R>(
  items: AsyncIterable<I>,
  keep: (item: I) => boolean,
  steps: ChunkSteps<I, T, R>,
): Promise<void> {
  let finishing: Promise<void> = Promise.resolve();
  const settle = () => finishing.catch(() => undefined);
  // Returns once the chunk before has finished: at most one chunk waits on the database.
  const add = async (chunk: I[]) => {
    const prepared = await steps.prepare(chunk);
    const answer = steps.query(prepared);
    void answer.catch(() => undefined); // awaited in order below; this only keeps an early failure handled
    const before = finishing;
    finishing = before.then(async () => steps.finish(prepared, await answer));
    void settle();
    await before;
  };
  let chunk: I[] = [];
  try {
    for await (const item of items) {
      if (!keep(item)) continue;
      chunk.push(item);
      if (chunk.length < CHECK_CHUNK) continue;
      await add(chunk);
      chunk = [];
    }
    if (chunk.length) await add(chunk);
  } catch (error) {
    await settle();
    throw error;
  }
  await finishing;
}
