/**
 * The actor search over roles, against the shared seeded Neo4j: a database whose actor_search index
 * predates descriptions (names and aliases only) gets the new index from applySchema, as `npm run dev`,
 * the seed and every import run it, and then finds an actor by its role. Leaves the index as the seed has it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDb, closeDriver, type Db } from '@/lib/neo4j';
import { searchActors } from '@/lib/graph/actors';
import { applySchema } from '@/lib/model';

let db: Db;

async function searchIndexProperties(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    "SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = 'actor_search' RETURN properties",
  );
  return (records[0]?.get('properties') as string[] | undefined) ?? [];
}

beforeAll(() => {
  db = appDb();
});

afterAll(async () => {
  await applySchema(db);
  await closeDriver();
});

describe('the actor search by role', () => {
  it('an older database gets the index over descriptions from applySchema, and "foreign minister" finds Muttaqi first', async () => {
    await db.driver.executeQuery('DROP INDEX actor_search IF EXISTS');
    await db.driver.executeQuery('CREATE FULLTEXT INDEX actor_search FOR (a:Actor) ON EACH [a.searchText]');
    await db.driver.executeQuery('CALL db.awaitIndexes(60)');
    expect((await searchActors(db, 'foreign minister', 10)).map((a) => a.id)).not.toContain('amir-khan-muttaqi');

    await applySchema(db);
    expect((await searchIndexProperties()).sort()).toEqual(['description', 'searchText']);
    expect((await searchActors(db, 'foreign minister', 10)).map((a) => a.id)).toEqual([
      'amir-khan-muttaqi',
      'russian-foreign-ministry',
    ]);
    expect((await searchActors(db, 'Taliban foreign minister', 10))[0]?.id).toBe('amir-khan-muttaqi');
    // A name still comes before a description that says the same.
    expect((await searchActors(db, 'Russia', 10)).map((a) => a.id).slice(0, 2)).toEqual([
      'russia',
      'russian-foreign-ministry',
    ]);

    // Applying the schema again changes nothing.
    await applySchema(db);
    expect((await searchIndexProperties()).sort()).toEqual(['description', 'searchText']);
  });
});
