/**
 * Reads an import file as a stream of items: CSV records after a checked header, or the elements of
 * the JSON format's sections. Nothing here holds more than one chunk of the file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JSONParser } from '@streamparser/json';
import { CsvSyntaxError, parseCsv } from './csv';
import {
  CSV_COLUMNS,
  ImportFileError,
  JSON_FORMAT,
  JSON_SECTIONS,
  JSON_VERSION,
  type CsvColumn,
  type ImportFormat,
  type JsonSection,
} from './format';

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

export async function* readCsv(tap: FileTap): AsyncGenerator<CsvItem> {
  let columns: number[] | undefined;
  try {
    for await (const record of parseCsv(tap.chunks())) {
      if (!columns) {
        columns = checkHeader(record.fields);
        continue;
      }
      const values = {} as CsvRow;
      CSV_COLUMNS.forEach((name, i) => {
        values[name] = (record.fields[columns![i]] ?? '').trim();
      });
      if (record.fields.length !== columns.length) {
        // The row has too many or too few fields: report it like any other invalid row.
        (values as Record<string, string>).__fieldCount = String(record.fields.length);
      }
      yield { row: record.row, line: record.line, values };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ImportFileError(`CSV syntax error in row ${error.row} (line ${error.line}): ${error.message}`);
    }
    throw error;
  }
  if (!columns) throw new ImportFileError(`The file is empty: a CSV needs the header ${CSV_COLUMNS.join(',')}.`);
}

/** The header names the nine columns, in any order, each once; nothing else. */
export function checkHeader(fields: string[]): number[] {
  const names = fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  const problems: string[] = [];
  if (missing.length) problems.push(`missing column(s): ${missing.join(', ')}`);
  if (unknown.length) problems.push(`unknown column(s): ${unknown.map((u) => `"${u}"`).join(', ')}`);
  if (repeated.length) problems.push(`repeated column(s): ${repeated.join(', ')}`);
  if (problems.length) {
    throw new ImportFileError(
      `The CSV header (row 1) is not right: ${problems.join('; ')}. It must name the columns ${CSV_COLUMNS.join(',')}.`,
    );
  }
  return CSV_COLUMNS.map((c) => names.indexOf(c));
}

export async function* readJson(tap: FileTap): AsyncGenerator<JsonItem> {
  const parser = new JSONParser({ paths: ['$.*.*', '$.format', '$.version'], keepStack: false });
  const pending: JsonItem[] = [];
  const counters = new Map<string, number>();
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
      parser.write(
        chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf && tap.bytesRead === chunk.length
          ? chunk.subarray(3)
          : chunk,
      );
      if (pending.length) {
        yield* pending;
        pending.length = 0;
      }
    }
    if (!parser.isEnded) parser.end();
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  yield* pending;
}
