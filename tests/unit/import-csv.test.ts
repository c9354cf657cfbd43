import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvLine, parseCsv } from '@/lib/import/csv';
import { CompactKeyMap } from '@/lib/import/hashset';
import { checkHeader } from '@/lib/import/reader';
import { SLUG_PATTERN } from '@/lib/domain';
import { idAndName, slugify, slugifyAnyScript } from '@/lib/model';

async function parse(text: string, chunkSize = text.length || 1) {
  async function* chunks() {
    const bytes = Buffer.from(text, 'utf8');
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out = [];
  for await (const record of parseCsv(chunks())) out.push(record);
  return out;
}

describe('parseCsv', () => {
  const text = '\uFEFFa,b,c\r\n"x, with comma","say ""hi""","two\nlines"\n\nplain,,end\n"é ü — ’",2,3';

  it.each([1, 2, 3, 7, 1000])(
    'reads quoted commas, doubled quotes, newlines, CRLF and a BOM (chunks of %i bytes)',
    async (size) => {
      const records = await parse(text, size);
      expect(records.map((r) => r.fields)).toEqual([
        ['a', 'b', 'c'],
        ['x, with comma', 'say "hi"', 'two\nlines'],
        ['plain', '', 'end'],
        ['é ü — ’', '2', '3'],
      ]);
      // Rows are records (header = 1); lines are physical lines, so they drift once a field spans two.
      expect(records.map((r) => [r.row, r.line])).toEqual([
        [1, 1],
        [2, 2],
        [3, 5],
        [4, 6],
      ]);
    },
  );

  it.each([1, 2, 5, 1000])(
    'reads a file separated by semicolons or tabs, as a spreadsheet saves it, from its header line (chunks of %i bytes)',
    async (size) => {
      const semicolons =
        '\uFEFFactor;quote;event\r\nRussia;"said; then left";"Recognition, 2025"\r\nChina;Respects it, mostly;x\r\n';
      expect((await parse(semicolons, size)).map((r) => r.fields)).toEqual([
        ['actor', 'quote', 'event'],
        ['Russia', 'said; then left', 'Recognition, 2025'],
        ['China', 'Respects it, mostly', 'x'],
      ]);
      const tabs = 'actor\tquote\nRussia\tWe welcome it; fully, too\n';
      expect((await parse(tabs, size)).map((r) => r.fields)).toEqual([
        ['actor', 'quote'],
        ['Russia', 'We welcome it; fully, too'],
      ]);
      // A comma anywhere in the header line makes it a comma-separated file, semicolons in cells and all.
      expect((await parse('a,b\nx;y,z\n', size)).map((r) => r.fields)).toEqual([
        ['a', 'b'],
        ['x;y', 'z'],
      ]);
    },
  );

  it('names the separator a quoted field must end at', async () => {
    await expect(parse('a;b\n"x"y;z\n')).rejects.toThrow(/must end at a semicolon or the end of the line/);
  });

  it('refuses a quote left open and a quote inside an unquoted field, naming the row', async () => {
    await expect(parse('a,b\n"open,b\n')).rejects.toThrow(CsvSyntaxError);
    await expect(parse('a,b\nx"y,b\n')).rejects.toMatchObject({ row: 2 });
    await expect(parse('a,b\n"x"y,b\n')).rejects.toThrow(/after a closing quote/);
  });

  it('writes fields that read back the same', async () => {
    const values = ['plain', 'with, comma', 'with "quote"', 'two\nlines', '', ' padded '];
    const records = await parse(csvLine(values));
    expect(records[0].fields).toEqual(values);
  });
});

describe('checkHeader', () => {
  const columns = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';

  it('accepts the nine columns in any order and says where each is; stated_on and quote_kind, left out, are nowhere', () => {
    expect(checkHeader(columns.split(','))).toEqual([0, 1, 2, 3, 4, -1, 5, -1, 6, 7, 8]);
    const reordered = columns.split(',').reverse();
    expect(checkHeader(reordered)[0]).toBe(8);
  });

  it('takes quote_kind and stated_on wherever they are', () => {
    expect(checkHeader([...columns.split(','), 'quote_kind'])).toEqual([0, 1, 2, 3, 4, -1, 5, 9, 6, 7, 8]);
    expect(checkHeader(['stated_on', ...columns.split(',')])).toEqual([1, 2, 3, 4, 5, 0, 6, -1, 7, 8, 9]);
    expect(() => checkHeader([...columns.split(','), 'quote_kind', 'quote_kind'])).toThrow(
      /repeated column\(s\): quote_kind/,
    );
  });

  it('names missing, unknown and repeated columns', () => {
    expect(() => checkHeader(columns.replace(',quote', '').split(','))).toThrow(/missing column\(s\): quote/);
    expect(() => checkHeader([...columns.split(','), 'colour'])).toThrow(/unknown column\(s\): "colour"/);
    expect(() => checkHeader([...columns.split(','), 'actor'])).toThrow(/repeated column\(s\): actor/);
  });
});

describe('slugs', () => {
  it.each([
    ['Fawzia Koofi', 'fawzia-koofi'],
    ['Afghan Women’s Political Participation Network', 'afghan-womens-political-participation-network'],
    ['UN Resolution ES-11/1', 'un-resolution-es-11-1'],
    ['Zoë Ångström', 'zoe-angstrom'],
    ['Côte d’Ivoire', 'cote-divoire'],
    ['İstanbul Straße', 'istanbul-strasse'],
    ['Jonas Gahr Støre', 'jonas-gahr-store'],
    ['Łukasz Żurek', 'lukasz-zurek'],
    // Other scripts keep their letters and marks: a name in any script has an id.
    ['王毅', '王毅'],
    ['Сергей Лавров', 'сергей-лавров'],
    ['محمد بن سلمان', 'محمد-بن-سلمان'],
    ['Κυριάκος Μητσοτάκης', 'κυριάκος-μητσοτάκης'],
    ['नरेन्द्र मोदी', 'नरेन्द्र-मोदी'],
    ['عباس\u200cعراقچی', 'عباسعراقچی'],
    ['🙂 !!!', ''],
  ])('%s -> %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('makes every id a slug, however long the name', () => {
    for (const name of ['王'.repeat(300), '𠀀'.repeat(200), 'Ab'.repeat(100) + ' ' + 'é'.repeat(50)]) {
      const id = slugify(name);
      expect(SLUG_PATTERN.test(id)).toBe(true);
      expect([...id].length).toBeLessThanOrEqual(120);
    }
    expect(SLUG_PATTERN.test('Russia')).toBe(false);
    expect(SLUG_PATTERN.test('сергей--лавров')).toBe(false);
  });

  it('gives ASCII names and typographic punctuation, by its quick way, the slug the way for any script gives', () => {
    // ASCII, and every character around the quick way's edges: no-break space to ‗ (which it leaves out), …, é.
    const plain = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.constantFrom(0xa0, 0xab, 0xbb, 0xe9, 0x2026, 0x2027, 0x2009),
      fc.integer({ min: 0x200f, max: 0x2020 }),
    );
    fc.assert(
      fc.property(fc.string({ unit: plain.map((c) => String.fromCharCode(c)), maxLength: 300 }), (name) => {
        expect(slugify(name)).toBe(slugifyAnyScript(name));
      }),
      { numRuns: 2000 },
    );
    expect(slugify(" Foreign Ministry's `Statement`: 12 April -- ")).toBe('foreign-ministrys-statement-12-april');
    expect(slugify('“Russia’s move” — a reaction…')).toBe('russias-move-a-reaction');
  });

  it('takes a slug cell as the id itself and anything else as a name', () => {
    expect(idAndName('taliban-government')).toEqual({ id: 'taliban-government', name: null });
    expect(idAndName('Russia')).toEqual({ id: 'russia', name: 'Russia' });
    expect(idAndName('Сергей Лавров')).toEqual({ id: 'сергей-лавров', name: 'Сергей Лавров' });
  });
});

describe('CompactKeyMap', () => {
  it('finds every key it was given, keeps the first row, and grows', () => {
    const map = new CompactKeyMap(4);
    for (let i = 0; i < 50_000; i += 1) expect(map.add(`actor-${i}--event-${i % 97}`, i + 2).existed).toBe(false);
    expect(map.size).toBe(50_000);
    const again = map.add('actor-123--event-26', 999);
    expect(again.existed).toBe(true);
    expect(map.row(again.slot)).toBe(125);
    expect(map.find('actor-123--event-27')).toBe(-1);
    map.setValue(again.slot, 7);
    expect(map.tally().get(7)).toBe(1);
  });

  it('takes a key as its parts: the same key as the parts joined with \\u0000, and no other', () => {
    const map = new CompactKeyMap(4);
    const parts = ['un--event', 'source-1', 'A quote, with "marks".'];
    const added = map.add(parts, 2);
    expect(map.add(parts.join('\u0000'), 3)).toEqual({ slot: added.slot, existed: true });
    expect(map.find(['un--event', 'source-1', 'A quote, with "marks"'])).toBe(-1);
    // Where the parts break matters: not the same key as the text run together.
    expect(map.find(['un--event', 'source-1A quote, with "marks".'])).toBe(-1);
    expect(map.find(['un--event', 'source-1', 'A quote, with "marks".', ''])).toBe(-1);
  });
});
