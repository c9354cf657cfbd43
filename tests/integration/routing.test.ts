/**
 * The app over a routing driver, as against a cluster or Aura: NEO4J_URI=neo4j://… against the
 * shared test Neo4j, whose routing table names itself. Reads are routed to readers and writes to the
 * leader; an editor's write is read back at once by the next request (the driver's bookmarks), and
 * an import runs through the same driver. Restores the seed after (tests/integration/shared-neo4j.ts).
 */
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@/lib/auth/users';
import { importFile } from '@/lib/import';
import { appDb, closeDriver, getDriver } from '@/lib/neo4j';
import { call } from './edit-routes';
import { api, signIn } from './routes';
import { writingFile } from './shared-neo4j';

const boltUri = inject('neo4jUri');
const scratch = writingFile('routing');
let editor: string;

beforeAll(async () => {
  await closeDriver();
  process.env.NEO4J_URI = boltUri.replace(/^bolt:/, 'neo4j:');
  await createUser(
    { driver: scratch.driver() },
    { username: 'rory', password: 'rory’s long routing password', role: 'editor' },
  );
  editor = await signIn('rory', 'rory’s long routing password');
});

afterAll(async () => {
  await closeDriver();
  process.env.NEO4J_URI = boltUri;
});

describe('NEO4J_URI=neo4j://', () => {
  it('routes the app’s reads through the routing table', async () => {
    expect(process.env.NEO4J_URI).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const table = await getDriver().executeQuery('CALL dbms.routing.getRoutingTable({}) YIELD servers RETURN servers');
    const roles = (table.records[0].get('servers') as { role: string; addresses: string[] }[]).map((s) => s.role);
    expect(roles.sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
    const graph = await api.graph('?event=russia-recognizes-taliban');
    expect(graph.status, JSON.stringify(graph.body)).toBe(200);
    expect(graph.body.nodes.length).toBeGreaterThan(10);
    expect((await api.health()).status).toBe(200);
  });

  it('reads an editor’s write back at once, and imports through the same driver', async () => {
    for (let i = 0; i < 5; i += 1) {
      const created = await call(
        'POST',
        '/api/actors',
        { name: `Routed Actor ${i}`, kind: 'state' },
        { cookie: editor },
      );
      expect(created.status).toBe(201);
      // The very next read, on a pooled connection that may be another, sees it.
      const read = await api.actor(created.body.actor.id);
      expect(read.status).toBe(200);
      expect(read.body.name).toBe(`Routed Actor ${i}`);
    }
    const file = scratch.file('routed.csv', [
      'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date',
      'Routed Actor 0,state,Routed vote,2024-05-01,support,Routed Actor 0 voted yes,Routed record,,2024-05-01',
    ]);
    const report = await importFile(appDb(), { file });
    expect(report).toMatchObject({ written: true, invalidRows: 0, stances: { new: 1 } });
    const graph = await api.graphView('?event=routed-vote');
    expect(graph.body.edges.map((e: { id: string }) => e.id)).toEqual(['routed-actor-0--routed-vote']);
  });
});
