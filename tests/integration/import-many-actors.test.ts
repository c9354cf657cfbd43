/**
 * A file that names more actors than one batch of entities (ENTITY_BATCH, 5,000): a consultation where
 * each of thousands of people answers once. Its actors are compared and written batch by batch (a
 * million of them held as plans ran the importer out of memory); every one arrives, a dry run counts
 * them without writing, the same file again changes nothing, and the graph of one of its events draws
 * as many of its people as fit. Most of them past the actors held whole, as a million would be: named
 * again from the CSV, declared again from the JSON (lib/import/file-actors.ts). On the shared database, restored to the seed after
 * (tests/integration/shared-neo4j.ts).
 */
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_NODE_LIMIT } from '@/lib/domain';
import { importFile } from '@/lib/import';
import { api } from './routes';
import { writingFile } from './shared-neo4j';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const PEOPLE = 12_345;
const STANCES = ['support', 'condemnation', 'caution'];
let driver: Driver;

const scratch = writingFile('many-actors');

beforeAll(() => {
  driver = scratch.driver();
});

/** Actors of the consultation stored, and their stances. */
async function stored(): Promise<{ actors: number; stances: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor) WHERE a.id STARTS WITH 'respondent-'
     OPTIONAL MATCH (a)-[s:TOOK_STANCE]->()
     RETURN count(DISTINCT a) AS actors, count(s) AS stances`,
  );
  return { actors: records[0].get('actors').toNumber(), stances: records[0].get('stances').toNumber() };
}

describe('a file of more actors than one batch', () => {
  const lines = Array.from({ length: PEOPLE }, (_, i) => {
    const consultation = `Consultation ${i % 3}`;
    return `Respondent ${i},person,${consultation},2024-0${1 + (i % 3)}-15,${STANCES[i % 3]},Answer number ${i} to the consultation,${consultation} answers,https://example.org/consultation/${i % 3},2024-06-01`;
  });

  it('counts them on a dry run without writing one, however many are held with their names', async () => {
    for (const heldActors of [undefined, 1_000]) {
      const file = scratch.file(`dry-${heldActors ?? 'all'}.csv`, [HEADER, ...lines]);
      const report = await importFile({ driver }, { file, dryRun: true, heldActors });
      expect(report).toMatchObject({ written: false, invalidRows: 0 });
      expect(report.actors).toEqual({ new: PEOPLE, updated: 0, unchanged: 0 });
      expect(report.events.new).toBe(3);
    }
    expect(await stored()).toEqual({ actors: 0, stances: 0 });
  });

  it('writes every one of them with its stance and name, draws the first by id that fit in an event’s graph, and the same file again changes nothing', async () => {
    const file = scratch.file('people.csv', [HEADER, ...lines]);
    // Most of them past those held with their names: named again from the file as they are written.
    const first = await importFile({ driver }, { file, heldActors: 1_000 });
    expect(first).toMatchObject({ written: true, invalidRows: 0 });
    expect(first.actors).toEqual({ new: PEOPLE, updated: 0, unchanged: 0 });
    expect(first.stances.new).toBe(PEOPLE);
    expect(await stored()).toEqual({ actors: PEOPLE, stances: PEOPLE });
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor) WHERE a.id IN ['respondent-0', 'respondent-999', 'respondent-1000', 'respondent-12344']
       RETURN a.id AS id, a.name AS name, a.kind AS kind ORDER BY id`,
    );
    expect(records.map((r) => [r.get('id'), r.get('name'), r.get('kind')])).toEqual([
      ['respondent-0', 'Respondent 0', 'person'],
      ['respondent-1000', 'Respondent 1000', 'person'],
      ['respondent-12344', 'Respondent 12344', 'person'],
      ['respondent-999', 'Respondent 999', 'person'],
    ]);

    // One consultation's graph has room for fewer of its 4,115 people than it holds: a cut view, of
    // the people first by id (each has one stance on it, so none is busier than another).
    process.env.STANCEGRAPH_READ_CACHE = '0';
    try {
      const { status, body } = await api.graph('?event=consultation-0');
      expect(status).toBe(200);
      expect(body.truncated).toBe(true);
      const takers = Array.from({ length: PEOPLE }, (_, i) => i)
        .filter((i) => i % 3 === 0)
        .map((i) => `respondent-${i}`)
        .sort();
      const drawn = body.nodes.map((n: { id: string }) => n.id).filter((id: string) => id.startsWith('respondent-'));
      expect(drawn.sort()).toEqual(takers.slice(0, GRAPH_NODE_LIMIT - 1));
    } finally {
      delete process.env.STANCEGRAPH_READ_CACHE;
    }

    const again = await importFile({ driver }, { file });
    expect(again.actors).toEqual({ new: 0, updated: 0, unchanged: PEOPLE });

    // The same people declared in the project's JSON, one renamed, most past those held whole: their
    // fields are read again from the file and compared.
    const declared = Array.from({ length: PEOPLE }, (_, i) => ({
      id: `respondent-${i}`,
      name: i === 12_000 ? 'Respondent Twelve Thousand' : `Respondent ${i}`,
      kind: 'person',
      description: '',
      aliases: [],
    }));
    const json = scratch.file('people.json', [JSON.stringify({ format: 'stancegraph', version: 1, actors: declared })]);
    const compared = await importFile({ driver }, { file: json, dryRun: true, heldActors: 1_000 });
    expect(compared).toMatchObject({ invalidRows: 0, written: false });
    expect(compared.actors).toEqual({ new: 0, updated: 1, unchanged: PEOPLE - 1 });
    expect(compared.changes).toEqual([
      {
        entity: 'actor',
        id: 'respondent-12000',
        field: 'name',
        from: 'Respondent 12000',
        to: 'Respondent Twelve Thousand',
      },
    ]);
    expect(again.stances).toMatchObject({ new: 0, updated: 0, unchanged: PEOPLE });
    expect(await stored()).toEqual({ actors: PEOPLE, stances: PEOPLE });
  });
});
