/**
 * GET /api/schema against the real Neo4j: the names of the graph with counts that match the data,
 * names that need quoting counted too, nothing written, and an answer kept for a while.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/schema/route';
import { appDb, closeDriver, getDriver } from '@/lib/neo4j';
import { SCHEMA_CACHE_MS, getGraphSchema, readGraphSchema } from '@/lib/query/schema';
import type { GraphSchema, SchemaEntry } from '@/lib/types';

const ODD_LABEL = 'Odd`Label with space';
const ODD_TYPE = 'ODD `TYPE`';

async function count(cypher: string): Promise<number> {
  const { records } = await getDriver().executeQuery(cypher);
  return Number(records[0].get(0));
}

const asMap = (entries: SchemaEntry[]) => Object.fromEntries(entries.map((e) => [e.name, e.count]));

async function schemaRoute(): Promise<{ status: number; body: GraphSchema }> {
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

afterAll(async () => {
  await closeDriver();
});

describe('GET /api/schema', () => {
  it('lists the seed’s labels, relationship types and property keys with their counts, sorted by name', async () => {
    const { status, body } = await schemaRoute();
    expect(status).toBe(200);
    expect(body.labels).toEqual([
      { name: 'Actor', count: 15 },
      { name: 'Event', count: 5 },
      // The graph's version, which every write counts up (lib/graph/version.ts).
      { name: 'GraphVersion', count: 1 },
      { name: 'Source', count: 1 },
      // The seed's stances counted per date stated, kept beside the graph (docs/model.md).
      {
        name: 'StanceDay',
        count: await count("MATCH ()-[r:TOOK_STANCE]->() RETURN count(DISTINCT coalesce(r.statedOn, ''))"),
      },
      // And who took each stance, listed per event with stances.
      { name: 'StanceTakers', count: await count('MATCH ()-[:TOOK_STANCE]->(e) RETURN count(DISTINCT e)') },
    ]);
    expect(body.relationshipTypes.map((t) => t.name)).toEqual([
      'ABOUT',
      'ECHOES',
      'HAS_PRESENCE_IN',
      'LEADS',
      'PART_OF',
      'RECOGNIZES',
      'SPEAKS_FOR',
      'TOOK_STANCE',
    ]);
    expect(asMap(body.relationshipTypes)).toMatchObject({ TOOK_STANCE: 14, PART_OF: 3, SPEAKS_FOR: 2 });
    expect(body.relationshipTypes.reduce((sum, t) => sum + (t.count ?? 0), 0)).toBe(
      await count('MATCH ()-[r]->() RETURN count(r)'),
    );
    const keys = asMap(body.propertyKeys);
    // Each key counts the nodes and relationships that hold it.
    expect(keys.stance).toBe(await count('MATCH ()-[r]->() WHERE r.stance IS NOT NULL RETURN count(r)'));
    expect(keys.name).toBe(await count('MATCH (n) WHERE n.name IS NOT NULL RETURN count(n)'));
    expect(keys.id).toBe(
      (await count('MATCH (n) WHERE n.id IS NOT NULL RETURN count(n)')) +
        (await count('MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN count(r)')),
    );
    expect(body.propertyKeys.map((k) => k.name)).toEqual(
      [...body.propertyKeys.map((k) => k.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(Date.parse(body.readAt)).not.toBeNaN();
  });

  it('leaves out the labels the console refuses to read (accounts, imports’ records)', async () => {
    await getDriver().executeQuery("CREATE (:ImportRun {id: 'schema-test-run', owner: 'host:1'})");
    try {
      const names = (await readGraphSchema(appDb(), 5000)).labels.map((l) => l.name);
      expect(names).toContain('Actor');
      expect(names).not.toContain('ImportRun');
    } finally {
      await getDriver().executeQuery("MATCH (r:ImportRun {id: 'schema-test-run'}) DELETE r");
    }
  });

  it('keeps an answer for a minute, then reads the database again', async () => {
    const db = appDb();
    const first = await getGraphSchema(db, 5_000);
    expect(await getGraphSchema(db, 5_000)).toBe(first);
    const later = await getGraphSchema(db, 5_000, Date.now() + SCHEMA_CACHE_MS + 1);
    expect(later).not.toBe(first);
    expect(later.labels).toEqual(first.labels);
  });

  describe('with names that need quoting', () => {
    beforeAll(async () => {
      await getDriver().executeQuery(
        `CREATE (:\`${ODD_LABEL.replaceAll('`', '``')}\` {id: 'schema-test-a'})-[:\`${ODD_TYPE.replaceAll('`', '``')}\`]->(:\`${ODD_LABEL.replaceAll('`', '``')}\` {id: 'schema-test-b'})`,
      );
    });
    afterAll(async () => {
      await getDriver().executeQuery("MATCH (n) WHERE n.id STARTS WITH 'schema-test-' DETACH DELETE n");
    });

    it('counts them like any other, and writes nothing', async () => {
      const before = await count('MATCH (n) RETURN count(n)');
      const schema = await readGraphSchema(appDb(), 5_000);
      expect(asMap(schema.labels)[ODD_LABEL]).toBe(2);
      expect(asMap(schema.relationshipTypes)[ODD_TYPE]).toBe(1);
      expect(asMap(schema.labels).Actor).toBe(15);
      expect(await count('MATCH (n) RETURN count(n)')).toBe(before);
    });
  });
});
