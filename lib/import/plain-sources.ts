/**
 * A CSV's plain sources, once a file has cited more than ImportState.sources holds whole: those the
 * database does not hold, and stored ones without a text whose id is the one their key gives. Every
 * row of a large file may cite its own, so each is kept as a few numbers (its key's hash, the first
 * row that cites it, a hash of that row's title), not as strings: its id is made again from a row's
 * cells, and a new one is created by the stance pass from the cells of its first row.
 */
import { fnv1a, newSourceId, secondSourceId, type SourceKey } from '../model';
import { CompactKeyMap } from './hashset';

/** Its id is secondSourceId: newSourceId was taken (by a stored source or one before it in the file). */
const SECOND_ID = 1;
/** Rows cite it under more than one title: its id, made from its first row's title, is kept once made. */
const TITLES_VARY = 2;
/** The database holds it. */
const STORED = 4;
/** Stored, but cited under another title: held whole instead (its id is not the one a later row's cells give). */
const HELD_WHOLE = 8;

export class PlainSources {
  /** Key → the source's number (in CompactKeyMap's row). */
  private readonly byKey = new CompactKeyMap(1 << 10);
  /** Every id given, so that no two of the file's new sources share one. */
  private readonly ids = new CompactKeyMap(1 << 10);
  private firstRows = new Uint32Array(1 << 10);
  private titleHashes = new Uint32Array(1 << 10);
  private flags = new Uint8Array(1 << 10);
  /** The ids of new sources whose titles vary, from their first row on. */
  private readonly keptIds = new Map<number, string>();
  /** Counts for the report: new ones, and stored ones still kept here. */
  created = 0;
  stored = 0;

  /** The source's number, or -1 when the key is not one of them (or is now held whole). */
  find(key: string): number {
    const slot = this.byKey.find(key);
    if (slot < 0) return -1;
    const n = this.byKey.row(slot);
    return this.flags[n] & HELD_WHOLE ? -1 : n;
  }

  /**
   * The id a new source takes: `id` (newSourceId(key)), or secondSourceId(key) when a stored source
   * has it (`taken`) or a new one before it in the file does. Every new source's id goes through here,
   * held whole or not, so that no two share one.
   */
  idForNew(key: SourceKey, id: string, taken: boolean): { id: string; second: boolean } {
    const second = taken || this.ids.add(id, 0).existed;
    if (!second) return { id, second };
    const other = secondSourceId(key);
    this.ids.add(other, 0);
    return { id: other, second };
  }

  /** A source new to the database, as its first row names it; `second`: its id is secondSourceId(key). */
  addNew(key: SourceKey, row: number, second: boolean): void {
    this.add(key, row, second ? SECOND_ID : 0);
    this.created += 1;
  }

  /** A stored source without a text, whose id is newSourceId(key), or secondSourceId(key) when `second`. */
  addStored(key: SourceKey, row: number, second: boolean): void {
    this.add(key, row, STORED | (second ? SECOND_ID : 0));
    this.stored += 1;
  }

  private add(key: SourceKey, row: number, flags: number): void {
    const n = this.byKey.size;
    if (n === this.flags.length) this.grow();
    this.byKey.add(key.key, n);
    this.firstRows[n] = row;
    this.titleHashes[n] = fnv1a(key.title);
    this.flags[n] = flags;
  }

  /**
   * A later row cites source n under `title`. Returns true when n is stored and this is the first
   * other title: it is to be held whole from now on (holdWhole).
   */
  cited(n: number, title: string): boolean {
    if (this.flags[n] & TITLES_VARY || fnv1a(title) === this.titleHashes[n]) return false;
    this.flags[n] |= TITLES_VARY;
    return (this.flags[n] & STORED) !== 0;
  }

  holdWhole(n: number): void {
    this.flags[n] |= HELD_WHOLE;
    this.stored -= 1;
  }

  isStored(n: number): boolean {
    return (this.flags[n] & STORED) !== 0;
  }

  firstRow(n: number): number {
    return this.firstRows[n];
  }

  /** A stored source's id, from the cells of any row that cites it (all under one title). */
  storedId(n: number, key: SourceKey): string {
    return this.flags[n] & SECOND_ID ? secondSourceId(key) : newSourceId(key);
  }

  /** Source n's id, for a row of the stance pass: rows come in the file's order, its first row first. */
  idOf(n: number, key: SourceKey): string {
    const kept = this.keptIds.get(n);
    if (kept !== undefined) return kept;
    const id = this.storedId(n, key);
    if (this.flags[n] & TITLES_VARY) this.keptIds.set(n, id);
    return id;
  }

  private grow(): void {
    const size = this.flags.length * 2;
    const firstRows = new Uint32Array(size);
    firstRows.set(this.firstRows);
    const titleHashes = new Uint32Array(size);
    titleHashes.set(this.titleHashes);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.firstRows = firstRows;
    this.titleHashes = titleHashes;
    this.flags = flags;
  }
}
