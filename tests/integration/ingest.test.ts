/**
 * From the seed article to reviewed stances, through the real routes against the shared Neo4j: the
 * first event's stances are taken away (its actors and their relations stay), the article is
 * ingested, every proposal with a stance is accepted through the editors' write path, and the ten
 * stances of the domain's table are back in the graph, each with words verbatim in the article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@/lib/auth/users';
import { getDriver } from '@/lib/neo4j';
import { call } from './edit-routes';
import { signIn } from './routes';
import { writingFile } from './shared-neo4j';

const EVENT = 'russia-recognizes-taliban';
const EDITOR = { username: 'ingrid', password: 'ingrid’s long editor password' };
const ARTICLE = fs.readFileSync(
  path.join(process.cwd(), 'graph-seed/first-event/sources/russia-recognizes-taliban.txt'),
  'utf8',
);
/** The domain's table (DOMAIN.md): who took which stance on the first event. */
const EXPECTED: Record<string, string> = {
  russia: 'support',
  'russian-foreign-ministry': 'support',
  'vladimir-putin': 'support',
  'amir-khan-muttaqi': 'support',
  'taliban-government': 'support',
  'fawzia-koofi': 'condemnation',
  'afghan-womens-political-participation-network': 'condemnation',
  'rangin-dadfar-spanta': 'caution',
  'united-nations-security-council': 'caution',
  'united-nations': 'caution',
};

const scratch = writingFile('ingest');
let cookie: string;

beforeAll(async () => {
  await createUser({ driver: scratch.driver() }, { ...EDITOR, role: 'editor' });
  cookie = await signIn(EDITOR.username, EDITOR.password);
  await getDriver().executeQuery('MATCH (:Actor)-[r:TOOK_STANCE]->(:Event {id: $id}) DELETE r', { id: EVENT });
});

describe('POST /api/ingest', () => {
  it('answers 401 without a session, 400 for an empty text, 404 for an unknown event', async () => {
    expect((await call('POST', '/api/ingest', { text: ARTICLE, event: EVENT })).status).toBe(401);
    const empty = await call('POST', '/api/ingest', { text: '  ', event: EVENT }, { cookie });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/text must not be empty/);
    expect((await call('POST', '/api/ingest', { text: ARTICLE, event: 'no-such-event' }, { cookie })).status).toBe(404);
  });

  it('proposes the seed article’s ten stances; accepted, they are in the graph with verbatim words', async () => {
    // The article as a scraped page gives it: its body's paragraphs twice over, which the ingest keeps
    // once, making it the stored source's text again.
    const lines = ARTICLE.trim().split('\n');
    const raw = [...lines.slice(0, 12), ...lines.slice(4, 12), ...lines.slice(12)].join('\r\n');
    const before = await getDriver().executeQuery('MATCH (n) RETURN count(n) AS n');
    const { status, body } = await call('POST', '/api/ingest', { text: raw, event: EVENT }, { cookie });
    expect(status).toBe(200);
    expect((await getDriver().executeQuery('MATCH (n) RETURN count(n) AS n')).records[0].get('n')).toEqual(
      before.records[0].get('n'),
    );
    expect(body.text).toBe(ARTICLE.trim());
    // Stored already, and cited by the seed's stances on the earlier events only.
    const onEvent = (ids: string[]) => ids.filter((id) => id.endsWith(`--${EVENT}`));
    expect(body.stored).toMatchObject({ sourceId: 'russia-recognizes-taliban-article' });
    expect(body.stored.stances.length).toBeGreaterThan(0);
    expect(onEvent(body.stored.stances)).toEqual([]);
    for (const p of body.proposals) expect(body.text.slice(p.start, p.end)).toBe(p.quote);
    expect(body.relations).toContainEqual(expect.objectContaining({ type: 'ECHOES' }));

    for (const p of body.proposals.filter(
      (x: { stance: string | null; actor: { id: string | null } }) => x.stance && x.actor.id,
    )) {
      const saved = await call(
        'POST',
        '/api/stances',
        {
          actor: p.actor.id,
          event: EVENT,
          stance: p.stance,
          sourceId: body.stored.sourceId,
          quote: p.quote,
          quoteKind: p.quoteKind,
        },
        { cookie },
      );
      expect([200, 201, 409]).toContain(saved.status);
    }
    const { records } = await getDriver().executeQuery(
      `MATCH (a:Actor)-[r:TOOK_STANCE]->(:Event {id: $id}), (s:Source {id: 'russia-recognizes-taliban-article'})
       RETURN a.id AS actor, r.stance AS stance, all(q IN r.quotes WHERE s.text CONTAINS q) AS verbatim`,
      { id: EVENT },
    );
    const graph = Object.fromEntries(records.map((r) => [r.get('actor'), r.get('stance')]));
    expect(graph).toEqual(EXPECTED);
    expect(records.every((r) => r.get('verbatim') === true)).toBe(true);

    const again = await call('POST', '/api/ingest', { text: raw, event: EVENT }, { cookie });
    expect(onEvent(again.body.stored.stances)).toHaveLength(10);
    const history = (await call('GET', `/api/changes?user=${EDITOR.username}&limit=200`)).body.changes;
    expect(history.filter((c: { action: string }) => c.action === 'create')).toHaveLength(10);
  });

  it('knows an article stored through the write path by its text, however the seed’s sources compare', async () => {
    const text = 'Lena Vos, a Dutch senator, welcomed the recognition.\n\nNobody else spoke.';
    const source = await call('POST', '/api/sources', { title: 'A short report', text, event: EVENT }, { cookie });
    expect(source.status).toBe(201);
    const { body } = await call('POST', '/api/ingest', { text: `${text}\n`, event: EVENT }, { cookie });
    expect(body.stored).toEqual({ sourceId: source.body.source.id, title: 'A short report', stances: [] });
  });

  it('takes the publisher: a body publishing its own brief speaks in it as "we"', async () => {
    const text = 'Russia recognised the Taliban government on Thursday.\n\nIn our view the recognition is premature.';
    const propose = async (publisher?: string) => {
      const { status, body } = await call(
        'POST',
        '/api/ingest',
        { text, event: EVENT, ...(publisher ? { publisher } : {}) },
        { cookie },
      );
      expect(status).toBe(200);
      return (body.proposals as { actor: { name: string }; stance: string | null }[]).map((p) => [
        p.actor.name,
        p.stance,
      ]);
    };
    expect(await propose('Kabul Policy Institute')).toContainEqual(['Kabul Policy Institute', 'caution']);
    expect((await propose()).map(([name]) => name)).not.toContain('Kabul Policy Institute');
  });
});
