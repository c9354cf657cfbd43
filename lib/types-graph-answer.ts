/**
 * The wire shape of GET /api/graph: leaner than the GraphResponse the explorer reads (lib/types.ts),
 * which hydrateGraph (lib/client/data/graph-answer.ts) makes of it.
 */
import type { RelationType, Stance } from './domain';
import type { Evidence, GraphResponse, SourceRef } from './types';

/** A quote of a GraphAnswer: its source is named by id, and listed once in the answer's `sources`. */
export interface CitedEvidence extends Omit<Evidence, 'source'> {
  sourceId: string;
}

/**
 * A stance of a GraphAnswer: an actor (`source`) on an event (`target`); drawn as a 'STANCE' edge.
 * Stored stances are one per actor and event, `id` `<source>--<target>` (stanceId, lib/model/ids.ts),
 * so `id` is sent only when it is not that: on a focused actor's stances grouped per stance and year.
 */
export interface GraphAnswerStance {
  id?: string;
  source: string;
  target: string;
  stance: Stance;
  /** As on GraphEdge; absent on grouped stances. */
  statedOn?: string | null;
  evidence: CitedEvidence[];
}

/**
 * Stances sent bare, without their quotes or date: the actors who took `stance` on the event `target`.
 * A focused view two or more hops wide sends the focused actor's stances whole and the others so
 * (their quotes made up most of its bytes). Each is `<actor>--<target>`, whose quotes
 * /api/stances/{id}/evidence answers; `quotes=all` sends every stance whole.
 */
export interface GraphAnswerBareStances {
  target: string;
  stance: Stance;
  actors: string[];
}

/**
 * A relation of a GraphAnswer, actor to actor; `id` is sent only when it is not the one its ends
 * and type make (relationId, lib/model/ids.ts), as stored relations' always are.
 */
export interface GraphAnswerRelation {
  id?: string;
  source: string;
  target: string;
  type: RelationType;
  evidence: CitedEvidence[];
}

/**
 * GET /api/graph. The edges come in two lists, stances and relations, so an edge's type is said by the
 * list it is in, and its id is left out where its ends make it. A view cites few sources many times
 * over (a voting record behind every vote), so each cited source is sent once, in `sources`, and
 * every quote names its source by id. hydrateGraph gives the GraphResponse of the same graph, its
 * edges the stances, the bare stances and the relations, in the order sent.
 */
export interface GraphAnswer extends Omit<GraphResponse, 'edges'> {
  stances: GraphAnswerStance[];
  /** Stances without quotes or date, per event and stance (empty but in wide focused views). */
  bareStances: GraphAnswerBareStances[];
  relations: GraphAnswerRelation[];
  /** Every source the quotes cite, once each, in the order first cited. */
  sources: SourceRef[];
}
