import { afterAll, describe, expect, it } from 'vitest';
import { hydrateGraph } from '@/lib/client/data/graph-answer';
import { applySchema, stanceTakersAddUp } from '@/lib/model';
import { appDb, closeDriver, getDriver } from '@/lib/neo4j';
import type { GraphAnswer, StanceDTO } from '@/lib/types';
import { api } from './routes';

const EVENT = 'russia-recognizes-taliban';

afterAll(async () => {
  await closeDriver();
});

/** What the seed article must yield: every actor with its stance. */
const EXPECTED_STANCES = [
  ['russia', 'support', 'Russia has formally recognized the Taliban-led government in Afghanistan'],
  ['russian-foreign-ministry', 'support', 'The Russian foreign ministry mentioned potential cooperation in energy'],
  ['vladimir-putin', 'support', 'has previously referred to the Taliban as an "ally" in counterterrorism efforts'],
  ['amir-khan-muttaqi', 'support', 'characterized Russia’s recognition as a "new phase of positive relations,"'],
  [
    'taliban-government',
    'support',
    'expressed hope that Russia’s decision would prompt other nations to reconsider their stance',
  ],
  ['fawzia-koofi', 'condemnation', 'condemned Russia’s decision, warning that it could not foster peace'],
  [
    'afghan-womens-political-participation-network',
    'condemnation',
    'the recognition legitimizes an authoritarian regime',
  ],
  [
    'rangin-dadfar-spanta',
    'caution',
    'articulated regret over Russia’s decision, cautioning that more nations might follow suit',
  ],
  ['united-nations-security-council', 'caution', 'continues to impose strict sanctions on Afghanistan'],
  ['united-nations', 'caution', "characterized the Taliban's treatment of women as 'gender apartheid'"],
] as const;

describe('the seeded first event, through the API', () => {
  it.each(EXPECTED_STANCES)('%s takes the stance %s, with its words as evidence', async (actorId, stance, phrase) => {
    const { status, body } = await api.actor(actorId);
    expect(status).toBe(200);
    const onEvent = body.stances.find((s: { eventId: string }) => s.eventId === EVENT);
    expect(onEvent?.stance).toBe(stance);
    const quotes: string[] = onEvent.evidence.map((e: { quote: string }) => e.quote);
    expect(quotes.some((q) => q.includes(phrase))).toBe(true);
    expect(onEvent.evidence[0].source).toMatchObject({
      title: 'Russia Becomes First Country to Recognize Taliban Government',
      publisher: expect.any(String),
      date: '2025-07',
    });
  });

  it.each([
    ['vladimir-putin', 'LEADS', 'out', 'russia'],
    ['russian-foreign-ministry', 'PART_OF', 'out', 'russia'],
    ['amir-khan-muttaqi', 'SPEAKS_FOR', 'out', 'taliban-government'],
    ['afghan-womens-political-participation-network', 'ECHOES', 'out', 'fawzia-koofi'],
    ['fawzia-koofi', 'ECHOES', 'in', 'afghan-womens-political-participation-network'],
    ['united-nations-security-council', 'PART_OF', 'out', 'united-nations'],
    ['russia', 'RECOGNIZES', 'out', 'taliban-government'],
    ['china', 'HAS_PRESENCE_IN', 'out', 'afghanistan'],
    ['united-arab-emirates', 'HAS_PRESENCE_IN', 'out', 'afghanistan'],
    ['german-interior-minister', 'SPEAKS_FOR', 'out', 'germany'],
  ])('%s has the relation %s (%s) with %s', async (actorId, type, direction, otherId) => {
    const { body } = await api.actor(actorId);
    expect(body.relations).toContainEqual(
      expect.objectContaining({ type, direction, other: expect.objectContaining({ id: otherId }) }),
    );
  });

  it('context actors are stored without a stance', async () => {
    for (const id of ['china', 'united-arab-emirates', 'germany', 'german-interior-minister']) {
      const { status, body } = await api.actor(id);
      expect(status).toBe(200);
      expect(body.stances).toEqual([]);
    }
  });
});

describe('GET /api/events and /api/events/{id}', () => {
  it('lists the dated first event with its stance counts, and the historical timeline', async () => {
    const { status, body } = await api.events();
    expect(status).toBe(200);
    const byId = Object.fromEntries(body.events.map((e: { id: string }) => [e.id, e]));
    expect(byId[EVENT]).toMatchObject({
      date: '2025-07-03',
      stanceCounts: { support: 5, condemnation: 2, caution: 3 },
    });
    expect(
      Object.values(byId)
        .map((e: any) => e.date.slice(0, 4))
        .sort(),
    ).toEqual(['1979', '2021', '2022', '2025', '2025']);
    expect(body.events[0].id).toBe(EVENT); // newest first
    expect(body).toMatchObject({ total: 5, limit: 100, offset: 0 });
  });

  it('counts from the kept lists of who took each stance, and from the stances when those lists do not add up', async () => {
    // Read past the cache: these writes go around lib/model and bump no version.
    process.env.STANCEGRAPH_READ_CACHE = '0';
    const counts = async () => ({
      listed: (await api.events()).body.events.find((e: { id: string }) => e.id === EVENT).stanceCounts,
      one: (await api.event(EVENT)).body.stanceCounts,
    });
    const stored = { support: 5, condemnation: 2, caution: 3 };
    try {
      expect(await counts()).toEqual({ listed: stored, one: stored });
      // One taker moved from one list to another: the lists still add up, and are what is read.
      await getDriver().executeQuery(
        `MATCH (t:StanceTakers {event: $event})
         SET t.caution = t.caution + t.support[0], t.support = t.support[1..]`,
        { event: EVENT },
      );
      const moved = { support: 4, condemnation: 2, caution: 4 };
      expect(await counts()).toEqual({ listed: moved, one: moved });
      // As while an import writes: the lists are gone, and the stances themselves are counted.
      await getDriver().executeQuery('MATCH (t:StanceTakers {event: $event}) DELETE t', { event: EVENT });
      expect(await stanceTakersAddUp(appDb())).toBe(false);
      expect(await counts()).toEqual({ listed: stored, one: stored });
    } finally {
      delete process.env.STANCEGRAPH_READ_CACHE;
      // applySchema lists them again when they do not add up.
      await applySchema(appDb());
    }
    expect(await stanceTakersAddUp(appDb())).toBe(true);
  });

  it('pages through the events, newest first, and refuses a bad page', async () => {
    const all = (await api.events()).body.events.map((e: { id: string }) => e.id);
    const first = await api.events('?limit=2');
    const rest = await api.events('?limit=2&offset=2');
    expect(first.body.events.map((e: { id: string }) => e.id)).toEqual(all.slice(0, 2));
    expect(rest.body.events.map((e: { id: string }) => e.id)).toEqual(all.slice(2, 4));
    expect(rest.body.total).toBe(5);

    const tooMany = await api.events('?limit=501');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatch(/limit must be from 1 to 500/);
    const unknown = await api.events('?page=2');
    expect(unknown.status).toBe(400);
  });

  it('finds events by the words of their titles, case aside, those holding them as typed first, then newest, with how many match', async () => {
    const taliban = await api.events('?q=TALIBAN');
    expect(taliban.status).toBe(200);
    expect(taliban.body.events.map((e: { id: string }) => e.id)).toEqual([
      EVENT,
      'russia-delists-taliban',
      'russia-taliban-economic-agreement',
      'taliban-return-to-power',
    ]);
    expect(taliban.body.total).toBe(4);
    // Every word must be there, in any order.
    const twoWords = await api.events(`?q=${encodeURIComponent('  taliban   russia recognizes ')}`);
    expect(twoWords.body.events.map((e: { id: string }) => e.id)).toEqual([EVENT]);
    expect((await api.events('?q=soviet&limit=1')).body).toMatchObject({ total: 1, limit: 1 });
    expect((await api.events('?q=nowhere')).body).toMatchObject({ events: [], total: 0 });
    // Titles holding the words as typed come first, the one beginning with them before the newer ones.
    const phrase = await api.events(`?q=${encodeURIComponent('The  Taliban')}`);
    expect(phrase.body.events.map((e: { id: string }) => e.id)).toEqual([
      'taliban-return-to-power',
      EVENT,
      'russia-delists-taliban',
      'russia-taliban-economic-agreement',
    ]);
    // Blank: every event.
    expect((await api.events('?q=%20')).body.total).toBe(5);
    const long = await api.events(`?q=${'x'.repeat(101)}`);
    expect(long.status).toBe(400);
    expect(long.body.error).toMatch(/q must be at most 100 characters/);
  });

  it('answers one event with its sources, 404 for an unknown id and 400 for a malformed one', async () => {
    const one = await api.event(EVENT);
    expect(one.status).toBe(200);
    expect(one.body.sources.map((s: { id: string }) => s.id)).toEqual(['russia-recognizes-taliban-article']);
    expect(one.body.stanceCounts.condemnation).toBe(2);

    const missing = await api.event('no-such-event');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/no-such-event/);

    const malformed = await api.event('Not A Slug!');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/event id must be an id/);
  });
});

describe('GET /api/actors', () => {
  it.each([
    ['koof', 'fawzia-koofi'],
    ['kofi', 'fawzia-koofi'],
    ['Mottaki', 'amir-khan-muttaqi'],
    ['putin', 'vladimir-putin'],
    ['UNSC', 'united-nations-security-council'],
    ['Germany’s interior', 'german-interior-minister'],
  ])('"%s" finds %s first', async (q, id) => {
    const { status, body } = await api.actors(`?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.actors[0]?.id).toBe(id);
  });

  it('limits the answer and lists everyone by name without q', async () => {
    const all = await api.actors('?limit=50');
    expect(all.body.actors).toHaveLength(15);
    const names = all.body.actors.map((a: { name: string }) => a.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect((await api.actors('?limit=2')).body.actors).toHaveLength(2);
  });

  it('answers no match with an empty list, and bad input with 400', async () => {
    expect((await api.actors('?q=zzzzqqq')).body.actors).toEqual([]);
    const tooMany = await api.actors('?limit=500');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatch(/limit must be from 1 to 50/);
    expect((await api.actors(`?q=${'x'.repeat(101)}`)).status).toBe(400);
    // Lucene syntax is taken as text, not as a query.
    expect((await api.actors('?q=%22koofi~%5E%3A*')).status).toBe(200);
  });
});

describe('GET /api/actors/{id}', () => {
  it('pages an actor’s stances, newest event first, and counts them all', async () => {
    const all = await api.actor('russia');
    expect(all.body).toMatchObject({ stanceTotal: 3, stancePage: { limit: 100, offset: 0 } });
    expect(all.body.stances).toHaveLength(3);
    const dates = all.body.stances.map((s: { eventDate: string }) => s.eventDate);
    expect(dates).toEqual([...dates].sort().reverse());

    const pages = await Promise.all([0, 1, 2].map((offset) => api.actor('russia', `?limit=1&offset=${offset}`)));
    expect(pages.map((p) => p.body.stanceTotal)).toEqual([3, 3, 3]);
    expect(pages.flatMap((p) => p.body.stances.map((s: { id: string }) => s.id))).toEqual(
      all.body.stances.map((s: { id: string }) => s.id),
    );
    const bad = await api.actor('russia', '?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/limit must be from 1 to 500/);
  });

  it('404 for an unknown actor, 400 for a malformed id', async () => {
    const missing = await api.actor('nobody-here');
    expect(missing).toEqual({ status: 404, body: { error: 'No actor with id "nobody-here".' } });
    expect((await api.actor('../etc')).status).toBe(400);
  });
});

describe('GET /api/graph', () => {
  const ids = (body: { nodes: { id: string }[] }) => body.nodes.map((n) => n.id).sort();

  it('draws the event, every stance-taker and the context actors, with stance edges actor -> event', async () => {
    const { status, body } = await api.graphView(`?event=${EVENT}`);
    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    expect(ids(body)).toHaveLength(16); // 15 actors + the event
    const stanceEdges = body.edges.filter((e: { type: string }) => e.type === 'STANCE');
    expect(stanceEdges).toHaveLength(10);
    for (const edge of stanceEdges) {
      expect(edge.target).toBe(EVENT);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
    expect(body.nodes.find((n: { id: string }) => n.id === EVENT)).toMatchObject({ type: 'event', date: '2025-07-03' });
    expect(body.nodes.find((n: { id: string }) => n.id === 'fawzia-koofi')).toMatchObject({
      type: 'actor',
      kind: 'person',
    });
    expect(body.edges).toContainEqual(
      expect.objectContaining({
        type: 'ECHOES',
        source: 'afghan-womens-political-participation-network',
        target: 'fawzia-koofi',
      }),
    );
  });

  it('lists each source its quotes cite once, each quote (stance or relation) naming one by id', async () => {
    const { body } = await api.graph(`?event=${EVENT}`);
    const answer = body as GraphAnswer;
    const listed = answer.sources.map((s) => s.id);
    expect(new Set(listed).size).toBe(listed.length);
    const cited = [...answer.stances, ...answer.relations].flatMap((e) => e.evidence.map((v) => v.sourceId));
    expect(cited.length).toBeGreaterThan(listed.length);
    expect(new Set(cited)).toEqual(new Set(listed));
    expect(answer.relations.some((e) => e.evidence.length > 0)).toBe(true);
    // Given back their sources and ids, the stance is the actor's panel's.
    const putin = hydrateGraph(answer).edges.find((e) => e.source === 'vladimir-putin' && e.target === EVENT);
    const panel = (await api.actor('vladimir-putin')).body.stances.find((s: StanceDTO) => s.eventId === EVENT);
    expect(putin?.id).toBe(panel.id);
    expect(putin?.evidence).toEqual(panel.evidence);
  });

  it('sends stances and relations apart, with no id their ends make, and the explorer gets the stored ids back', async () => {
    const { body } = await api.graph(`?event=${EVENT}`);
    const answer = body as GraphAnswer;
    expect(Object.keys(answer).sort()).toEqual([
      'bareStances',
      'limits',
      'nodes',
      'relations',
      'sources',
      'stances',
      'truncated',
    ]);
    expect(answer.bareStances).toEqual([]);
    expect(answer.stances).toHaveLength(10);
    expect(answer.relations.length).toBeGreaterThan(0);
    for (const stance of answer.stances) expect(Object.keys(stance)).not.toContain('id');
    for (const stance of answer.stances) expect(Object.keys(stance)).not.toContain('type');
    for (const relation of answer.relations) expect(Object.keys(relation)).not.toContain('id');
    // Every rebuilt id is one stored, so it names its stance or relation to the rest of the API.
    const { records } = await getDriver().executeQuery(
      'MATCH (a:Actor)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN collect(r.id) AS ids',
      { ids: answer.nodes.map((n) => n.id) },
    );
    const stored = new Set(records[0].get('ids') as string[]);
    const drawn = hydrateGraph(answer).edges.map((e) => e.id);
    expect(drawn).toHaveLength(answer.stances.length + answer.relations.length);
    expect(drawn.filter((id) => !stored.has(id))).toEqual([]);
  });

  it('filters by stance (repeatable): no support edge and no supporter left', async () => {
    const { body } = await api.graph(`?event=${EVENT}&stance=condemnation&stance=caution`);
    expect(body.stances.length).toBeGreaterThan(0);
    expect(body.stances.some((e: { stance: string }) => e.stance === 'support')).toBe(false);
    for (const supporter of [
      'russia',
      'vladimir-putin',
      'amir-khan-muttaqi',
      'taliban-government',
      'russian-foreign-ministry',
    ]) {
      expect(ids(body)).not.toContain(supporter);
    }
    expect(ids(body)).toEqual(expect.arrayContaining(['fawzia-koofi', 'united-nations', 'rangin-dadfar-spanta']));
  });

  it('filters by actor kind, dropping actors left without a visible edge', async () => {
    const { body } = await api.graph(`?event=${EVENT}&kind=person`);
    const actors = body.nodes.filter((n: { type: string }) => n.type === 'actor');
    expect(actors.every((n: { kind: string }) => n.kind === 'person')).toBe(true);
    expect(actors.map((n: { id: string }) => n.id).sort()).toEqual([
      'amir-khan-muttaqi',
      'fawzia-koofi',
      'rangin-dadfar-spanta',
      'vladimir-putin',
    ]);
  });

  it('focuses on an actor’s neighbourhood, wider with depth', async () => {
    const one = await api.graph(`?event=${EVENT}&actor=fawzia-koofi&depth=1`);
    expect(ids(one.body)).toEqual(['afghan-womens-political-participation-network', 'fawzia-koofi', EVENT]);
    const two = await api.graph(`?event=${EVENT}&actor=fawzia-koofi&depth=2`);
    expect(ids(two.body)).toContain('russia');
    expect(ids(two.body)).not.toContain('china'); // three hops away: Koofi - event - Russia - Afghanistan - China
    const three = await api.graph(`?event=${EVENT}&actor=fawzia-koofi&depth=3`);
    expect(ids(three.body)).toContain('afghanistan');
  });

  it('two hops wide, sends the focused actor’s stances whole and the others bare; quotes=all and an opened stance have the rest', async () => {
    const focus = `?event=${EVENT}&actor=fawzia-koofi&depth=2`;
    const lean = (await api.graph(focus)).body as GraphAnswer;
    expect(lean.stances.map((s) => s.source)).toEqual(['fawzia-koofi']);
    expect(lean.stances[0].evidence.length).toBeGreaterThan(0);
    const bare = lean.bareStances.flatMap((set) => set.actors.map((actor) => ({ ...set, actor })));
    expect(bare.length).toBeGreaterThanOrEqual(9);
    expect(bare.map((s) => s.actor)).not.toContain('fawzia-koofi');
    // The sources listed are the ones the quotes sent cite, no more.
    const cited = new Set([...lean.stances, ...lean.relations].flatMap((e) => e.evidence.map((v) => v.sourceId)));
    expect(new Set(lean.sources.map((s) => s.id))).toEqual(cited);

    // The same stances, each with its stance, whole.
    const whole = hydrateGraph((await api.graph(`${focus}&quotes=all`)).body as GraphAnswer);
    const drawn = hydrateGraph(lean);
    expect(whole.edges.map((e) => [e.id, e.stance]).sort()).toEqual(drawn.edges.map((e) => [e.id, e.stance]).sort());
    for (const { actor, target } of bare) {
      const stance = whole.edges.find((e) => e.id === `${actor}--${target}`)!;
      expect(stance.evidence.length).toBeGreaterThan(0);
      expect(stance.statedOn).toBeTruthy();
    }
    expect(drawn.nodes.map((n) => n.id).sort()).toEqual(whole.nodes.map((n) => n.id).sort());
    // Opened in the explorer, a bare stance's panel reads its quotes from /api/stances/{id}/evidence.
    const russia = await api.stanceEvidence(`russia--${EVENT}`);
    expect(russia.body.evidence).toEqual(whole.edges.find((e) => e.id === `russia--${EVENT}`)!.evidence);
    // One hop wide, every stance is whole; and quotes= takes only "all".
    const one = (await api.graph(`?event=${EVENT}&actor=fawzia-koofi&depth=1`)).body as GraphAnswer;
    expect(one.bareStances).toEqual([]);
    expect(one.stances.every((s) => s.evidence.length > 0)).toBe(true);
    const bad = await api.graph(`${focus}&quotes=some`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/quotes must be all/);
  });

  it('without an event, spans all events (the timeline)', async () => {
    const { body } = await api.graph('');
    const events = body.nodes.filter((n: { type: string }) => n.type === 'event');
    expect(events).toHaveLength(5);
    // As few stances as these come with their quotes, as one event's do.
    expect(body.bareStances).toEqual([]);
    expect(body.stances.every((e: { evidence: unknown[] }) => e.evidence.length > 0)).toBe(true);
  });

  it('without an event, a stance or kind filter keeps only what passes it, and the full filter changes nothing', async () => {
    const all = (await api.graphView('')).body;
    const condemned = (await api.graphView('?stance=condemnation')).body;
    const stanceEdges = (g: typeof all) => g.edges.filter((e: { type: string }) => e.type === 'STANCE');
    expect(stanceEdges(condemned).length).toBeGreaterThan(0);
    expect(stanceEdges(condemned).length).toBeLessThan(stanceEdges(all).length);
    expect(stanceEdges(condemned).every((e: { stance: string }) => e.stance === 'condemnation')).toBe(true);
    const people = (await api.graph('?kind=person')).body;
    const actors = people.nodes.filter((n: { type: string }) => n.type === 'actor');
    expect(actors.length).toBeGreaterThan(0);
    expect(actors.every((n: { kind: string }) => n.kind === 'person')).toBe(true);
    // Every stance and every kind named is the same view as naming none.
    const everything = (await api.graphView('?stance=support&stance=condemnation&stance=caution')).body;
    expect(everything.edges.map((e: { id: string }) => e.id).sort()).toEqual(
      all.edges.map((e: { id: string }) => e.id).sort(),
    );
  });

  it.each([
    ['?stance=love', /stance must be one of support, condemnation, caution/],
    ['?kind=planet', /kind must be one of/],
    ['?actor=fawzia-koofi&depth=4', /depth must be from 1 to 3/],
    ['?actor=fawzia-koofi&depth=two', /depth must be a whole number/],
    ['?event=Bad Event', /event must be an id/],
    ['?colour=red', /unknown parameter\(s\): colour/],
    ['?event=a&event=b', /event: given more than once/],
  ])('400 for %s', async (query, message) => {
    const { status, body } = await api.graph(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it('404 for an unknown event or actor', async () => {
    expect((await api.graph('?event=no-such-event')).status).toBe(404);
    const actor = await api.graph('?actor=no-such-actor');
    expect(actor.status).toBe(404);
    expect(actor.body.error).toBe('No actor with id "no-such-actor".');
  });
});

describe('GET /api/health', () => {
  it('reports the app and a real Neo4j 5.26 Community', async () => {
    const { status, body } = await api.health();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', neo4j: { status: 'up', edition: 'community' } });
    expect(body.neo4j.version).toMatch(/^5\.26\./);
  });
});
