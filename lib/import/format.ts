/**
 * The two import formats and the report an import gives back.
 *
 * CSV: one row per evidence quote of a stance, header required, UTF-8:
 *   actor, actor_kind, event, event_date, stance, stated_on, quote, quote_kind, source_title, source_url, source_date
 * (quote_kind, `direct` or `reported`, may be left out of the header or a row: see kinds.ts; stated_on,
 * when the stance was stated, too: then its source's date is taken. The rows of one stance that give
 * several take the earliest.)
 * JSON: the project's own format, the seed's shape in one file (sources carry their text inline):
 *   { "format": "stancegraph", "version": 1, actors, events, sources, relations, stances }
 */
import { LIMITS, longText } from '../model/limits';
import { actorSchema, eventSchema, sourceSchema } from '../seed/schema';

export const CSV_COLUMNS = [
  'actor',
  'actor_kind',
  'event',
  'event_date',
  'stance',
  'stated_on',
  'quote',
  'quote_kind',
  'source_title',
  'source_url',
  'source_date',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Columns a header may leave out (files written before quotes had kinds, or stances dates): their cells read as empty. */
export const CSV_OPTIONAL_COLUMNS: readonly CsvColumn[] = ['stated_on', 'quote_kind'];

export const JSON_FORMAT = 'stancegraph';
export const JSON_VERSION = 1;
export const JSON_SECTIONS = ['actors', 'events', 'sources', 'relations', 'stances'] as const;
export type JsonSection = (typeof JSON_SECTIONS)[number];

export type ImportFormat = 'csv' | 'json';

/** A source in the JSON format: like the seed's, but `text` is the text itself (or null when not stored). */
export const jsonSourceSchema = sourceSchema.extend({
  text: longText('text', LIMITS.sourceText)
    .min(1, 'text must not be empty (use null when the text is not stored)')
    .nullable()
    .default(null),
});

/** Actors and events as the seed has them; those a CSV created have no description (or kind) yet, so these may be empty. */
export const jsonActorSchema = actorSchema.extend({
  description: longText('description', LIMITS.description).trim().default(''),
});
export const jsonEventSchema = eventSchema.extend({
  kind: longText('kind', LIMITS.name).trim().default('event'),
  description: longText('description', LIMITS.description).trim().default(''),
});

export interface ImportProblem {
  /** CSV: the record number (header = row 1). JSON: the item's number within its section (1-based). */
  row: number;
  /** CSV: the line the record starts on. */
  line?: number;
  /** JSON: the section ("stances"); CSV: undefined. */
  section?: string;
  message: string;
}

export interface ChangeCounts {
  new: number;
  updated: number;
  unchanged: number;
}

/** One field of a stored entity that the import changes (or, on a dry run, would change). */
export interface ImportChange {
  entity: 'actor' | 'event' | 'source' | 'relation' | 'stance';
  id: string;
  field: string;
  from: string | string[] | null;
  to: string | string[] | null;
}

export interface ImportReport {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  /** The data rows (CSV) or items (JSON) read. */
  rows: number;
  /** Total invalid rows; `problems` lists them (up to MAX_LISTED_PROBLEMS). */
  invalidRows: number;
  problems: ImportProblem[];
  actors: ChangeCounts;
  events: ChangeCounts;
  sources: ChangeCounts;
  relations: ChangeCounts;
  stances: ChangeCounts;
  evidence: ChangeCounts;
  /** What the import changes in stored entities, field by field (up to MAX_LISTED_CHANGES); `changeCount` counts all. */
  changes: ImportChange[];
  changeCount: number;
  /** True when the database was written (not a dry run, and no invalid row). */
  written: boolean;
  /** The import run record (not on a dry run). */
  runId?: string;
  /** Set when this run completed an interrupted one: rows before it had already been written. */
  resumedAfterRow?: number;
  seconds: number;
  rowsPerSecond: number;
  /**
   * Seconds per phase of a write: checking every row, writing actors, events, sources and relations,
   * writing the stances, counting them per date and listing their actors per event (lib/model/stance-days.ts,
   * stance-takers.ts). Where an import's time goes.
   */
  phases?: { check: number; entities: number; stances: number; counts: number };
}

/** Problems a report lists (`invalidRows` counts them all): enough to fix a file by, small to send. */
export const MAX_LISTED_PROBLEMS = 100;
export const MAX_LISTED_CHANGES = 200;

export interface ImportProgress {
  /** validate: every row checked; compare (dry run): rows compared with the database; write: rows written. */
  phase: 'validate' | 'compare' | 'write';
  /** Rows handled in this phase so far. */
  rows: number;
  /** Rows in the file (known in the write phase). */
  totalRows?: number;
  /** Fraction done, 0..1 (validate: bytes read / file size). */
  fraction: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
}

export function emptyCounts(): ChangeCounts {
  return { new: 0, updated: 0, unchanged: 0 };
}

/** Thrown before anything is read when the file itself cannot be used (unknown format, bad header). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** Thrown when another import is writing to the same database. */
export class ImportBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportBusyError';
  }
}
