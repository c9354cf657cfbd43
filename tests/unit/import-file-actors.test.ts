/**
 * A file's actors past those held whole keep only their first row and kind, and are declared again
 * from the file when planned: each as the row (CSV) or item (JSON) that declared it first, the held
 * ones first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvActorsAgain } from '@/lib/import/check-csv';
import { jsonActorsAgain } from '@/lib/import/check-json';
import { FileActors, type ActorDeclaration, type ReadAgain } from '@/lib/import/file-actors';
import { JSON_FORMAT, JSON_VERSION } from '@/lib/import/format';
import { FileTap, readCsv } from '@/lib/import/reader';
import { ImportState } from '@/lib/import/state';
import { checkCsvRow } from '@/lib/import/validate';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-file-actors-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CSV, and its actors added as the check adds them (the first row of each). */
async function checkedCsv(lines: string[], held: number): Promise<{ actors: FileActors; again: ReadAgain }> {
  const file = path.join(dir, `actors-${held}-${lines.length}.csv`);
  fs.writeFileSync(file, [HEADER, ...lines].join('\n') + '\n');
  const actors = new FileActors(held);
  for await (const item of readCsv(new FileTap(file))) {
    const { row } = checkCsvRow(item.values);
    if (row && !actors.has(row.actorId))
      actors.add({ id: row.actorId, row: item.row, name: row.actorName, kind: row.actorKind });
  }
  return { actors, again: () => csvActorsAgain(file, new ImportState()) };
}

async function all(actors: FileActors, again: ReadAgain, size: number): Promise<ActorDeclaration[][]> {
  const out: ActorDeclaration[][] = [];
  for await (const batch of actors.batches(size, again)) out.push(batch);
  return out;
}

describe('the actors of a CSV', () => {
  const lines = [
    'Ana Velder,person,Vote,2024-01-01,support,Yes,Minutes,,',
    'respondent-2,person,Vote,2024-01-01,caution,Maybe,Minutes,,',
    'Caldara,state,Vote,2024-01-01,condemnation,No,Minutes,,',
    'Tomas Erlen,person,Vote,2024-01-01,support,Yes indeed,Minutes,,',
    // Named again, by its slug and by a name spelt otherwise: the first row's name stands.
    'caldara,state,Other vote,2024-02-01,support,Yes now,Minutes,,',
    'TOMAS ERLEN,person,Other vote,2024-02-01,support,Again yes,Minutes,,',
  ];

  it('are named from the row that named each first, past those held as well as among them', async () => {
    for (const held of [0, 2, 10]) {
      const { actors, again } = await checkedCsv(lines, held);
      expect(actors.size).toBe(4);
      expect((await all(actors, again, 3)).flat()).toEqual([
        { id: 'ana-velder', row: 2, name: 'Ana Velder', kind: 'person' },
        { id: 'respondent-2', row: 3, name: null, kind: 'person' },
        { id: 'caldara', row: 4, name: 'Caldara', kind: 'state' },
        { id: 'tomas-erlen', row: 5, name: 'Tomas Erlen', kind: 'person' },
      ]);
    }
  });

  it('come in batches of the size asked, the held ones first', async () => {
    const { actors, again } = await checkedCsv(lines, 1);
    expect((await all(actors, again, 3)).map((batch) => batch.map((a) => a.id))).toEqual([
      ['ana-velder', 'respondent-2', 'caldara'],
      ['tomas-erlen'],
    ]);
  });

  it('keep the first row and kind of each for the check, held or not', async () => {
    const { actors } = await checkedCsv(lines, 1);
    expect(actors.get('ana-velder')).toMatchObject({ row: 2, kind: 'person' });
    expect(actors.get('caldara')).toEqual({ row: 4, kind: 'state' });
    expect(actors.get('nobody')).toBeUndefined();
    expect([...actors.rows()]).toEqual([
      ['ana-velder', 2],
      ['respondent-2', 3],
      ['caldara', 4],
      ['tomas-erlen', 5],
    ]);
    actors.clear();
    expect(actors.size).toBe(0);
  });

  it('say so when the file no longer names one of them', async () => {
    const { actors } = await checkedCsv(lines, 1);
    const shorter = () => csvActorsAgain(writeCsv('shorter', lines.slice(0, 3)), new ImportState());
    await expect(all(actors, shorter, 3)).rejects.toThrow(/changed between reading and planning/);
  });
});

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(dir, `${name}.csv`);
  fs.writeFileSync(file, [HEADER, ...lines].join('\n') + '\n');
  return file;
}

describe('the actors of a JSON file', () => {
  it('are declared again with their fields, the rest of the file not read once all are found', async () => {
    const declared = [
      { id: 'ana-velder', name: 'Ana Velder', kind: 'person', description: 'A minister', aliases: ['Velder'] },
      { id: 'caldara', name: 'Caldara', kind: 'state', description: '', aliases: ['Caldaran Republic'] },
    ] as const;
    const file = path.join(dir, 'actors.json');
    // Cut off after the actors: reading on would fail on the rest.
    const whole = JSON.stringify({ format: JSON_FORMAT, version: JSON_VERSION, actors: declared, events: [] });
    fs.writeFileSync(file, whole.slice(0, whole.indexOf('"events"') + 10));
    const actors = new FileActors(1);
    declared.forEach((a, i) => actors.add({ id: a.id, row: i + 1, name: a.name, kind: a.kind }));
    const batches = await all(actors, () => jsonActorsAgain(file), 10);
    expect(batches.flat().map(({ id, row }) => [id, row])).toEqual([
      ['ana-velder', 1],
      ['caldara', 2],
    ]);
    expect(batches.flat()[1].props).toEqual({
      name: 'Caldara',
      kind: 'state',
      description: '',
      aliases: ['Caldaran Republic'],
    });
  });
});
