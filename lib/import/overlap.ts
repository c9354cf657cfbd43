/**
 * Chunks of a file checked in two steps, so that the importer does not sit idle while the database
 * answers: one chunk's query is in flight while the next chunk is prepared. `finish` runs in chunk
 * order, so problems are listed and duplicates found as if the chunks were checked one by one.
 */
export class OverlappedChecks {
  private finishing: Promise<void> = Promise.resolve();

  /**
   * Prepares a chunk, starts its query, and returns once the chunk before has finished: at most one
   * chunk waits on the database while the caller reads the next.
   */
  async add<T, R>(
    prepare: () => Promise<T>,
    query: (prepared: T) => Promise<R>,
    finish: (prepared: T, answer: R) => void,
  ): Promise<void> {
    let prepared: T;
    try {
      prepared = await prepare();
    } catch (error) {
      await this.settle();
      throw error;
    }
    const answer = query(prepared);
    void answer.catch(() => undefined); // awaited in order below; this only keeps an early failure handled
    const before = this.finishing;
    this.finishing = before.then(async () => finish(prepared, await answer));
    void this.settle();
    await before;
  }

  /** Every chunk finished; the first failure, if any, thrown. */
  done(): Promise<void> {
    return this.finishing;
  }

  /** Waits for whatever is still running, without throwing: before a failure is passed on. */
  settle(): Promise<void> {
    return this.finishing.catch(() => undefined);
  }
}
