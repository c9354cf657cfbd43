/**
 * A JSON file's sources without a text, past the first WHOLE_SOURCES: an export of a graph where every
 * stance cites its own source declares a million of them. Each is kept as a few numbers (its id's hash,
 * its item), not as an object; its fields are read from the file again when it is compared with the
 * database and written (comparePlainJsonSources), after the actors and events and before the relations.
 */
import type { z } from 'zod';
import { readQuery, type Db } from '../neo4j';
import { EXISTING_IDS, EXISTING_SOURCES } from './cypher';
import { jsonSourceSchema } from './format';
import { CompactKeyMap } from './hashset';
import { FileTap, readJson } from './reader';
import type { ImportState, KnownSource, Props } from './state';

export type JsonSource = z.infer<typeof jsonSourceSchema>;

export class PlainJsonSources {
  /** Id → the source's item in the sources section (CompactKeyMap's row). */
  private readonly byId = new CompactKeyMap(1 << 10);
  /** The items of those found stored with a text: held whole from then on (their quotes are checked against it). */
  private readonly heldWhole = new Set<number>();
  /** Events they are about that the file had not declared when they were read (checked once the file is read). */
  readonly aboutUndeclared = new Set<string>();
  /** Read, not yet looked up in the database (lookUpStoredTexts). */
  private pending: { source: JsonSource; row: number }[] = [];

  /** `lookUpBatch`: sources looked up in the database at once. */
  constructor(private readonly lookUpBatch: number) {}

  get size(): number {
    return this.byId.size;
  }

  /** The item of the source declared with this id (held whole or not), or undefined. */
  rowOf(id: string): number | undefined {
    const slot = this.byId.find(id);
    return slot < 0 ? undefined : this.byId.row(slot);
  }

  /** Whether `id` is one of them and not held whole: a source without a text, to be read again from `row`. */
  has(id: string, row?: number): boolean {
    const slot = this.byId.find(id);
    if (slot < 0 || this.heldWhole.has(this.byId.row(slot))) return false;
    return row === undefined || this.byId.row(slot) === row;
  }

  /** A valid source item without a text; `state` knows the events the file declared so far. */
  async add(source: JsonSource, row: number, state: ImportState, db: Db): Promise<void> {
    this.byId.add(source.id, row);
    for (const eventId of source.about) if (!state.events.has(eventId)) this.aboutUndeclared.add(eventId);
    this.pending.push({ source, row });
    if (this.pending.length >= this.lookUpBatch) await this.lookUpStoredTexts(state, db);
  }

  /** A stored source with a text keeps it (a file without the text does not erase it): held whole with it. */
  async lookUpStoredTexts(state: ImportState, db: Db): Promise<void> {
    const pending = new Map(this.pending.map((p) => [p.source.id, p]));
    this.pending = [];
    if (!pending.size) return;
    const { records } = await readQuery(db, EXISTING_IDS.Source, { ids: [...pending.keys()] });
    for (const r of records) {
      const text = r.get('text');
      if (typeof text !== 'string') continue;
      const { source, row } = pending.get(String(r.get('id')))!;
      this.heldWhole.add(row);
      state.sources.set(source.id, wholeSource(source, row, text));
    }
  }

  /** Those not held whole, read again from the file, in its order. */
  async *items(file: string): AsyncGenerator<{ source: JsonSource; row: number }> {
    for await (const item of readJson(new FileTap(file))) {
      if (item.section !== 'sources') continue;
      const id = (item.value as { id?: unknown }).id;
      if (typeof id !== 'string' || !this.has(id, item.index)) continue;
      yield { source: jsonSourceSchema.parse(item.value), row: item.index };
    }
  }
}

export function wholeSource(source: JsonSource, row: number, text = source.text): KnownSource {
  return {
    id: source.id,
    text,
    existing: null,
    title: source.title,
    url: source.url,
    date: source.date,
    publisher: source.publisher,
    about: new Set(source.about),
    row,
  };
}

/** What the database holds of each of `ids`: its fields and the events it is about. */
export async function storedSources(db: Db, ids: string[]): Promise<Map<string, { props: Props; about: string[] }>> {
  return new Map(
    (await readQuery(db, EXISTING_SOURCES, { ids })).records.map((r) => [
      String(r.get('id')),
      { props: r.get('props') as Props, about: r.get('about') as string[] },
    ]),
  );
}
