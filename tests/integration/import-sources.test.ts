/**
 * A CSV's sources that the database does not hold, against the shared test database (which
 * tests/integration/shared-neo4j.ts restores after): the importer keeps each as a few numbers and the
 * stance pass creates it from the first row that cites it, so that a file may cite its own source in
 * every row. What a person sees must be what it was when every source was held whole.
 */
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '@/lib/import';
import { newSourceId, slugify, sourceKey } from '@/lib/model';
import { importInHeap, writingFile } from './shared-neo4j';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const scratch = writingFile('import-sources');
let driver: Driver;

beforeAll(() => {
  driver = scratch.driver();
});

interface StoredSource {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  publisher: string;
  about: string[];
}

async function sourcesTitled(prefix: string): Promise<StoredSource[]> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Source) WHERE s.title STARTS WITH $prefix
     RETURN s {.id, .title, .url, .date, .publisher, about: COLLECT { MATCH (s)-[:ABOUT]->(e) RETURN e.id ORDER BY e.id }} AS s
     ORDER BY s.title, s.url`,
    { prefix },
  );
  return records.map((r) => r.get('s') as StoredSource);
}

/** Each stance's cited source ids, by actor id. */
async function citedBy(actorIds: string[]): Promise<Record<string, string[]>> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor)-[r:TOOK_STANCE]->() WHERE a.id IN $actorIds RETURN a.id AS actor, r.sourceIds AS sourceIds`,
    { actorIds },
  );
  return Object.fromEntries(records.map((r) => [r.get('actor'), r.get('sourceIds')]));
}

async function count(cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher);
  return Number(records[0].get(0));
}

describe('CSV sources new to the database, kept as numbers (none held whole)', () => {
  // Two rows per batch, two batches at once: a source is cited again, for another event, in a later batch.
  const lines = [
    HEADER,
    'Ana Wire,person,Vote one,2024-01-10,support,Quote a,Wire report 1,https://example.org/wire/1,2024-01-10',
    'Ben Wire,person,Vote one,2024-01-10,caution,Quote b,Wire report 2,https://example.org/wire/2,2024-01-11',
    'Cai Wire,person,Vote two,2024-02-10,condemnation,Quote c,Wire report 1 (updated),https://example.org/wire/1,2024-01-12',
    'Dee Wire,person,Vote two,2024-02-10,support,Quote d,Wire report 3,,2024-02-11',
    'Eli Wire,person,Vote one,2024-01-10,support,Quote e,Wire report 2,https://example.org/wire/2,2024-01-11',
  ];
  const actors = ['ana-wire', 'ben-wire', 'cai-wire', 'dee-wire', 'eli-wire'];
  let sourceNodes: number;

  it('a dry run counts them as new and writes nothing', async () => {
    const before = await count('MATCH (s:Source) RETURN count(s)');
    const report = await importFile(
      { driver },
      { file: scratch.file('wire.csv', lines), dryRun: true, batchSize: 2, wholeSources: 0 },
    );
    expect(report).toMatchObject({ invalidRows: 0, sources: { new: 3, updated: 0, unchanged: 0 } });
    expect(await count('MATCH (s:Source) RETURN count(s)')).toBe(before);
    sourceNodes = before;
  });

  it('are created once each, from the first row that cites them, about every event they are cited for', async () => {
    const report = await importFile(
      { driver },
      { file: scratch.file('wire.csv', lines), batchSize: 2, parallel: 2, wholeSources: 0 },
    );
    expect(report).toMatchObject({ written: true, sources: { new: 3 }, stances: { new: 5 } });
    const stored = await sourcesTitled('Wire report');
    expect(stored.map(({ id: _id, ...rest }) => rest)).toEqual([
      // A later row's other title and date for the same address change nothing.
      {
        title: 'Wire report 1',
        url: 'https://example.org/wire/1',
        date: '2024-01-10',
        publisher: 'example.org',
        about: ['vote-one', 'vote-two'],
      },
      {
        title: 'Wire report 2',
        url: 'https://example.org/wire/2',
        date: '2024-01-11',
        publisher: 'example.org',
        about: ['vote-one'],
      },
      { title: 'Wire report 3', url: null, date: '2024-02-11', publisher: 'Unattributed', about: ['vote-two'] },
    ]);
    const [wire1, wire2, wire3] = stored.map((s) => s.id);
    expect(await citedBy(actors)).toEqual({
      'ana-wire': [wire1],
      'ben-wire': [wire2],
      'cai-wire': [wire1],
      'dee-wire': [wire3],
      'eli-wire': [wire2],
    });
    expect(await count('MATCH (s:Source) RETURN count(s)')).toBe(sourceNodes + 3);
  });

  it('importing the file again finds them and changes nothing', async () => {
    const before = await count('MATCH (:Source)-[a:ABOUT]->() RETURN count(a)');
    const again = await importFile(
      { driver },
      { file: scratch.file('wire.csv', lines), batchSize: 2, parallel: 2, wholeSources: 0 },
    );
    expect(again).toMatchObject({ sources: { new: 0, updated: 0, unchanged: 3 }, stances: { unchanged: 5 } });
    expect(await count('MATCH (s:Source) RETURN count(s)')).toBe(sourceNodes + 3);
    expect(await count('MATCH (:Source)-[a:ABOUT]->() RETURN count(a)')).toBe(before);
  });

  it('a stored source cited under another title keeps its id, and gains only the new event it is about', async () => {
    const [wire1, wire2] = (await sourcesTitled('Wire report')).map((s) => s.id);
    const aboutBefore = await count('MATCH (:Source)-[a:ABOUT]->() RETURN count(a)');
    const report = await importFile(
      { driver },
      {
        file: scratch.file('retitled.csv', [
          HEADER,
          'Hal Wire,person,Vote one,2024-01-10,support,Quote h,Wire report 2,https://example.org/wire/2,2024-01-11',
          'Ivy Wire,person,Vote one,2024-01-10,caution,Quote i,Wire report 2 (corrected),https://example.org/wire/2,',
          'Jon Wire,person,Vote two,2024-02-10,caution,Quote j,Wire report 1 (corrected),https://example.org/wire/1,',
          'Kim Wire,person,Vote two,2024-02-10,caution,Quote k,Wire report 2,https://example.org/wire/2,2024-01-11',
        ]),
        batchSize: 2,
        wholeSources: 0,
      },
    );
    expect(report).toMatchObject({ written: true, sources: { new: 0, updated: 0, unchanged: 2 }, stances: { new: 4 } });
    expect(await citedBy(['hal-wire', 'ivy-wire', 'jon-wire', 'kim-wire'])).toEqual({
      'hal-wire': [wire2],
      'ivy-wire': [wire2],
      'jon-wire': [wire1],
      'kim-wire': [wire2],
    });
    expect(await count('MATCH (s:Source) RETURN count(s)')).toBe(sourceNodes + 3);
    // Wire report 2 is now about the second vote too; nothing else is added.
    expect(await count('MATCH (:Source)-[a:ABOUT]->() RETURN count(a)')).toBe(aboutBefore + 1);
    expect((await sourcesTitled('Wire report 2'))[0].about).toEqual(['vote-one', 'vote-two']);
  });

  // Found by search: pairs of addresses whose keys share newSourceId's 32-bit hash; one title each.
  it.each([
    ['kept as numbers', 0, 'https://example.org/c/139599', 'https://example.org/c/322382'],
    ['held whole', undefined, 'https://example.org/w/913785', 'https://example.org/w/1165150'],
  ])('two new sources whose ids would be one get two (%s)', async (how, wholeSources, first, second) => {
    const title = `Collision ${how}`;
    expect(newSourceId(sourceKey(title, first, null))).toBe(newSourceId(sourceKey(title, second, null)));
    const [fay, gus] = [`Fay ${how}`, `Gus ${how}`];
    const report = await importFile(
      { driver },
      {
        file: scratch.file('collision.csv', [
          HEADER,
          `${fay},person,Vote three,2024-03-01,support,Quote f,${title},${first},`,
          `${gus},person,Vote three,2024-03-01,caution,Quote g,${title},${second},`,
        ]),
        wholeSources,
      },
    );
    expect(report).toMatchObject({ written: true, sources: { new: 2 }, stances: { new: 2 } });
    const idOf = new Map((await sourcesTitled(title)).map((s) => [s.url, s.id]));
    expect([...idOf.keys()].sort()).toEqual([first, second].sort());
    expect(idOf.get(first)).not.toBe(idOf.get(second));
    const [fayId, gusId] = [fay, gus].map(slugify);
    expect(await citedBy([fayId, gusId])).toEqual({ [fayId]: [idOf.get(first)], [gusId]: [idOf.get(second)] });
  });
});

describe('a file citing its own source in every row', () => {
  // Held whole (strings and a set each), these sources ran the importer out of a 96 MB heap; now the
  // first WHOLE_SOURCES (check-csv.ts) are, and the rest kept as numbers.
  const ROWS = 80_000;
  const HEAP_MB = 96;
  let file: string;

  /** `npm run import -- <file> --json` in a heap of `heapMb`: its report. */
  it(`imports ${ROWS.toLocaleString('en')} rows in a ${HEAP_MB} MB heap, each source created once`, () => {
    const rows = Array.from(
      { length: ROWS },
      (_, i) =>
        `Voter ${i % 500},person,Motion ${i % 40},2023-05-01,support,Quote ${i},Dispatch ${i}: reactions to the vote on motion ${i % 40} in the national assembly,https://example.org/d/${i}/reactions-to-the-vote-on-motion-${i % 40}-in-the-national-assembly,2023-05-02`,
    );
    file = scratch.file('own-sources.csv', [HEADER, ...rows]);
    expect(importInHeap(file, HEAP_MB)).toMatchObject({
      written: true,
      invalidRows: 0,
      sources: { new: ROWS },
      stances: { new: 1_000 }, // 500 voters on 40 motions: each pair's rows are one stance with its quotes
      evidence: { new: ROWS },
    });
  }, 300_000);

  it('every one is a node, about its motion, and cited by its row', async () => {
    expect(
      await count(`MATCH (s:Source) WHERE s.url STARTS WITH 'https://example.org/d/'
                   AND COUNT { (s)-[:ABOUT]->(:Event) } = 1 RETURN count(s)`),
    ).toBe(ROWS);
    expect(
      await count(`MATCH (:Actor)-[r:TOOK_STANCE]->(:Event) UNWIND r.sourceIds AS id
                   MATCH (s:Source {id: id}) USING INDEX s:Source(id)
                   WHERE s.url STARTS WITH 'https://example.org/d/' RETURN count(DISTINCT s)`),
    ).toBe(ROWS);
  });

  // The first WHOLE_SOURCES stored ones are held whole, with what is stored of them.
  it('importing it again, in a heap of 128 MB, finds every source and changes nothing', async () => {
    const about = 'MATCH (:Source)-[a:ABOUT]->() RETURN count(a)';
    const before = await count(about);
    expect(importInHeap(file, 128)).toMatchObject({
      written: true,
      sources: { new: 0, updated: 0, unchanged: ROWS },
      stances: { new: 0, updated: 0, unchanged: 1_000 },
      evidence: { new: 0, unchanged: ROWS },
    });
    expect(await count(about)).toBe(before);
  }, 300_000);
});
