import type { ChangeRecord } from '../types';

/**
 * A write refused because the graph is not as the editor saw it (409): a stale version, an entity
 * that exists already, or a revert that later changes stand in the way of. `current` is the
 * entity as it is now (null when it is gone), for the editor to see what changed.
 */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly current: unknown = null,
    readonly conflicts?: ChangeRecord[],
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
