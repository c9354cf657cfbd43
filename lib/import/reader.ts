/**
 * Reads an import file as a stream of items: CSV records after a checked header, or the elements of
 * the JSON format's sections. Nothing here holds more than one chunk of the file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JSONParser, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import { unguardFormula } from '../csv-formula';
import { LIMITS } from '../model/limits';
import { CsvSyntaxError, parseCsv } from './csv';
import {
  CSV_COLUMNS,
  CSV_OPTIONAL_COLUMNS,
  ImportFileError,
  JSON_FORMAT,
  JSON_SECTIONS,
  JSON_VERSION,
  type CsvColumn,
  type ImportFormat,
  type JsonSection,
} from './format';
import { exportLayout, readJsonLines } from './json-lines';
import { Utf8Check } from './utf8';

export type CsvRow = Record<CsvColumn, string>;

export interface CsvItem {
  row: number;
  line: number;
  values: CsvRow;
}

export interface JsonItem {
  section: JsonSection;
  /** 1-based within its section. */
  index: number;
  value: unknown;
}

/** Counts bytes as they are read (for progress) and hashes them (the import run's identity). */
export class FileTap {
  bytesRead = 0;
  readonly size: number;
  private readonly hash = createHash('sha256');

  constructor(readonly file: string) {
    this.size = fs.statSync(file).size;
  }

  async *chunks(): AsyncGenerator<Buffer> {
    for await (const chunk of fs.createReadStream(this.file, { highWaterMark: 1 << 20 })) {
      const buffer = chunk as Buffer;
      this.bytesRead += buffer.length;
      this.hash.update(buffer);
      yield buffer;
    }
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring of
 * 13 characters or more as a view of its parent: a CSV cell kept for the whole import (an actor's
 * name, a source's title) would keep the 1 MB chunk it came from alive, and over a large file most
 * chunks. Use for anything a reader's item leaves behind.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** By extension, else by the first character that is not white space. */
export function detectFormat(file: string, name = file): ImportFormat {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64);
    const n = fs.readSync(fd, buffer, 0, 64, 0);
    const head = buffer
      .subarray(0, n)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    return head.startsWith('{') ? 'json' : 'csv';
  } finally {
    fs.closeSync(fd);
  }
}

const HEADER_HINT = `it must name the columns ${CSV_COLUMNS.join(',')} (${CSV_OPTIONAL_COLUMNS.join(', ')} may be left out)`;

/** Columns a header may have beyond the ten (named in its error), and fields a row may have. */
const EXTRA_COLUMNS = 3;
export const MAX_CSV_COLUMNS = CSV_COLUMNS.length + EXTRA_COLUMNS;
/**
 * The longest CSV field read: the longest cell (a quote) with room to say by how much it is too long;
 * a longer one (a missing closing quote, or a hostile file) is refused before more of it is held.
 */
const MAX_CSV_FIELD = LIMITS.quote + 1_000;

export async function* readCsv(tap: FileTap): AsyncGenerator<CsvItem> {
  let columns: number[] | undefined;
  let headerLength = 0;
  try {
    for await (const record of parseCsv(tap.chunks(), { maxFieldLength: MAX_CSV_FIELD, maxFields: MAX_CSV_COLUMNS })) {
      if (!columns) {
        columns = checkHeader(record.fields);
        headerLength = record.fields.length;
        continue;
      }
      const values = {} as CsvRow;
      CSV_COLUMNS.forEach((name, i) => {
        // The export guards cells against spreadsheet formulas (csv-formula.ts); undone first, so a
        // round trip gives back every cell as it was. A column the header left out reads as empty.
        values[name] = columns![i] < 0 ? '' : unguardFormula(record.fields[columns![i]] ?? '').trim();
      });
      if (record.fields.length !== headerLength) {
        // The row has too many or too few fields: report it like any other invalid row.
        (values as Record<string, string>).__fieldCount = String(record.fields.length);
        (values as Record<string, string>).__headerCount = String(headerLength);
      }
      yield { row: record.row, line: record.line, values };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      if (error.row === 1 && !columns && /^more than \d+ fields/.test(error.message))
        throw new ImportFileError(`The CSV header (row 1) has more than ${MAX_CSV_COLUMNS} columns; ${HEADER_HINT}.`);
      throw new ImportFileError(`CSV syntax error in row ${error.row} (line ${error.line}): ${error.message}`);
    }
    throw error;
  }
  if (!columns) throw new ImportFileError(`The file is empty: a CSV needs the header ${CSV_COLUMNS.join(',')}.`);
}

/**
 * The header names the columns, in any order, each once, and nothing else; it may leave out the
 * optional ones (CSV_OPTIONAL_COLUMNS), whose index is then -1.
 */
export function checkHeader(fields: string[]): number[] {
  if (fields.length > MAX_CSV_COLUMNS) {
    throw new ImportFileError(
      `The CSV header (row 1) has ${fields.length.toLocaleString('en')} columns, more than ${MAX_CSV_COLUMNS}; ${HEADER_HINT}.`,
    );
  }
  const names = fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c) && !CSV_OPTIONAL_COLUMNS.includes(c));
  const unknown = names.filter((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  const seen = new Set<string>();
  const repeated = [...new Set(names.filter((n) => seen.size === seen.add(n).size))];
  const problems: string[] = [];
  if (missing.length) problems.push(`missing column(s): ${missing.join(', ')}`);
  if (unknown.length) problems.push(`unknown column(s): ${unknown.map((u) => `"${u}"`).join(', ')}`);
  if (repeated.length) problems.push(`repeated column(s): ${repeated.join(', ')}`);
  if (problems.length) {
    throw new ImportFileError(
      `The CSV header (row 1) is not right: ${problems.join('; ')}. ${HEADER_HINT[0].toUpperCase()}${HEADER_HINT.slice(1)}.`,
    );
  }
  return CSV_COLUMNS.map((c) => names.indexOf(c));
}

/** The most tokens (keys, values, brackets) one JSON item may have: a stance with its 100 quotes has about 1,000. */
export const MAX_ITEM_TOKENS = 20_000;
/** The most bytes one JSON item may take: room for a source's 500,000-character text even written in \u escapes. */
export const MAX_ITEM_BYTES = 4 * 1024 * 1024;

function itemTooLarge(section: string, index: number, what: string): ImportFileError {
  return new ImportFileError(
    `"${section}" item ${index.toLocaleString('en')} is too large (${what}); one item may have at most ${LIMITS.aliases} aliases, ${LIMITS.quotesPerStance} quotes of ${LIMITS.quote.toLocaleString('en')} characters, a text of ${LIMITS.sourceText.toLocaleString('en')}. Nothing was imported.`,
  );
}

/**
 * Where the reader is in the file, by tokens: the section being read, and the size of the item
 * being built, so an item past the bounds is refused while it is read, not once it is whole.
 */
class ItemBounds {
  private depth = 0;
  private lastKey: unknown;
  private section = '';
  private inItem = false;
  private tokens = 0;
  private startOffset = 0;
  private lastOffset = 0;

  constructor(private readonly nextIndex: (section: string) => number) {}

  onToken({ token, value, offset }: ParsedTokenInfo): void {
    const opens = token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET;
    const closes = token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET;
    this.lastOffset = offset;
    if (this.depth === 1 && token === TokenType.STRING) this.lastKey = value;
    if (this.depth === 1 && opens) this.section = String(this.lastKey);
    if (this.depth >= 2 && !(this.depth === 2 && (closes || token === TokenType.COMMA))) {
      if (!this.inItem) {
        this.inItem = true;
        this.tokens = 0;
        this.startOffset = offset;
      }
      this.tokens += 1;
      if (this.tokens > MAX_ITEM_TOKENS)
        throw this.tooLarge(`more than ${MAX_ITEM_TOKENS.toLocaleString('en')} values`);
      this.checkBytes(offset);
    }
    if (opens) this.depth += 1;
    if (closes) this.depth -= 1;
    if (this.inItem && this.depth === 2 && !opens) this.inItem = false;
  }

  /** Called with how far the file has been read, as a long string is not a token until it ends. */
  checkBytes(position: number): void {
    if (this.inItem && position - this.startOffset > MAX_ITEM_BYTES)
      throw this.tooLarge(`more than ${MAX_ITEM_BYTES / (1024 * 1024)} MB`);
    // Outside the items ("format", "version", white space) nothing is anywhere near that long.
    if (!this.inItem && position - this.lastOffset > MAX_ITEM_BYTES)
      throw new ImportFileError(
        `The file has ${MAX_ITEM_BYTES / (1024 * 1024)} MB without a JSON value ending after byte ${this.lastOffset.toLocaleString('en')}; nothing was imported.`,
      );
  }

  private tooLarge(what: string): ImportFileError {
    return itemTooLarge(this.section, this.nextIndex(this.section), what);
  }

  /** The item being read, for an error found inside it. */
  where(): string {
    return this.inItem ? ` in "${this.section}" item ${this.nextIndex(this.section).toLocaleString('en')}` : '';
  }
}

/** A JSON file's items in order: a line at a time when it is laid out as the export writes it (json-lines.ts). */
export async function* readJson(tap: FileTap): AsyncGenerator<JsonItem> {
  if (await exportLayout(tap.file, MAX_ITEM_BYTES))
    yield* readJsonLines(tap, { maxTokens: MAX_ITEM_TOKENS, maxBytes: MAX_ITEM_BYTES, tooLarge: itemTooLarge });
  else yield* readJsonStream(tap);
}

/** Any JSON file, with the streaming parser: what is wrong with one is said where it is. */
export async function* readJsonStream(tap: FileTap): AsyncGenerator<JsonItem> {
  const parser = new JSONParser({ paths: ['$.*.*', '$.format', '$.version'], keepStack: false });
  const pending: JsonItem[] = [];
  const counters = new Map<string, number>();
  const bounds = new ItemBounds((section) => (counters.get(section) ?? 0) + 1);
  parser.onToken = (token) => bounds.onToken(token);
  const utf8 = new Utf8Check();
  let sawRoot = false;
  parser.onValue = ({ value, key, stack }) => {
    const section = stack[1]?.key;
    if (stack.length === 1) {
      if (key === 'format' && value !== JSON_FORMAT) {
        throw new ImportFileError(`"format" must be "${JSON_FORMAT}", not ${JSON.stringify(value)}.`);
      }
      if (key === 'version' && value !== JSON_VERSION) {
        throw new ImportFileError(
          `"version" ${JSON.stringify(value)} is not supported; this app reads version ${JSON_VERSION}.`,
        );
      }
      return;
    }
    if (typeof section !== 'string' || !(JSON_SECTIONS as readonly string[]).includes(section)) {
      throw new ImportFileError(
        `Unknown part "${String(section)}" in the JSON file; it may have ${JSON_SECTIONS.join(', ')}, "format" and "version".`,
      );
    }
    if (Array.isArray(stack[1]?.value) === false && typeof key === 'string') {
      throw new ImportFileError(`"${section}" must be a list (an array).`);
    }
    const index = (counters.get(section) ?? 0) + 1;
    counters.set(section, index);
    pending.push({ section: section as JsonSection, index, value });
  };
  const invalidUtf8 = (offset: number) =>
    new ImportFileError(
      `The file is not valid UTF-8: invalid bytes at byte ${offset.toLocaleString('en')}${bounds.where()}. Save it as UTF-8.`,
    );
  try {
    for await (const chunk of tap.chunks()) {
      if (!sawRoot) {
        const head = chunk
          .toString('utf8', 0, Math.min(chunk.length, 16))
          .replace(/^\uFEFF/, '')
          .trimStart();
        if (head && !head.startsWith('{'))
          throw new ImportFileError(
            'A JSON import must be one object: { "format": "stancegraph", "actors": [...], ... }.',
          );
        if (head) sawRoot = true;
      }
      const { valid, badAt } = utf8.push(chunk);
      const first = tap.bytesRead === chunk.length;
      parser.write(first && valid[0] === 0xef && valid[1] === 0xbb && valid[2] === 0xbf ? valid.subarray(3) : valid);
      if (badAt !== undefined) throw invalidUtf8(badAt);
      bounds.checkBytes(tap.bytesRead);
      if (pending.length) {
        yield* pending;
        pending.length = 0;
      }
    }
    const cut = utf8.end();
    if (cut !== undefined) throw invalidUtf8(cut);
    if (!parser.isEnded) parser.end();
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  yield* pending;
}
