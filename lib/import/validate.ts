/**
 * Row rules of the import, as pure functions: a CSV row becomes a stance row or a list of reasons
 * it is refused. The checks that need the database (does the source exist, is its text stored) are
 * made by the importer; here is everything a row can be judged by on its own.
 */
import { ACTOR_KINDS, QUOTE_KINDS, STANCES, type ActorKind, type QuoteKind, type Stance } from '../domain';
import { isPartialDate } from '../dates';
import { idAndName, sourceKey, type SourceKey } from '../model';
import { LIMITS, lineTextProblem } from '../model/limits';
import type { CellEntity, CellResolver } from './names';
import { ownString, type CsvRow } from './reader';

export interface CsvStanceRow {
  actorId: string;
  /** The actor's name when the cell was a name; null when it was the slug. */
  actorName: string | null;
  actorKind: ActorKind;
  eventId: string;
  eventTitle: string | null;
  eventDate: string;
  stance: Stance;
  /** null: the row does not say (a new stance takes its source's date, a stored one keeps its own). */
  statedOn: string | null;
  quote: string;
  /** null: the row does not say (a stored quote keeps its kind, a new one is reported). */
  quoteKind: QuoteKind | null;
  source: SourceKey;
}

/**
 * A file names the same few thousand actors, events and addresses on a million rows, and every row
 * is read twice: what a cell gives is remembered (up to a bound), not worked out again each time.
 * Kept as copies: a cell is a view of the chunk of the file it was read from, and would keep all
 * of that chunk alive.
 */
function remembered<T>(compute: (cell: string) => T, bound = 100_000): (cell: string) => T {
  const known = new Map<string, T>();
  return (cell) => {
    let value = known.get(cell);
    if (value === undefined) {
      if (known.size >= bound) known.clear();
      const own = ownString(cell);
      value = compute(own);
      known.set(own, value);
    }
    return value;
  };
}

const isHttpUrl = remembered((value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
});

/** A file repeats a few thousand dates over its rows; a cell longer than a date is none (and not kept). */
const rememberedDate = remembered(isPartialDate);
const isDate = (value: string) => value.length <= 10 && rememberedDate(value);

/** Without the database (unit tests): a cell is its id, as idAndName makes it. */
const cellIdAndName = remembered(idAndName);
const plainCells: CellResolver = (cell) => cellIdAndName(cell);

/** What an import may be told beyond the file. */
export interface ImportRules {
  /** Take events dated after next year (refused by default: a mistyped or hostile date would lead every view). */
  allowFuture?: boolean;
}

/** A date past the horizon (next year), unless the import allows it; else null. `what` names it ("event date"). */
export function futureDateProblem(
  date: string,
  rules: ImportRules,
  now = new Date(),
  what = 'event date',
): string | null {
  const horizon = now.getUTCFullYear() + 1;
  if (rules.allowFuture || !/^\d{4}/.test(date) || Number(date.slice(0, 4)) <= horizon) return null;
  return `${what} ${date} is after ${horizon}: a date that far ahead needs the import's allow-future option (--allow-future, allowFuture=1)`;
}

/** The cells that are one line of text, with their bounds (the JSON format's for the same fields). */
const LINE_CELLS: [keyof CsvRow, number][] = [
  ['actor', LIMITS.name],
  ['event', LIMITS.title],
  ['source_title', LIMITS.title],
];

/** What an ambiguous cell is told: the stored entities it names, so that the file can give one's id. */
function ambiguity(column: CellEntity, cell: string, ids: string[]): string {
  const plural = column === 'actor' ? 'actors' : 'events';
  const named = column === 'actor' ? 'the name or an alias' : 'the title';
  const listed = ids.slice(0, 5).map((id) => `"${id}"`);
  const rest = ids.length > listed.length ? ` and ${ids.length - listed.length} more` : ` and ${listed.pop()}`;
  return `${column} "${cell}" is ${named} of ${ids.length} stored ${plural}, ${listed.join(', ')}${rest}: give the id of the one meant`;
}

/** The actor or event a cell names, or why it names none. */
function cellRef(
  column: CellEntity,
  cell: string,
  resolve: CellResolver,
): { id: string; name: string | null } | string {
  const match = resolve(cell, column);
  if ('ambiguous' in match) return ambiguity(column, cell, match.ambiguous);
  if (match.id === '') return `${column} "${cell}" has no letters or digits to make an id from`;
  return match;
}

/**
 * The checks of one CSV row that need nothing but the row and what its actor and event cells come
 * to (`resolve`: names.ts, with what is stored; by default the cells' own ids).
 */
export function checkCsvRow(
  values: CsvRow,
  resolve: CellResolver = plainCells,
): { row?: CsvStanceRow; problems: string[] } {
  const problems: string[] = [];
  const { __fieldCount: fieldCount, __headerCount: headerCount } = values as Record<string, string>;
  if (fieldCount !== undefined) {
    problems.push(`has ${fieldCount} fields, the header has ${headerCount} (a quote or comma out of place?)`);
    return { problems };
  }
  const required: (keyof CsvRow)[] = ['actor', 'actor_kind', 'event', 'event_date', 'stance', 'quote', 'source_title'];
  for (const column of required) {
    if (values[column] === '')
      problems.push(
        column === 'quote' ? 'quote is required: a stance without evidence is not stored' : `${column} is required`,
      );
  }
  if (values.actor_kind && !ACTOR_KINDS.includes(values.actor_kind as ActorKind)) {
    problems.push(`actor_kind "${values.actor_kind}" must be one of ${ACTOR_KINDS.join(', ')}`);
  }
  if (values.stance && !STANCES.includes(values.stance as Stance)) {
    problems.push(`stance "${values.stance}" must be one of ${STANCES.join(', ')}`);
  }
  if (values.quote_kind && !QUOTE_KINDS.includes(values.quote_kind as QuoteKind)) {
    problems.push(
      `quote_kind "${values.quote_kind}" must be one of ${QUOTE_KINDS.join(', ')}, or empty (then the quote is reported)`,
    );
  }
  for (const column of ['event_date', 'source_date', 'stated_on'] as const) {
    const value = values[column];
    if (value && !isDate(value)) {
      problems.push(`${column} "${value.slice(0, 40)}" must be a date like 2025, 2025-07 or 2025-07-03`);
    }
  }
  for (const [column, max] of LINE_CELLS) {
    const problem = values[column] ? lineTextProblem(values[column], max) : null;
    if (problem) problems.push(`${column} ${problem}`);
  }
  if (values.quote.length > LIMITS.quote) {
    problems.push(
      `quote must be at most ${LIMITS.quote.toLocaleString('en')} characters (it has ${values.quote.length.toLocaleString('en')})`,
    );
  }
  if (values.source_url.length > LIMITS.url) {
    problems.push(`source_url must be at most ${LIMITS.url.toLocaleString('en')} characters`);
  } else if (values.source_url && !isHttpUrl(values.source_url)) {
    problems.push(`source_url "${values.source_url}" must be a full http(s) address`);
  }
  const actor = values.actor ? cellRef('actor', values.actor, resolve) : undefined;
  const event = values.event ? cellRef('event', values.event, resolve) : undefined;
  for (const ref of [actor, event]) if (typeof ref === 'string') problems.push(ref);
  if (typeof actor !== 'object' || typeof event !== 'object') return { problems };
  if (actor.id === event.id) problems.push(`actor and event have the same id "${actor.id}"; ids must differ`);
  if (problems.length) return { problems };
  return {
    problems,
    row: {
      actorId: actor.id,
      actorName: actor.name,
      actorKind: values.actor_kind as ActorKind,
      eventId: event.id,
      eventTitle: event.name,
      eventDate: values.event_date,
      stance: values.stance as Stance,
      statedOn: values.stated_on || null,
      // The quote is kept as written (no trimming inside): it must match the source verbatim.
      quote: values.quote,
      quoteKind: (values.quote_kind as QuoteKind) || null,
      source: sourceKey(values.source_title, values.source_url || null, values.source_date || null),
    },
  };
}

export function publisherOf(url: string | null): string {
  if (!url) return 'Unattributed';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'Unattributed';
  }
}
