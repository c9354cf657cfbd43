/**
 * A CSV's actors past those held whole keep only their first row and kind, and are named again from
 * the file when planned: each from the row that named it first, the held ones first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvActors, type CsvActor } from '@/lib/import/csv-actors';
import { FileTap, readCsv } from '@/lib/import/reader';
import { checkCsvRow } from '@/lib/import/validate';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-csv-actors-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The file, and its actors added as the check adds them (the first row of each). */
async function checked(lines: string[], held: number): Promise<{ file: string; actors: CsvActors }> {
  const file = path.join(dir, `actors-${held}-${lines.length}.csv`);
  fs.writeFileSync(file, [HEADER, ...lines].join('\n') + '\n');
  const actors = new CsvActors(held);
  for await (const item of readCsv(new FileTap(file))) {
    const { row } = checkCsvRow(item.values);
    if (row && !actors.has(row.actorId)) actors.add(row.actorId, item.row, row.actorName, row.actorKind);
  }
  return { file, actors };
}

async function all(actors: CsvActors, file: string, size: number): Promise<CsvActor[][]> {
  const out: CsvActor[][] = [];
  for await (const batch of actors.batches(file, undefined, size)) out.push(batch);
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
      const { file, actors } = await checked(lines, held);
      expect(actors.size).toBe(4);
      expect((await all(actors, file, 3)).flat()).toEqual([
        { id: 'ana-velder', row: 2, name: 'Ana Velder', kind: 'person' },
        { id: 'respondent-2', row: 3, name: null, kind: 'person' },
        { id: 'caldara', row: 4, name: 'Caldara', kind: 'state' },
        { id: 'tomas-erlen', row: 5, name: 'Tomas Erlen', kind: 'person' },
      ]);
    }
  });

  it('come in batches of the size asked, the held ones first', async () => {
    const { file, actors } = await checked(lines, 1);
    expect((await all(actors, file, 3)).map((batch) => batch.map((a) => a.id))).toEqual([
      ['ana-velder', 'respondent-2', 'caldara'],
      ['tomas-erlen'],
    ]);
  });

  it('keep the first row and kind of each for the check, held or not', async () => {
    const { actors } = await checked(lines, 1);
    expect(actors.get('ana-velder')).toMatchObject({ row: 2, kind: 'person' });
    expect(actors.get('caldara')).toEqual({ row: 4, kind: 'state' });
    expect(actors.get('nobody')).toBeUndefined();
    actors.clear();
    expect(actors.size).toBe(0);
  });
});
