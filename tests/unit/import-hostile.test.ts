/**
 * Hostile import files, reproduced small enough for a unit test: each attack is read by the real
 * reader and refused while it is read (a bounded amount of it held), with a message naming where.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/import/csv';
import { ImportFileError } from '@/lib/import/format';
import {
  FileTap,
  MAX_CSV_COLUMNS,
  MAX_ITEM_BYTES,
  MAX_ITEM_TOKENS,
  checkHeader,
  readCsv,
  readJson,
} from '@/lib/import/reader';
import { checkCsvRow, futureDateProblem } from '@/lib/import/validate';
import { Utf8Check } from '@/lib/import/utf8';
import { CSV_COLUMNS } from '@/lib/import/format';

// The files are written with the quote_kind and stated_on columns left out (both optional).
const HEADER = CSV_COLUMNS.filter((c) => c !== 'stated_on').join(',');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-hostile-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function save(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function readAll<T>(items: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const jsonFile = (body: string) => `{"format":"stancegraph","version":1,${body}}`;

describe('JSON: one item is bounded while it is read', () => {
  it('refuses an actor with a million empty aliases after reading a bounded part of it', async () => {
    const aliases = new Array(1_000_000).fill('""').join(',');
    const file = save(
      'aliases.json',
      jsonFile(`"actors":[{"id":"a","name":"A","kind":"state","description":"d","aliases":[${aliases}]}]`),
    );
    const tap = new FileTap(file);
    const error = await readAll(readJson(tap)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(
      new RegExp(`^"actors" item 1 is too large \\(more than ${MAX_ITEM_TOKENS.toLocaleString('en')} values\\)`),
    );
    // Refused in the first chunk: the rest of the 3 MB was never read.
    expect(tap.bytesRead).toBeLessThan(tap.size);
    expect((error as Error).message.length).toBeLessThan(400);
  });

  it('refuses one item past the byte bound (a string too long for any field), naming it', async () => {
    const long = 'x'.repeat(MAX_ITEM_BYTES + 10);
    const file = save(
      'long.json',
      jsonFile(`"stances":[{"actor":"a","event":"b","stance":"support","evidence":[]},{"actor":"${long}"}]`),
    );
    await expect(readAll(readJson(new FileTap(file)))).rejects.toThrow(
      /^"stances" item 2 is too large \(more than 4 MB\)/,
    );
  });

  it('refuses a value outside the items past the byte bound', async () => {
    const file = save('format.json', `{"format":"${'x'.repeat(MAX_ITEM_BYTES + (2 << 20))}"}`);
    await expect(readAll(readJson(new FileTap(file)))).rejects.toThrow(
      /^The file has 4 MB without a JSON value ending after byte 9;/,
    );
  });

  it('takes a source with a 500,000-character text written in \\u escapes', async () => {
    const text = '\\u00e9'.repeat(500_000);
    const file = save(
      'text.json',
      jsonFile(`"sources":[{"id":"s","title":"T","publisher":"P","text":"${text}"}],"stances":[{},{}]`),
    );
    const items = await readAll(readJson(new FileTap(file)));
    expect(items.map((i) => `${i.section} ${i.index}`)).toEqual(['sources 1', 'stances 1', 'stances 2']);
    expect((items[0].value as { text: string }).text).toHaveLength(500_000);
  });

  it('refuses bytes that are not UTF-8 with their offset and the item they are in', async () => {
    const head = Buffer.from(jsonFile('"stances":[{"actor":"a"},{"actor":"b').slice(0, -1));
    const file = save('latin1.json', Buffer.concat([head, Buffer.from([0xe9]), Buffer.from('"}]}')]));
    await expect(readAll(readJson(new FileTap(file)))).rejects.toThrow(
      `The file is not valid UTF-8: invalid bytes at byte ${head.length} in "stances" item 2.`,
    );
  });
});

describe('CSV: the header and each field are bounded while read', () => {
  it('refuses a header of 150,000 distinct names at once, saying how many columns it may have', async () => {
    const header = Array.from({ length: 150_000 }, (_, i) => `c${i}`).join(',');
    const started = Date.now();
    await expect(readAll(readCsv(new FileTap(save('wide.csv', `${header}\n`))))).rejects.toThrow(
      `The CSV header (row 1) has more than ${MAX_CSV_COLUMNS} columns`,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('checks a header with repeats by a set, naming each repeat once', () => {
    expect(() => checkHeader([...CSV_COLUMNS, 'quote', 'quote'])).toThrow(/repeated column\(s\): quote\./);
    expect(() => checkHeader(Array.from({ length: 150_000 }, (_, i) => `c${i}`))).toThrow(
      /has 150,000 columns, more than 14/,
    );
  });

  it('refuses a quoted field as soon as it passes the bound, not after buffering it', async () => {
    async function* endless() {
      yield Buffer.from(`${HEADER}\nA,state,E,2022,support,"`);
      // 200 MB would follow; the reader must stop long before.
      for (let i = 0; i < 200; i += 1) yield Buffer.alloc(1 << 20, 'x');
      throw new Error('read the whole field');
    }
    await expect(readAll(parseCsv(endless(), { maxFieldLength: 11_000 }))).rejects.toThrow(
      'a field longer than 11,000 characters (is a closing quote missing?)',
    );
  });

  it('refuses bytes that are not UTF-8 with the row and byte offset, keeping the quote verbatim otherwise', async () => {
    const head = Buffer.from(`${HEADER}\nA,state,E,2022,support,"caf`);
    const file = save('latin1.csv', Buffer.concat([head, Buffer.from([0xe9]), Buffer.from('",,T,,\n')]));
    await expect(readAll(readCsv(new FileTap(file)))).rejects.toThrow(
      `CSV syntax error in row 2 (line 2): invalid UTF-8 at byte ${head.length} (save the file as UTF-8)`,
    );
    const good = save('utf8.csv', `${HEADER}\nA,state,E,2022,support,"café\u00a0— ok",,T,,\n`);
    const [row] = await readAll(readCsv(new FileTap(good)));
    expect(row.values.quote).toBe('café\u00a0— ok');
  });

  it('undoes the export formula guard on every cell', async () => {
    const file = save('formula.csv', `${HEADER}\n'=Evil,state,'@E,2022,support,"'=HYPERLINK(""x"")",direct,'+T,,\n`);
    const [row] = await readAll(readCsv(new FileTap(file)));
    expect(row.values).toMatchObject({
      actor: '=Evil',
      event: '@E',
      quote: '=HYPERLINK("x")',
      quote_kind: 'direct',
      source_title: '+T',
    });
    expect(row.values).not.toHaveProperty('__fieldCount');
  });

  it('gives CSV cells the JSON fields’ bounds', () => {
    const values = {
      actor: 'a'.repeat(301),
      actor_kind: 'state',
      event: 'E\u202Evil',
      event_date: '2022',
      stance: 'support',
      stated_on: '',
      quote: 'q'.repeat(10_001),
      quote_kind: '',
      source_title: 'T',
      source_url: 'javascript:alert(1)',
      source_date: '',
    };
    expect(checkCsvRow(values).problems).toEqual([
      'actor must be at most 300 characters (it has 301)',
      'event must not hold bidirectional control characters (U+202A–202E, U+2066–2069)',
      'quote must be at most 10,000 characters (it has 10,001)',
      'source_url "javascript:alert(1)" must be a full http(s) address',
    ]);
  });
});

describe('UTF-8 check', () => {
  it.each([1, 2, 3, 1000])('passes valid text split anywhere (chunks of %i bytes)', (size) => {
    const bytes = Buffer.from('héllo — wörld 😀 end');
    const check = new Utf8Check();
    const out: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) {
      const { valid, badAt } = check.push(bytes.subarray(i, i + size));
      expect(badAt).toBeUndefined();
      out.push(Buffer.from(valid));
    }
    expect(check.end()).toBeUndefined();
    expect(Buffer.concat(out).toString()).toBe('héllo — wörld 😀 end');
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong form', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a cut sequence before ASCII', [0xe2, 0x82, 0x41]],
  ])('finds %s at its offset', (_, bad) => {
    const { valid, badAt } = new Utf8Check().push(Buffer.concat([Buffer.from('abc'), Buffer.from(bad)]));
    expect(badAt).toBe(3);
    expect(Buffer.from(valid).toString()).toBe('abc');
  });

  it('reports a file that ends inside a sequence', () => {
    const check = new Utf8Check();
    check.push(Buffer.from([0x61, 0xe2, 0x82]));
    expect(check.end()).toBe(1);
  });
});

describe('event dates past the horizon', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  it('refuses an event after next year unless allowed', () => {
    expect(futureDateProblem('2027-12-31', {}, now)).toBeNull();
    expect(futureDateProblem('2030', {}, now)).toMatch(
      /event date 2030 is after 2027: .*--allow-future, allowFuture=1/,
    );
    expect(futureDateProblem('2030', { allowFuture: true }, now)).toBeNull();
  });
});
