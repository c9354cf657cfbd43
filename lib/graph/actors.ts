import { ACTOR_STANCE_PAGE_DEFAULT } from '../domain';
import { int, readQuery, type Db } from '../neo4j';
import type { ActorDetail, ActorSearchHit } from '../types';
import { NotFoundError } from './errors';
import { toActorSummary, toNumber, toRelationDTO, toStanceDTO } from './mappers';
import { ACTOR_RELATIONS, ACTOR_STANCES, GET_ACTOR, LIST_ACTORS, SEARCH_ACTORS } from './queries';
import { rankActorHits, toLuceneQuery } from './search';

type Row = Record<string, unknown>;

/**
 * The index's best this many hits are ranked by the search's own rules (lib/graph/search.ts): enough
 * that a role found whole in a description is not lost behind many partial name matches.
 */
const SEARCH_CANDIDATES = 50;

/**
 * Actors whose name, alias or description matches `q`, best first (names before descriptions); all
 * actors by name when `q` is empty.
 */
export async function searchActors(db: Db, q: string | undefined, limit: number): Promise<ActorSearchHit[]> {
  const lucene = q ? toLuceneQuery(q) : null;
  if (q && !lucene) return [];
  const { records } = lucene
    ? await readQuery(db, SEARCH_ACTORS, { lucene, limit: int(Math.max(limit, SEARCH_CANDIDATES)) })
    : await readQuery(db, LIST_ACTORS, { limit: int(limit) });
  const hits = records.map((r) => ({ ...toActorSummary(r.get('actor') as Row), score: toNumber(r.get('score')) }));
  return q ? rankActorHits(q, hits).slice(0, limit) : hits;
}

/** The actor with one page of its stances (newest first; `stanceTotal` counts them all) and its relations. */
export async function getActor(
  db: Db,
  id: string,
  page: { limit?: number; offset?: number } = {},
): Promise<ActorDetail> {
  const limit = page.limit ?? ACTOR_STANCE_PAGE_DEFAULT;
  const offset = page.offset ?? 0;
  const [actorResult, stancesResult, relationsResult] = await Promise.all([
    readQuery(db, GET_ACTOR, { id }),
    readQuery(db, ACTOR_STANCES, { id, limit: int(limit), offset: int(offset) }),
    readQuery(db, ACTOR_RELATIONS, { id }),
  ]);
  const record = actorResult.records[0];
  if (!record) throw new NotFoundError(`No actor with id "${id}".`);
  return {
    ...toActorSummary(record.get('actor') as Row),
    stances: stancesResult.records.map((r) => toStanceDTO(r.toObject())),
    stanceTotal: toNumber(record.get('stanceTotal')),
    stancePage: { limit, offset },
    relations: relationsResult.records.map((r) => toRelationDTO(r.toObject())),
    version: toNumber(record.get('version')),
  };
}
