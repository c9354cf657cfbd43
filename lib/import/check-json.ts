/**
 * Pass 1 of the project's JSON: the declarations (actors, events, sources, relations) first, then
 * the stances, each checked against the file and, for what the file does not declare, the database;
 * and pass 2: the stances again, as stance writes.
 */
import type { z } from 'zod';
import { relationId, stanceId } from '../model';
import { readQuery, type Db } from '../neo4j';
import { relationSchema, stanceSchema } from '../seed/schema';
import { EXISTING_IDS } from './cypher';
import type { ActorDeclaration } from './file-actors';
import { jsonActorSchema, jsonEventSchema, jsonSourceSchema, type ImportProblem } from './format';
import { relationKindConflicts, stanceKindConflicts, type KindClaim } from './kinds';
import { checkInChunks } from './overlap';
import { wholeSource } from './json-sources';
import { FileTap, readJson, type JsonItem } from './reader';
import { STANCE_CODE } from './stance-bits';
import { futureDateProblem, type ImportRules } from './validate';
import {
  CHECK_CHUNK,
  ENTITY_BATCH,
  WHOLE_SOURCES,
  chunks,
  evidenceKey,
  truncate,
  type ImportState,
  type StanceWrite,
} from './state';

type Section = JsonItem['section'];

/**
 * The fields each item must have, with their JSON type. Checked before the schema, which costs far
 * more per item: a file of millions of empty or mistyped items is counted in seconds.
 */
const REQUIRED: Record<Section, Record<string, 'string' | 'array'>> = {
  actors: { id: 'string', name: 'string', kind: 'string' },
  events: { id: 'string', title: 'string', date: 'string' },
  sources: { id: 'string', title: 'string', publisher: 'string' },
  relations: { source: 'string', type: 'string', target: 'string' },
  stances: { actor: 'string', event: 'string', stance: 'string', evidence: 'array' },
};

/** Up to ISSUES_PER_ITEM problems of an item's shape, or '' when the schema should judge it. */
function shapeProblems(section: Section, value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  const problems: string[] = [];
  for (const [key, type] of Object.entries(REQUIRED[section])) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) problems.push(`${key}: is required`);
    else if (type === 'array' ? !Array.isArray(field) : typeof field !== type)
      problems.push(`${key}: must be a ${type}`);
    if (problems.length === ISSUES_PER_ITEM) break;
  }
  return problems.join('; ');
}

/** Problems told per item: the first few say what is wrong; the rest would only lengthen the report. */
const ISSUES_PER_ITEM = 3;

function issues(error: z.ZodError): string {
  const listed = error.issues
    .slice(0, ISSUES_PER_ITEM)
    .map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('; ');
  const more = error.issues.length - ISSUES_PER_ITEM;
  return more > 0 ? `${listed}; and ${more} more` : listed;
}

export async function checkJsonFile(
  file: string,
  tap: FileTap,
  state: ImportState,
  db: Db,
  onChecked: () => void,
  rules: ImportRules = {},
  wholeSources = WHOLE_SOURCES,
): Promise<void> {
  // Pass 1a: the declarations (actors, events, sources, relations); stances are counted.
  const relationInputs: { index: number; value: z.infer<typeof relationSchema> }[] = [];
  const plain = state.plainJsonSources;
  const sourceRow = (id: string) => state.sources.get(id)?.row ?? plain.rowOf(id);
  let count = 0;
  let shapedStances = 0;
  const bad = (section: Section, index: number, message: string) => state.problem({ section, row: index, message });
  for await (const item of readJson(tap)) {
    state.rows += 1;
    count += 1;
    if (count % CHECK_CHUNK === 0) onChecked();
    if (item.section === 'actors') {
      const a = declaration(item, jsonActorSchema, (id) => state.actors.get(id)?.row, bad);
      if (a) state.actors.add(jsonActor(a, item.index));
    } else if (item.section === 'events') {
      const e = declaration(item, jsonEventSchema, (id) => state.events.get(id)?.row, bad);
      const future = e && futureDateProblem(e.date, rules);
      if (future) bad('events', item.index, future);
      if (e)
        state.events.set(e.id, {
          row: item.index,
          title: e.title,
          date: e.date,
          props: { title: e.title, date: e.date, kind: e.kind, description: e.description },
        });
    } else if (item.section === 'sources') {
      const s = declaration(item, jsonSourceSchema, sourceRow, bad);
      if (s && s.text === null && state.sources.size >= wholeSources) await plain.add(s, item.index, state, db);
      else if (s) state.sources.set(s.id, wholeSource(s, item.index));
    } else if (item.section === 'relations') {
      const shape = shapeProblems('relations', item.value);
      const r = shape ? undefined : relationSchema.safeParse(item.value);
      if (!r) bad('relations', item.index, shape);
      else if (!r.success) bad('relations', item.index, issues(r.error));
      else relationInputs.push({ index: item.index, value: r.data });
    } else {
      state.stanceRows += 1;
      // A stance without its fields is told here, so a file of nothing else is read only once.
      const shape = shapeProblems('stances', item.value);
      if (shape) state.problem({ section: 'stances', row: item.index, message: shape });
      else shapedStances += 1;
    }
  }
  for (const [id, row] of state.actors.rows()) {
    if (state.events.has(id))
      bad('actors', row, `id "${id}" is also an event's id; ids must be unique across actors and events`);
  }

  // Sources without a text in the file may have one stored in the database: quotes must be in it.
  // (The plain ones were looked up as they were read.)
  const fileSourcesWithoutText = [...state.sources.values()].filter((s) => s.text === null).map((s) => s.id);
  for (const ids of chunks(fileSourcesWithoutText, ENTITY_BATCH)) {
    for (const r of (await readQuery(db, EXISTING_IDS.Source, { ids })).records) {
      const text = r.get('text');
      if (typeof text === 'string') state.sources.get(String(r.get('id')))!.text = text;
    }
  }
  await plain.lookUpStoredTexts(state, db);
  const aboutMissing = [...state.sources.values()].flatMap((s) => [...s.about].filter((e) => !state.events.has(e)));
  await lookUp(state, db, 'Event', [...aboutMissing, ...plain.aboutUndeclared]);
  const unknownEvents = (about: Iterable<string>) =>
    [...about]
      .filter((eventId) => !hasEvent(state, eventId))
      .map((eventId) => `about: unknown event "${eventId}" (not in the file, not in the database)`);
  for (const source of state.sources.values()) {
    for (const message of unknownEvents(source.about)) bad('sources', source.row, message);
  }
  // Read again only when one of the plain sources is about an unknown event, to say which.
  if ([...plain.aboutUndeclared].some((eventId) => !hasEvent(state, eventId))) {
    for await (const { source, row } of plain.items(file))
      for (const message of unknownEvents(source.about)) bad('sources', row, message);
  }

  // Relations: both ends and the evidence must exist (in the file or the database).
  await lookUp(
    state,
    db,
    'Actor',
    relationInputs.flatMap((r) => [r.value.source, r.value.target]),
  );
  await lookUp(
    state,
    db,
    'Source',
    relationInputs.flatMap((r) => (r.value.evidence ? [r.value.evidence.source] : [])),
  );
  const seenRelations = new Map<string, number>();
  for (const { index, value } of relationInputs) {
    const problems: string[] = [];
    for (const end of [value.source, value.target]) if (!hasActor(state, end)) problems.push(`unknown actor "${end}"`);
    if (value.source === value.target) problems.push('an actor cannot relate to itself');
    const id = relationId(value.source, value.type, value.target);
    if (seenRelations.has(id)) problems.push(`duplicate relation (item ${seenRelations.get(id)})`);
    seenRelations.set(id, index);
    if (value.evidence) problems.push(...quoteProblems(state, value.evidence.source, value.evidence.quote));
    if (problems.length) bad('relations', index, problems.join('; '));
    else {
      state.relations.push({
        row: index,
        id,
        type: value.type,
        sourceId: value.source,
        targetId: value.target,
        quote: value.evidence?.quote ?? null,
        evidenceSourceId: value.evidence?.source ?? null,
        quoteKind: value.evidence?.kind ?? null,
      });
    }
  }
  await relationKindConflicts(db, state, state.relations);

  // Pass 1b: the stances, now that everything they point to is known.
  if (!shapedStances) return;
  // As for a CSV (check-csv.ts): a chunk's stored kinds are asked while the next chunk is checked.
  const isStance = (item: JsonItem) => item.section === 'stances' && !shapeProblems('stances', item.value);
  await checkInChunks(readJson(new FileTap(file)), isStance, {
    prepare: (items) => prepareJsonStanceChunk(items, state, db),
    query: (prepared) => stanceKindConflicts(db, state, prepared.claims),
    finish: (prepared, conflicts) => {
      finishJsonStanceChunk(prepared, conflicts, state, rules);
      onChecked();
    },
  });
}

/** An actor, event or source of the file: valid, and its id not declared before; else undefined. */
function declaration<T extends { id: string }>(
  item: JsonItem,
  schema: z.ZodType<T>,
  declaredAt: (id: string) => number | undefined,
  bad: (section: Section, index: number, message: string) => void,
): T | undefined {
  const shape = shapeProblems(item.section, item.value);
  const r = shape ? undefined : schema.safeParse(item.value);
  const earlier = r?.success ? declaredAt(r.data.id) : undefined;
  if (!r) bad(item.section, item.index, shape);
  else if (!r.success) bad(item.section, item.index, issues(r.error));
  else if (earlier !== undefined) bad(item.section, item.index, `duplicate id "${r.data.id}" (item ${earlier})`);
  else return r.data;
  return undefined;
}

function jsonActor(a: z.infer<typeof jsonActorSchema>, index: number): ActorDeclaration {
  return {
    id: a.id,
    row: index,
    name: a.name,
    kind: a.kind,
    props: { name: a.name, kind: a.kind, description: a.description, aliases: a.aliases },
  };
}

/** A JSON file's actors again, as declared (those held whole are left out by their item). */
export async function* jsonActorsAgain(file: string): AsyncGenerator<ActorDeclaration> {
  for await (const item of readJson(new FileTap(file))) {
    if (item.section !== 'actors') continue;
    const a = jsonActorSchema.safeParse(item.value);
    if (!a.success) throw new Error(`actor ${item.index} changed between reading and planning the file`);
    yield jsonActor(a.data, item.index);
  }
}

function hasActor(state: ImportState, id: string): boolean {
  return state.actors.has(id) || state.inDatabase.Actor.get(id) === true;
}

function hasEvent(state: ImportState, id: string): boolean {
  return state.events.has(id) || state.inDatabase.Event.get(id) === true;
}

function quoteProblems(state: ImportState, sourceId: string, quote: string): string[] {
  const source = state.sources.get(sourceId);
  const text = source
    ? source.text
    : state.plainJsonSources.has(sourceId)
      ? null
      : state.inDatabase.Source.get(sourceId);
  if (text === undefined || text === false)
    return [`evidence cites unknown source "${sourceId}" (not in the file, not in the database)`];
  if (text !== null && !text.includes(quote))
    return [`quote is not a verbatim substring of source "${sourceId}": "${truncate(quote)}"`];
  return [];
}

/** Looks up ids that the file refers to but does not declare. */
async function lookUp(state: ImportState, db: Db, label: 'Actor' | 'Event' | 'Source', ids: string[]): Promise<void> {
  const declared =
    label === 'Actor'
      ? (id: string) => state.actors.has(id)
      : label === 'Event'
        ? (id: string) => state.events.has(id)
        : (id: string) => state.sources.has(id) || state.plainJsonSources.has(id);
  const known = state.inDatabase[label] as Map<string, unknown>;
  const wanted = [...new Set(ids)].filter((id) => !declared(id) && !known.has(id));
  for (const list of chunks(wanted, ENTITY_BATCH)) {
    const found = new Map<string, unknown>();
    for (const r of (await readQuery(db, EXISTING_IDS[label], { ids: list })).records) {
      found.set(String(r.get('id')), label === 'Source' ? (r.get('text') ?? null) : true);
    }
    for (const id of list) known.set(id, found.has(id) ? found.get(id) : false);
  }
}

/** A chunk of stances checked up to the stored kinds of their quotes, its problems not yet listed. */
interface PreparedJsonStances {
  valid: { item: JsonItem; value: z.infer<typeof stanceSchema> }[];
  claims: (KindClaim & { item: number })[];
  problems: ImportProblem[];
}

async function prepareJsonStanceChunk(items: JsonItem[], state: ImportState, db: Db): Promise<PreparedJsonStances> {
  const problems: ImportProblem[] = [];
  const parsed = items.map((item) => ({ item, result: stanceSchema.safeParse(item.value) }));
  const valid = parsed.flatMap(({ item, result }) => {
    if (!result.success) {
      problems.push({ section: 'stances', row: item.index, message: issues(result.error) });
      return [];
    }
    return [{ item, value: result.data }];
  });
  await lookUp(
    state,
    db,
    'Actor',
    valid.map((v) => v.value.actor),
  );
  await lookUp(
    state,
    db,
    'Event',
    valid.map((v) => v.value.event),
  );
  await lookUp(
    state,
    db,
    'Source',
    valid.flatMap((v) => v.value.evidence.map((e) => e.source)),
  );
  const claims: (KindClaim & { item: number })[] = valid.flatMap(({ item, value }) =>
    value.evidence.flatMap((e) =>
      e.kind
        ? [
            {
              item: item.index,
              stanceId: stanceId(value.actor, value.event),
              sourceId: e.source,
              quote: e.quote,
              kind: e.kind,
            },
          ]
        : [],
    ),
  );
  return { valid, claims, problems };
}

/** The rest of a chunk's check, in item order, once the stored kinds of its quotes are known. */
function finishJsonStanceChunk(
  { valid, claims, problems: earlier }: PreparedJsonStances,
  stored: Map<number, string>,
  state: ImportState,
  rules: ImportRules,
): void {
  for (const problem of earlier) state.problem(problem);
  const conflicts = new Map<number, string[]>();
  for (const [i, message] of stored) conflicts.set(claims[i].item, [...(conflicts.get(claims[i].item) ?? []), message]);
  for (const { item, value } of valid) {
    const problems: string[] = [];
    if (!hasActor(state, value.actor)) problems.push(`unknown actor "${value.actor}"`);
    if (!hasEvent(state, value.event)) problems.push(`unknown event "${value.event}"`);
    for (const ev of value.evidence) problems.push(...quoteProblems(state, ev.source, ev.quote));
    problems.push(...(conflicts.get(item.index) ?? []));
    const future = value.statedOn && futureDateProblem(value.statedOn, rules, undefined, 'statedOn');
    if (future) problems.push(future);
    const id = stanceId(value.actor, value.event);
    const ids = value.evidence.map((e) => evidenceKey(id, e.source, e.quote));
    if (new Set(ids).size !== ids.length) problems.push('the same quote is given twice');
    if (!problems.length) {
      const entry = state.stanceKeys.add(id, item.index, STANCE_CODE[value.stance]);
      if (entry.existed)
        problems.push(
          `duplicate stance: item ${state.stanceKeys.row(entry.slot)} is also ${value.actor} on ${value.event}; one stance per actor and event`,
        );
    }
    if (problems.length) {
      state.problem({ section: 'stances', row: item.index, message: problems.join('; ') });
      continue;
    }
    for (const evidence of ids) state.evidenceKeys.add(evidence, item.index);
  }
}

/** Pass 2 of a JSON file: its stances, now known to be valid, as stance writes. */
export async function* jsonStanceWrites(file: string): AsyncGenerator<StanceWrite> {
  for await (const item of readJson(new FileTap(file))) {
    if (item.section !== 'stances') continue;
    const value = stanceSchema.parse(item.value);
    yield {
      row: item.index,
      id: stanceId(value.actor, value.event),
      actorId: value.actor,
      eventId: value.event,
      stance: value.stance,
      statedOn: value.statedOn ?? null,
      evidence: value.evidence.map((e) => ({ sourceId: e.source, quote: e.quote, kind: e.kind ?? null })),
    };
  }
}
