/**
 * A JSON file laid out as the export writes it is read a line at a time, and gives the very items the
 * streaming parser gives; any other file, or one the bounds refuse, is read (or refused) as before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, JSON_FORMAT, JSON_VERSION } from '@/lib/import/format';
import { exportLayout } from '@/lib/import/json-lines';
import { FileTap, MAX_ITEM_BYTES, readJson, readJsonStream, type JsonItem } from '@/lib/import/reader';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-json-lines-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** The text lib/export/formats.ts writes for these sections, in this order. */
function exported(sections: [string, unknown[]][]): string {
  let out = `{"format":${JSON.stringify(JSON_FORMAT)},"version":${JSON_VERSION}`;
  for (const [name, items] of sections) {
    out += `,\n${JSON.stringify(name)}:[`;
    out += items.map((item, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`).join('');
    out += items.length ? '\n]' : ']';
  }
  return `${out}}\n`;
}

function write(content: string | Buffer): string {
  files += 1;
  const file = path.join(dir, `file-${files}.json`);
  fs.writeFileSync(file, content);
  return file;
}

async function items(read: (tap: FileTap) => AsyncGenerator<JsonItem>, file: string): Promise<JsonItem[]> {
  const out: JsonItem[] = [];
  for await (const item of read(new FileTap(file))) out.push(item);
  return out;
}

/** The error each reader ends with (null: none). */
async function failure(read: (tap: FileTap) => AsyncGenerator<JsonItem>, file: string): Promise<string | null> {
  try {
    await items(read, file);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    return (error as Error).message;
  }
}

const actors = [
  { id: 'ana-velder', name: 'Ana Velder', kind: 'person', aliases: ['Velder', 'A. V.'], description: '' },
  {
    id: 'caldara',
    name: 'Caldara "the Republic"',
    kind: 'state',
    aliases: [],
    description: 'Line\nbreak, tab\t, \u2028',
  },
  { id: 'nguyen', name: 'Nguyễn Thị Bình 🌏', kind: 'person', aliases: ['\\back\\slash'], description: '{not: json}' },
];
const stances = [
  {
    actor: 'caldara',
    event: 'vote',
    stance: 'condemnation',
    statedOn: '2024-01-01',
    evidence: [{ source: 'minutes', quote: 'We reject, ], it.', kind: 'direct' }],
  },
];

describe('a file laid out as the export writes it', () => {
  it('gives the items the streaming parser gives, empty sections and any order included', async () => {
    for (const sections of [
      [
        ['actors', actors],
        ['events', []],
        ['sources', [{ id: 'minutes', title: 'Minutes', text: 'We reject, ], it.' }]],
        ['relations', []],
        ['stances', stances],
      ],
      [
        ['stances', stances],
        ['actors', actors],
      ],
      [['actors', []]],
    ] as [string, unknown[]][][]) {
      const file = write(exported(sections));
      expect(await exportLayout(file, MAX_ITEM_BYTES)).toBe(true);
      const fast = await items(readJson, file);
      expect(fast).toEqual(await items(readJsonStream, file));
      expect(fast.length).toBe(sections.reduce((n, [, list]) => n + list.length, 0));
    }
  });

  it('refuses an item past the bound on values as the streaming parser does, and takes one just under it', async () => {
    // An object of n keys is 4n + 1 tokens: with its id, 4,999 keys are 5,000, 20,001 tokens, one past the bound.
    const wide = (k: number) => ({
      id: 'wide',
      ...Object.fromEntries(Array.from({ length: k }, (_, i) => [`k${i}`, 1])),
    });
    const under = write(exported([['actors', [wide(4_998)]]]));
    expect(await failure(readJson, under)).toBeNull();
    expect(await failure(readJsonStream, under)).toBeNull();
    const over = write(exported([['actors', [actors[0], wide(4_999)]]]));
    expect(await exportLayout(over, MAX_ITEM_BYTES)).toBe(true);
    const message = await failure(readJson, over);
    expect(message).toMatch(/"actors" item 2 is too large \(more than 20,000 values\)/);
    expect(message).toBe(await failure(readJsonStream, over));
  });

  it('ends with a clear error on a line that is not JSON', async () => {
    const file = write(exported([['actors', [actors[0]]]]).replace('"kind":"person"', '"kind":"person",'));
    expect(await exportLayout(file, MAX_ITEM_BYTES)).toBe(true);
    expect(await failure(readJson, file)).toMatch(/^The file is not valid JSON: .* in "actors" item 1$/);
    expect(await failure(readJsonStream, file)).toMatch(/^The file is not valid JSON/);
  });
});

describe('any other file', () => {
  it('is read by the streaming parser: indented, a trailing comma, a section twice, invalid UTF-8, a line past the bound', async () => {
    const sections: [string, unknown[]][] = [
      ['actors', actors],
      ['stances', stances],
    ];
    const others = [
      JSON.stringify({ format: JSON_FORMAT, version: JSON_VERSION, actors, stances }, null, 2),
      exported(sections).replace('\n]', ',\n]'),
      exported([...sections, ['actors', []]]),
    ].map(write);
    const invalidUtf8 = Buffer.from(exported([['actors', [{ ...actors[0], name: 'AB' }]]]));
    invalidUtf8[invalidUtf8.indexOf('AB')] = 0xff;
    others.push(write(invalidUtf8));
    others.push(write(exported([['actors', [{ ...actors[0], description: 'x'.repeat(100) }]]])));
    for (const [i, file] of others.entries()) {
      const last = i === others.length - 1;
      expect(await exportLayout(file, last ? 100 : MAX_ITEM_BYTES)).toBe(false);
      if (last) continue;
      expect(await failure(readJson, file)).toBe(await failure(readJsonStream, file));
      if ((await failure(readJson, file)) === null)
        expect(await items(readJson, file)).toEqual(await items(readJsonStream, file));
    }
  });
});
