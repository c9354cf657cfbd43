/**
 * The JSON shapes of the answers along time: the charted questions, the congruence network, the
 * timeline's counts and an actor's history. Apart from lib/types.ts, which holds the rest.
 */
import type { ActorKind, Stance } from './domain';
import type { QuestionAnswer, StanceCounts } from './types';

/** How a question's answer is drawn when it is not a graph of actors and events. */
export type QuestionChart =
  /** One line of `y` (a rate from 0 to 1) against `x` (a year), one point per row. */
  | { type: 'line'; x: string; y: string; yLabel: string }
  /** One bar per row at `x` (a year), stacked by stance: a column per stance holds its count. */
  | { type: 'stance-bars'; x: string }
  /** One horizontal bar per row: `y` (a rate from 0 to 1) of the row's `label`. */
  | { type: 'bars'; label: string; y: string; yLabel: string }
  /** The answer's `nodes` and `edges` (CongruenceAnswer), coloured by cluster; one row per cluster. */
  | { type: 'network' };

/** GET /api/questions/congruence: actors linked by how often they took the same (or opposite) stances. */
export interface CongruenceAnswer extends QuestionAnswer {
  nodes: CongruenceNode[];
  edges: CongruenceEdge[];
}

export interface CongruenceNode {
  id: string;
  label: string;
  kind: ActorKind;
  /** 1 is the largest cluster (community detection, lib/questions/network.ts). */
  cluster: number;
}

export interface CongruenceEdge {
  source: string;
  target: string;
  /** The share of shared events with the same stance (congruence) or opposite stances (conflict), 0 to 1. */
  weight: number;
  /** Events both took a stance on in the range. */
  shared: number;
}

/** GET /api/timeline: stance and event counts per period (the shape and its binning: lib/periods.ts). */
export type { TimelineCounts } from './periods';

/** One of an actor's stances on its history: a mark along time. */
export interface HistoryStance {
  id: string;
  stance: Stance;
  /** The date the stance was stated ("2025", "2025-07", "2025-07-03"); null when unknown. */
  statedOn: string | null;
  eventId: string;
  eventTitle: string;
  eventDate: string | null;
}

export interface YearCounts extends StanceCounts {
  year: string;
}

/** GET /api/actors/{id}/history: the actor's stances along time (at most `limit`) and counts per year. */
export interface ActorHistory {
  actor: { id: string; name: string };
  /** Newest stated first, undated last; cut at `limit` (`truncated`). */
  stances: HistoryStance[];
  /** Every stance the actor took. */
  total: number;
  limit: number;
  truncated: boolean;
  /** Per year stated, every year from the first to the last, over all the actor's stances. */
  years: YearCounts[];
  /** Stances stated on no known date. */
  undated: StanceCounts;
}
