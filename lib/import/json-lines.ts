/**
 * The project's own JSON export read a line at a time. The export writes each item on a line of its
 * own (lib/export/formats.ts), and JSON.parse reads such a line several times as fast as the
 * streaming parser reads the same bytes (docs/performance.md). Only a file laid out exactly so is
 * read this way, once a pass over its bytes has found it so (UTF-8, the export's lines, none past an
 * item's bounds); any other file goes to the streaming parser (reader.ts), which says what is wrong.
 */
import fs from 'node:fs';
import { JSON_FORMAT, JSON_SECTIONS, ImportFileError, JSON_VERSION, type JsonSection } from './format';
import type { FileTap, JsonItem } from './reader';
import { Utf8Check } from './utf8';

const HEADER = `{"format":${JSON.stringify(JSON_FORMAT)},"version":${JSON_VERSION},`;
const SECTION = `(${JSON_SECTIONS.join('|')})`;
/** `"actors":[` opens a section; `"events":[],` or `"events":[]}` is one with no item. */
const OPEN = new RegExp(`^"${SECTION}":\\[$`);
const EMPTY = new RegExp(`^"${SECTION}":\\[\\]([,}])$`);
/** `],` closes a section before another; `]}` closes the last and the file. */
const CLOSE = /^\]([,}])$/;

type Line =
  | { kind: 'header' }
  | { kind: 'open'; section: JsonSection }
  | { kind: 'empty'; section: JsonSection; last: boolean }
  | { kind: 'item'; more: boolean }
  | { kind: 'close'; last: boolean }
  | { kind: 'end' }
  | null;

function lineKind(line: string): Line {
  if (line === HEADER) return { kind: 'header' };
  if (line === '') return { kind: 'end' };
  if (line[0] === '{') {
    if (line.endsWith('},')) return { kind: 'item', more: true };
    if (line.endsWith('}')) return { kind: 'item', more: false };
    return null;
  }
  let m = OPEN.exec(line);
  if (m) return { kind: 'open', section: m[1] as JsonSection };
  m = EMPTY.exec(line);
  if (m) return { kind: 'empty', section: m[1] as JsonSection, last: m[2] === '}' };
  m = CLOSE.exec(line);
  if (m) return { kind: 'close', last: m[1] === '}' };
  return null;
}

/**
 * Whether each line may follow the one before, as the export writes them: the header, then each
 * section once (opened, its items, closed; or empty on one line), commas exactly where JSON needs them.
 */
class Layout {
  private expect: 'header' | 'member' | 'item' | 'close' | 'end' = 'header';
  private readonly seen = new Set<JsonSection>();
  section: JsonSection | null = null;

  /** False when `line` may not come here. */
  next(line: Line): boolean {
    if (line === null) return false;
    switch (this.expect) {
      case 'header':
        this.expect = 'member';
        return line.kind === 'header';
      case 'member':
        if ((line.kind !== 'open' && line.kind !== 'empty') || this.seen.has(line.section)) return false;
        this.seen.add(line.section);
        this.section = line.kind === 'open' ? line.section : null;
        this.expect = line.kind === 'open' ? 'item' : line.last ? 'end' : 'member';
        return true;
      case 'item':
        if (line.kind === 'item') {
          this.expect = line.more ? 'item' : 'close';
          return true;
        }
        return false;
      case 'close':
        if (line.kind !== 'close') return false;
        this.section = null;
        this.expect = line.last ? 'end' : 'member';
        return true;
      case 'end':
        return line.kind === 'end';
    }
  }

  get complete(): boolean {
    return this.expect === 'end';
  }
}

/** Splits bytes into lines (without their \n), carrying a line cut by a chunk's end over to the next. */
class Lines {
  private rest: Buffer[] = [];
  private restLength = 0;

  constructor(private readonly maxBytes: number) {}

  /** The whole lines of `chunk`; null when one is longer than `maxBytes`. */
  push(chunk: Buffer): Buffer[] | null {
    const out: Buffer[] = [];
    let from = 0;
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, at);
      if (this.restLength + piece.length > this.maxBytes) return null;
      out.push(this.rest.length ? Buffer.concat([...this.rest, piece]) : piece);
      this.rest = [];
      this.restLength = 0;
      from = at + 1;
    }
    const tail = chunk.subarray(from);
    this.restLength += tail.length;
    if (this.restLength > this.maxBytes) return null;
    // Copied: the chunk's buffer is not kept past this call.
    if (tail.length) this.rest.push(Buffer.from(tail));
    return out;
  }

  /** The last line, with no \n after it. */
  end(): Buffer {
    return Buffer.concat(this.rest);
  }
}

const laidOut = new Map<string, boolean>();

/** Whether `file` is laid out as the export writes it, valid UTF-8 and no line past `maxLineBytes`. */
export async function exportLayout(file: string, maxLineBytes: number): Promise<boolean> {
  const stat = fs.statSync(file);
  const key = `${file}\u0000${stat.size}\u0000${stat.mtimeMs}\u0000${maxLineBytes}`;
  const known = laidOut.get(key);
  if (known !== undefined) return known;
  const layout = new Layout();
  const lines = new Lines(maxLineBytes);
  const utf8 = new Utf8Check();
  let ok = true;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    const whole = lines.push(bytes);
    if (!whole || utf8.push(bytes).badAt !== undefined) {
      ok = false;
      break;
    }
    if (!whole.every((line) => layout.next(lineKind(line.toString('utf8'))))) {
      ok = false;
      break;
    }
  }
  ok = ok && utf8.end() === undefined && layout.next(lineKind(lines.end().toString('utf8'))) && layout.complete;
  if (laidOut.size > 100) laidOut.clear();
  laidOut.set(key, ok);
  return ok;
}

/**
 * Tokens (braces, brackets, colons, commas, strings, other values) of one item's JSON text, as the
 * streaming parser counts them for an item's bound. Stops counting once past `max`.
 */
function countTokens(text: string, max: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= max; i += 1) {
    const c = text.charCodeAt(i);
    // { } [ ] : ,
    if (c === 123 || c === 125 || c === 91 || c === 93 || c === 58 || c === 44) n += 1;
    else if (c === 34) {
      n += 1;
      for (i += 1; i < text.length && text.charCodeAt(i) !== 34; i += 1) if (text.charCodeAt(i) === 92) i += 1;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) {
      n += 1;
      while (i + 1 < text.length && !/[\s{}[\]:,"]/.test(text[i + 1])) i += 1;
    }
  }
  return n;
}

/**
 * The items of a file `exportLayout` has found laid out as the export writes it. A line that is not
 * JSON, or an item past its bounds, ends the read with the error the streaming parser would give.
 */
export async function* readJsonLines(
  tap: FileTap,
  bounds: {
    maxTokens: number;
    maxBytes: number;
    tooLarge: (section: JsonSection, index: number, what: string) => ImportFileError;
  },
): AsyncGenerator<JsonItem> {
  const changed = () => new ImportFileError('The file changed while it was read; nothing was imported.');
  const layout = new Layout();
  const lines = new Lines(bounds.maxBytes);
  const counters = new Map<JsonSection, number>();
  const item = (line: string): JsonItem | null => {
    if (!layout.next(lineKind(line))) throw changed();
    const section = layout.section;
    if (section === null || line[0] !== '{') return null;
    const index = (counters.get(section) ?? 0) + 1;
    counters.set(section, index);
    const text = line.endsWith(',') ? line.slice(0, -1) : line;
    if (text.length > bounds.maxTokens && countTokens(text, bounds.maxTokens) > bounds.maxTokens)
      throw bounds.tooLarge(section, index, `more than ${bounds.maxTokens.toLocaleString('en')} values`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ImportFileError(
        `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)} in "${section}" item ${index.toLocaleString('en')}`,
      );
    }
    return { section, index, value };
  };
  for await (const chunk of tap.chunks()) {
    const out: JsonItem[] = [];
    const whole = lines.push(chunk);
    if (!whole) throw changed();
    for (const line of whole) {
      const read = item(line.toString('utf8'));
      if (read) out.push(read);
    }
    yield* out;
  }
  const read = item(lines.end().toString('utf8'));
  if (read) yield read;
  if (!layout.complete) throw changed();
}
