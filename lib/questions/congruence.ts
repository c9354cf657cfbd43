/**
 * Who stands with whom: the congruence network of discourse network analysis. Actors are linked by
 * how often they took the same stance on the same events in a range (`kind=conflict`: opposite
 * stances, support against condemnation), with a minimum of shared events and a threshold on the
 * link's weight, and grouped into clusters by Louvain community detection (network.ts).
 */
import { z } from 'zod';
import type { ActorKind, Stance } from '../domain';
import { rangeParams } from '../dates';
import { ANALYSIS_DEADLINE_MS, int, readQuery } from '../neo4j';
import type { CongruenceAnswer, CongruenceEdge, CongruenceNode } from '../types';
import { NO_GRAPH, answer, define } from './define';
import {
  busiestActors,
  clusterActors,
  countPairs,
  indexGroups,
  networkLinks,
  type EventGroups,
  type NetworkKind,
} from './network';
import { refineRange } from '../dates';
import { RANGE_FIELDS, cypherRange, rangeText } from './over-time';
import { NETWORK_ACTORS, NETWORK_EVENT_GROUPS } from './time-queries';

/** The busiest actors of the range considered: more would not make a readable network (and the pairs grow as its square). */
const CONGRUENCE_MAX_ACTORS = 500;
/** The strongest links answered, and clustered. */
const CONGRUENCE_MAX_EDGES = 5000;
const DEFAULT_MIN_SHARED = 10;
const DEFAULT_MIN_WEIGHT = 0.5;

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${what} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z.number().min(min, `${what} must be from ${min} to ${max}`).max(max, `${what} must be from ${min} to ${max}`),
    );

const share = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, `${what} must be a number from 0 to 1, like 0.6`)
    .transform(Number);

const KIND_OPTIONS: { value: NetworkKind; label: string }[] = [
  { value: 'congruence', label: 'Congruence: the same stance' },
  { value: 'conflict', label: 'Conflict: support against condemnation' },
];

export const congruence = define({
  title: 'Who stands with whom?',
  description:
    'Actors linked by how often they took the same stance on the same events in a range (conflict: support against condemnation; caution opposes nothing), then grouped into clusters. A link needs the minimum of shared events and a weight (the share of those events) at or above the threshold.',
  fields: [
    ...RANGE_FIELDS,
    { name: 'kind', input: 'choice', required: false, label: 'Network', default: 'congruence', options: KIND_OPTIONS },
    {
      name: 'minShared',
      input: 'number',
      required: false,
      label: 'Minimum shared events',
      default: String(DEFAULT_MIN_SHARED),
      min: 1,
      max: 100000,
      step: 1,
    },
    {
      name: 'minWeight',
      input: 'number',
      required: false,
      label: 'Minimum link weight (0 to 1)',
      default: String(DEFAULT_MIN_WEIGHT),
      min: 0,
      max: 1,
      step: 0.05,
    },
  ],
  params: z
    .strictObject({
      ...rangeParams,
      kind: z
        .enum(['congruence', 'conflict'], { message: 'kind must be congruence or conflict' })
        .default('congruence'),
      minShared: wholeNumber('minShared', 1, 100000).default(DEFAULT_MIN_SHARED),
      minWeight: share('minWeight').default(DEFAULT_MIN_WEIGHT),
    })
    .superRefine(refineRange),
  async run(db, { from, to, kind, minShared, minWeight }): Promise<CongruenceAnswer> {
    const started = Date.now();
    const { records } = await readQuery(db, NETWORK_EVENT_GROUPS, cypherRange({ from, to }), {
      deadlineMs: ANALYSIS_DEADLINE_MS,
    });
    const events = records.map((r) => {
      const groups: EventGroups = {};
      for (const [stance, members] of r.get('groups') as [Stance, unknown[]][]) groups[stance] = members.map(Number);
      return groups;
    });
    const busiest = busiestActors(events, minShared, CONGRUENCE_MAX_ACTORS);
    const { records: found } = await readQuery(db, NETWORK_ACTORS, { keys: busiest.keys.map(int) });
    const byKey = new Map(
      found.map((r) => [
        Number(r.get('key')),
        { id: String(r.get('id')), label: String(r.get('name')), kind: r.get('kind') as ActorKind },
      ]),
    );
    // An actor merged away between the two reads is left out rather than drawn nameless.
    const keys = busiest.keys.filter((key) => byKey.has(key));
    const actors = keys.map((key) => byKey.get(key)!);
    const counts = countPairs(actors.length, indexGroups(events, keys));
    const all = networkLinks(counts, { kind, minShared, minWeight });
    // The clusters are of the network answered: clustering every link of a dense conflict network
    // (16,000) took ten times as long and described links nobody is shown.
    const links = all.slice(0, CONGRUENCE_MAX_EDGES);
    const clusters = clusterActors(
      actors.map((a) => a.label),
      links,
    );
    const nodes: CongruenceNode[] = actors
      .map((a, i) => ({ ...a, cluster: clusters.get(i) ?? 0 }))
      .filter((n) => n.cluster > 0)
      .sort((x, y) => x.cluster - y.cluster || x.label.localeCompare(y.label));
    const edges: CongruenceEdge[] = links.map((l) => ({
      source: actors[l.source].id,
      target: actors[l.target].id,
      weight: Math.round(l.weight * 1000) / 1000,
      shared: l.shared,
    }));
    const rows: { cluster: number; size: number; members: string[] }[] = [];
    for (const node of nodes) {
      if (rows.at(-1)?.cluster !== node.cluster) rows.push({ cluster: node.cluster, size: 0, members: [] });
      rows.at(-1)!.size += 1;
      rows.at(-1)!.members.push(node.label);
    }
    const what = kind === 'congruence' ? 'Who took the same stances' : 'Who took opposite stances';
    let mostShared = 0;
    for (const n of counts.shared) mostShared = Math.max(mostShared, n);
    return {
      ...answer(
        'congruence',
        `${what}${rangeText({ from, to })}: ${rows.length} cluster${rows.length === 1 ? '' : 's'}`,
        ['cluster', 'size', 'members'],
        rows,
        NO_GRAPH,
        busiest.truncated || all.length > links.length,
        started,
      ),
      chart: { type: 'network' },
      nodes,
      edges,
      ...(rows.length === 0 && {
        emptyReason: emptyNetworkReason({
          kind,
          minShared,
          minWeight,
          ranged: Boolean(from || to),
          mostStances: busiest.mostStances,
          mostShared,
        }),
      }),
    };
  },
});

/**
 * Why a network came out empty, and the setting to change: too few events for the minimum shared (the
 * most any one actor took a stance on bounds what two can share), or no pair sharing enough of them
 * agreeing (or opposing) often enough.
 */
export function emptyNetworkReason(found: {
  kind: NetworkKind;
  minShared: number;
  minWeight: number;
  /** Whether a range of time was asked for. */
  ranged: boolean;
  /** The most stances one actor took in the range. */
  mostStances: number;
  /** The most events two of the actors with at least `minShared` stances both took a stance on. */
  mostShared: number;
}): string {
  const { kind, minShared, minWeight, ranged, mostStances, mostShared } = found;
  if (mostStances === 0)
    return ranged ? 'No stance was stated in this range: widen the range of time.' : 'No stances yet.';
  const where = ranged ? ' in this range' : '';
  if (mostStances < minShared) {
    return `No actor took a stance on ${minShared} events${where} (the most any one took is ${mostStances}), so no two can share ${minShared}: lower “Minimum shared events” to ${mostStances} or less.`;
  }
  if (mostShared < minShared) {
    return `No two actors both took a stance on ${minShared} events${where}: lower “Minimum shared events”.`;
  }
  const how = kind === 'congruence' ? 'the same stance' : 'opposite stances';
  // A pair that never agreed (or never opposed) is no link at any weight: no lower threshold helps.
  if (minWeight === 0)
    return `No two actors sharing ${minShared} or more events ever took ${how} on one of them: ask for the ${kind === 'congruence' ? 'conflict' : 'congruence'} network instead.`;
  return `No two actors sharing ${minShared} or more events took ${how} on at least ${Math.round(minWeight * 100)}% of them: lower “Minimum link weight”.`;
}
