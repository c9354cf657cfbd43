/** What every ready question is made of, shared by the modules that define them (index.ts, over-time.ts, congruence.ts). */
import type { z } from 'zod';
import { NotFoundError } from '../graph/errors';
import { readQuery, type Db } from '../neo4j';
import type { QueryAnswer, QuestionAnswer, QuestionField } from '../types';
import { ACTOR_EXISTS, EVENT_EXISTS } from './queries';

export const ROW_LIMIT = 200;

export async function requireActor(db: Db, id: string): Promise<string> {
  const { records } = await readQuery(db, ACTOR_EXISTS, { id });
  if (!records[0]) throw new NotFoundError(`No actor with id "${id}".`);
  return String(records[0].get('name'));
}

export async function requireEvent(db: Db, id: string): Promise<string> {
  const { records } = await readQuery(db, EVENT_EXISTS, { id });
  if (!records[0]) throw new NotFoundError(`No event with id "${id}".`);
  return String(records[0].get('title'));
}

/** A share (0 to 1) to three decimals: tables show it as given, and 0.1% is as fine as these rates mean. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}

export const NO_GRAPH: QueryAnswer['graph'] = { nodes: [], edges: [] };

export function answer(
  question: string,
  title: string,
  columns: string[],
  rows: Record<string, unknown>[],
  graph: QueryAnswer['graph'],
  truncated: boolean,
  started: number,
): QuestionAnswer {
  return {
    question,
    title,
    columns,
    rows,
    graph,
    truncated,
    rowCap: ROW_LIMIT,
    elapsedMs: Date.now() - started,
    notifications: [],
  };
}

export interface QuestionDefinition<S extends z.ZodType> {
  title: string;
  description: string;
  fields: QuestionField[];
  params: S;
  run: (db: Db, params: z.infer<S>) => Promise<QuestionAnswer>;
}

export function define<S extends z.ZodType>(definition: QuestionDefinition<S>): QuestionDefinition<S> {
  return definition;
}
