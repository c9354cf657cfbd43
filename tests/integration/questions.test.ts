/** Each ready question on the seed, with the answer a reader of the article expects. */
import { afterAll, describe, expect, it } from 'vitest';
import { GET as ask } from '@/app/api/questions/[name]/route';
import { GET as list } from '@/app/api/questions/route';
import { CONSOLE_EXAMPLES } from '@/lib/client/query-page/query-examples';
import { appDb, closeDriver } from '@/lib/neo4j';
import { executeReadOnly } from '@/lib/query/console';

afterAll(async () => {
  await closeDriver();
});

async function question(name: string, query = '') {
  const response = await ask(new Request(`http://127.0.0.1/api/questions/${name}?${query}`), {
    params: Promise.resolve({ name }),
  });
  return { status: response.status, body: await response.json() };
}

const EVENT = 'russia-recognizes-taliban';
const nodeIds = (body: { graph: { nodes: { id: string }[] } }) => body.graph.nodes.map((n) => n.id).sort();

describe('ready questions', () => {
  it('lists every question with the inputs its form needs', async () => {
    const body = await (await list()).json();
    expect(body.questions.map((q: { name: string }) => q.name)).toEqual([
      'stance-takers',
      'neighbourhood',
      'shortest-path',
      'agreement',
      'speaks-for',
      'echoes',
      'camps',
      'agreement-over-time',
      'stance-mix',
      'closest-over-time',
      'congruence',
    ]);
    expect(body.questions.find((q: { name: string }) => q.name === 'shortest-path').fields).toEqual([
      { name: 'from', input: 'actor', required: true },
      { name: 'to', input: 'actor', required: true },
    ]);
  });

  it('who condemned the recognition: Koofi and the women’s network, with their words', async () => {
    const { status, body } = await question('stance-takers', `event=${EVENT}&stance=condemnation`);
    expect(status).toBe(200);
    expect(body.rows.map((r: { actor: string }) => r.actor)).toEqual([
      'afghan-womens-political-participation-network',
      'fawzia-koofi',
    ]);
    expect(body.rows[1].quote).toContain('condemned Russia’s decision');
    // The reporter's sentence, and the answer says so.
    expect(body.columns).toEqual(['name', 'kind', 'stance', 'quote', 'quote_kind', 'source']);
    expect(body.rows[1].quote_kind).toBe('reported');
    expect(nodeIds(body)).toEqual(['afghan-womens-political-participation-network', 'fawzia-koofi', EVENT]);
  });

  it('who supported it, people only', async () => {
    const { body } = await question('stance-takers', `event=${EVENT}&stance=support&kind=person`);
    expect(body.rows.map((r: { actor: string }) => r.actor)).toEqual(['amir-khan-muttaqi', 'vladimir-putin']);
  });

  it('everything within 1 and 2 hops of Koofi', async () => {
    const one = await question('neighbourhood', 'actor=fawzia-koofi&hops=1');
    expect(one.body.rows.map((r: { id: string }) => r.id).sort()).toEqual([
      'afghan-womens-political-participation-network',
      'fawzia-koofi',
      EVENT,
    ]);
    expect(one.body.truncated).toBe(false);
    const two = await question('neighbourhood', 'actor=fawzia-koofi&hops=2');
    expect(two.body.rows.length).toBeGreaterThan(one.body.rows.length);
    expect((await question('neighbourhood', 'actor=fawzia-koofi&hops=4')).status).toBe(400);
  });

  it('the shortest path from Koofi to Putin runs through the event they took opposite stances on', async () => {
    const { body } = await question('shortest-path', 'from=fawzia-koofi&to=vladimir-putin');
    expect(body.rows).toEqual([
      {
        hops: 2,
        path: 'Fawzia Koofi —[TOOK_STANCE condemnation]→ Russia recognizes the Taliban government ←[TOOK_STANCE support]— Vladimir Putin',
      },
    ]);
    expect(nodeIds(body)).toEqual(['fawzia-koofi', EVENT, 'vladimir-putin'].sort());
  });

  it('no path between actors that share nothing, and clear errors', async () => {
    expect((await question('shortest-path', 'from=china&to=germany')).body.rows).toEqual([]);
    expect((await question('shortest-path', 'from=china&to=china')).body.error).toBe(
      'from and to must be two different actors',
    );
    expect((await question('shortest-path', 'from=china&to=atlantis')).status).toBe(404);
    expect((await question('shortest-path', 'from=china')).status).toBe(400);
  });

  it('who agrees with Koofi and who opposes her', async () => {
    const { body } = await question('agreement', 'actor=fawzia-koofi');
    const agrees = body.rows
      .filter((r: { relation: string }) => r.relation === 'agrees')
      .map((r: { actor: string }) => r.actor);
    const opposes = body.rows
      .filter((r: { relation: string }) => r.relation === 'opposes')
      .map((r: { actor: string }) => r.actor);
    expect(agrees).toEqual(['afghan-womens-political-participation-network']);
    expect(opposes.sort()).toEqual([
      'amir-khan-muttaqi',
      'russia',
      'russian-foreign-ministry',
      'taliban-government',
      'vladimir-putin',
    ]);
    // The cautious neither agree nor oppose.
    expect(body.rows.some((r: { actor: string }) => r.actor === 'rangin-dadfar-spanta')).toBe(false);
    expect(body.rows[0].events).toEqual(['Russia recognizes the Taliban government']);
    // Drawn: Koofi, everyone in the answer, the shared event, and both sides' stances on it.
    const nodeIds = body.graph.nodes.map((n: { id: string }) => n.id).sort();
    expect(nodeIds).toEqual([...agrees, ...opposes, 'fawzia-koofi', 'russia-recognizes-taliban'].sort());
    const stanceEdges = body.graph.edges.filter((e: { type: string }) => e.type === 'STANCE');
    expect(stanceEdges.map((e: { source: string }) => e.source).sort()).toEqual(
      [...agrees, ...opposes, 'fawzia-koofi'].sort(),
    );
  });

  it('ranks agreement by how many events are shared: Russia and the Taliban government share two', async () => {
    const { body } = await question('agreement', 'actor=russia');
    expect(body.rows[0]).toMatchObject({ relation: 'agrees', actor: 'taliban-government', sharedEvents: 2 });
  });

  it('Muttaqi speaks for the Taliban government, which is part of Afghanistan', async () => {
    const { body } = await question('speaks-for', 'actor=amir-khan-muttaqi');
    expect(body.rows).toEqual([
      {
        from: 'Amir Khan Muttaqi',
        to: 'Afghanistan',
        hops: 2,
        chain: 'Amir Khan Muttaqi —[SPEAKS_FOR]→ Taliban government —[PART_OF]→ Afghanistan',
      },
    ]);
    const all = await question('speaks-for');
    expect(all.body.rows.map((r: { chain: string }) => r.chain)).toContain('Vladimir Putin —[LEADS]→ Russia');
  });

  it('the echo chain runs from the women’s network to Koofi', async () => {
    const { body } = await question('echoes');
    expect(body.rows).toEqual([
      {
        from: 'Afghan Women’s Political Participation Network',
        to: 'Fawzia Koofi',
        hops: 1,
        chain: 'Afghan Women’s Political Participation Network —[ECHOES]→ Fawzia Koofi',
      },
    ]);
    expect((await question('echoes', 'actor=russia')).body.rows).toEqual([]);
  });

  it('the camps on the recognition: 5 support, 2 condemn, 3 cautious, by kind', async () => {
    const { body } = await question('camps', `event=${EVENT}`);
    const total = (stance: string) =>
      body.rows
        .filter((r: { stance: string }) => r.stance === stance)
        .reduce((n: number, r: { count: number }) => n + r.count, 0);
    expect([total('support'), total('condemnation'), total('caution')]).toEqual([5, 2, 3]);
    expect(body.rows).toContainEqual({
      stance: 'caution',
      kind: 'intergovernmental',
      count: 2,
      actors: ['United Nations', 'United Nations Security Council'],
    });
    expect(body.graph.edges.filter((e: { type: string }) => e.type === 'STANCE')).toHaveLength(10);
  });

  it('404 for an unknown question, naming the ones there are', async () => {
    const { status, body } = await question('who-is-right');
    expect(status).toBe(404);
    expect(body.error).toMatch(/^No question "who-is-right"\. Ask one of: stance-takers,/);
  });
});

describe('the console’s quotes example', () => {
  it('lists each quote with whose words it is', async () => {
    const example = CONSOLE_EXAMPLES.find((e) => e.id === 'quotes')!;
    const answer = await executeReadOnly(appDb(), example.cypher, example.params, { timeoutMs: 10_000, rowCap: 100 });
    const kinds = answer.rows.map((r) => `${String(r.actor)} | ${String(r.kind)} | ${String(r.quote)}`);
    expect(kinds).toContain('Amir Khan Muttaqi | direct | new phase of positive relations');
    expect(kinds).toContainEqual(expect.stringMatching(/^Fawzia Koofi \| reported \| Fawzia Koofi, a former/));
  });
});
