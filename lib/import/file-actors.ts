/**
 * The actors a file declares (a JSON file's actors section) or names (a CSV's rows), as its check meets
 * them. The first `held` are kept whole; past them only each one's first row and kind are (a number
 * beside its id), and the rest of each is read again from the file when they are planned. A
 * consultation names a million people once each: held whole they took more memory than the rest of
 * the import together (docs/performance.md).
 */
import { ACTOR_KINDS, type ActorKind } from '../domain';
import { ownString } from './reader';
import type { Props } from './state';

/** Actors held whole: the benchmark's profiles name 20,000 at most, and are never read again. */
export const HELD_ACTORS = 50_000;

export interface ActorDeclaration {
  id: string;
  /** The row (a CSV's) or the item (a JSON file's) that declared it first. */
  row: number;
  /** As that row names it; null when a CSV cell was its slug. */
  name: string | null;
  kind: ActorKind;
  /** A JSON declaration's fields. */
  props?: Props;
}

/** The declarations of a file again, in its order; those not read again are left out by their row. */
export type ReadAgain = () => AsyncIterable<ActorDeclaration>;

const KIND_CODE = new Map<ActorKind, number>(ACTOR_KINDS.map((kind, i) => [kind, i]));
/** Room for the kind's code in the number kept per actor (row × 8 + code): more than there are kinds. */
const KIND_SLOTS = 8;
if (ACTOR_KINDS.length > KIND_SLOTS) throw new Error('file-actors.ts: more actor kinds than KIND_SLOTS holds');

export class FileActors {
  private readonly whole = new Map<string, Omit<ActorDeclaration, 'id'>>();
  private readonly compact = new Map<string, number>();

  constructor(private readonly held = HELD_ACTORS) {}

  get size(): number {
    return this.whole.size + this.compact.size;
  }

  has(id: string): boolean {
    return this.whole.has(id) || this.compact.has(id);
  }

  /** The row that declared it first, and its kind there. */
  get(id: string): { row: number; kind: ActorKind } | undefined {
    const whole = this.whole.get(id);
    if (whole) return whole;
    const packed = this.compact.get(id);
    return packed === undefined
      ? undefined
      : { row: Math.floor(packed / KIND_SLOTS), kind: ACTOR_KINDS[packed % KIND_SLOTS] };
  }

  /** Each actor's id and first row. */
  *rows(): Generator<[string, number]> {
    for (const [id, actor] of this.whole) yield [id, actor.row];
    for (const [id, packed] of this.compact) yield [id, Math.floor(packed / KIND_SLOTS)];
  }

  /** Kept as copies of what is kept (a CSV cell is a view of its chunk of the file), the kind as its own string. */
  add({ id, ...actor }: ActorDeclaration): void {
    const code = KIND_CODE.get(actor.kind)!;
    if (this.whole.size < this.held) {
      const name = actor.name === null ? null : ownString(actor.name);
      this.whole.set(ownString(id), { ...actor, name, kind: ACTOR_KINDS[code] });
    } else this.compact.set(ownString(id), actor.row * KIND_SLOTS + code);
  }

  /** Every actor, `size` at a time: those held whole first, then the rest as the file declares them again. */
  async *batches(size: number, readAgain: ReadAgain): AsyncGenerator<ActorDeclaration[]> {
    let batch: ActorDeclaration[] = [];
    for (const [id, actor] of this.whole) {
      batch.push({ id, ...actor });
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    let left = this.compact.size;
    if (left > 0) {
      for await (const actor of readAgain()) {
        const packed = this.compact.get(actor.id);
        if (packed === undefined || Math.floor(packed / KIND_SLOTS) !== actor.row) continue;
        batch.push(actor);
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
        // A JSON file's actors come first: the rest of it need not be read again.
        left -= 1;
        if (left === 0) break;
      }
      if (left > 0) throw new Error('the file changed between reading and planning it: an actor it named is gone');
    }
    if (batch.length > 0) yield batch;
  }

  clear(): void {
    this.whole.clear();
    this.compact.clear();
  }
}
