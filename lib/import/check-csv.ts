/**
 * Pass 1 of a CSV: every row checked, alone (validate.ts) and against the rows before it and the
 * database (its source found or given an id); and pass 2: the same rows again, as stance writes.
 */
import { newSourceId, secondSourceId, stanceId, type SourceKey, type SourceRow } from '../model';
import { readQuery, type Db } from '../neo4j';
import { EXISTING_IDS, FIND_SOURCES_BY_TITLE, FIND_SOURCES_BY_URL } from './cypher';
import type { ActorDeclaration } from './file-actors';
import { PairSet } from './hashset';
import type { ImportProblem } from './format';
import { stanceKindConflicts, type KindClaim } from './kinds';
import { checkInChunks } from './overlap';
import { FileTap, ownString, readCsv, type CsvItem } from './reader';
import { STANCE_CODE, STANCE_CODE_MASK } from './stance-bits';
import { WHOLE_SOURCES, evidenceKeyParts, truncate, type ImportState, type Props, type StanceWrite } from './state';
import { checkCsvRow, futureDateProblem, publisherOf, type CsvStanceRow, type ImportRules } from './validate';

export async function checkCsvFile(
  tap: FileTap,
  state: ImportState,
  db: Db,
  onChecked: () => void,
  rules: ImportRules = {},
  wholeSources = WHOLE_SOURCES,
): Promise<void> {
  // The stored kinds of one chunk's quotes are asked while the next chunk is checked: when the file's
  // stances are stored (an import run again) the importer otherwise waits on them for half its check.
  const counted = () => {
    state.rows += 1;
    state.stanceRows += 1;
    return true;
  };
  await checkInChunks(readCsv(tap), counted, {
    prepare: (items) => prepareCsvChunk(items, state, db, rules, wholeSources),
    query: (prepared) => stanceKindConflicts(db, state, prepared.claims),
    finish: (prepared, conflicts) => {
      finishCsvChunk(prepared, conflicts, state);
      onChecked();
    },
  });
}

interface CheckedCsvRow {
  item: CsvItem;
  row: CsvStanceRow;
  stanceId: string;
}

/** A chunk checked up to the stored kinds of its quotes, its problems so far not yet listed. */
interface PreparedCsvChunk {
  checked: CheckedCsvRow[];
  /** Each checked row's source as stored (null: new, or kept as numbers without a stored text). */
  stored: ({ id: string; text: string | null; title: string } | null)[];
  claims: KindClaim[];
  /** Row number → index of its claim in `claims`. */
  claimOf: Map<number, number>;
  problems: ImportProblem[];
}

async function prepareCsvChunk(
  items: CsvItem[],
  state: ImportState,
  db: Db,
  rules: ImportRules,
  wholeSources: number,
): Promise<PreparedCsvChunk> {
  const checked: CheckedCsvRow[] = [];
  const problems: ImportProblem[] = [];
  // The first row that cites each: a new source takes its cells.
  const unknownSources = new Map<string, { key: SourceKey; row: number }>();
  const now = new Date();
  for (const item of items) {
    const { row, problems: bad } = checkCsvRow(item.values, state.resolveCell);
    if (row) {
      const future = futureDateProblem(row.eventDate, rules, now);
      if (future) bad.push(future);
      const futureStance = row.statedOn && futureDateProblem(row.statedOn, rules, now, 'stated_on');
      if (futureStance) bad.push(futureStance);
      const actor = state.actors.get(row.actorId);
      if (actor && actor.kind !== row.actorKind) {
        bad.push(`actor "${row.actorId}" has actor_kind "${actor.kind}" in row ${actor.row}, "${row.actorKind}" here`);
      }
      const event = state.events.get(row.eventId);
      if (event && event.date !== row.eventDate) {
        bad.push(`event "${row.eventId}" has event_date ${event.date} in row ${event.row}, ${row.eventDate} here`);
      }
      if (state.actors.has(row.eventId) || state.events.has(row.actorId)) {
        bad.push(
          `"${state.actors.has(row.eventId) ? row.eventId : row.actorId}" is used both as an actor and as an event`,
        );
      }
    }
    if (bad.length || !row) {
      problems.push({ row: item.row, line: item.line, message: bad.join('; ') });
      continue;
    }
    if (!state.actors.has(row.actorId))
      state.actors.add({ id: row.actorId, row: item.row, name: row.actorName, kind: row.actorKind });
    // Kept for the whole import: copies, not views of the chunk they were read from.
    if (!state.events.has(row.eventId)) {
      state.events.set(ownString(row.eventId), {
        row: item.row,
        title: row.eventTitle === null ? null : ownString(row.eventTitle),
        date: ownString(row.eventDate),
        index: state.events.size,
      });
    }
    const { key } = row.source;
    if (!state.sources.has(key) && state.plainSources.find(key) < 0 && !unknownSources.has(key))
      unknownSources.set(key, { key: row.source, row: item.row });
    checked.push({ item, row, stanceId: stanceId(row.actorId, row.eventId) });
  }
  if (unknownSources.size) await resolveCsvSources([...unknownSources.values()], state, db, wholeSources);

  // A stored source kept as numbers that a row cites under another title is held whole from then on:
  // its id is not the one that row's cells give.
  const toHoldWhole: { key: SourceKey; row: number }[] = [];
  for (const { item, row } of checked) {
    const n = state.sources.has(row.source.key) ? -1 : state.plainSources.find(row.source.key);
    if (n < 0 || state.plainSources.firstRow(n) === item.row || !state.plainSources.cited(n, row.source.title))
      continue;
    state.plainSources.holdWhole(n);
    toHoldWhole.push({ key: row.source, row: state.plainSources.firstRow(n) });
  }
  if (toHoldWhole.length) await resolveCsvSources(toHoldWhole, state, db, 0, true);

  // A source kept as numbers has no stored text; a new one is quoted by no stored stance.
  const stored = checked.map(({ row }): { id: string; text: string | null; title: string } | null => {
    const whole = state.sources.get(row.source.key);
    if (whole) return whole;
    const n = state.plainSources.find(row.source.key);
    return state.plainSources.isStored(n)
      ? { id: state.plainSources.storedId(n, row.source), text: null, title: row.source.title }
      : null;
  });
  const claims: KindClaim[] = [];
  const claimOf = new Map<number, number>();
  checked.forEach(({ item, row, stanceId }, i) => {
    const source = stored[i];
    if (row.quoteKind === null || !source) return;
    claimOf.set(item.row, claims.length);
    claims.push({ stanceId, sourceId: source.id, quote: row.quote, kind: row.quoteKind });
  });
  return { checked, stored, claims, claimOf, problems };
}

/** The rest of a chunk's check, in row order, once the stored kinds of its quotes are known. */
function finishCsvChunk(
  { checked, stored, claimOf, problems }: PreparedCsvChunk,
  conflicts: Map<number, string>,
  state: ImportState,
): void {
  for (const problem of problems) state.problem(problem);

  for (const [i, { item, row, stanceId: id }] of checked.entries()) {
    const source = stored[i];
    if (source && source.text !== null && !source.text.includes(row.quote)) {
      state.problem({
        row: item.row,
        line: item.line,
        message: `quote is not a verbatim substring of the stored text of source "${source.title}": "${truncate(row.quote)}"`,
      });
      continue;
    }
    const conflict = conflicts.get(claimOf.get(item.row) ?? -1);
    if (conflict) {
      state.problem({ row: item.row, line: item.line, message: conflict });
      continue;
    }
    const code = STANCE_CODE[row.stance];
    const stanceEntry = state.stanceKeys.add(id, item.row, code);
    if (stanceEntry.existed && (state.stanceKeys.value(stanceEntry.slot) & STANCE_CODE_MASK) !== code) {
      const first = state.stanceKeys.row(stanceEntry.slot);
      state.problem({
        row: item.row,
        line: item.line,
        message: `${row.actorId} has another stance on ${row.eventId} in row ${first}; one stance per actor and event`,
      });
      continue;
    }
    // By the source's key, which names one source as its id does.
    const evId = evidenceKeyParts(id, row.source.key, row.quote);
    const evidenceEntry = state.evidenceKeys.add(evId, item.row);
    if (evidenceEntry.existed) {
      state.problem({
        row: item.row,
        line: item.line,
        message: `repeats row ${state.evidenceKeys.row(evidenceEntry.slot)} (same actor, event, source and quote)`,
      });
      continue;
    }
  }
}

/**
 * CSV sources carry no id: each is found in the database by its key, else it is new, and given an id
 * that neither the database nor another new source of the file has. Once `wholeSources` are held
 * whole, the rest (new, or stored without a text and with the id their key gives) are kept as numbers
 * (plain-sources.ts); unless `holdWhole`.
 */
async function resolveCsvSources(
  unknown: { key: SourceKey; row: number }[],
  state: ImportState,
  db: Db,
  wholeSources: number,
  holdWhole = false,
): Promise<void> {
  const found = new Map<string, { id: string; props: Props }>();
  for (const [query, list] of [
    [FIND_SOURCES_BY_URL, unknown.filter((u) => u.key.url !== null)],
    [FIND_SOURCES_BY_TITLE, unknown.filter((u) => u.key.url === null)],
  ] as const) {
    if (!list.length) continue;
    for (const record of (await readQuery(db, query, { keys: list.map((u) => u.key) })).records) {
      found.set(String(record.get('key')), { id: String(record.get('id')), props: record.get('props') as Props });
    }
  }
  const fresh = unknown.filter((u) => !found.has(u.key.key)).map((u) => ({ ...u, id: newSourceId(u.key) }));
  const taken = new Set(
    fresh.length
      ? (await readQuery(db, EXISTING_IDS.Source, { ids: fresh.map((f) => f.id) })).records.map((r) =>
          String(r.get('id')),
        )
      : [],
  );
  // Held whole: a stored source found again (were it gone since, its rows name no source and pass 2 says so).
  for (const { key, row, id: first } of holdWhole ? [] : fresh) {
    const { id, second } = state.plainSources.idForNew(key, first, taken.has(first));
    if (state.sources.size >= wholeSources) {
      state.plainSources.addNew(key, row, second);
      continue;
    }
    state.sources.set(ownString(key.key), {
      id: ownString(id),
      text: null,
      existing: null,
      title: ownString(key.title),
      url: key.url === null ? null : ownString(key.url),
      date: key.date === null ? null : ownString(key.date),
      publisher: publisherOf(key.url),
      about: new Set(),
      row,
    });
  }
  for (const { key, row } of unknown) {
    const hit = found.get(key.key);
    if (!hit) continue;
    const { props } = hit;
    if (!holdWhole && typeof props.text !== 'string' && state.sources.size >= wholeSources) {
      const first = hit.id === newSourceId(key);
      if (first || hit.id === secondSourceId(key)) {
        state.plainSources.addStored(key, row, !first);
        continue;
      }
    }
    state.sources.set(ownString(key.key), {
      id: ownString(hit.id),
      text: typeof props.text === 'string' ? props.text : null,
      existing: props,
      title: typeof props.title === 'string' ? props.title : ownString(key.title),
      url: key.url === null ? null : ownString(key.url),
      date: typeof props.date === 'string' ? props.date : null,
      publisher: typeof props.publisher === 'string' ? props.publisher : publisherOf(key.url),
      about: new Set(),
      row,
    });
  }
}

/** A CSV's actors again, each as the row it is read from names it (those held whole are left out by their row). */
export async function* csvActorsAgain(file: string, state: ImportState): AsyncGenerator<ActorDeclaration> {
  for await (const item of readCsv(new FileTap(file))) {
    const { row } = checkCsvRow(item.values, state.resolveCell);
    if (!row) throw new Error(`row ${item.row} changed between reading and planning the file`);
    yield { id: row.actorId, row: item.row, name: row.actorName, kind: row.actorKind };
  }
}

/** Pass 2 of a CSV: the same rows again, now known to be valid, as stance writes. */
export async function* csvStanceWrites(file: string, state: ImportState): AsyncGenerator<StanceWrite> {
  // (source, event) pairs by the first row that cites the source (one number per source) and the event's.
  const aboutSeen = new PairSet();
  for await (const item of readCsv(new FileTap(file))) {
    const { row } = checkCsvRow(item.values, state.resolveCell);
    if (!row) throw new Error(`row ${item.row} changed between reading and writing the file`);
    const whole = state.sources.get(row.source.key);
    const n = whole ? -1 : state.plainSources.find(row.source.key);
    if (!whole && n < 0) throw new Error(`row ${item.row}: its source was not resolved`);
    const sourceId = whole ? whole.id : state.plainSources.idOf(n, row.source);
    const firstRow = whole ? whole.row : state.plainSources.firstRow(n);
    const isNew = !whole && !state.plainSources.isStored(n);
    yield {
      row: item.row,
      id: stanceId(row.actorId, row.eventId),
      actorId: row.actorId,
      eventId: row.eventId,
      stance: row.stance,
      statedOn: row.statedOn,
      evidence: [{ sourceId, quote: row.quote, kind: row.quoteKind }],
      newAbout:
        aboutSeen.add(firstRow, state.events.get(row.eventId)!.index!) && !whole?.about.has(row.eventId)
          ? sourceId
          : undefined,
      sourceIsNew: isNew,
      aboutMaybeStored: !whole && !isNew,
      newSource: isNew && firstRow === item.row ? newSourceRow(sourceId, row.source) : undefined,
    };
  }
}

/** A new source as the first row that cites it gives it. */
function newSourceRow(id: string, key: SourceKey): SourceRow {
  return {
    id,
    props: { title: key.title, publisher: publisherOf(key.url), url: key.url, date: key.date, text: null },
    about: [],
  };
}
