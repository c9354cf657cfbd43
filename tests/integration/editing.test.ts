/**
 * The editors' write API through the real route handlers against the shared Neo4j: who may write
 * (401, 403, another site's page), bad input (400 naming the field), stale versions (409 with the
 * current state), two saves at once, the history and its reverts, a write failing midway, and an
 * import recorded as one change. The seed is restored after.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as graphRoute } from '@/app/api/graph/route';
import { hydrateGraph } from '@/lib/client/data/graph-answer';
import { createUser } from '@/lib/auth/users';
import { addStance } from '@/lib/edit';
import { importFile } from '@/lib/import';
import { appDb, getDriver, type Db } from '@/lib/neo4j';
import { call } from './edit-routes';
import { signIn } from './routes';
import { writingFile } from './shared-neo4j';
import { keptAndCounted, takersKeptAndListed } from './kept-beside-graph';

const EDITOR = { username: 'edna', password: 'edna’s long editor password' };
const READER = { username: 'rita', password: 'rita’s long reader password' };
const EVENT = 'russia-recognizes-taliban';

/** An article written for these tests, in the manner of a wire report. */
const ARTICLE = [
  'Kazakhstan said on Friday it would study the Russian decision before taking any step of its own.',
  '"We will not rush into recognition," Foreign Minister Murat Nurtleu told reporters in Astana.',
  'Officials in Tashkent welcomed the move as good for regional trade.',
].join('\n\n');

const scratch = writingFile('editing');
let editor: string;
let reader: string;
let sourceId: string;

const as = (cookie: string) => ({ cookie });
const post = (path: string, body: unknown, cookie = editor) => call('POST', path, body, as(cookie));
const patch = (path: string, body: unknown, cookie = editor) => call('PATCH', path, body, as(cookie));
const remove = (path: string, body: unknown, cookie = editor) => call('DELETE', path, body, as(cookie));

async function graphEdges(): Promise<{ id: string; stance?: string; evidence: { quote: string }[] }[]> {
  const response = await graphRoute(new Request(`http://127.0.0.1/api/graph?event=${EVENT}`));
  return hydrateGraph(await response.json()).edges;
}

/**
 * Everything the graph holds apart from the history and accounts, a line per node and relationship,
 * sorted; `versions: false` leaves out the versions (which a revert counts up).
 */
async function snapshot({ versions = true } = {}): Promise<string[]> {
  const { records } = await getDriver().executeQuery(
    `MATCH (n) WHERE NOT n:Change AND NOT n:ChangeCounter AND NOT n:GraphVersion AND NOT n:User AND NOT n:SignInThrottle
     OPTIONAL MATCH (n)-[r]->(m)
     RETURN labels(n) AS labels, properties(n) AS node, type(r) AS type, properties(r) AS rel, m.id AS to`,
  );
  const drop = (props: Record<string, unknown> | null) => {
    if (!props) return props;
    const { version, text, ...rest } = props;
    return { ...rest, ...(versions ? { version } : {}), textLength: typeof text === 'string' ? text.length : null };
  };
  return records
    .map((r) => JSON.stringify([r.get('labels'), drop(r.get('node')), r.get('type'), drop(r.get('rel')), r.get('to')]))
    .sort();
}

beforeAll(async () => {
  const db = { driver: scratch.driver() };
  await createUser(db, { ...EDITOR, role: 'editor' });
  await createUser(db, { ...READER, role: 'editor' });
  // An account of a role this version does not know may sign in but not write.
  await scratch.driver().executeQuery("MATCH (u:User {username: $u}) SET u.role = 'viewer'", { u: READER.username });
  editor = await signIn(EDITOR.username, EDITOR.password);
  reader = await signIn(READER.username, READER.password);
  const stored = await post('/api/sources', {
    title: 'Central Asia weighs its answer',
    publisher: 'Test Wire',
    url: 'https://news.example/central-asia',
    date: '2025-07-05',
    text: ARTICLE,
    event: EVENT,
  });
  expect(stored.status).toBe(201);
  sourceId = stored.body.source.id;
});

describe('who may write', () => {
  const writes: [string, string, unknown][] = [
    ['POST', '/api/sources', { title: 'x', text: 'x' }],
    ['POST', '/api/actors', { name: 'Kazakhstan', kind: 'state' }],
    ['PATCH', '/api/actors/russia', { version: 1, description: 'x' }],
    ['POST', '/api/actors/china/merge', { into: 'russia', version: 1 }],
    ['POST', '/api/events', { title: 'x', date: '2025' }],
    ['PATCH', `/api/events/${EVENT}`, { version: 1, title: 'x' }],
    ['POST', '/api/stances', { actor: 'china', event: EVENT, stance: 'support', sourceId: 'x', quote: 'x' }],
    ['PATCH', `/api/stances/russia--${EVENT}`, { version: 1, stance: 'caution', reason: 'x' }],
    ['DELETE', `/api/stances/russia--${EVENT}`, { version: 1, reason: 'x' }],
    ['POST', '/api/relations', { type: 'LEADS', from: 'china', to: 'russia' }],
    ['DELETE', '/api/relations/vladimir-putin--leads--russia', {}],
    ['POST', '/api/changes/00000000-0000-4000-8000-000000000000/revert', {}],
  ];

  it('answers 401 without a session, 403 to an account that may not write or to another site, and changes nothing', async () => {
    const before = await snapshot();
    for (const [method, route, body] of writes) {
      const anonymous = await call(method as 'POST', route, body);
      expect(anonymous.status, `${method} ${route}`).toBe(401);
      expect(anonymous.body.error).toMatch(/sign in/i);
      expect((await call(method as 'POST', route, body, as(reader))).status, `${method} ${route}`).toBe(403);
      const forged = await call(method as 'POST', route, body, {
        cookie: editor,
        headers: { origin: 'https://evil.example' },
      });
      expect(forged.status, `${method} ${route}`).toBe(403);
      expect(forged.body.error).toMatch(/another site/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('keeps reading open to everyone', async () => {
    expect((await call('GET', `/api/sources/${sourceId}`)).body.text).toBe(ARTICLE);
    expect((await call('GET', `/api/sources?event=${EVENT}`)).body.sources.map((s: { id: string }) => s.id)).toContain(
      sourceId,
    );
    expect((await call('GET', `/api/stances/russia--${EVENT}`)).body).toMatchObject({ stance: 'support', version: 1 });
    expect((await call('GET', '/api/changes')).status).toBe(200);
  });
});

describe('sources', () => {
  it('answers the stored source for the same address or the same text, the seed article included', async () => {
    const again = await post('/api/sources', {
      title: 'Another title',
      url: 'https://news.example/central-asia',
      text: 'other',
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ existing: true, source: { id: sourceId } });
    const sameText = await post('/api/sources', {
      title: 'Pasted again',
      text: `\n${ARTICLE.replace(/\n/g, '\r\n')}  `,
    });
    expect(sameText.body).toMatchObject({ existing: true, source: { id: sourceId } });
    const seedText = fs.readFileSync(
      path.join(process.cwd(), 'graph-seed/first-event/sources/russia-recognizes-taliban.txt'),
      'utf8',
    );
    const seed = await post('/api/sources', { title: 'The seed article, pasted', text: seedText });
    expect(seed.status).toBe(200);
    expect(seed.body.source.id).toBe('russia-recognizes-taliban-article');
  });

  it('refuses bad input naming the field', async () => {
    expect((await post('/api/sources', { title: 'x', text: '   ' })).body.error).toMatch(/text must not be empty/);
    expect((await post('/api/sources', { title: 'x', text: 'y', url: 'javascript:alert(1)' })).body.error).toMatch(
      /url/,
    );
    expect((await post('/api/sources', { title: 'x', text: 'y', date: 'July' })).body.error).toMatch(/date must be/);
    expect((await post('/api/sources', 'not json')).status).toBe(400);
    expect((await post('/api/sources', { title: 'x', text: 'y', extra: 1 })).body.error).toMatch(/extra/);
  });
});

describe('actors and events', () => {
  it('creates an actor, refuses a second of the same name or alias, and edits with the version read', async () => {
    const created = await post('/api/actors', {
      name: 'Kazakhstan',
      kind: 'state',
      aliases: ['Republic of Kazakhstan'],
    });
    expect(created.status).toBe(201);
    expect(created.body.actor).toMatchObject({ id: 'kazakhstan', version: 1, aliases: ['Republic of Kazakhstan'] });

    const sameName = await post('/api/actors', { name: '  KAZAKHSTAN ', kind: 'state' });
    expect(sameName.status).toBe(409);
    expect(sameName.body.current).toMatchObject({ id: 'kazakhstan' });
    const byAlias = await post('/api/actors', { name: 'Russian federation', kind: 'state' });
    expect(byAlias.status).toBe(409);
    expect(byAlias.body.current.id).toBe('russia');

    expect((await post('/api/actors', { name: 'X', kind: 'planet' })).body.error).toMatch(/^kind must be one of state/);
    expect((await post('/api/actors', { name: 'x'.repeat(301), kind: 'state' })).body.error).toMatch(
      /name must be at most 300/,
    );

    const edited = await patch('/api/actors/kazakhstan', { version: 1, description: 'Central Asian state' });
    expect(edited.body.actor).toMatchObject({ description: 'Central Asian state', version: 2 });
    const stale = await patch('/api/actors/kazakhstan', { version: 1, description: 'Something else' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/you had version 1, it is now 2/);
    expect(stale.body.current).toMatchObject({ description: 'Central Asian state', version: 2 });
    expect((await call('GET', '/api/actors/kazakhstan')).body).toMatchObject({ version: 2 });
    // Found by its new description, through the search text kept with it.
    expect((await call('GET', '/api/actors?q=central%20asian')).body.actors[0]?.id).toBe('kazakhstan');
    expect((await patch('/api/actors/nobody-at-all', { version: 1, name: 'x' })).status).toBe(404);
  });

  it('creates and edits an event', async () => {
    const created = await post('/api/events', { title: 'Kazakhstan reviews its Taliban policy', date: '2025-07' });
    expect(created.status).toBe(201);
    expect(created.body.event).toMatchObject({
      id: 'kazakhstan-reviews-its-taliban-policy',
      kind: 'statement',
      version: 1,
    });
    const again = await post('/api/events', { title: 'russia RECOGNIZES the Taliban government', date: '2025' });
    expect(again.status).toBe(409);
    expect(again.body.current.id).toBe(EVENT);
    const edited = await patch(`/api/events/${created.body.event.id}`, { version: 1, date: '2025-07-05' });
    expect(edited.body.event).toMatchObject({ date: '2025-07-05', version: 2 });
    expect((await patch(`/api/events/${created.body.event.id}`, { version: 2, date: '5 July' })).status).toBe(400);
  });
});

// Every write here (two at once, reverts, a merge, one failing midway, an import) keeps the timeline's
// counts and the lists of who took each stance exact.
afterEach(async () => {
  const { kept, counted } = await keptAndCounted(getDriver());
  expect(kept).toEqual(counted);
  const takers = await takersKeptAndListed(getDriver());
  expect(takers.kept).toEqual(takers.listed);
});

describe('stances', () => {
  const id = `kazakhstan--${EVENT}`;

  it('takes only verbatim quotes, adds a second quote as evidence, and refuses a second stance', async () => {
    const paraphrase = await post('/api/stances', {
      actor: 'kazakhstan',
      event: EVENT,
      stance: 'caution',
      sourceId,
      quote: 'Kazakhstan will study the decision',
    });
    expect(paraphrase.status).toBe(400);
    expect(paraphrase.body.error).toMatch(/not a verbatim part of the source/);
    expect(
      (await post('/api/stances', { actor: 'kazakhstan', event: EVENT, stance: 'caution', sourceId, quote: '' })).body
        .error,
    ).toMatch(/quote must not be empty/);
    expect(
      (await post('/api/stances', { actor: 'atlantis', event: EVENT, stance: 'caution', sourceId, quote: 'x' })).status,
    ).toBe(404);

    const first = await post('/api/stances', {
      actor: 'kazakhstan',
      event: EVENT,
      stance: 'caution',
      sourceId,
      quote: 'Kazakhstan said on Friday it would study the Russian decision before taking any step of its own.',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: true, stance: { id, stance: 'caution', version: 1 } });
    const second = await post('/api/stances', {
      actor: 'kazakhstan',
      event: EVENT,
      stance: 'caution',
      sourceId,
      quote: 'We will not rush into recognition',
      quoteKind: 'direct',
    });
    expect(second.status).toBe(200);
    expect(second.body.stance.evidence).toEqual([
      expect.objectContaining({ kind: 'reported' }),
      { quote: 'We will not rush into recognition', sourceId, kind: 'direct' },
    ]);
    const other = await post('/api/stances', {
      actor: 'kazakhstan',
      event: EVENT,
      stance: 'support',
      sourceId,
      quote: 'Officials in Tashkent welcomed the move',
    });
    expect(other.status).toBe(409);
    expect(other.body.current).toMatchObject({ stance: 'caution', version: 2 });

    // The history names the source each quote came from.
    const added = (await call('GET', `/api/changes?entity=${id}&limit=2`)).body.changes;
    expect(added.map((c: { summary: string }) => c.summary)).toEqual([
      'added a quote to the caution of Kazakhstan on Russia recognizes the Taliban government, from “Central Asia weighs its answer”',
      'added the stance of Kazakhstan on Russia recognizes the Taliban government: caution, from “Central Asia weighs its answer”',
    ]);

    const drawn = (await graphEdges()).find((e) => e.id === id);
    expect(drawn?.stance).toBe('caution');
    expect(drawn?.evidence.map((e) => e.quote)).toContain('We will not rush into recognition');
  });

  it('changes a stance with its reason, one of two saves at once, and refuses a stale version', async () => {
    expect((await patch(`/api/stances/${id}`, { version: 2, stance: 'support' })).body.error).toMatch(/reason/);
    const [a, b] = await Promise.all([
      patch(`/api/stances/${id}`, { version: 2, stance: 'support', reason: 'Read the whole interview' }),
      patch(`/api/stances/${id}`, { version: 2, stance: 'condemnation', reason: 'Misread the headline' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const won = a.status === 200 ? a : b;
    const lost = a.status === 200 ? b : a;
    expect(lost.body.current).toEqual(won.body.stance);
    expect(won.body.stance.version).toBe(3);
    // Nothing is lost: the stored stance is the winner's, with both quotes, and the history has one entry.
    const stored = (await call('GET', `/api/stances/${id}`)).body;
    expect(stored).toEqual(won.body.stance);
    expect(stored.evidence).toHaveLength(2);
    const history = (await call('GET', `/api/changes?entity=${id}`)).body.changes;
    expect(
      history.filter((c: { action: string; reason: string | null }) => c.action === 'update' && c.reason),
    ).toHaveLength(1);
    // Put it back to caution for what follows.
    await patch(`/api/stances/${id}`, { version: 3, stance: 'caution', reason: 'Back to the report' });
  });

  it('retracts a stance: gone from every view, kept in the history, and back by a revert', async () => {
    const current = (await call('GET', `/api/stances/${id}`)).body;
    expect((await remove(`/api/stances/${id}`, { version: current.version })).body.error).toMatch(/reason/);
    const retracted = await remove(`/api/stances/${id}`, { version: current.version, reason: 'Wrong speaker' });
    expect(retracted.status).toBe(200);
    expect((await graphEdges()).some((e) => e.id === id)).toBe(false);
    expect((await call('GET', `/api/stances/${id}`)).status).toBe(404);
    expect((await call('GET', '/api/actors/kazakhstan')).body.stances).toEqual([]);

    const [latest] = (await call('GET', `/api/changes?entity=${id}`)).body.changes;
    expect(latest).toMatchObject({
      action: 'retract',
      user: EDITOR.username,
      reason: 'Wrong speaker',
      revertible: true,
    });
    expect(latest.entities[0]).toMatchObject({ type: 'stance', id, after: null, before: { stance: 'caution' } });

    const reverted = await post(`/api/changes/${latest.id}/revert`, { reason: 'It was him after all' });
    expect(reverted.status).toBe(200);
    expect(reverted.body.change).toMatchObject({ action: 'revert', revertOf: latest.id, user: EDITOR.username });
    const back = (await call('GET', `/api/stances/${id}`)).body;
    expect(back).toMatchObject({ stance: 'caution', evidence: current.evidence });
    expect(back.version).toBeGreaterThan(current.version);
    expect((await graphEdges()).some((e) => e.id === id)).toBe(true);
  });
});

describe('the history', () => {
  it('lists changes newest first, by entity and by user, a page at a time', async () => {
    const all = (await call('GET', '/api/changes?limit=200')).body.changes;
    expect(all.length).toBeGreaterThan(6);
    expect(all.every((c: { user: string }) => c.user === EDITOR.username)).toBe(true);
    const times = all.map((c: { at: string }) => c.at);
    expect([...times].sort().reverse()).toEqual(times);

    const first = await call('GET', '/api/changes?limit=3');
    expect(first.body.changes).toEqual(all.slice(0, 3));
    const second = await call('GET', `/api/changes?limit=3&before=${first.body.next}`);
    expect(second.body.changes).toEqual(all.slice(3, 6));

    // An actor's history holds its stances' changes too.
    const actorHistory = (await call('GET', '/api/changes?entity=kazakhstan')).body.changes;
    expect(actorHistory.map((c: { summary: string }) => c.summary)).toEqual(
      expect.arrayContaining([
        'added the actor Kazakhstan',
        expect.stringMatching(/^retracted the caution of Kazakhstan/),
      ]),
    );
    expect((await call('GET', '/api/changes?user=nobody')).body.changes).toEqual([]);
    expect((await call('GET', '/api/changes?limit=0')).status).toBe(400);
    expect((await call('GET', '/api/changes?before=nope')).status).toBe(400);
    // Who changed what, never anything of their account.
    expect(JSON.stringify(all)).not.toMatch(/passwordHash|scrypt|sessionKey/);
  });

  it('refuses to revert a change that later changes built on, naming them, and reverts in order', async () => {
    const kazakhstan = (await call('GET', '/api/actors/kazakhstan')).body;
    const renamed = await patch('/api/actors/kazakhstan', { version: kazakhstan.version, name: 'Kazakhstan (state)' });
    const described = await patch('/api/actors/kazakhstan', {
      version: renamed.body.actor.version,
      description: 'Its own words',
    });
    expect(described.status).toBe(200);
    const [later, earlier] = (await call('GET', '/api/changes?entity=kazakhstan&limit=2')).body.changes;

    const refused = await post(`/api/changes/${earlier.id}/revert`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.conflicts.map((c: { id: string }) => c.id)).toEqual([later.id]);
    expect(refused.body.error).toMatch(/Revert those first/);

    expect((await post(`/api/changes/${later.id}/revert`, {})).status).toBe(200);
    // The revert is a later change of the same actor too, so it has to go first in turn.
    expect((await post(`/api/changes/${earlier.id}/revert`, {})).status).toBe(409);
    const revertOfLater = (await call('GET', '/api/changes?entity=kazakhstan&limit=1')).body.changes[0];
    expect((await post(`/api/changes/${revertOfLater.id}/revert`, {})).status).toBe(200);
    expect((await call('GET', '/api/actors/kazakhstan')).body).toMatchObject({
      name: 'Kazakhstan (state)',
      description: 'Its own words',
    });
    expect((await post('/api/changes/00000000-0000-4000-8000-000000000000/revert', {})).status).toBe(404);
  });
});

describe('relations and merging', () => {
  it('adds and removes a relation, its quote verbatim', async () => {
    await post('/api/actors', { name: 'Murat Nurtleu', kind: 'person' });
    const bad = await post('/api/relations', {
      type: 'SPEAKS_FOR',
      from: 'murat-nurtleu',
      to: 'kazakhstan',
      sourceId,
      quote: 'Minister Nurtleu of Kazakhstan',
    });
    expect(bad.status).toBe(400);
    expect(
      (await post('/api/relations', { type: 'SPEAKS_FOR', from: 'kazakhstan', to: 'kazakhstan' })).body.error,
    ).toMatch(/two different actors/);
    const added = await post('/api/relations', {
      type: 'SPEAKS_FOR',
      from: 'murat-nurtleu',
      to: 'kazakhstan',
      sourceId,
      quote: 'Foreign Minister Murat Nurtleu',
    });
    expect(added.status).toBe(201);
    expect(added.body.relation).toMatchObject({ id: 'murat-nurtleu--speaks-for--kazakhstan', quoteKind: 'reported' });
    expect((await post('/api/relations', { type: 'SPEAKS_FOR', from: 'murat-nurtleu', to: 'kazakhstan' })).status).toBe(
      409,
    );
    expect((await remove(`/api/relations/${added.body.relation.id}`, { version: 7 })).status).toBe(409);
    expect((await remove(`/api/relations/${added.body.relation.id}`, {})).status).toBe(200);
    expect((await call('GET', '/api/actors/murat-nurtleu')).body.relations).toEqual([]);
  });

  it('folds a duplicate into an actor, and a revert takes it apart again', async () => {
    const duplicate = (await post('/api/actors', { name: 'Republic of Astana', kind: 'state' })).body.actor;
    await post('/api/relations', { type: 'SPEAKS_FOR', from: 'murat-nurtleu', to: duplicate.id });
    const other = await post('/api/events', { title: 'Astana trade talks', date: '2025-08' });
    await post('/api/stances', {
      actor: duplicate.id,
      event: other.body.event.id,
      stance: 'support',
      sourceId,
      quote: 'welcomed the move as good for regional trade',
    });
    const kept = (await call('GET', '/api/actors/kazakhstan')).body;
    const before = await snapshot({ versions: false });

    expect((await post(`/api/actors/${duplicate.id}/merge`, { into: duplicate.id, version: 1 })).status).toBe(400);
    const merged = await post(`/api/actors/${duplicate.id}/merge`, { into: 'kazakhstan', version: duplicate.version });
    expect(merged.status).toBe(200);
    expect(merged.body.actor.aliases).toContain('Republic of Astana');
    expect((await call('GET', `/api/actors/${duplicate.id}`)).status).toBe(404);
    const after = (await call('GET', '/api/actors/kazakhstan')).body;
    expect(after.stances.map((s: { eventId: string }) => s.eventId)).toContain(other.body.event.id);
    expect(after.relations.map((r: { id: string }) => r.id)).toContain('murat-nurtleu--speaks-for--kazakhstan');
    expect(after.stanceTotal).toBe(kept.stanceTotal + 1);

    const [change] = (await call('GET', '/api/changes?limit=1')).body.changes;
    expect(change.action).toBe('merge');
    expect((await post(`/api/changes/${change.id}/revert`, {})).status).toBe(200);
    // The same graph as before the merge, but for the versions the revert counted up.
    expect(await snapshot({ versions: false })).toEqual(before);
  });

  it('refuses to merge two actors that took different stances on one event', async () => {
    const twin = (await post('/api/actors', { name: 'Kazakh Republic', kind: 'state' })).body.actor;
    await post('/api/stances', {
      actor: twin.id,
      event: EVENT,
      stance: 'support',
      sourceId,
      quote: 'Officials in Tashkent welcomed the move',
    });
    const refused = await post(`/api/actors/${twin.id}/merge`, { into: 'kazakhstan', version: twin.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(
      /different stances on russia-recognizes-taliban \(Kazakh Republic: support, Kazakhstan \(state\): caution\)/,
    );
  });
});

describe('cached reads', () => {
  const read = (path: string, headers: Record<string, string> = {}) =>
    graphRoute(new Request(`http://127.0.0.1${path}`, { headers }));

  it('answers a repeated read from its cache with an ETag, 304 to a browser that has it, and anew after any write', async () => {
    const first = await read(`/api/graph?event=${EVENT}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w.]+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await read(`/api/graph?event=${EVENT}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // Another view is another answer.
    expect((await read(`/api/graph?event=${EVENT}&stance=caution`)).headers.get('etag')).not.toBe(etag);

    // An edit that changes no count (a stance's value) still shows at once.
    const stance = (await call('GET', `/api/stances/kazakhstan--${EVENT}`)).body;
    const next = stance.stance === 'caution' ? 'support' : 'caution';
    await patch(`/api/stances/kazakhstan--${EVENT}`, { version: stance.version, stance: next, reason: 'Cache check' });
    const afterEdit = await read(`/api/graph?event=${EVENT}`, { 'if-none-match': etag });
    expect(afterEdit.status).toBe(200);
    const edge = hydrateGraph(await afterEdit.json()).edges.find((e) => e.id === `kazakhstan--${EVENT}`);
    expect(edge?.stance).toBe(next);

    // A write by anything else (another app instance, a script; here straight to the database)
    // shows once this instance asks Neo4j for the version again: within its TTL (250 ms).
    const etag2 = afterEdit.headers.get('etag')!;
    await getDriver().executeQuery("CREATE (:Actor {id: 'cache-probe', name: 'Cache probe', kind: 'state'})");
    try {
      await expect
        .poll(async () => (await read(`/api/graph?event=${EVENT}`, { 'if-none-match': etag2 })).status, {
          timeout: 1_000,
          interval: 50,
        })
        .toBe(200);
    } finally {
      await getDriver().executeQuery("MATCH (a:Actor {id: 'cache-probe'}) DELETE a");
    }
  });
});

describe('failures', () => {
  it('leaves nothing half-written when the database fails in the middle of a write', async () => {
    const before = await snapshot();
    // The write's statements run, then recording its history entry fails: the transaction rolls back.
    const failing: Db = {
      ...appDb(),
      driver: new Proxy(getDriver(), {
        get(target, key, receiver) {
          if (key !== 'session') return Reflect.get(target, key, receiver);
          return (config: object) => {
            const session = target.session(config);
            const executeWrite = session.executeWrite.bind(session);
            session.executeWrite = (work) =>
              executeWrite((tx) =>
                work(
                  new Proxy(tx, {
                    get(t, k, r) {
                      if (k !== 'run') return Reflect.get(t, k, r);
                      return (cypher: string, params?: object) => {
                        if (cypher.includes('CREATE (c:Change')) throw new Error('disk full');
                        return t.run(cypher, params);
                      };
                    },
                  }),
                ),
              );
            return session;
          };
        },
      }),
    };
    await expect(
      addStance(
        failing,
        { username: EDITOR.username, role: 'editor' },
        {
          actor: 'murat-nurtleu',
          event: EVENT,
          stance: 'caution',
          sourceId,
          quote: 'We will not rush into recognition',
        },
      ),
    ).rejects.toThrow('disk full');
    expect(await snapshot()).toEqual(before);
  });

  it('records an import as one change, and its new versions stop an editor holding the old one', async () => {
    const stance = (await call('GET', `/api/stances/kazakhstan--${EVENT}`)).body;
    const [lastEdit] = (await call('GET', `/api/changes?entity=kazakhstan--${EVENT}&limit=1`)).body.changes;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-edit-import-'));
    const file = path.join(dir, 'more.csv');
    fs.writeFileSync(
      file,
      [
        'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date',
        `kazakhstan,state,${EVENT},2025-07-03,caution,"Officials in Tashkent welcomed the move",Central Asia weighs its answer,https://news.example/central-asia,2025-07-05`,
      ].join('\n'),
    );
    try {
      const report = await importFile(appDb(), { file, user: EDITOR.username });
      expect(report.invalidRows).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const [latest] = (await call('GET', '/api/changes?limit=1')).body.changes;
    expect(latest).toMatchObject({ action: 'import', user: EDITOR.username, revertible: false, entities: [] });
    expect(latest.summary).toMatch(/^imported more\.csv .*1 changed/);
    expect((await post(`/api/changes/${latest.id}/revert`, {})).status).toBe(409);
    // The editor's change the import built on can no longer be reverted; the refusal names the stance.
    const refused = await post(`/api/changes/${lastEdit.id}/revert`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(
      /^The stance of Kazakhstan \(state\) on “Russia recognizes the Taliban government” is no longer as this change left it/,
    );

    const stale = await patch(`/api/stances/kazakhstan--${EVENT}`, {
      version: stance.version,
      stance: 'support',
      reason: 'x',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.evidence).toHaveLength(stance.evidence.length + 1);
  });
});
