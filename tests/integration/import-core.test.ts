/**
 * The importer against the shared test database, seeded with the first event, which it restores after
 * (tests/integration/shared-neo4j.ts): CSV rules refuse bad input and leave the database as it
 * was, the dry run tells what would change, imports are idempotent, JSON imports, and the CLI.
 */
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportFileError, importFile, listImportRuns } from '@/lib/import';
import { GET as runsRoute, POST as importRoute } from '@/app/api/import/route';
import { importRequest, signedInEditor } from './routes';
import { importCli, writingFile } from './shared-neo4j';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const ARTICLE = 'Russia Becomes First Country to Recognize Taliban Government';
let driver: Driver;

signedInEditor();

const scratch = writingFile('import');
const file = scratch.file;

beforeAll(() => {
  driver = scratch.driver();
});

/** Everything a person could see, counted: nodes by label and relationships by type (import runs aside). */
async function snapshot(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(`
    CALL { MATCH (n) WHERE NOT n:ImportRun UNWIND labels(n) AS k RETURN k, count(*) AS n
           UNION ALL MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n
           UNION ALL MATCH (a:Actor) RETURN 'actor props' AS k, sum(size(a.name) + size(a.kind)) AS n
           UNION ALL MATCH ()-[r:TOOK_STANCE]->() RETURN 'stance ' + r.stance AS k, count(*) AS n
           UNION ALL MATCH ()-[r:TOOK_STANCE]->() RETURN 'quotes' AS k, sum(size(r.quotes)) AS n }
    RETURN k, n ORDER BY k`);
  return Object.fromEntries(records.map((r) => [r.get('k'), Number(r.get('n'))]));
}

const VALID = [
  'France,state,UN Resolution ES-11/1,2022-03-02,condemnation,"France voted in favour, saying ""aggression"" must stop",UN voting record,https://example.org/vote/es-11-1,2022-03-02',
  'China,state,UN Resolution ES-11/1,2022-03-02,caution,China abstained,UN voting record,https://example.org/vote/es-11-1,2022-03-02',
  `russia,state,russia-recognizes-taliban,2025-07-03,support,"In a groundbreaking move, Russia has formally recognized the Taliban-led government in Afghanistan",${ARTICLE},,2025-07`,
  'russia,state,UN Resolution ES-11/1,2022-03-02,support,"Russia voted against,\non two lines",UN voting record,https://example.org/vote/es-11-1,2022-03-02',
];

describe('CSV validation: every rule refuses its bad input and leaves the database unchanged', () => {
  it.each([
    [
      'a missing quote',
      'Chad,state,UN Resolution ES-11/1,2022-03-02,caution,,UN voting record,,2022',
      /quote is required/,
    ],
    [
      'an unknown actor kind',
      'Chad,country,UN Resolution ES-11/1,2022-03-02,caution,q,UN voting record,,2022',
      /actor_kind "country" must be one of/,
    ],
    [
      'an unknown stance',
      'Chad,state,UN Resolution ES-11/1,2022-03-02,abstain,q,UN voting record,,2022',
      /stance "abstain" must be one of support, condemnation, caution/,
    ],
    [
      'a bad event date',
      'Chad,state,UN Resolution ES-11/1,02/03/2022,caution,q,UN voting record,,2022',
      /event_date "02\/03\/2022" must be a date/,
    ],
    [
      'a bad source date',
      'Chad,state,UN Resolution ES-11/1,2022-03-02,caution,q,UN voting record,,March',
      /source_date "March" must be a date/,
    ],
    [
      'a source URL that is not one',
      'Chad,state,UN Resolution ES-11/1,2022-03-02,caution,q,UN voting record,www.un.org,2022',
      /source_url "www.un.org" must be a full http\(s\) address/,
    ],
    [
      'a missing actor',
      ',state,UN Resolution ES-11/1,2022-03-02,caution,q,UN voting record,,2022',
      /actor is required/,
    ],
    [
      'a missing source title',
      'Chad,state,UN Resolution ES-11/1,2022-03-02,caution,q,,,2022',
      /source_title is required/,
    ],
    ['too few fields', 'Chad,state,UN Resolution ES-11/1,2022-03-02,caution', /has 5 fields, the header has 9/],
    [
      'an actor that is also the event',
      'Vote,state,vote,2022-03-02,caution,q,UN voting record,,2022',
      /actor and event have the same id "vote"/,
    ],
    [
      'a quote that is not in the stored source text',
      `fawzia-koofi,person,russia-recognizes-taliban,2025-07-03,condemnation,condemned Russia's decision,${ARTICLE},,2025-07`,
      /quote is not a verbatim substring of the stored text of source "Russia Becomes First Country/,
    ],
    [
      'a second stance of the same actor on the same event',
      'China,state,UN Resolution ES-11/1,2022-03-02,support,China changed its mind,UN voting record,https://example.org/vote/es-11-1,2022-03-02',
      /china has another stance on un-resolution-es-11-1 in row 3/,
    ],
    ['a repeated row', VALID[1], /repeats row 3 \(same actor, event, source and quote\)/],
    [
      'an actor given two kinds',
      'China,person,Another vote,2023,support,q,UN voting record,,2023',
      /actor "china" has actor_kind "state" in row 3, "person" here/,
    ],
    [
      'an event given two dates',
      'Chad,state,UN Resolution ES-11/1,2022-03-03,caution,q,UN voting record,,2022',
      /event "un-resolution-es-11-1" has event_date 2022-03-02 in row 2, 2022-03-03 here/,
    ],
  ])('%s', async (_name, badLine, message) => {
    const before = await snapshot();
    // The bad row comes last (row 6), after valid rows that would otherwise be written.
    const target = file('bad.csv', [HEADER, ...VALID, badLine]);
    const report = await importFile({ driver }, { file: target });
    expect(report.written).toBe(false);
    expect(report.invalidRows).toBe(1);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0].row).toBe(6);
    expect(report.problems[0].message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [
      'a header without the quote column',
      [HEADER.replace(',quote', ''), 'a,state,b,2020,support,t,,'],
      /missing column\(s\): quote/,
    ],
    [
      'a quote left open',
      [HEADER, 'Chad,state,UN vote,2022,caution,"never closed,UN voting record,,2022'],
      /ends inside a quoted field/,
    ],
    ['an empty file', [''], /The file is empty/],
  ])('refuses %s before reading rows', async (_name, lines, message) => {
    const before = await snapshot();
    await expect(importFile({ driver }, { file: file('broken.csv', lines) })).rejects.toThrow(ImportFileError);
    await expect(importFile({ driver }, { file: file('broken.csv', lines) })).rejects.toThrow(message);
    expect(await snapshot()).toEqual(before);
  });

  it('lists every invalid row of a file, with its row and line', async () => {
    const target = file('many-bad.csv', [
      HEADER,
      VALID[0],
      'A,state,B,2020,nope,q,T,,',
      VALID[3],
      'C,state,D,2020,support,,T,,',
    ]);
    const report = await importFile({ driver }, { file: target, dryRun: true });
    expect(report.problems.map((p) => [p.row, p.line])).toEqual([
      [3, 3],
      [5, 6], // row 4 spans two lines
    ]);
  });
});

describe('import', () => {
  let afterFirst: Record<string, number>;

  it('a dry run tells what would change and writes nothing', async () => {
    const before = await snapshot();
    const report = await importFile({ driver }, { file: file('good.csv', [HEADER, ...VALID]), dryRun: true });
    expect(report).toMatchObject({
      dryRun: true,
      written: false,
      rows: 4,
      invalidRows: 0,
      actors: { new: 1, updated: 0, unchanged: 2 }, // France is new; China and Russia are the seed's
      events: { new: 1, updated: 0, unchanged: 1 },
      sources: { new: 1, updated: 0, unchanged: 1 }, // the article is found by title and date
      stances: { new: 3, updated: 0, unchanged: 1 },
      evidence: { new: 3, updated: 0, unchanged: 1 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('writes what the dry run said, matching actors by slug and keeping the evidence rule', async () => {
    const before = await snapshot();
    const report = await importFile({ driver }, { file: file('good.csv', [HEADER, ...VALID]) });
    expect(report).toMatchObject({ written: true, stances: { new: 3, updated: 0, unchanged: 1 } });
    afterFirst = await snapshot();
    expect(afterFirst.Actor).toBe(before.Actor + 1);
    expect(afterFirst.TOOK_STANCE).toBe(before.TOOK_STANCE + 3);
    expect(afterFirst.quotes).toBe(before.quotes + 3);
    const { records } = await driver.executeQuery(`
      MATCH (a:Actor {id: 'russia'})-[r:TOOK_STANCE]->(e:Event {id: 'un-resolution-es-11-1'})
      UNWIND range(0, size(r.quotes) - 1) AS i
      MATCH (s:Source {id: r.sourceIds[i]})-[:ABOUT]->(e)
      RETURN r.stance AS stance, r.quotes[i] AS quote, s.url AS url, e.title AS title, e.date AS date`);
    expect(records.map((r) => r.toObject())).toEqual([
      {
        stance: 'support',
        quote: 'Russia voted against,\non two lines',
        url: 'https://example.org/vote/es-11-1',
        title: 'UN Resolution ES-11/1',
        date: '2022-03-02',
      },
    ]);
  });

  it('importing the same file twice changes nothing', async () => {
    const report = await importFile({ driver }, { file: file('good.csv', [HEADER, ...VALID]) });
    expect(report).toMatchObject({
      written: true,
      stances: { new: 0, updated: 0, unchanged: 4 },
      actors: { new: 0, updated: 0 },
    });
    expect(await snapshot()).toEqual(afterFirst);
  });

  it('a changed stance and a new quote count as updated', async () => {
    const lines = [
      HEADER,
      VALID[0].replace('condemnation', 'caution'),
      VALID[1],
      'China,state,UN Resolution ES-11/1,2022-03-02,caution,China called for restraint,UN voting record,https://example.org/vote/es-11-1,2022-03-02',
    ];
    const dry = await importFile({ driver }, { file: file('changed.csv', lines), dryRun: true });
    expect(dry.stances).toEqual({ new: 0, updated: 2, unchanged: 0 });
    const report = await importFile({ driver }, { file: file('changed.csv', lines) });
    expect(report.stances).toEqual({ new: 0, updated: 2, unchanged: 0 });
    expect(report.evidence).toEqual({ new: 1, updated: 0, unchanged: 2 });
    const { records } = await driver.executeQuery(
      "MATCH ()-[r:TOOK_STANCE {id: 'france--un-resolution-es-11-1'}]->() RETURN r.stance AS s",
    );
    expect(records[0].get('s')).toBe('caution');
  });

  it('imports the JSON format, checking quotes against the text it carries', async () => {
    const doc = {
      format: 'stancegraph',
      version: 1,
      actors: [
        {
          id: 'test-ngo',
          name: 'Test NGO',
          kind: 'organisation',
          aliases: ['TNGO'],
          description: 'A test organisation.',
        },
      ],
      events: [{ id: 'test-law', title: 'Test law', date: '2024-05', kind: 'law', description: 'A law.' }],
      sources: [
        {
          id: 'test-statement',
          title: 'Statement',
          publisher: 'Test NGO',
          url: null,
          date: '2024-05',
          text: 'We reject the test law entirely.',
          about: ['test-law'],
        },
      ],
      relations: [{ source: 'test-ngo', type: 'ECHOES', target: 'fawzia-koofi' }],
      stances: [
        {
          actor: 'test-ngo',
          event: 'test-law',
          stance: 'condemnation',
          evidence: [{ source: 'test-statement', quote: 'We reject the test law' }],
        },
      ],
    };
    const bad = structuredClone(doc);
    bad.stances.push({
      actor: 'test-ngo',
      event: 'no-such-event',
      stance: 'support',
      evidence: [{ source: 'test-statement', quote: 'not in the text' }],
    });
    const before = await snapshot();
    const refused = await importFile({ driver }, { file: file('bad.json', [JSON.stringify(bad)]) });
    expect(refused.problems).toEqual([
      {
        section: 'stances',
        row: 2,
        message:
          'unknown event "no-such-event"; quote is not a verbatim substring of source "test-statement": "not in the text"',
      },
    ]);
    expect(await snapshot()).toEqual(before);

    const report = await importFile({ driver }, { file: file('good.json', [JSON.stringify(doc)]) });
    expect(report).toMatchObject({
      written: true,
      actors: { new: 1 },
      events: { new: 1 },
      sources: { new: 1 },
      relations: { new: 1 },
      stances: { new: 1 },
    });
    const again = await importFile({ driver }, { file: file('good.json', [JSON.stringify(doc)]) });
    expect(again).toMatchObject({
      actors: { new: 0, updated: 0, unchanged: 1 },
      relations: { unchanged: 1 },
      stances: { unchanged: 1 },
    });
  });

  it('a stance whose quotes fall in different batches, written side by side, is one stance with all its quotes', async () => {
    const rows = ['first', 'second', 'third'].map(
      (q) => `Split Voter,person,Split vote,2024,caution,The ${q} quote,Split record,https://example.org/split,2024`,
    );
    const lines = [
      HEADER,
      ...rows,
      'Other Voter,person,Split vote,2024,support,Yes,Split record,https://example.org/split,2024',
    ];
    const report = await importFile({ driver }, { file: file('split.csv', lines), batchSize: 1, parallel: 2 });
    expect(report).toMatchObject({
      written: true,
      stances: { new: 2, updated: 0, unchanged: 0 },
      evidence: { new: 4, updated: 0, unchanged: 0 },
    });
    const { records } = await driver.executeQuery(`
      MATCH (a:Actor {id: 'split-voter'})-[r:TOOK_STANCE]->(e:Event {id: 'split-vote'})
      RETURN count(r) AS stances, sum(size(r.quotes)) AS quotes,
             COUNT { (:Source {url: 'https://example.org/split'})-[:ABOUT]->(e) } AS about`);
    expect(Object.fromEntries(Object.entries(records[0].toObject()).map(([k, v]) => [k, Number(v)]))).toEqual({
      stances: 1,
      quotes: 3,
      about: 1,
    });
    // A later batch waits for the one that creates the stance: the quotes are kept in the file's order.
    const stored = await driver.executeQuery(
      "MATCH ()-[r:TOOK_STANCE {id: 'split-voter--split-vote'}]->() RETURN r.quotes AS quotes",
    );
    expect(stored.records[0].get('quotes')).toEqual(['The first quote', 'The second quote', 'The third quote']);
    const again = await importFile({ driver }, { file: file('split.csv', lines), batchSize: 1, parallel: 2 });
    expect(again).toMatchObject({ stances: { new: 0, updated: 0, unchanged: 2 }, evidence: { new: 0, unchanged: 4 } });
  });

  it('records each import as a run', async () => {
    const runs = await listImportRuns({ driver });
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(runs.every((r) => r.status === 'complete')).toBe(true);
  });
});

describe('npm run import', () => {
  const cli = (args: string[]) => importCli(args);

  it('--dry-run prints what would change and a progress line with rows/s and ETA', () => {
    const result = cli([file('cli.csv', [HEADER, ...VALID]), '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/cli\.csv: dry run, 4 rows, all valid/);
    expect(result.stdout).toMatch(/stances\s+0 new\s+\d+ updated\s+\d+ unchanged/);
    expect(result.stderr).toMatch(/checking 100%\s+4 rows\s+[\d,]+ rows\/s\s+ETA/);
  });

  it('exits 1 and lists the invalid rows; nothing written', () => {
    const result = cli([file('cli-bad.csv', [HEADER, VALID[0], 'A,state,B,2020,nope,q,T,,'])]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/1 invalid row\(s\) of 2; nothing was written/);
    expect(result.stdout).toMatch(/row 3: stance "nope" must be one of/);
  });
});

describe('POST /api/import and GET /api/import', () => {
  async function post(query: string, body: string) {
    const response = await importRoute(importRequest(query, body));
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      lines:
        response.status === 200
          ? text
              .trim()
              .split('\n')
              .map((l) => JSON.parse(l))
          : [JSON.parse(text)],
    };
  }

  it('a preview streams progress lines, then the report; nothing is written', async () => {
    const before = await snapshot();
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `Voter ${i},person,Route vote,2024,support,I vote yes,Route record,https://example.org/route,2024`,
    );
    const { status, type, lines } = await post('?name=route.csv&dryRun=1', [HEADER, ...rows].join('\n'));
    expect(status).toBe(200);
    expect(type).toMatch(/application\/x-ndjson/);
    expect(lines.filter((l) => l.type === 'progress').length).toBeGreaterThan(0);
    const last = lines[lines.length - 1];
    expect(last).toMatchObject({
      type: 'report',
      report: {
        file: 'route.csv',
        dryRun: true,
        rows: 3000,
        invalidRows: 0,
        actors: { new: 3000 },
        stances: { new: 3000 },
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('an import writes, an invalid file is reported row by row, and runs are listed', async () => {
    const good = await post(
      '?name=route-good.csv',
      [HEADER, 'Route Voter,person,Route vote,2024,caution,I abstain,Route record,https://example.org/route,2024'].join(
        '\n',
      ),
    );
    expect(good.lines[good.lines.length - 1]).toMatchObject({
      type: 'report',
      report: { written: true, stances: { new: 1 } },
    });
    const bad = await post(
      '?name=route-bad.csv',
      [HEADER, 'Route Voter,person,Route vote,2024,maybe,I abstain,Route record,,2024'].join('\n'),
    );
    expect(bad.lines[bad.lines.length - 1].report.problems).toEqual([
      { row: 2, line: 2, message: expect.stringMatching(/stance "maybe" must be one of/) },
    ]);
    const broken = await post('?name=broken.csv', 'no,header\n');
    expect(broken.lines[broken.lines.length - 1]).toMatchObject({
      type: 'error',
      error: expect.stringMatching(/The CSV header \(row 1\) is not right/),
    });
    expect((await post('', 'x')).status).toBe(400);
    const runs = await (await runsRoute()).json();
    expect(runs.runs[0]).toMatchObject({ fileName: 'route-good.csv', status: 'complete', rows: 1, rowsDone: 1 });
  });
});
