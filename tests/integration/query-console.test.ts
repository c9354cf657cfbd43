/**
 * The attack suite of the read-only Cypher console: every case must be refused AND leave the
 * database exactly as it was (nodes, relationships, properties, labels, indexes, constraints,
 * users, databases).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/query/route';
import { GET as health } from '@/app/api/health/route';
import { GET as graph } from '@/app/api/graph/route';
import { appDb, closeDriver, getDriver } from '@/lib/neo4j';
import { RefusedQueryError, executeReadOnly } from '@/lib/query/console';

interface Fingerprint {
  nodes: number;
  relationships: number;
  properties: number;
  labels: string[];
  indexes: string[];
  users: string[];
  databases: string[];
}

async function fingerprint(): Promise<Fingerprint> {
  const driver = getDriver();
  const { records } = await driver.executeQuery(`
    CALL { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
    CALL { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProps }
    CALL { CALL db.labels() YIELD label RETURN collect(label) AS labels }
    RETURN nodes, relationships, nodeProps + relProps AS properties, labels`);
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name');
  const users = await driver.executeQuery(
    'SHOW USERS YIELD user RETURN user ORDER BY user',
    {},
    { database: 'system' },
  );
  const databases = await driver.executeQuery(
    'SHOW DATABASES YIELD name RETURN DISTINCT name ORDER BY name',
    {},
    { database: 'system' },
  );
  const r = records[0];
  return {
    nodes: Number(r.get('nodes')),
    relationships: Number(r.get('relationships')),
    properties: Number(r.get('properties')),
    labels: (r.get('labels') as string[]).sort(),
    indexes: indexes.records.map((x) => x.get('name') as string),
    users: users.records.map((x) => x.get('user') as string),
    databases: databases.records.map((x) => x.get('name') as string),
  };
}

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const response = await POST(
    new Request('http://127.0.0.1/api/query', { method: 'POST', body: JSON.stringify({ cypher, params }) }),
  );
  return { status: response.status, body: await response.json() };
}

let before: Fingerprint;

beforeAll(async () => {
  before = await fingerprint();
  expect(before.nodes).toBeGreaterThan(0);
});

afterAll(async () => {
  await closeDriver();
});

const ATTACKS: [string, string][] = [
  ['CREATE', 'CREATE (n:Hack {id: "hack"}) RETURN n'],
  ['MERGE', 'MERGE (n:Actor {id: "hack"}) RETURN n'],
  ['SET', 'MATCH (a:Actor) SET a.name = "hacked" RETURN a'],
  ['REMOVE', 'MATCH (a:Actor) REMOVE a.name RETURN a'],
  ['DELETE', 'MATCH (a:Actor {id: "russia"})-[r]-() DELETE r'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
  ['FOREACH with a write', 'MATCH (a:Actor) FOREACH (x IN [1] | SET a.hacked = true)'],
  ['CALL { } with a write', 'CALL { CREATE (:Hack) } RETURN 1'],
  ['scoped CALL () { } with a write', 'MATCH (a:Actor) CALL (a) { SET a.hacked = true } RETURN a'],
  ['CALL IN TRANSACTIONS', 'UNWIND range(1, 10) AS i CALL (i) { CREATE (:Hack {i: i}) } IN TRANSACTIONS OF 5 ROWS'],
  ['read-only CALL IN TRANSACTIONS', 'UNWIND range(1, 10) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j'],
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ['LOAD CSV from a URL', "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/data.csv' AS row RETURN row"],
  ['dbms.* procedure', "CALL dbms.setConfigValue('db.transaction.timeout', '0')"],
  ['db.create* procedure', "CALL db.createLabel('Hack')"],
  ['db.createRelationshipType', "CALL db.createRelationshipType('HACK')"],
  ['db.index.* procedure other than the read', 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()'],
  ['a procedure named with backticks', "CALL `db`.`createLabel`('Hack')"],
  ['CREATE INDEX', 'CREATE INDEX hack FOR (n:Actor) ON (n.description)'],
  ['DROP INDEX', 'DROP INDEX actor_kind'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT hack FOR (n:Hack) REQUIRE n.id IS UNIQUE'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT actor_id'],
  ['CREATE DATABASE', 'CREATE DATABASE hack'],
  ['DROP DATABASE', 'DROP DATABASE neo4j'],
  ['CREATE USER', "CREATE USER hacker SET PASSWORD 'secret-password'"],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'secret-password'"],
  ['GRANT', 'GRANT ROLE admin TO neo4j'],
  ['USE system', 'USE system SHOW USERS'],
  ['USE system with a read', 'USE system MATCH (n) RETURN n'],
  ['SHOW', 'SHOW DATABASES'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['two statements', 'MATCH (n) RETURN count(n); CREATE (:Hack)'],
  ['two reads', 'MATCH (n) RETURN count(n); MATCH (m) RETURN count(m)'],
  ['a write after a line comment', 'MATCH (n) RETURN n // only a read\nCREATE (:Hack)'],
  ['a write between block comments', 'MATCH (n)/* read */CREATE/* really */(:Hack)'],
  ['mixed case', 'cReAtE (:Hack)'],
  [
    'a write after a string that looks like it ends the query',
    'MATCH (n) WHERE n.name = "x;" CREATE (:Hack) RETURN "CREATE"',
  ],
  ['an escaped quote in a string', "MATCH (n) WHERE n.name = 'it\\'s' SET n.hacked = 1 RETURN n"],
  ['an unterminated string hiding the rest', "MATCH (n) RETURN 'x\nCREATE (:Hack)"],
  ['an unterminated comment', 'MATCH (n) RETURN n /* CREATE (:Hack)'],
  ['EXPLAIN prefix', 'EXPLAIN CREATE (:Hack)'],
];

describe('POST /api/query refuses', () => {
  it.each(ATTACKS)('%s, and the database is unchanged', async (_name, cypher) => {
    const { status, body } = await query(cypher);
    expect([400, 403]).toContain(status);
    expect(body.error).toEqual(expect.any(String));
    expect(body.error.length).toBeGreaterThan(10);
    expect(await fingerprint()).toEqual(before);
  });

  it('says why, in words a person can act on', async () => {
    expect((await query('CREATE (:Hack)')).body.error).toBe('CREATE writes to the graph; the console is read-only.');
    expect((await query("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row")).body.error).toMatch(
      /^LOAD CSV is not allowed/,
    );
    expect((await query('MATCH (n) RETURN n; MATCH (m) RETURN m')).body.error).toMatch(/^Only one statement at a time/);
    expect((await query("CALL db.createLabel('X')")).body.error).toMatch(
      /^The procedure db\.createLabel is not allowed; the console may call only db\.labels/,
    );
    expect((await query('USE system MATCH (n) RETURN n')).body.error).toMatch(/^USE is not allowed/);
  });
});

describe('behind the lexical check', () => {
  it.each([['CREATE (:Hack)'], ['MATCH (a:Actor) SET a.hacked = true'], ['CALL db.createLabel("Hack")']])(
    'the EXPLAIN pre-flight and the read transaction refuse %s on their own',
    async (cypher) => {
      await expect(executeReadOnly(appDb(), cypher, {}, { timeoutMs: 5_000, rowCap: 10 })).rejects.toBeInstanceOf(
        RefusedQueryError,
      );
      expect(await fingerprint()).toEqual(before);
    },
  );
});

describe('POST /api/query answers reads', () => {
  it('with rows, columns and the graph elements found in them, ids as slugs', async () => {
    const { status, body } = await query(
      'MATCH (a:Actor)-[r:TOOK_STANCE {stance: $stance}]->(e:Event {id: $event}) RETURN a, r, e ORDER BY a.id',
      { stance: 'condemnation', event: 'russia-recognizes-taliban' },
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(['a', 'r', 'e']);
    expect(body.rows).toHaveLength(2);
    expect(body.rows[1].a.properties.name).toBe('Fawzia Koofi');
    const nodeIds = body.graph.nodes.map((n: { id: string }) => n.id).sort();
    expect(nodeIds).toEqual([
      'afghan-womens-political-participation-network',
      'fawzia-koofi',
      'russia-recognizes-taliban',
    ]);
    expect(body.graph.edges).toContainEqual(
      expect.objectContaining({
        source: 'fawzia-koofi',
        target: 'russia-recognizes-taliban',
        type: 'STANCE',
        stance: 'condemnation',
      }),
    );
    expect(body.truncated).toBe(false);
  });

  it('draws the ends of relationships returned without their nodes', async () => {
    const { body } = await query("MATCH (:Actor {id: 'amir-khan-muttaqi'})-[r:SPEAKS_FOR]->() RETURN r");
    expect(body.graph.edges).toEqual([
      expect.objectContaining({ source: 'amir-khan-muttaqi', target: 'taliban-government', type: 'SPEAKS_FOR' }),
    ]);
    expect(body.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'amir-khan-muttaqi',
      'taliban-government',
    ]);
  });

  it('takes whole-number parameters as integers, and the allowed procedures', async () => {
    expect((await query('MATCH (a:Actor) RETURN a.id LIMIT $n', { n: 3 })).body.rows).toHaveLength(3);
    const labels = await query('CALL db.labels() YIELD label RETURN label ORDER BY label');
    // The graph's labels, its version, and the stances counted per date and listed per event that it
    // keeps beside them (docs/model.md).
    expect(labels.body.rows.map((r: { label: string }) => r.label)).toEqual([
      'Actor',
      'Event',
      'GraphVersion',
      'Source',
      'StanceDay',
      'StanceTakers',
    ]);
    const search = await query(
      "CALL db.index.fulltext.queryNodes('actor_search', 'koofi') YIELD node RETURN node.id AS id",
    );
    expect(search.body.rows[0].id).toBe('fawzia-koofi');
  });

  it('stops reading at the row cap and says so', async () => {
    process.env.QUERY_ROW_CAP = '100';
    try {
      const { body } = await query('UNWIND range(1, 100000) AS x RETURN x');
      expect(body.rows).toHaveLength(100);
      expect(body.truncated).toBe(true);
      expect(body.rowCap).toBe(100);
    } finally {
      delete process.env.QUERY_ROW_CAP;
    }
  });

  it('shows a syntax error with the database’s message, line and column as written', async () => {
    const { status, body } = await query('MATCH (a:Actor)\nWHERE a.name =\nRETURN a');
    expect(status).toBe(400);
    expect(body.error).toMatch(/line 3, column 8 \(offset: 38\)/);
    expect(body.error).not.toMatch(/EXPLAIN/);
    expect((await query('MATCH (a:Actor) RETURN a.id LIMIT 1')).status).toBe(200);
  });

  it('refuses a body that is not a query', async () => {
    const noJson = await POST(
      new Request('http://127.0.0.1/api/query', { method: 'POST', body: 'MATCH (n) RETURN n' }),
    );
    expect(noJson.status).toBe(400);
    expect((await noJson.json()).error).toMatch(/must be JSON/);
    const empty = await query('   ');
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/cypher must not be empty/);
  });
});

describe('a query that runs forever', () => {
  it('is stopped at the timeout while other requests are answered promptly', async () => {
    // Long enough that a loaded 2-core machine still answers the other requests well inside it.
    process.env.QUERY_TIMEOUT_MS = '8000';
    try {
      const started = Date.now();
      let slowDoneAt = 0;
      const slow = query('UNWIND range(1, 100000000000) AS x WITH x WHERE x % 1000003 = -1 RETURN count(x)').then(
        (r) => {
          slowDoneAt = Date.now();
          return r;
        },
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const rounds: { took: number; doneAt: number }[] = [];
      for (let i = 0; i < 2; i++) {
        const t = Date.now();
        const [h, g, q] = await Promise.all([
          health(),
          graph(new Request('http://127.0.0.1/api/graph?event=russia-recognizes-taliban')),
          query('MATCH (a:Actor) RETURN count(a) AS n'),
        ]);
        expect([h.status, g.status, q.status]).toEqual([200, 200, 200]);
        rounds.push({ took: Date.now() - t, doneAt: Date.now() });
      }
      const { status, body } = await slow;
      expect(status).toBe(408);
      expect(body.error).toBe(
        'The query timed out after 8 s and was stopped. Narrow it (a LIMIT, fewer hops) and try again.',
      );
      expect(slowDoneAt - started).toBeGreaterThanOrEqual(7900);
      // The other requests were answered while the slow query was still running, none waiting for it
      // (a round that queued behind it would take the whole 8 s).
      for (const round of rounds) {
        expect(round.doneAt).toBeLessThan(slowDoneAt);
        expect(round.took).toBeLessThan(4000);
      }
      // ... and the next query runs as usual.
      expect((await query('MATCH (a:Actor) RETURN count(a) AS n')).body.rows[0].n).toBe(15);
    } finally {
      delete process.env.QUERY_TIMEOUT_MS;
    }
  });
});

describe('the per-client rate limit', () => {
  it('answers 429 with Retry-After past a client’s share, another client still served', async () => {
    process.env.QUERY_RATE_PER_MINUTE = '6';
    try {
      const from = (client: string) =>
        POST(
          new Request('http://127.0.0.1/api/query', {
            method: 'POST',
            body: JSON.stringify({ cypher: 'RETURN 1 AS one' }),
            headers: { 'x-forwarded-for': `${client}, 10.0.0.1` },
          }),
        );
      // Half a minute's share at once: three.
      for (let i = 0; i < 3; i += 1) expect((await from('203.0.113.7')).status).toBe(200);
      const refused = await from('203.0.113.7');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await refused.json()).error).toMatch(/^Too many queries from this client; try again in \d+ s\.$/);
      expect((await from('198.51.100.2')).status).toBe(200);
    } finally {
      process.env.QUERY_RATE_PER_MINUTE = '1000000';
    }
  });
});

describe('hostile console parameters and bodies', () => {
  async function healthTime(): Promise<number> {
    const t = performance.now();
    expect((await health()).status).toBe(200);
    return performance.now() - t;
  }

  it.each([
    '__isInteger__',
    '__isDate__',
    '__isDateTime__',
    '__isPoint__',
    '__isNode__',
    '__isPath__',
    '__isDuration__',
  ])('refuses a parameter shaped like the driver type %s with a 400 that says why', async (marker) => {
    const { status, body } = await query('RETURN $n AS n', { n: { [marker]: true, low: 5, high: 0 } });
    expect(status).toBe(400);
    expect(body.error).toContain(`params.n.${marker}: keys shaped like the driver's type markers`);
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses parameters nested 5,000 deep, and answers the next request', async () => {
    // Written out by hand: JSON.stringify itself recurses, and would overflow first.
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const response = await POST(
      new Request('http://127.0.0.1/api/query', {
        method: 'POST',
        body: `{"cypher":"RETURN $deep AS d","params":{"deep":${deep}}}`,
      }),
    );
    const { status, body } = { status: response.status, body: await response.json() };
    expect(status).toBe(400);
    expect(body.error).toBe('params are nested more than 32 levels deep.');
    expect(await healthTime()).toBeLessThan(200);
  });

  it('refuses a whole number that a JS number cannot hold exactly instead of clamping it', async () => {
    const { status, body } = await query('RETURN $n AS n', { n: 1e308 });
    expect(status).toBe(400);
    expect(body.error).toMatch(/^params\.n is a whole number outside ±2\^53/);
    expect((await query('RETURN $n AS n', { n: 2 ** 53 - 1 })).body.rows[0].n).toBe(2 ** 53 - 1);
  });

  it('stops reading a 150 MB body at the limit with a 413', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 150 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await POST(
      new Request('http://127.0.0.1/api/query', { method: 'POST', body, duplex: 'half' } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe('The request body is larger than 195 KB.');
    expect(sent).toBeLessThan(1024 * 1024);
    expect(await healthTime()).toBeLessThan(200);
  });
});
