/**
 * Whose words a quote is (direct: the actor's own; reported: the source's account), through the real
 * Neo4j: the seed's kinds reach the API, both import formats store the kind a file gives (and reported
 * where it gives none), an import never changes a stored quote's kind, and a stance stored before kinds
 * were keeps working. On the shared database, restored to the seed after (tests/integration/shared-neo4j.ts).
 */
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as exportRoute } from '@/app/api/export/route';
import { importFile } from '@/lib/import';
import { api } from './routes';
import { writingFile } from './shared-neo4j';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,quote_kind,source_title,source_url,source_date';
const OLD_HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const SOURCE = 'Minister’s speech,https://example.org/speech,2024-05-02';
const EVENT = 'Kinds test law';
let driver: Driver;

const scratch = writingFile('kinds');
const file = scratch.file;

beforeAll(() => {
  driver = scratch.driver();
});

/** A stance's stored quotes as "kind: quote" ("none" where no kind is stored), in stored order. */
async function storedKinds(stanceId: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH ()-[r:TOOK_STANCE {id: $id}]->()
     UNWIND range(0, size(r.quotes) - 1) AS i
     RETURN coalesce(r.quoteKinds[i], 'none') + ': ' + r.quotes[i] AS q ORDER BY i`,
    { id: stanceId },
  );
  return records.map((r) => r.get('q') as string);
}

async function exportCsv(): Promise<string> {
  return (await exportRoute(new Request('http://127.0.0.1/api/export?format=csv'))).text();
}

describe('the seed', () => {
  it('gives the actor’s panel each quote with its kind: Muttaqi’s words direct, the sentence around them reported', async () => {
    const { body } = await api.actor('amir-khan-muttaqi');
    const stance = body.stances.find((s: { eventId: string }) => s.eventId === 'russia-recognizes-taliban');
    expect(stance.evidence.map((e: { kind: string; quote: string }) => `${e.kind}: ${e.quote}`)).toEqual([
      expect.stringMatching(/^reported: Muttaqi characterized Russia’s recognition/),
      'direct: new phase of positive relations',
    ]);
    const koofi = await api.actor('fawzia-koofi');
    expect(koofi.body.stances[0].evidence.map((e: { kind: string }) => e.kind)).toEqual(['reported']);
    expect(koofi.body.relations.map((r: { evidence: { kind: string } }) => r.evidence.kind)).toEqual(['reported']);
    // The graph the explorer draws carries the same kinds.
    const graph = await api.graphView('?event=russia-recognizes-taliban');
    const edge = graph.body.edges.find((e: { id: string }) => e.id === 'vladimir-putin--russia-recognizes-taliban');
    expect(edge.evidence.map((e: { kind: string; quote: string }) => `${e.kind}: ${e.quote}`)).toEqual([
      expect.stringMatching(/^reported: President Vladimir Putin has previously referred/),
      'direct: ally',
    ]);
  });
});

describe('CSV import', () => {
  const rows = [
    `Kinds Minister,person,${EVENT},2024-05-01,condemnation,We will not accept this law,direct,${SOURCE}`,
    `Kinds Minister,person,${EVENT},2024-05-01,condemnation,The minister rejected the law,reported,${SOURCE}`,
    `Kinds Minister,person,${EVENT},2024-05-01,condemnation,She spoke for an hour,,${SOURCE}`,
  ];

  it('stores the kind each row gives, and reported where a row gives none', async () => {
    const report = await importFile({ driver }, { file: file('kinds.csv', [HEADER, ...rows]) });
    expect(report).toMatchObject({ invalidRows: 0, written: true, evidence: { new: 3 } });
    expect(await storedKinds('kinds-minister--kinds-test-law')).toEqual([
      'direct: We will not accept this law',
      'reported: The minister rejected the law',
      'reported: She spoke for an hour',
    ]);
    const csv = await exportCsv();
    expect(csv).toContain(',condemnation,2024-05-02,We will not accept this law,direct,Minister’s speech,');
    expect(csv).toContain(',condemnation,2024-05-02,She spoke for an hour,reported,Minister’s speech,');
  });

  it('gives each new stance on one event its own sources, kinds and date, however the rows before it cite', async () => {
    const other = 'Wire report,https://example.org/wire,2024-05-03';
    const report = await importFile(
      { driver },
      {
        file: file('one-event.csv', [
          HEADER,
          `Group First,person,${EVENT},2024-05-01,support,First words,direct,${SOURCE}`,
          `Group Same,person,${EVENT},2024-05-01,support,Same source and kind,direct,${SOURCE}`,
          `Group Kind,person,${EVENT},2024-05-01,caution,Same source other kind,reported,${SOURCE}`,
          `Group Wire,state,${EVENT},2024-05-01,condemnation,Another source,direct,${other}`,
          `Group Two,organisation,${EVENT},2024-05-01,support,From the speech,direct,${SOURCE}`,
          `Group Two,organisation,${EVENT},2024-05-01,support,From the wire,reported,${other}`,
          `Group First,person,Kinds other law,2024-04-01,caution,On the other law,reported,${other}`,
        ]),
      },
    );
    expect(report).toMatchObject({ invalidRows: 0, written: true, stances: { new: 6 } });
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor)-[r:TOOK_STANCE]->(e:Event) WHERE a.name STARTS WITH 'Group '
       MATCH (s:Source) WHERE s.id IN r.sourceIds
       WITH a, e, r, collect(s.id) AS found
       RETURN a.name + ' on ' + e.title + ': ' + r.stance + ', ' + r.statedOn + ', ' + size(found) + ' of ' +
              size(r.sourceIds) + ' sources' AS line, r.id AS id ORDER BY line`,
    );
    expect(records.map((r) => r.get('line'))).toEqual([
      'Group First on Kinds other law: caution, 2024-05-03, 1 of 1 sources',
      `Group First on ${EVENT}: support, 2024-05-02, 1 of 1 sources`,
      `Group Kind on ${EVENT}: caution, 2024-05-02, 1 of 1 sources`,
      `Group Same on ${EVENT}: support, 2024-05-02, 1 of 1 sources`,
      `Group Two on ${EVENT}: support, 2024-05-02, 2 of 2 sources`,
      `Group Wire on ${EVENT}: condemnation, 2024-05-03, 1 of 1 sources`,
    ]);
    expect(records.map((r) => r.get('id'))).toContain('group-wire--kinds-test-law');
    expect(await storedKinds('group-same--kinds-test-law')).toEqual(['direct: Same source and kind']);
    expect(await storedKinds('group-kind--kinds-test-law')).toEqual(['reported: Same source other kind']);
    expect(await storedKinds('group-two--kinds-test-law')).toEqual([
      'direct: From the speech',
      'reported: From the wire',
    ]);
    const csv = await exportCsv();
    expect(csv).toContain(',condemnation,2024-05-03,Another source,direct,Wire report,https://example.org/wire,');
  });

  it('takes a file of the older shape, without quote_kind, as reported', async () => {
    const report = await importFile(
      { driver },
      {
        file: file('old.csv', [
          OLD_HEADER,
          `Old Voter,state,${EVENT},2024-05-01,support,Old Voter voted for it,${SOURCE}`,
        ]),
      },
    );
    expect(report).toMatchObject({ invalidRows: 0, written: true });
    expect(await storedKinds('old-voter--kinds-test-law')).toEqual(['reported: Old Voter voted for it']);
  });

  it('refuses a row that gives a stored quote another kind, writing nothing; a row without a kind keeps the stored one', async () => {
    const flipped = [
      HEADER,
      rows[0].replace(',direct,', ',reported,'),
      rows[1].replace(',reported,', ',direct,'),
      `Kinds Minister,person,${EVENT},2024-05-01,condemnation,A new quote,direct,${SOURCE}`,
    ];
    for (const dryRun of [true, false]) {
      const report = await importFile({ driver }, { file: file('flipped.csv', flipped), dryRun });
      expect(report.written).toBe(false);
      expect(report.problems).toEqual([
        {
          row: 2,
          line: 2,
          message:
            'the quote "We will not accept this law" is stored as direct, not reported; an import never changes a stored quote\'s kind (give it as direct, or without a kind)',
        },
        {
          row: 3,
          line: 3,
          message: expect.stringMatching(
            /^the quote "The minister rejected the law" is stored as reported, not direct;/,
          ),
        },
      ]);
    }
    expect(await storedKinds('kinds-minister--kinds-test-law')).toHaveLength(3);

    const unsaid = await importFile(
      { driver },
      { file: file('unsaid.csv', [HEADER, rows[0].replace(',direct,', ',,'), flipped[3]]) },
    );
    expect(unsaid).toMatchObject({ invalidRows: 0, written: true, evidence: { new: 1, unchanged: 1 } });
    expect(await storedKinds('kinds-minister--kinds-test-law')).toEqual([
      'direct: We will not accept this law',
      'reported: The minister rejected the law',
      'reported: She spoke for an hour',
      'direct: A new quote',
    ]);
  });

  it('over several check chunks, lists each refused kind and bad row in row order, and writes nothing', async () => {
    // CHECK_CHUNK is 10,000 rows: the stored kinds of a chunk are asked while the next one is checked.
    const lines = Array.from(
      { length: 25_000 },
      (_, i) => `Kinds filler ${i},person,${EVENT},2024-05-01,support,Filler quote ${i},,${SOURCE}`,
    );
    lines[3] = lines[3].replace(',support,', ',nope,');
    lines[5] = rows[0].replace(',direct,', ',reported,');
    lines[15_000] = lines[15_000].replace(',support,', ',nope,');
    lines[22_000] = rows[1].replace(',reported,', ',direct,');
    const before = await storedKinds('kinds-minister--kinds-test-law');
    const report = await importFile({ driver }, { file: file('chunks.csv', [HEADER, ...lines]) });
    expect(report).toMatchObject({ written: false, invalidRows: 4 });
    expect(report.problems.map((p) => [p.row, p.message.slice(0, 22)])).toEqual([
      [5, 'stance "nope" must be '],
      [7, 'the quote "We will not'],
      [15_002, 'stance "nope" must be '],
      [22_002, 'the quote "The ministe'],
    ]);
    expect(await storedKinds('kinds-minister--kinds-test-law')).toEqual(before);
    expect(await api.actor('kinds-filler-0')).toMatchObject({ status: 404 });
  });
});

describe('JSON import', () => {
  const doc = () => ({
    format: 'stancegraph',
    version: 1,
    actors: [
      { id: 'kinds-ngo', name: 'Kinds NGO', kind: 'organisation', aliases: [], description: '' },
      { id: 'kinds-leader', name: 'Kinds Leader', kind: 'person', aliases: [], description: '' },
    ],
    events: [{ id: 'kinds-json-law', title: 'Kinds JSON law', date: '2024-06', kind: 'law', description: '' }],
    sources: [
      {
        id: 'kinds-statement',
        title: 'Statement',
        publisher: 'Kinds NGO',
        url: null,
        date: '2024-06',
        text: 'The NGO, led by Kinds Leader, said the law was "a step back" and called for its repeal.',
        about: ['kinds-json-law'],
      },
    ],
    relations: [
      {
        source: 'kinds-leader',
        type: 'LEADS',
        target: 'kinds-ngo',
        evidence: { source: 'kinds-statement', quote: 'led by Kinds Leader', kind: 'reported' },
      },
    ],
    stances: [
      {
        actor: 'kinds-ngo',
        event: 'kinds-json-law',
        stance: 'condemnation',
        evidence: [
          { source: 'kinds-statement', quote: 'said the law was "a step back" and called for its repeal' },
          { source: 'kinds-statement', quote: 'a step back', kind: 'direct' },
        ],
      },
    ],
  });

  it('stores evidence kinds and a relation’s, reported where the file gives none, and reads them back unchanged', async () => {
    const report = await importFile({ driver }, { file: file('kinds.json', [JSON.stringify(doc())]) });
    expect(report).toMatchObject({ invalidRows: 0, written: true });
    expect(await storedKinds('kinds-ngo--kinds-json-law')).toEqual([
      'reported: said the law was "a step back" and called for its repeal',
      'direct: a step back',
    ]);
    const { body } = await api.actor('kinds-leader');
    expect(body.relations[0].evidence).toMatchObject({ quote: 'led by Kinds Leader', kind: 'reported' });
    // The same file again: nothing to change.
    const again = await importFile({ driver }, { file: file('kinds.json', [JSON.stringify(doc())]) });
    expect(again).toMatchObject({
      written: true,
      relations: { unchanged: 1 },
      stances: { unchanged: 1 },
      changeCount: 0,
    });
  });

  it('refuses a stance or relation that gives a stored quote another kind', async () => {
    const flipped = doc();
    flipped.stances[0].evidence[1].kind = 'reported';
    flipped.relations[0].evidence.kind = 'direct';
    const report = await importFile({ driver }, { file: file('flipped.json', [JSON.stringify(flipped)]) });
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      {
        section: 'relations',
        row: 1,
        message: expect.stringMatching(/^the quote "led by Kinds Leader" is stored as reported, not direct;/),
      },
      {
        section: 'stances',
        row: 1,
        message: expect.stringMatching(/^the quote "a step back" is stored as direct, not reported;/),
      },
    ]);
    expect(await storedKinds('kinds-ngo--kinds-json-law')).toEqual([
      'reported: said the law was "a step back" and called for its repeal',
      'direct: a step back',
    ]);
  });

  it('over several check chunks, lists each refused kind and bad stance in item order', async () => {
    const big = doc();
    const [stored] = big.stances;
    const fillers = Array.from({ length: 25_000 }, (_, i) => ({
      id: `kinds-filler-${i}`,
      name: `Kinds filler ${i}`,
      kind: 'person',
      aliases: [],
      description: '',
    }));
    big.actors.push(...fillers);
    const stances: unknown[] = fillers.map((a) => ({
      actor: a.id,
      event: 'kinds-json-law',
      stance: 'support',
      evidence: [{ source: 'kinds-statement', quote: 'a step back' }],
    }));
    const flipped = { ...stored, evidence: [{ ...stored.evidence[1], kind: 'reported' }] };
    stances[3] = { ...(stances[3] as object), stance: 'nope' };
    stances[5] = flipped;
    stances[15_000] = { ...(stances[15_000] as object), stance: 'nope' };
    stances[22_000] = flipped;
    const report = await importFile({ driver }, { file: file('chunks.json', [JSON.stringify({ ...big, stances })]) });
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => [p.row, p.message.slice(0, 26)])).toEqual([
      [4, 'stance: stance must be one'],
      [6, 'the quote "a step back" is'],
      [15_001, 'stance: stance must be one'],
      [22_001, 'the quote "a step back" is'],
    ]);
  });
});

describe('a stance stored before quotes had kinds', () => {
  beforeAll(async () => {
    await driver.executeQuery(`
      MERGE (a:Actor {id: 'kinds-old-actor'}) SET a.name = 'Kinds Old Actor', a.kind = 'state', a.description = '', a.aliases = [], a.searchText = 'Kinds Old Actor'
      MERGE (b:Actor {id: 'kinds-old-other'}) SET b.name = 'Kinds Old Other', b.kind = 'state', b.description = '', b.aliases = [], b.searchText = 'Kinds Old Other'
      MERGE (e:Event {id: 'kinds-old-event'}) SET e.title = 'Kinds old event', e.date = '2020', e.kind = 'event', e.description = ''
      MERGE (s:Source {id: 'kinds-old-source'}) SET s.title = 'Old record', s.publisher = 'Archive', s.url = null, s.date = '2020', s.text = null
      MERGE (s)-[:ABOUT]->(e)
      MERGE (a)-[r:TOOK_STANCE {id: 'kinds-old-actor--kinds-old-event'}]->(e)
      SET r.stance = 'support', r.quotes = ['It said "yes" to it'], r.sourceIds = ['kinds-old-source']
      MERGE (a)-[l:LEADS {id: 'kinds-old-actor--leads--kinds-old-other'}]->(b)
      SET l.quote = 'It leads the other', l.sourceId = 'kinds-old-source'`);
  });

  it('is read, exported and extended as reported, and an import cannot turn it into own words', async () => {
    const { body } = await api.actor('kinds-old-actor');
    expect(body.stances[0].evidence.map((e: { kind: string }) => e.kind)).toEqual(['reported']);
    expect(body.relations[0].evidence.kind).toBe('reported');
    const csv = await exportCsv();
    // Stored before stances had dates, and not dated yet: no schema update has run since.
    expect(csv).toContain(',support,,"It said ""yes"" to it",reported,Old record,');

    const old = `Kinds Old Actor,state,kinds-old-event,2020,support,"It said ""yes"" to it",direct,Old record,,2020`;
    const refused = await importFile({ driver }, { file: file('upgrade.csv', [HEADER, old]) });
    expect(refused.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^the quote "It said "yes" to it" is stored as reported, not direct;/),
    ]);

    // A quote added later lands beside its own kind; the old one is written as what it was read as.
    const added = await importFile(
      { driver },
      {
        file: file('added.csv', [
          HEADER,
          'Kinds Old Actor,state,kinds-old-event,2020,support,yes,direct,Old record,,2020',
        ]),
      },
    );
    expect(added).toMatchObject({ invalidRows: 0, written: true, evidence: { new: 1 } });
    expect(await storedKinds('kinds-old-actor--kinds-old-event')).toEqual([
      'reported: It said "yes" to it',
      'direct: yes',
    ]);
  });
});
