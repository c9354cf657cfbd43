/**
 * Which actor or event a CSV cell names. People write what the pages show ("Russia recognizes the
 * Taliban government", "taliban"), not our slugs, so a cell is matched with what is stored before a
 * new entity is planned:
 *
 * 1. the cell's id (the cell itself when it is a slug, else its slug) is a stored one: that entity,
 *    as every import before matched it, and as the CSV export writes its cells (lib/export);
 * 2. else the stored actors whose name or an alias, the stored events whose title, equal the cell
 *    after nameKey (case and white space): one is that entity; several are an ambiguity, and the
 *    row is refused naming them;
 * 3. else a new entity with the cell's id. Rows of one file naming it alike after nameKey share it
 *    (nameKey-equal cells have the same slug).
 *
 * A cell that finds a stored entity never renames it. The stored ids, names and aliases are read
 * once per import (the benchmark's 25,000 entities: a few MB), not asked for row by row.
 */
import { idAndName, nameKey } from '../model';
import type { Db } from '../neo4j';
import { STORED_NAMES } from './cypher';
import { ownString } from './reader';

export type CellEntity = 'actor' | 'event';
export type CellMatch = { id: string; name: string | null } | { ambiguous: string[] };
export type CellResolver = (cell: string, entity: CellEntity) => CellMatch;

/** The stored entities of one label, by id and by nameKey of each name. */
export class StoredNames {
  readonly ids = new Set<string>();
  /** nameKey -> the id, or the ids when several entities share it. */
  readonly byName = new Map<string, string | string[]>();

  add(id: string, names: unknown[]): void {
    this.ids.add(id);
    for (const name of names) {
      if (typeof name !== 'string') continue;
      const key = nameKey(name);
      const known = this.byName.get(key);
      if (known === undefined) this.byName.set(key, id);
      else if (known === id || (Array.isArray(known) && known.includes(id))) continue;
      else this.byName.set(key, Array.isArray(known) ? [...known, id] : [known, id]);
    }
  }

  match(cell: string): CellMatch {
    const own = idAndName(cell);
    if (own.id !== '' && this.ids.has(own.id)) return { id: own.id, name: null };
    const found = this.byName.get(nameKey(cell));
    if (found === undefined) return own;
    return typeof found === 'string' ? { id: found, name: null } : { ambiguous: [...found].sort() };
  }
}

/**
 * A resolver over what is stored; what a cell comes to is remembered (a file names the same few
 * thousand on a million rows, read twice), up to a bound.
 */
export function cellResolver(stored: Record<CellEntity, StoredNames>, bound = 100_000): CellResolver {
  const known = { actor: new Map<string, CellMatch>(), event: new Map<string, CellMatch>() };
  return (cell, entity) => {
    const memo = known[entity];
    let match = memo.get(cell);
    if (match === undefined) {
      if (memo.size >= bound) memo.clear();
      // A copy: the cell is a view of the chunk of the file it was read from.
      const own = ownString(cell);
      match = stored[entity].match(own);
      memo.set(own, match);
    }
    return match;
  };
}

/** Every stored actor's id, name and aliases and every event's id and title, streamed once. */
export async function loadStoredNames(db: Db): Promise<CellResolver> {
  const stored = { actor: new StoredNames(), event: new StoredNames() };
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ', fetchSize: 20_000 });
  try {
    await session.executeRead(async (tx) => {
      for await (const record of tx.run(STORED_NAMES)) {
        stored[record.get('entity') as CellEntity].add(String(record.get('id')), record.get('names') as unknown[]);
      }
    });
  } finally {
    await session.close();
  }
  return cellResolver(stored);
}
