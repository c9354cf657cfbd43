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
  type Tx,
} from '../model';
import { inWriteTransaction, readQuery, type Db } from '../neo4j';
import { EXISTING_ACTORS, EXISTING_EVENTS, EXISTING_RELATIONS, EXISTING_SOURCES } from './cypher';
import { emptyCounts, type ChangeCounts, type ImportFormat } from './format';
import { ENTITY_BATCH, chunks, type ImportRelation, type ImportState, type Props } from './state';

interface EntityPlan {
  id: string;
  /** Not in the database: created, not merged. */
  isNew: boolean;
  props: Props;
  about: string[];
  row: number;
}

interface Planned {
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

function compare(
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
  const changed =
    Object.entries(props).some(([key, value]) => !sameValue(value, existing[key])) ||
    about.some((e) => !existingAbout.includes(e));
  if (changed) {
    planned.counts.updated += 1;
    planned.write.push({ id, props, row, about, isNew: false });
  } else {
    planned.counts.unchanged += 1;
  }
}

export async function planEntities(state: ImportState, db: Db, format: ImportFormat): Promise<Plans> {
  const plans: Plans = {
    actors: { counts: emptyCounts(), write: [] },
    events: { counts: emptyCounts(), write: [] },
    sources: { counts: emptyCounts(), write: [] },
    relations: { counts: emptyCounts(), write: [], rows: state.relations },
  };
  if (state.invalidRows > 0) return plans;

  for (const ids of chunks([...state.actors.keys()], ENTITY_BATCH)) {
    const existing = new Map(
      (await readQuery(db, EXISTING_ACTORS, { ids })).records.map((r) => [
        String(r.get('id')),
        r.get('props') as Props,
      ]),
    );
    for (const id of ids) {
      const decl = state.actors.get(id)!;
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
      compare(id, decl.row, props, old, plans.actors);
    }
  }
  for (const ids of chunks([...state.events.keys()], ENTITY_BATCH)) {
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
      compare(id, decl.row, props, old, plans.events);
    }
  }
  const sources = [...state.sources.values()];
  for (const list of chunks(sources, ENTITY_BATCH)) {
    const existing = new Map(
      (await readQuery(db, EXISTING_SOURCES, { ids: list.map((s) => s.id) })).records.map((r) => [
        String(r.get('id')),
        { props: r.get('props') as Props, about: r.get('about') as string[] },
      ]),
    );
    for (const source of list) {
      const old = existing.get(source.id);
      const props: Props =
        format === 'csv' && old
          ? { ...old.props }
          : {
              title: source.title,
              publisher: source.publisher,
              url: source.url,
              date: source.date,
              text: format === 'csv' ? null : source.text,
            };
      if (format === 'json' && props.text === null && typeof old?.props.text === 'string') {
        // A file without the text does not erase a stored one.
        props.text = old.props.text;
      }
      // CSV sources are about the events they are cited for, written with the stances (only the pairs not stored yet).
      if (format === 'csv') source.about = new Set(old?.about ?? []);
      compare(
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
  for (const list of chunks(state.relations, ENTITY_BATCH)) {
    const existing = new Map(
      (await readQuery(db, EXISTING_RELATIONS, { ids: list.map((r) => r.id) })).records.map((r) => [
        String(r.get('id')),
        r.toObject() as Props,
      ]),
    );
    for (const rel of list) {
      compare(
        rel.id,
        rel.row,
        { quote: rel.quote, sourceId: rel.evidenceSourceId },
        existing.get(rel.id),
        plans.relations,
      );
    }
  }
  return plans;
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
    ].map((list) => () => inWriteTransaction(db, (tx) => (isNew ? create : merge)(tx, list.map(toRow)))),
  );
}

export async function writeEntities(db: Db, plans: Plans, parallel: number): Promise<void> {
  // Actors and events side by side; then sources, which may point to events.
  await inParallel(
    [
      ...batches(
        db,
        plans.actors,
        (p) => ({ id: p.id, props: p.props as unknown as ActorProps }),
        createActors,
        mergeActors,
      ),
      ...batches(
        db,
        plans.events,
        (p) => ({ id: p.id, props: p.props as unknown as EventProps }),
        createEvents,
        mergeEvents,
      ),
    ],
    parallel,
  );
  await inParallel(
    batches(
      db,
      plans.sources,
      (p) => ({ id: p.id, props: p.props as unknown as SourceProps, about: p.about }),
      createSources,
      mergeSources,
    ),
    parallel,
  );
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

/** Runs the tasks, at most `limit` at a time; the first failure fails the whole once the others settle. */
async function inParallel(tasks: Task[], limit: number): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < tasks.length && !failure) {
      const task = tasks[next++];
      try {
        await task();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failure) throw failure.error;
}
