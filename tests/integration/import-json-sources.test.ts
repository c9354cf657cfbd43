/**
 * A JSON file's sources without a text, against the shared test database (which
 * tests/integration/shared-neo4j.ts restores after): past the first WHOLE_SOURCES the importer keeps
 * each as a few numbers and reads its fields from the file again when it writes it, so that an export
 * of a graph where every stance cites its own source imports again. What a person sees must be what it
 * was when every source was held whole.
 */
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '@/lib/import';
import { importInHeap, writingFile } from './shared-neo4j';

const SEED_SOURCE = 'russia-recognizes-taliban-article';
const SEED_EVENT = 'russia-recognizes-taliban';

const scratch = writingFile('import-json-sources');
let driver: Driver;

beforeAll(() => {
  driver = scratch.driver();
});

const json = (doc: Record<string, unknown>): string[] => [
  JSON.stringify({
    format: 'stancegraph',
    version: 1,
    actors: [],
    events: [],
    sources: [],
    relations: [],
    stances: [],
    ...doc,
  }),
];

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params);
  return Number(records[0].get(0));
}

const actors = ['Ana', 'Ben', 'Cai'].map((name) => ({
  id: `jsrc-${name.toLowerCase()}`,
  name: `${name} Jsrc`,
  kind: 'person',
  aliases: [],
  description: 'A member of the test assembly.',
}));
const events = [1, 2].map((n) => ({
  id: `jsrc-vote-${n}`,
  title: `Jsrc vote ${n}`,
  date: `2024-0${n}-10`,
  kind: 'vote',
  description: 'A vote of the test assembly.',
}));
const source = (n: number, about: string[], title = `Jsrc dispatch ${n}`) => ({
  id: `jsrc-dispatch-${n}`,
  title,
  publisher: 'Jsrc Wire',
  url: `https://example.org/jsrc/${n}`,
  date: '2024-02-11',
  about,
  text: null,
});
const stance = (actor: number, event: number, sourceId: string, quote: string) => ({
  actor: actors[actor].id,
  event: events[event].id,
  stance: 'support',
  evidence: [{ source: sourceId, quote }],
});
const sources = [source(1, ['jsrc-vote-1']), source(2, ['jsrc-vote-1', 'jsrc-vote-2']), source(3, ['jsrc-vote-2'])];
const stances = [
  stance(0, 0, 'jsrc-dispatch-1', 'Quote a'),
  stance(1, 0, 'jsrc-dispatch-2', 'Quote b'),
  stance(2, 1, 'jsrc-dispatch-2', 'Quote c'),
  stance(0, 1, 'jsrc-dispatch-3', 'Quote d'),
];

async function storedSources() {
  const { records } = await driver.executeQuery(
    `MATCH (s:Source) WHERE s.id STARTS WITH 'jsrc-'
     RETURN s {.id, .title, .publisher, .url, .date, .text, about: COLLECT { MATCH (s)-[:ABOUT]->(e) RETURN e.id ORDER BY e.id }} AS s
     ORDER BY s.id`,
  );
  return records.map((r) => r.get('s'));
}

describe('JSON sources without a text, kept as numbers (none held whole)', () => {
  const file = () => scratch.file('plain.json', json({ actors, events, sources, stances }));

  it('a dry run counts them as new and writes nothing', async () => {
    const report = await importFile({ driver }, { file: file(), dryRun: true, wholeSources: 0 });
    expect(report).toMatchObject({ invalidRows: 0, sources: { new: 3, updated: 0, unchanged: 0 } });
    expect(await count(`MATCH (s:Source) WHERE s.id STARTS WITH 'jsrc-' RETURN count(s)`)).toBe(0);
  });

  it('are written with every field, about the events the file says, and cited by their stances', async () => {
    const report = await importFile({ driver }, { file: file(), wholeSources: 0 });
    expect(report).toMatchObject({ written: true, sources: { new: 3 }, stances: { new: 4 } });
    expect(await storedSources()).toEqual(sources.map((s) => ({ ...s, about: [...s.about].sort() })));
    expect(
      await count(
        `MATCH (:Actor)-[r:TOOK_STANCE]->(:Event) WHERE r.id STARTS WITH 'jsrc-'
         UNWIND r.sourceIds AS id MATCH (s:Source {id: id}) RETURN count(DISTINCT s)`,
      ),
    ).toBe(3);
  });

  it('importing the file again changes nothing', async () => {
    const report = await importFile({ driver }, { file: file(), wholeSources: 0 });
    expect(report).toMatchObject({ sources: { new: 0, updated: 0, unchanged: 3 }, changeCount: 0 });
  });

  it('a changed title and a new event are reported, and written', async () => {
    const changed = [
      source(1, ['jsrc-vote-1', 'jsrc-vote-2']),
      sources[1],
      source(3, ['jsrc-vote-2'], 'Jsrc dispatch 3, corrected'),
    ];
    const target = scratch.file('changed.json', json({ actors, events, sources: changed, stances }));
    const dry = await importFile({ driver }, { file: target, dryRun: true, wholeSources: 0 });
    expect(dry).toMatchObject({ sources: { new: 0, updated: 2, unchanged: 1 }, changeCount: 2 });
    expect(dry.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entity: 'source',
          id: 'jsrc-dispatch-1',
          field: 'about',
          to: ['jsrc-vote-1', 'jsrc-vote-2'],
        }),
        expect.objectContaining({
          entity: 'source',
          id: 'jsrc-dispatch-3',
          field: 'title',
          to: 'Jsrc dispatch 3, corrected',
        }),
      ]),
    );
    await importFile({ driver }, { file: target, wholeSources: 0 });
    const stored = await storedSources();
    expect(stored[0].about).toEqual(['jsrc-vote-1', 'jsrc-vote-2']);
    expect(stored[2].title).toBe('Jsrc dispatch 3, corrected');
  });

  it('a duplicate id, an unknown event and a cited unknown source are each told by item, and nothing is written', async () => {
    const bad = [...sources, source(1, ['jsrc-vote-1']), source(4, ['jsrc-no-such-vote'])];
    const target = scratch.file(
      'bad.json',
      json({
        actors,
        events,
        sources: bad,
        stances: [...stances.slice(0, 3), stance(0, 1, 'jsrc-dispatch-9', 'Quote d')],
      }),
    );
    const before = await storedSources();
    const report = await importFile({ driver }, { file: target, wholeSources: 0 });
    expect(report.written).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { section: 'sources', row: 4, message: 'duplicate id "jsrc-dispatch-1" (item 1)' },
        {
          section: 'sources',
          row: 5,
          message: 'about: unknown event "jsrc-no-such-vote" (not in the file, not in the database)',
        },
        expect.objectContaining({
          section: 'stances',
          row: 4,
          message: expect.stringContaining('unknown source "jsrc-dispatch-9"'),
        }),
      ]),
    );
    expect(await storedSources()).toEqual(before);
  });

  it('a stored source with a text keeps it, and a quote not in that text is refused', async () => {
    const seedSource = {
      id: SEED_SOURCE,
      title: 'Russia Becomes First Country to Recognize Taliban Government',
      publisher: 'Unattributed news report',
      url: null,
      date: '2025-07',
      about: [SEED_EVENT],
      text: null,
    };
    const quoting = (quote: string) =>
      scratch.file(
        'seed-source.json',
        json({
          actors,
          sources: [seedSource],
          stances: [
            { actor: actors[2].id, event: SEED_EVENT, stance: 'caution', evidence: [{ source: SEED_SOURCE, quote }] },
          ],
        }),
      );
    const refused = await importFile(
      { driver },
      { file: quoting('Words the article never printed.'), wholeSources: 0 },
    );
    expect(refused.problems).toEqual([
      expect.objectContaining({
        section: 'stances',
        row: 1,
        message: expect.stringContaining('not a verbatim substring'),
      }),
    ]);
    const text = await count(`MATCH (s:Source {id: $id}) RETURN size(s.text)`, { id: SEED_SOURCE });
    const accepted = await importFile({ driver }, { file: quoting('Russia'), wholeSources: 0 });
    expect(accepted).toMatchObject({ written: true, invalidRows: 0, stances: { new: 1 } });
    expect(await count(`MATCH (s:Source {id: $id}) RETURN size(s.text)`, { id: SEED_SOURCE })).toBe(text);
    expect(text).toBeGreaterThan(1_000);
  });
});

describe('a JSON file declaring a source for every stance', () => {
  // Held whole (an object, its strings and a set each), these sources ran the importer out of a 96 MB
  // heap; now the first WHOLE_SOURCES are, and the rest kept as numbers.
  const SOURCES = 150_000;
  /** Stances, each citing one of the sources (the rest are declared only, which costs less to write). */
  const STANCES = 6_000;
  const HEAP_MB = 96;
  let file: string;

  it(`imports ${SOURCES.toLocaleString('en')} sources in a ${HEAP_MB} MB heap, each about its motion, the cited ones cited`, async () => {
    const members = Array.from({ length: STANCES / 200 }, (_, i) => ({
      ...actors[0],
      id: `jbig-member-${i}`,
      name: `Member ${i} Jbig`,
    }));
    const motions = Array.from({ length: 200 }, (_, i) => ({
      ...events[0],
      id: `jbig-motion-${i}`,
      title: `Jbig motion ${i}`,
    }));
    const declared = Array.from({ length: SOURCES }, (_, i) => ({
      ...source(
        i,
        [`jbig-motion-${i % 200}`],
        `Jbig dispatch ${i}: reactions to the vote on motion ${i % 200} in the national assembly`,
      ),
      id: `jbig-dispatch-${i}`,
      url: `https://example.org/jbig/${i}/reactions-to-the-vote-on-motion-${i % 200}-in-the-national-assembly`,
    }));
    const cited = declared.slice(0, STANCES).map((s, i) => ({
      actor: `jbig-member-${Math.floor(i / 200)}`,
      event: `jbig-motion-${i % 200}`,
      stance: 'condemnation',
      evidence: [{ source: s.id, quote: `Quote ${i}` }],
    }));
    file = scratch.file(
      'own-sources.json',
      json({ actors: members, events: motions, sources: declared, stances: cited }),
    );
    expect(importInHeap(file, HEAP_MB)).toMatchObject({
      written: true,
      invalidRows: 0,
      sources: { new: SOURCES },
      stances: { new: STANCES },
    });
    expect(
      await count(`MATCH (s:Source)-[:ABOUT]->(:Event) WHERE s.id STARTS WITH 'jbig-dispatch-' RETURN count(s)`),
    ).toBe(SOURCES);
    expect(
      await count(`MATCH (:Actor)-[r:TOOK_STANCE]->(:Event) WHERE r.id STARTS WITH 'jbig-'
                   UNWIND r.sourceIds AS id MATCH (s:Source {id: id}) RETURN count(DISTINCT s)`),
    ).toBe(STANCES);
  }, 300_000);

  it('importing it again in the same heap changes nothing', () => {
    expect(importInHeap(file, HEAP_MB)).toMatchObject({
      written: true,
      sources: { new: 0, updated: 0, unchanged: SOURCES },
      stances: { new: 0, updated: 0, unchanged: STANCES },
    });
  }, 300_000);
});
