/**
 * Entities (actors, events, sources, relations) are compared with the database once the file is
 * checked: each is new, updated or unchanged, and only what is new or changed is written.
 */
import {
  createActors,
  createEvents,
  createSources,
  mergeActors,
  mergeEvents,
  mergeRelations,
  mergeSources,
  type ActorProps,
  type EventProps,
  type SourceProps,
  stanceId,
  type Tx,
} from '../model';
import { DEFAULT_QUOTE_KIND } from '../domain';
import { inWriteTransaction, inWriteTransactionRetryingDeadlocks, readQuery, type Db } from '../neo4j';
import { stanceSchema } from '../seed/schema';
import type { ReadAgain } from './file-actors';
import { EXISTING_ACTORS, EXISTING_EVENTS, EXISTING_IDS, EXISTING_RELATIONS } from './cypher';
import { emptyCounts, type ChangeCounts, type ImportChange, type ImportFormat } from './format';
import { storedSources, type JsonSource } from './json-sources';
import { FileTap, readJson } from './reader';
import {
  ENTITY_BATCH,
  chunks,
  truncate,
  type ImportRelation,
  type ImportState,
  type KnownSource,
  type Props,
} from './state';

interface EntityPlan {
  id: string;
  /** Not in the database: created, not merged. */
  isNew: boolean;
  props: Props;
  about: string[];
  row: number;
}

export interface Planned {
  counts: ChangeCounts;
  write: EntityPlan[];
}

export interface Plans {
  actors: Planned;
  events: Planned;
  sources: Planned;
  relations: Planned & { rows: ImportRelation[] };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return (a ?? null) === (b ?? null);
}

type Entity = ImportChange['entity'];

/** A stored value as the report shows it; a source's text is shortened (it is never rewritten, only added). */
function shown(field: string, value: unknown): ImportChange['from'] {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String);
  return field === 'text' ? truncate(String(value), 200) : String(value);
}

function compare(
  state: ImportState,
  entity: Entity,
  id: string,
  row: number,
  props: Props,
  existing: Props | undefined,
  planned: Planned,
  about: string[] = [],
  existingAbout: string[] = [],
): void {
  if (!existing) {
    planned.counts.new += 1;
    planned.write.push({ id, props, row, about, isNew: true });
    return;
  }
  // Each changed field is reported, so that a dry run says exactly what an import would rewrite.
  let changed = false;
  for (const [field, value] of Object.entries(props)) {
    if (sameValue(value, existing[field])) continue;
    changed = true;
    state.change({ entity, id, field, from: shown(field, existing[field]), to: shown(field, value) });
  }
  const added = about.filter((e) => !existingAbout.includes(e));
  if (added.length) {
    changed = true;
    state.change({ entity, id, field: 'about', from: [...existingAbout], to: [...existingAbout, ...added] });
  }
  if (changed) {
    planned.counts.updated += 1;
    planned.write.push({ id, props, row, about, isNew: false });
  } else {
    planned.counts.unchanged += 1;
  }
}

const actorRow = (p: EntityPlan) => ({ id: p.id, props: p.props as unknown as ActorProps });
const eventRow = (p: EntityPlan) => ({ id: p.id, props: p.props as unknown as EventProps });
const sourceRow = (p: EntityPlan) => ({ id: p.id, props: p.props as unknown as SourceProps, about: p.about });

/**
 * Writes planned entities as each batch of them is compared, `parallel` transactions at most in
 * flight: a file may name a million actors or declare a million sources, too many to hold as plans.
 * The first failed write fails the whole once the others settle.
 */
export class EntityWriter {
  private readonly writing = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly db: Db,
    private readonly parallel: number,
  ) {}

  actors(planned: Planned): Promise<void> {
    return this.add(batches(this.db, planned, actorRow, createActors, mergeActors));
  }

  events(planned: Planned): Promise<void> {
    return this.add(batches(this.db, planned, eventRow, createEvents, mergeEvents));
  }

  sources(planned: Planned): Promise<void> {
    return this.add(batches(this.db, planned, sourceRow, createSources, mergeSources));
  }

  /** Waits for every write handed to it; throws the first failure. */
  async done(): Promise<void> {
    await Promise.all(this.writing);
    if (this.failure) throw this.failure.error;
  }

  /** Once a write has failed, adds nothing more and throws when the ones in flight have settled. */
  private async add(tasks: Task[]): Promise<void> {
    for (const task of tasks) {
      if (this.failure) break;
      const written: Promise<void> = task()
        .then(() => undefined)
        .catch((error: unknown) => {
          this.failure ??= { error };
        })
        .finally(() => this.writing.delete(written));
      this.writing.add(written);
      if (this.writing.size >= this.parallel) await Promise.race(this.writing);
    }
    if (this.failure) await this.done();
  }
}

/**
 * Compares every entity of the file with the database. Actors and events are not kept as plans: each
 * batch of them goes to `writer` (an import) or is only counted (a dry run).
 */
export async function planEntities(
  state: ImportState,
  db: Db,
  format: ImportFormat,
  /** Its actors past those held whole, declared again (file-actors.ts). */
  readAgain: ReadAgain,
  writer?: EntityWriter,
): Promise<Plans> {
  const plans: Plans = {
    actors: { counts: emptyCounts(), write: [] },
    events: { counts: emptyCounts(), write: [] },
    sources: { counts: emptyCounts(), write: [] },
    relations: { counts: emptyCounts(), write: [], rows: state.relations },
  };
  if (state.invalidRows > 0) return plans;

  for await (const decls of state.actors.batches(ENTITY_BATCH, readAgain)) {
    const planned: Planned = { counts: plans.actors.counts, write: [] };
    const existing = new Map(
      (await readQuery(db, EXISTING_ACTORS, { ids: decls.map((d) => d.id) })).records.map((r) => [
        String(r.get('id')),
        r.get('props') as Props,
      ]),
    );
    for (const decl of decls) {
      const { id } = decl;
      const old = existing.get(id);
      // CSV: a slug cell keeps the stored name; a new actor named by its slug is called by it.
      const name = decl.name ?? (old?.name as string | undefined) ?? id;
      const props: Props = decl.props
        ? { ...decl.props }
        : {
            name,
            kind: decl.kind,
            description: (old?.description as string | undefined) ?? '',
            aliases: (old?.aliases as string[] | undefined) ?? [],
          };
      compare(state, 'actor', id, decl.row, props, old, planned);
    }
    await writer?.actors(planned);
  }
  for (const ids of chunks([...state.events.keys()], ENTITY_BATCH)) {
    const planned: Planned = { counts: plans.events.counts, write: [] };
    const existing = new Map(
      (await readQuery(db, EXISTING_EVENTS, { ids })).records.map((r) => [
        String(r.get('id')),
        r.get('props') as Props,
      ]),
    );
    for (const id of ids) {
      const decl = state.events.get(id)!;
      const old = existing.get(id);
      const props: Props = decl.props
        ? { ...decl.props }
        : {
            title: decl.title ?? (old?.title as string | undefined) ?? id,
            date: decl.date,
            kind: (old?.kind as string | undefined) ?? 'event',
            description: (old?.description as string | undefined) ?? '',
          };
      compare(state, 'event', id, decl.row, props, old, planned);
    }
    await writer?.events(planned);
  }
  // Sources may be about the events: every actor and event is written before them.
  await writer?.done();
  const sources = [...state.sources.values()];
  for (const list of chunks(sources, ENTITY_BATCH)) {
    const existing = await storedSources(
      db,
      list.map((s) => s.id),
    );
    for (const source of list) {
      const old = existing.get(source.id);
      const props: Props =
        format === 'csv'
          ? old
            ? { ...old.props }
            : { ...sourceProps(source), text: null }
          : jsonSourceProps(source, old);
      // CSV sources are about the events they are cited for, written with the stances (only the pairs not stored yet).
      if (format === 'csv') source.about = new Set(old?.about ?? []);
      compare(
        state,
        'source',
        source.id,
        source.row,
        props,
        old?.props,
        plans.sources,
        format === 'json' ? [...source.about] : [],
        old?.about,
      );
    }
  }
  // A CSV's sources kept as numbers: the new ones are created by the stance pass, at the first row that cites each.
  plans.sources.counts.new += state.plainSources.created;
  plans.sources.counts.unchanged += state.plainSources.stored;
  for (const list of chunks(state.relations, ENTITY_BATCH)) {
    const existing = new Map(
      (await readQuery(db, EXISTING_RELATIONS, { ids: list.map((r) => r.id) })).records.map((r) => [
        String(r.get('id')),
        r.toObject() as Props,
      ]),
    );
    for (const rel of list) {
      compare(
        state,
        'relation',
        rel.id,
        rel.row,
        {
          quote: rel.quote,
          sourceId: rel.evidenceSourceId,
          quoteKind: quoteKindToStore(existing.get(rel.id), rel),
        },
        existing.get(rel.id),
        plans.relations,
      );
    }
  }
  return plans;
}

function sourceProps(source: Pick<KnownSource, 'title' | 'publisher' | 'url' | 'date' | 'text'>): Props {
  return { title: source.title, publisher: source.publisher, url: source.url, date: source.date, text: source.text };
}

/** A JSON source's fields as they will be stored: a file without the text does not erase a stored one. */
function jsonSourceProps(source: JsonSource | KnownSource, stored: { props: Props } | undefined): Props {
  const props = sourceProps(source);
  if (props.text === null && typeof stored?.props.text === 'string') props.text = stored.props.text;
  return props;
}

/**
 * A JSON file's plain sources (json-sources.ts), read again from the file ENTITY_BATCH at a time: each
 * compared with the database into `counts` and, when `writer` is given, the batch's new and changed
 * ones written by it while the next is read (no two batches share a source).
 */
export async function comparePlainJsonSources(
  state: ImportState,
  db: Db,
  file: string,
  counts: ChangeCounts,
  writer?: EntityWriter,
): Promise<void> {
  if (!state.plainJsonSources.size) return;
  let list: { source: JsonSource; row: number }[] = [];
  const flush = async () => {
    const existing = await storedSources(
      db,
      list.map((s) => s.source.id),
    );
    const planned: Planned = { counts, write: [] };
    for (const { source, row } of list) {
      const old = existing.get(source.id);
      compare(
        state,
        'source',
        source.id,
        row,
        jsonSourceProps(source, old),
        old?.props,
        planned,
        source.about,
        old?.about,
      );
    }
    list = [];
    await writer?.sources(planned);
  };
  for await (const source of state.plainJsonSources.items(file)) {
    list.push(source);
    if (list.length >= ENTITY_BATCH) await flush();
  }
  if (list.length) await flush();
  await writer?.done();
}

/**
 * A relation's quote kind as it will be stored: the same quote as stored keeps its kind (another was
 * refused, kinds.ts), so re-importing an export changes nothing; a new quote takes the file's, else
 * the default.
 */
function quoteKindToStore(stored: Props | undefined, rel: ImportRelation): unknown {
  if (rel.quote === null) return null;
  if (stored && stored.quote === rel.quote && stored.sourceId === rel.evidenceSourceId) return stored.quoteKind ?? null;
  return rel.quoteKind ?? DEFAULT_QUOTE_KIND;
}

/**
 * A stored source's text is what stances already quote, so it is never rewritten: a JSON file that
 * gives a stored source id another text is refused for that source, and its quotes of that source
 * are checked against the stored text (a quote found only in the new text is not verbatim).
 */
export async function refuseRewrittenTexts(state: ImportState, db: Db, file: string): Promise<void> {
  const stored = new Map<string, string>();
  const withText = [...state.sources.values()].filter((s) => s.text !== null);
  for (const list of chunks(withText, ENTITY_BATCH)) {
    for (const r of (await readQuery(db, EXISTING_IDS.Source, { ids: list.map((s) => s.id) })).records) {
      const text = r.get('text');
      const source = state.sources.get(String(r.get('id')))!;
      if (typeof text !== 'string' || text === source.text) continue;
      state.problem({
        section: 'sources',
        row: source.row,
        message: `source "${source.id}" is stored with a different text; a stored text is never rewritten: give the changed text a new source id`,
      });
      source.text = text;
      stored.set(source.id, text);
    }
  }
  if (!stored.size) return;
  const notVerbatim = (sourceId: string | null, quote: string | null) =>
    sourceId !== null && quote !== null && stored.has(sourceId) && !stored.get(sourceId)!.includes(quote)
      ? [`quote is not a verbatim substring of the stored text of source "${sourceId}": "${truncate(quote)}"`]
      : [];
  for (const relation of state.relations) {
    const messages = notVerbatim(relation.evidenceSourceId, relation.quote);
    if (messages.length) state.problem({ section: 'relations', row: relation.row, message: messages[0] });
  }
  // The stances were checked against the file's text: those citing a refused text are read again.
  const listed = new Map(state.problems.filter((p) => p.section === 'stances').map((p) => [p.row, p]));
  for await (const item of readJson(new FileTap(file))) {
    if (item.section !== 'stances') continue;
    const parsed = stanceSchema.safeParse(item.value);
    if (!parsed.success) continue;
    const messages = parsed.data.evidence.flatMap((e) => notVerbatim(e.source, e.quote));
    if (!messages.length) continue;
    const slot = state.stanceKeys.find(stanceId(parsed.data.actor, parsed.data.event));
    const alreadyInvalid = slot < 0 || state.stanceKeys.row(slot) !== item.index;
    const earlier = listed.get(item.index);
    if (!alreadyInvalid) state.problem({ section: 'stances', row: item.index, message: messages.join('; ') });
    else if (earlier) earlier.message = `${earlier.message}; ${messages.join('; ')}`;
  }
}

type Task = () => Promise<unknown>;

/** The planned writes of one kind, new ones created and the rest merged, in transactions of ENTITY_BATCH. */
function batches<R>(
  db: Db,
  planned: Planned,
  toRow: (plan: EntityPlan) => R,
  create: (tx: Tx, rows: R[]) => Promise<void>,
  merge: (tx: Tx, rows: R[]) => Promise<void>,
): Task[] {
  return [true, false].flatMap((isNew) =>
    [
      ...chunks(
        planned.write.filter((r) => r.isNew === isNew),
        ENTITY_BATCH,
      ),
    ].map(
      (list) => () => inWriteTransactionRetryingDeadlocks(db, (tx) => (isNew ? create : merge)(tx, list.map(toRow))),
    ),
  );
}

/**
 * The planned sources and relations (the actors and events were written as they were planned, by an
 * EntityWriter). `moreSources`: sources planned as they are written (comparePlainJsonSources), handed
 * a writer; after the planned sources, before the relations that may cite them.
 */
export async function writeEntities(
  db: Db,
  plans: Plans,
  parallel: number,
  moreSources?: (writer: EntityWriter) => Promise<void>,
): Promise<void> {
  const sources = new EntityWriter(db, parallel);
  await sources.sources(plans.sources);
  await sources.done();
  await moreSources?.(new EntityWriter(db, parallel));
  const toWrite = new Set(plans.relations.write.map((r) => r.id));
  const relations = plans.relations.rows.filter((r) => toWrite.has(r.id));
  for (const list of chunks(relations, ENTITY_BATCH)) {
    await inWriteTransaction(db, (tx) =>
      mergeRelations(
        tx,
        list.map(({ row: _row, ...relation }) => relation),
      ),
    );
  }
}
