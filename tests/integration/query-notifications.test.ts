/**
 * The database's notifications on console queries, through POST /api/query against the real Neo4j:
 * a query that names what the graph does not hold still runs, and the answer says why it is empty
 * or null, where in the text, in the database's words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/query/route';
import { appDb, closeDriver } from '@/lib/neo4j';
import { executeReadOnly } from '@/lib/query/console';
import type { QueryAnswer, QueryNotification } from '@/lib/types';

afterAll(async () => {
  await closeDriver();
});

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const response = await POST(
    new Request('http://127.0.0.1/api/query', { method: 'POST', body: JSON.stringify({ cypher, params }) }),
  );
  return { status: response.status, body: (await response.json()) as QueryAnswer };
}

/** The 1-based line and column, and 0-based offset, of `needle` in `text`, as an editor counts them. */
function placeOf(text: string, needle: string) {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1, offset };
}

describe('POST /api/query passes on the database’s notifications', () => {
  it('names an unknown relationship type, and where it is, when the answer is empty', async () => {
    const cypher = 'MATCH (a)-[:STANCE]->(b) RETURN a';
    const { status, body } = await query(cypher);
    expect(status).toBe(200);
    expect(body.rows).toEqual([]);
    expect(body.notifications).toEqual([
      {
        code: '01N51',
        severity: 'warning',
        classification: 'UNRECOGNIZED',
        title: 'Relationship type does not exist',
        description: 'The relationship type `STANCE` does not exist. Verify that the spelling is correct.',
        position: placeOf(cypher, 'STANCE'),
      },
    ]);
  });

  it('names a misspelt property whose values came back null', async () => {
    const cypher = 'MATCH (a:Actor)\nRETURN a.id AS id, a.nmae AS name\nORDER BY id LIMIT 3';
    const { body } = await query(cypher);
    expect(body.rows).toHaveLength(3);
    expect(body.rows.map((r) => r.name)).toEqual([null, null, null]);
    expect(body.notifications).toHaveLength(1);
    const [note] = body.notifications;
    expect(note).toMatchObject({ code: '01N52', severity: 'warning', title: 'Property key does not exist' });
    expect(note.description).toContain('`nmae`');
    // On the second line as written: positions are those of the text sent, not of the pre-flight.
    expect(note.position).toEqual(placeOf(cypher, 'nmae'));
  });

  it('names an unknown label and a cartesian product, each once, warnings and information apart', async () => {
    const cypher = 'MATCH (a:Actor),\n      (b:Evnt)\nRETURN count(*) AS n';
    const { body } = await query(cypher);
    expect(body.rows).toEqual([{ n: 0 }]);
    const byCode = Object.fromEntries(body.notifications.map((n) => [n.code, n])) as Record<string, QueryNotification>;
    expect(Object.keys(byCode).sort()).toEqual(['01N50', '03N90']);
    expect(body.notifications).toHaveLength(2);
    expect(byCode['01N50']).toMatchObject({
      severity: 'warning',
      title: 'Label does not exist',
      position: placeOf(cypher, 'Evnt'),
    });
    expect(byCode['01N50'].description).toContain('`Evnt`');
    expect(byCode['03N90']).toMatchObject({
      severity: 'information',
      classification: 'PERFORMANCE',
      title: 'Cartesian product',
    });
    expect(byCode['03N90'].description).toMatch(/builds a cartesian product/);
  });

  it('has none for a query on names the graph holds', async () => {
    const { body } = await query(
      "MATCH (a:Actor)-[r:TOOK_STANCE]->(e:Event {id: 'russia-recognizes-taliban'}) RETURN a.name, r.stance",
    );
    expect(body.rows).toHaveLength(10);
    expect(body.notifications).toEqual([]);
  });

  it('keeps them when the row cap stops reading', async () => {
    const answer = await executeReadOnly(
      appDb(),
      'UNWIND range(1, 1000) AS x MATCH (a:Actor) RETURN x, a.nmae AS name',
      {},
      { timeoutMs: 5_000, rowCap: 20 },
    );
    expect(answer.truncated).toBe(true);
    expect(answer.rows).toHaveLength(20);
    expect(answer.notifications.map((n) => n.code)).toEqual(['01N52']);
  });
});
