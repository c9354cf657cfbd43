/**
 * The actors a CSV names, as its check meets them. The first `held` are kept with their names; past
 * them only each one's first row and kind are (a number beside its id), and their names are read
 * again from the file when they are planned. A consultation names a million people once each: held
 * whole they took more memory than the rest of the import together (docs/performance.md).
 */
import { ACTOR_KINDS, type ActorKind } from '../domain';
import { FileTap, ownString, readCsv } from './reader';
import type { CellResolver } from './names';
import { checkCsvRow } from './validate';

/** Actors held with their names: the benchmark's profiles name 20,000 at most, and are never read again. */
export const HELD_ACTORS = 50_000;

export interface CsvActor {
  id: string;
  /** The row that named it first. */
  row: number;
  /** As that row names it; null when the cell was its slug. */
  name: string | null;
  kind: ActorKind;
}

const KIND_CODE = new Map<ActorKind, number>(ACTOR_KINDS.map((kind, i) => [kind, i]));
/** Room for the kind's code in the number kept per actor (row × 8 + code). */
const KIND_SLOTS = 8;

export class CsvActors {
  private readonly whole = new Map<string, { row: number; name: string | null; kind: ActorKind }>();
  private readonly compact = new Map<string, number>();

  constructor(private readonly held = HELD_ACTORS) {}

  get size(): number {
    return this.whole.size + this.compact.size;
  }

  has(id: string): boolean {
    return this.whole.has(id) || this.compact.has(id);
  }

  /** The row that named it first, and its kind there. */
  get(id: string): { row: number; kind: ActorKind } | undefined {
    const whole = this.whole.get(id);
    if (whole) return whole;
    const packed = this.compact.get(id);
    return packed === undefined
      ? undefined
      : { row: Math.floor(packed / KIND_SLOTS), kind: ACTOR_KINDS[packed % KIND_SLOTS] };
  }

  /** Its first row names it: kept as copies, not views of the chunk the row was read from. */
  add(id: string, row: number, name: string | null, kind: ActorKind): void {
    const code = KIND_CODE.get(kind)!;
    // The kind's own string, not a copy per actor.
    if (this.whole.size < this.held)
      this.whole.set(ownString(id), { row, name: name === null ? null : ownString(name), kind: ACTOR_KINDS[code] });
    else this.compact.set(ownString(id), row * KIND_SLOTS + code);
  }

  /**
   * Every actor, `size` at a time: those held whole first, then the rest as the file names them
   * again, each from the row that named it first.
   */
  async *batches(file: string, resolveCell: CellResolver | undefined, size: number): AsyncGenerator<CsvActor[]> {
    let batch: CsvActor[] = [];
    for (const [id, actor] of this.whole) {
      batch.push({ id, ...actor });
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (this.compact.size > 0) {
      for await (const item of readCsv(new FileTap(file))) {
        const { row } = checkCsvRow(item.values, resolveCell);
        if (!row) throw new Error(`row ${item.row} changed between reading and planning the file`);
        const packed = this.compact.get(row.actorId);
        if (packed === undefined || Math.floor(packed / KIND_SLOTS) !== item.row) continue;
        batch.push({ id: row.actorId, row: item.row, name: row.actorName, kind: row.actorKind });
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  clear(): void {
    this.whole.clear();
    this.compact.clear();
  }
}
