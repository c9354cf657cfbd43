/**
 * Pass 1 of a CSV: every row checked, alone (validate.ts) and against the rows before it and the
 * database (its source found or given an id); and pass 2: the same rows again, as stance writes.
 */
import type { ActorKind } from '../domain';
import { newSourceId, secondSourceId, sourceKey, stanceId, type SourceKey } from '../model';
import { readQuery, type Db } from '../neo4j';
import { EXISTING_IDS, FIND_SOURCES_BY_TITLE, FIND_SOURCES_BY_URL } from './cypher';
import { PairSet } from './hashset';
import { stanceKindConflicts, type KindClaim } from './kinds';
import { FileTap, ownString, readCsv, type CsvItem } from './reader';
import { STANCE_CODE, STANCE_CODE_MASK } from './stance-bits';
import { CHECK_CHUNK, evidenceKeyParts, truncate, type ImportState, type Props, type StanceWrite } from './state';
import { checkCsvRow, futureDateProblem, publisherOf, type CsvStanceRow, type ImportRules } from './validate';

export async function checkCsvFile(
  tap: FileTap,
  state: ImportState,
  db: Db,
  onChecked: () => void,
  rules: ImportRules = {},
): Promise<void> {
  let chunk: CsvItem[] = [];
  const flush = async () => {
    await checkCsvChunk(chunk, state, db, rules);
    chunk = [];
    onChecked();
  };
  for await (const item of readCsv(tap)) {
    state.rows += 1;
    state.stanceRows += 1;
    chunk.push(item);
    if (chunk.length >= CHECK_CHUNK) await flush();
  }
  if (chunk.length) await flush();
}

interface CheckedCsvRow {
  item: CsvItem;
  row: CsvStanceRow;
  stanceId: string;
}

async function checkCsvChunk(items: CsvItem[], state: ImportState, db: Db, rules: ImportRules): Promise<void> {
  const checked: CheckedCsvRow[] = [];
  const unknownSources = new Map<string, SourceKey>();
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
      state.problem({ row: item.row, line: item.line, message: bad.join('; ') });
      continue;
    }
    // Kept for the whole import: copies, not views of the chunk they were read from.
    if (!state.actors.has(row.actorId)) {
      state.actors.set(ownString(row.actorId), {
        row: item.row,
        name: row.actorName === null ? null : ownString(row.actorName),
        kind: ownString(row.actorKind) as ActorKind,
      });
    }
    if (!state.events.has(row.eventId)) {
      state.events.set(ownString(row.eventId), {
        row: item.row,
        title: row.eventTitle === null ? null : ownString(row.eventTitle),
        date: ownString(row.eventDate),
        index: state.events.size,
      });
    }
    if (!state.sources.has(row.source.key)) unknownSources.set(row.source.key, row.source);
    checked.push({ item, row, stanceId: stanceId(row.actorId, row.eventId) });
  }
  if (unknownSources.size) await resolveCsvSources([...unknownSources.values()], items, state, db);

  const claims: KindClaim[] = [];
  const claimOf = new Map<number, number>();
  for (const { item, row, stanceId } of checked) {
    if (row.quoteKind === null) continue;
    claimOf.set(item.row, claims.length);
    claims.push({
      stanceId,
      sourceId: state.sources.get(row.source.key)!.id,
      quote: row.quote,
      kind: row.quoteKind,
    });
  }
  const conflicts = await stanceKindConflicts(db, state, claims);

  for (const { item, row, stanceId: id } of checked) {
    const source = state.sources.get(row.source.key)!;
    if (source.text !== null && !source.text.includes(row.quote)) {
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
    const evId = evidenceKeyParts(id, source.id, row.quote);
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

/** CSV sources carry no id: each is found in the database by its key, or given a new id. */
async function resolveCsvSources(keys: SourceKey[], items: CsvItem[], state: ImportState, db: Db): Promise<void> {
  const byUrl = keys.filter((k) => k.url !== null);
  const byTitle = keys.filter((k) => k.url === null);
  const found = new Map<string, { id: string; props: Props }>();
  for (const [query, list] of [
    [FIND_SOURCES_BY_URL, byUrl],
    [FIND_SOURCES_BY_TITLE, byTitle],
  ] as const) {
    if (!list.length) continue;
    for (const record of (await readQuery(db, query, { keys: list })).records) {
      found.set(String(record.get('key')), { id: String(record.get('id')), props: record.get('props') as Props });
    }
  }
  const newIds = keys.filter((k) => !found.has(k.key)).map((k) => newSourceId(k));
  const taken = new Set(
    newIds.length
      ? (await readQuery(db, EXISTING_IDS.Source, { ids: newIds })).records.map((r) => String(r.get('id')))
      : [],
  );
  const firstRow = new Map<string, number>();
  for (const item of items) {
    const { key } = sourceKey(
      item.values.source_title,
      item.values.source_url || null,
      item.values.source_date || null,
    );
    if (!firstRow.has(key)) firstRow.set(key, item.row);
  }
  for (const key of keys) {
    const hit = found.get(key.key);
    let id = hit?.id ?? newSourceId(key);
    if (!hit && taken.has(id)) id = secondSourceId(key);
    const props = hit?.props;
    const own = (text: string | null) => (text === null ? null : ownString(text));
    state.sources.set(ownString(key.key), {
      id: ownString(id),
      text: typeof props?.text === 'string' ? props.text : null,
      existing: props ?? null,
      title: typeof props?.title === 'string' ? props.title : ownString(key.title),
      url: own(key.url),
      date: own((props ? (props.date as string | null) : key.date) ?? null),
      publisher: typeof props?.publisher === 'string' ? props.publisher : publisherOf(key.url),
      about: new Set(),
      row: firstRow.get(key.key) ?? 0,
      index: state.sources.size,
    });
  }
}

/** Pass 2 of a CSV: the same rows again, now known to be valid, as stance writes. */
export async function* csvStanceWrites(file: string, state: ImportState): AsyncGenerator<StanceWrite> {
  const aboutSeen = new PairSet();
  for await (const item of readCsv(new FileTap(file))) {
    const { row } = checkCsvRow(item.values, state.resolveCell);
    if (!row) throw new Error(`row ${item.row} changed between reading and writing the file`);
    const source = state.sources.get(row.source.key);
    if (!source) throw new Error(`row ${item.row}: its source was not resolved`);
    const id = stanceId(row.actorId, row.eventId);
    yield {
      row: item.row,
      id,
      actorId: row.actorId,
      eventId: row.eventId,
      stance: row.stance,
      statedOn: row.statedOn,
      evidence: [{ sourceId: source.id, quote: row.quote, kind: row.quoteKind }],
      newAbout:
        aboutSeen.add(source.index, state.events.get(row.eventId)!.index!) && !source.about.has(row.eventId)
          ? source.id
          : undefined,
    };
  }
}
