/**
 * What an import learns as it reads a file, shared by its steps (checking, planning, writing): the
 * rows' problems, the actors, events and sources they name, and each stance and quote in compact form.
 */
import type { Stance } from '../domain';
import type { EvidenceRow, RelationRow, SourceRow } from '../model';
import { MAX_LISTED_CHANGES, MAX_LISTED_PROBLEMS, emptyCounts, type ImportChange, type ImportProblem } from './format';
import { FileActors, HELD_ACTORS } from './file-actors';
import { CompactKeyMap } from './hashset';
import { PlainJsonSources } from './json-sources';
import { PlainSources } from './plain-sources';
import type { CellResolver } from './names';
import { ownString } from './reader';

export type Props = Record<string, unknown>;

/** Rows checked at once (their references looked up in one query each). */
export const CHECK_CHUNK = 10_000;
/** Entities read or written per query. */
export const ENTITY_BATCH = 5_000;
/**
 * Sources held whole (each with its strings) before the rest of a file's are kept as numbers
 * (plain-sources.ts, json-sources.ts): about 25 MB of heap. The benchmark's files cite fewer (21,844).
 */
export const WHOLE_SOURCES = 25_000;

export interface KnownSource {
  id: string;
  /** The stored text (quotes must be in it), or null when none is stored. */
  text: string | null;
  existing: Props | null;
  title: string;
  url: string | null;
  date: string | null;
  publisher: string;
  /** JSON: the events the file says it is about. CSV: those the database says it is about. */
  about: Set<string>;
  /** JSON: its item in the sources section. CSV: the first row that cites it. */
  row: number;
}

/** A relation of a JSON file, with the item it came from. */
export interface ImportRelation extends RelationRow {
  row: number;
}

/** A stance row of the file, as the stance pass writes it. */
export interface StanceWrite {
  row: number;
  id: string;
  actorId: string;
  eventId: string;
  stance: Stance;
  /** null: the row does not say. */
  statedOn: string | null;
  evidence: EvidenceRow[];
  /** CSV: this row is the first to cite its source for its event, and the database has no such ABOUT yet. */
  newAbout?: string;
  /** CSV: the source this row cites is new to the database (created by the batch of its first row). */
  sourceIsNew?: boolean;
  /** CSV: the database holds that source, and perhaps newAbout's pair already (plain-sources.ts). */
  aboutMaybeStored?: boolean;
  /** CSV: this row is the first to cite that new source, and its batch creates it. */
  newSource?: SourceRow;
}

export class ImportState {
  readonly problems: ImportProblem[] = [];
  invalidRows = 0;
  rows = 0;
  /** Every stance of the file, its value laid out as in stance-bits.ts. */
  readonly stanceKeys = new CompactKeyMap(1 << 16);
  readonly evidenceKeys = new CompactKeyMap(1 << 16);
  readonly evidenceCounts = emptyCounts();
  /** CSV rows or JSON stance items: the rows the stance pass goes through. */
  stanceRows = 0;

  /** CSV: named by the rows. JSON: declared in their section (file-actors.ts). */
  readonly actors: FileActors;
  // CSV: declared inline by the rows. JSON: declared in their section.
  readonly events = new Map<
    string,
    { row: number; title: string | null; date: string; props?: Props; index?: number }
  >();
  /** CSV sources held whole (stored with a text, or an id of their own), by key; JSON sources by id (the first WHOLE_SOURCES, and those with a text). */
  readonly sources = new Map<string, KnownSource>();
  /** CSV sources kept as numbers (plain-sources.ts): new ones, and stored ones without a text. */
  readonly plainSources = new PlainSources();
  /** JSON sources without a text kept as numbers (json-sources.ts). */
  readonly plainJsonSources = new PlainJsonSources(ENTITY_BATCH);
  readonly relations: ImportRelation[] = [];
  /** CSV: what an actor or event cell names (names.ts); the cell's own id until the stored names are read. */
  resolveCell?: CellResolver;
  /** Whether the database held any stance when the import began (else no quote of the file is stored yet); asked once. */
  storedStances?: boolean;
  /** Ids found in (or missing from) the database, for JSON references to things not in the file. */
  readonly inDatabase = {
    Actor: new Map<string, boolean>(),
    Event: new Map<string, boolean>(),
    Source: new Map<string, string | null | false>(),
  };

  /** Fields of stored entities the import changes, the first MAX_LISTED_CHANGES of them. */
  readonly changes: ImportChange[] = [];
  changeCount = 0;

  /** `heldActors`: actors held whole before the rest are kept as numbers (file-actors.ts). */
  constructor(heldActors = HELD_ACTORS) {
    this.actors = new FileActors(heldActors);
  }

  problem(problem: ImportProblem): void {
    this.invalidRows += 1;
    if (this.problems.length < MAX_LISTED_PROBLEMS)
      this.problems.push({ ...problem, message: ownString(problem.message) });
  }

  change(change: ImportChange): void {
    this.changeCount += 1;
    if (this.changes.length < MAX_LISTED_CHANGES) this.changes.push(change);
  }
}

/** A quote as the stance stores it: which source, what words. */
export const quoteKey = (sourceId: string, quote: string) => `${sourceId}\u0000${quote}`;

/** One quote of one stance, as the import's duplicate check knows it (hashed by CompactKeyMap). */
export const evidenceKey = (stance: string, sourceId: string, quote: string) =>
  `${stance}\u0000${quoteKey(sourceId, quote)}`;

/** evidenceKey as its parts, which CompactKeyMap hashes alike without joining them (a million rows, a million strings fewer). */
export const evidenceKeyParts = (stance: string, sourceId: string, quote: string): readonly string[] => [
  stance,
  sourceId,
  quote,
];

export function* chunks<T>(list: T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
