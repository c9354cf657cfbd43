/** The graph model: its schema, how ids are made, and the writes every writer of the graph shares. */
export {
  HISTORY_SCHEMA_STATEMENTS,
  IMPORT_SCHEMA_STATEMENTS,
  SCHEMA_STATEMENTS,
  USER_SCHEMA_STATEMENTS,
  applySchema,
} from './schema';
export { clearBesideGraph, rebuildBesideGraph } from './beside-graph';
export { readStanceDays, rebuildStanceDays } from './stance-days';
export { stanceTakersAddUp } from './stance-takers';
export {
  idAndName,
  nameKey,
  newSourceId,
  relationId,
  secondSourceId,
  fnv1a,
  slugify,
  slugifyAnyScript,
  sourceKey,
  stanceId,
  type SourceKey,
} from './ids';
export {
  actorSearchText,
  createActors,
  createEvents,
  createSources,
  deleteStance,
  mergeActors,
  mergeEvents,
  mergeRelations,
  mergeSources,
  mergeStances,
  setRelations,
  setStances,
  type ActorProps,
  type EventProps,
  type EvidenceRow,
  type RelationRow,
  type SourceProps,
  type SourceRow,
  type Tx,
} from './write';
