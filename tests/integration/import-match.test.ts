/**
 * A CSV names actors and events as people do, by the titles, names and aliases the pages show: the
 * importer matches them with the stored ones (case and spacing aside) before it creates any
 * (lib/import/names.ts). Against the shared database, seeded with the first event, restored after.
 */
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as actorRoute } from '@/app/api/actors/[id]/route';
import { GET as graphRoute } from '@/app/api/graph/route';
import { importFile } from '@/lib/import';
import { writingFile } from './shared-neo4j';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const WIRE = 'Wire report,https://example.org/wire/recognition,2025-07-04';
let driver: Driver;

const scratch = writingFile('import-match');

beforeAll(() => {
  driver = scratch.driver();
});

async function counts(): Promise<{ actors: number; events: number; stances: number }> {
  const { records } = await driver.executeQuery(`
    RETURN COUNT { (:Actor) } AS actors, COUNT { (:Event) } AS events, COUNT { ()-[:TOOK_STANCE]->() } AS stances`);
  const r = records[0];
  return { actors: Number(r.get('actors')), events: Number(r.get('events')), stances: Number(r.get('stances')) };
}

describe('CSV cells find the stored actors and events they name', () => {
  // The seed's event by its title in other case and spacing; China by an alias, the UAE by one in lower case.
  const rows = [
    `PRC,state,RUSSIA recognizes the  taliban GOVERNMENT,2025-07-03,caution,China said it respects the choice,${WIRE}`,
    `emirates,state,Russia recognizes the Taliban government,2025-07-03,caution,The UAE kept its envoy,${WIRE}`,
  ];

  it('a dry run counts them as the stored ones, to be changed in nothing', async () => {
    const before = await counts();
    const report = await importFile({ driver }, { file: scratch.file('named.csv', [HEADER, ...rows]), dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      actors: { new: 0, updated: 0, unchanged: 2 },
      events: { new: 0, updated: 0, unchanged: 1 },
      stances: { new: 2, updated: 0, unchanged: 0 },
    });
    // The cells' spellings do not rename what they found.
    expect(report.changes).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('the import adds the stances to them and creates no actor or event', async () => {
    const before = await counts();
    const report = await importFile({ driver }, { file: scratch.file('named.csv', [HEADER, ...rows]) });
    expect(report).toMatchObject({ written: true, invalidRows: 0, stances: { new: 2 } });
    expect(await counts()).toEqual({ ...before, stances: before.stances + 2 });
    const { records } = await driver.executeQuery(`
      MATCH (a:Actor)-[r:TOOK_STANCE]->(e:Event {id: 'russia-recognizes-taliban'})
      WHERE a.id IN ['china', 'united-arab-emirates']
      RETURN a.id AS actor, a.name AS name, e.title AS title, r.stance AS stance ORDER BY actor`);
    expect(records.map((r) => r.toObject())).toEqual([
      { actor: 'china', name: 'China', title: 'Russia recognizes the Taliban government', stance: 'caution' },
      {
        actor: 'united-arab-emirates',
        name: 'United Arab Emirates',
        title: 'Russia recognizes the Taliban government',
        stance: 'caution',
      },
    ]);
    // Again: the same stances, nothing new.
    const again = await importFile({ driver }, { file: scratch.file('named.csv', [HEADER, ...rows]) });
    expect(again).toMatchObject({ stances: { new: 0, unchanged: 2 }, actors: { new: 0 }, events: { new: 0 } });
  });

  it('rows naming a new actor or event alike but for case and spacing make one of each', async () => {
    const before = await counts();
    const report = await importFile(
      { driver },
      {
        file: scratch.file('new-alike.csv', [
          HEADER,
          `Kabul Times,organisation,Kabul press briefing,2025-07-05,caution,We will report on it,${WIRE}`,
          `kabul  times,organisation,KABUL PRESS BRIEFING,2025-07-05,caution,Said again,${WIRE}`,
          `Germany,state,kabul press  briefing,2025-07-05,support,Berlin spoke,${WIRE}`,
        ]),
      },
    );
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ actors: { new: 1, unchanged: 1 }, events: { new: 1 }, stances: { new: 2 } });
    expect(await counts()).toEqual({
      actors: before.actors + 1,
      events: before.events + 1,
      stances: before.stances + 2,
    });
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor {id: 'kabul-times'})-[r:TOOK_STANCE]->(e:Event {id: 'kabul-press-briefing'})
       RETURN a.name AS name, e.title AS title, size(r.quotes) AS quotes`,
    );
    // The first row's spelling names them.
    expect(records.map((r) => ({ ...r.toObject(), quotes: Number(r.get('quotes')) }))).toEqual([
      { name: 'Kabul Times', title: 'Kabul press briefing', quotes: 2 },
    ]);
  });

  it('a name two stored actors share is refused, naming both, by the dry run and the import alike', async () => {
    // An alias of the seed's Taliban government given to a second actor (this test's own, removed after).
    await driver.executeQuery(
      `CREATE (:Actor {id: 'islamic-emirate-test', name: 'Islamic Emirate (test)', kind: 'government',
                       aliases: ['Islamic Emirate of Afghanistan'], description: ''})`,
    );
    try {
      const before = await counts();
      const target = scratch.file('ambiguous.csv', [
        HEADER,
        `China,state,Russia recognizes the Taliban government,2025-07-03,caution,China said it respects the choice,${WIRE}`,
        `islamic emirate of afghanistan,government,Russia recognizes the Taliban government,2025-07-03,support,We welcome it,${WIRE}`,
      ]);
      for (const dryRun of [true, false]) {
        const report = await importFile({ driver }, { file: target, dryRun });
        expect(report).toMatchObject({ written: false, invalidRows: 1 });
        expect(report.problems).toEqual([
          expect.objectContaining({
            row: 3,
            message:
              'actor "islamic emirate of afghanistan" is the name or an alias of 2 stored actors, "islamic-emirate-test" and "taliban-government": give the id of the one meant',
          }),
        ]);
        expect(await counts()).toEqual(before);
      }
      // Given by id, the one meant is taken.
      const byId = scratch.file('by-id.csv', [
        HEADER,
        `islamic-emirate-test,government,Russia recognizes the Taliban government,2025-07-03,support,We welcome it,${WIRE}`,
      ]);
      const report = await importFile({ driver }, { file: byId, dryRun: true });
      expect(report).toMatchObject({ invalidRows: 0, actors: { unchanged: 1 }, stances: { new: 1 } });
    } finally {
      await driver.executeQuery("MATCH (a:Actor {id: 'islamic-emirate-test'}) DETACH DELETE a");
    }
  });
});

describe('names in any script', () => {
  const EVENT = 'Vote on the Sarvan Strait transit regime';
  const SOURCE = 'Reactions to the Sarvan vote,https://example.org/wire/sarvan,2026-03-13';
  const rows = [
    `王毅,person,${EVENT},2026-03-12,caution,Wang Yi asked for more time,${SOURCE}`,
    `Сергей Лавров,person,${EVENT},2026-03-12,condemnation,Lavrov called the text one-sided,${SOURCE}`,
    `محمد بن سلمان,person,${EVENT},2026-03-12,support,The crown prince welcomed the vote,${SOURCE}`,
  ];

  it('gives each actor an id in its own script, found again by its name and served by the API', async () => {
    const report = await importFile({ driver }, { file: scratch.file('scripts.csv', [HEADER, ...rows]) });
    expect(report).toMatchObject({ written: true, invalidRows: 0, actors: { new: 3 }, stances: { new: 3 } });
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor)-[r:TOOK_STANCE]->(:Event {id: 'vote-on-the-sarvan-strait-transit-regime'})
       RETURN a.id AS id, a.name AS name, r.stance AS stance ORDER BY stance`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { id: '王毅', name: '王毅', stance: 'caution' },
      { id: 'сергей-лавров', name: 'Сергей Лавров', stance: 'condemnation' },
      { id: 'محمد-بن-سلمان', name: 'محمد بن سلمان', stance: 'support' },
    ]);

    // The same rows, one name in upper case: the stored actors, nothing new.
    const again = await importFile(
      { driver },
      {
        file: scratch.file('scripts-again.csv', [
          HEADER,
          rows[0],
          rows[1].replace('Сергей Лавров', 'СЕРГЕЙ ЛАВРОВ'),
          rows[2],
        ]),
      },
    );
    expect(again).toMatchObject({ written: true, actors: { new: 0, unchanged: 3 }, stances: { new: 0, unchanged: 3 } });

    const actor = await actorRoute(new Request('http://127.0.0.1/api/actors/x'), {
      params: Promise.resolve({ id: 'сергей-лавров' }),
    });
    expect(actor.status).toBe(200);
    expect(await actor.json()).toMatchObject({ id: 'сергей-лавров', name: 'Сергей Лавров' });
    const focus = await graphRoute(new Request(`http://127.0.0.1/api/graph?actor=${encodeURIComponent('王毅')}`));
    expect(focus.status).toBe(200);
    expect((await focus.json()).nodes.map((n: { label: string }) => n.label)).toContain('王毅');
  });
});

describe('a CSV as a spreadsheet saves it where the comma is the decimal mark', () => {
  it('reads semicolons between columns, commas inside cells, a byte-order mark and CRLF', async () => {
    const header = HEADER.replaceAll(',', ';');
    const row = [
      'Kazakhstan',
      'state',
      'Russia recognizes the Taliban government',
      '2025-07-03',
      'caution',
      'Astana will study the decision, then decide',
      'Wire report',
      'https://example.org/wire/semicolons',
      '2025-07-04',
    ].join(';');
    const file = scratch.file(
      'semicolons.csv',
      [`\uFEFF${header}`, row].map((line) => `${line}\r`),
    );
    const report = await importFile({ driver }, { file });
    expect(report).toMatchObject({ written: true, invalidRows: 0, actors: { new: 1 }, stances: { new: 1 } });
    const { records } = await driver.executeQuery(
      `MATCH (:Actor {id: 'kazakhstan'})-[r:TOOK_STANCE]->(:Event {id: 'russia-recognizes-taliban'})
       RETURN r.stance AS stance, r.quotes AS quotes`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { stance: 'caution', quotes: ['Astana will study the decision, then decide'] },
    ]);
  });
});
