/**
 * Ready questions: parameterised templates that need no Cypher. Each answers with rows for a table
 * and the graph elements to draw, in the console's QueryAnswer shape plus a title.
 */
import type { Node, Path, Record as Neo4jRecord } from 'neo4j-driver';
import { z } from 'zod';
import { ACTOR_KINDS, MAX_DEPTH, STANCES, quoteKindOf, type Stance } from '../domain';
import { slugParam } from '../api/schemas';
import { hydrateGraph } from '../client/data/graph-answer';
import { getGraph } from '../graph/graph';
import { stanceTakersAddUp } from '../model';
import { int, readQuery, type Db } from '../neo4j';
import { missingEndpoints, newCollected, toJsonValue, toQueryGraph, type Collected } from '../query/values';
import type { QueryAnswer, QuestionAnswer, QuestionList } from '../types';
import { congruence } from './congruence';
import { ROW_LIMIT, answer, define, requireActor, requireEvent } from './define';
import { OVER_TIME_QUESTIONS } from './over-time';
import {
  AGREEMENT_SAMPLES_ALL,
  AGREEMENT_SAMPLES_RECENT,
  AGREEMENT_SAMPLES_RECENT_KEPT,
  AGREES,
  AGREES_KEPT,
  CAMPS,
  ECHO_CHAINS,
  OPPOSES,
  OPPOSES_KEPT,
  SHORTEST_PATHS,
  SPEAKS_FOR_CHAINS,
  STANCE_TAKERS,
} from './queries';

/** Shared events listed, and drawn, per agreeing or opposing actor: the newest ones. */
const AGREEMENT_SAMPLE = 5;
/** How many of A's newest events are searched for those first (see AGREEMENT_SAMPLES_RECENT). */
const AGREEMENT_WINDOW = 500;

const stanceParam = z.enum(STANCES, { message: `stance must be one of ${STANCES.join(', ')}` });
const kindsParam = z
  .array(z.enum(ACTOR_KINDS, { message: `kind must be one of ${ACTOR_KINDS.join(', ')}` }))
  .default([]);
const hopsParam = z
  .string()
  .regex(/^\d+$/, `hops must be a whole number from 1 to ${MAX_DEPTH}`)
  .transform(Number)
  .pipe(z.number().min(1, `hops must be from 1 to ${MAX_DEPTH}`).max(MAX_DEPTH, `hops must be from 1 to ${MAX_DEPTH}`));

/** Graph elements of the given record fields, with relationship ends fetched when not returned. */
async function graphOf(db: Db, records: Neo4jRecord[], fields: string[]): Promise<QueryAnswer['graph']> {
  const seen: Collected = newCollected();
  for (const record of records) for (const field of fields) toJsonValue(record.get(field), seen);
  const endpoints = new Map<string, Node>();
  const missing = missingEndpoints(seen);
  if (missing.length > 0) {
    const { records: ends } = await readQuery(db, 'MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
    for (const r of ends) {
      const node = r.get('n') as Node;
      endpoints.set(node.elementId, node);
    }
  }
  return toQueryGraph(seen, endpoints);
}

function nodeName(node: Node): string {
  const p = node.properties as Record<string, unknown>;
  return String(p.name ?? p.title ?? p.id);
}

/** "Fawzia Koofi —[TOOK_STANCE condemnation]→ Russia recognizes …" */
function describePath(path: Path): string {
  let text = nodeName(path.start);
  for (const segment of path.segments) {
    const forward = segment.relationship.startNodeElementId === segment.start.elementId;
    const stance = segment.relationship.properties.stance;
    const label = `${segment.relationship.type}${typeof stance === 'string' ? ` ${stance}` : ''}`;
    text += forward ? ` —[${label}]→ ${nodeName(segment.end)}` : ` ←[${label}]— ${nodeName(segment.end)}`;
  }
  return text;
}

/** A question whose answer is a list of paths `p` (chains of ties), one row per chain. */
async function chains(
  db: Db,
  question: string,
  title: string,
  cypher: string,
  actor: string | undefined,
): Promise<QuestionAnswer> {
  const started = Date.now();
  const { records } = await readQuery(db, cypher, { actor: actor ?? null, limit: int(ROW_LIMIT + 1) });
  const kept = records.slice(0, ROW_LIMIT);
  const rows = kept.map((r) => {
    const path = r.get('p') as Path;
    return { from: nodeName(path.start), to: nodeName(path.end), hops: path.length, chain: describePath(path) };
  });
  return answer(
    question,
    title,
    ['from', 'to', 'hops', 'chain'],
    rows,
    await graphOf(db, kept, ['p']),
    records.length > ROW_LIMIT,
    started,
  );
}

export const QUESTIONS = {
  'stance-takers': define({
    title: 'Who took this stance?',
    description: 'Actors who took stance S on event E, optionally only of some kinds.',
    fields: [
      { name: 'event', input: 'event', required: true },
      { name: 'stance', input: 'stance', required: true },
      { name: 'kind', input: 'kind', required: false, repeatable: true },
    ],
    params: z.strictObject({ event: slugParam('event'), stance: stanceParam, kind: kindsParam }),
    async run(db, { event, stance, kind }) {
      const started = Date.now();
      const title = await requireEvent(db, event);
      const { records } = await readQuery(db, STANCE_TAKERS, { event, stance, kinds: kind, limit: int(ROW_LIMIT + 1) });
      const kept = records.slice(0, ROW_LIMIT);
      const rows = kept.map((r) => {
        const a = (r.get('a') as Node).properties as Record<string, unknown>;
        return {
          actor: a.id,
          name: a.name,
          kind: a.kind,
          stance,
          quote: r.get('quote'),
          // Whose words the quote is: a reported one must not be cited as the actor's.
          quote_kind: quoteKindOf(r.get('quoteKind')),
          source: r.get('source'),
        };
      });
      return answer(
        'stance-takers',
        `Who took the stance “${stance}” on ${title}`,
        ['name', 'kind', 'stance', 'quote', 'quote_kind', 'source'],
        rows,
        await graphOf(db, kept, ['a', 'r', 'e']),
        records.length > ROW_LIMIT,
        started,
      );
    },
  }),

  neighbourhood: define({
    title: 'Everything near an actor',
    description: `Actors and events within N hops (1 to ${MAX_DEPTH}) of actor A, over relations and stances; capped.`,
    fields: [
      { name: 'actor', input: 'actor', required: true },
      { name: 'hops', input: 'hops', required: false },
    ],
    params: z.strictObject({ actor: slugParam('actor'), hops: hopsParam.default(1) }),
    async run(db, { actor, hops }) {
      const started = Date.now();
      const name = await requireActor(db, actor);
      // The console draws and cites from a QueryGraph, every quote with its source.
      const graph = hydrateGraph(await getGraph(db, { actor, depth: hops, stances: [], kinds: [], quotes: 'all' }));
      const rows = graph.nodes.map((n) => ({ id: n.id, name: n.label, type: n.type, kind: n.kind ?? null }));
      return answer(
        'neighbourhood',
        `Within ${hops} hop${hops > 1 ? 's' : ''} of ${name}`,
        ['name', 'type', 'kind'],
        rows,
        graph,
        graph.truncated,
        started,
      );
    },
  }),

  'shortest-path': define({
    title: 'How are two actors connected?',
    description: 'The shortest paths between actors A and B, over relations and shared events.',
    fields: [
      { name: 'from', input: 'actor', required: true },
      { name: 'to', input: 'actor', required: true },
    ],
    params: z
      .strictObject({ from: slugParam('from'), to: slugParam('to') })
      .refine((p) => p.from !== p.to, 'from and to must be two different actors'),
    async run(db, { from, to }) {
      const started = Date.now();
      const [fromName, toName] = await Promise.all([requireActor(db, from), requireActor(db, to)]);
      const { records } = await readQuery(db, SHORTEST_PATHS, { from, to, limit: int(25) });
      const rows = records.map((r) => {
        const path = r.get('p') as Path;
        return { hops: path.length, path: describePath(path) };
      });
      return answer(
        'shortest-path',
        `From ${fromName} to ${toName}`,
        ['hops', 'path'],
        rows,
        await graphOf(db, records, ['p']),
        false,
        started,
      );
    },
  }),

  agreement: define({
    title: 'Who agrees, who opposes?',
    description:
      'Actors who took the same stance as A on the same events (agree), or support against condemnation (oppose), ranked by how many events they share.',
    fields: [{ name: 'actor', input: 'actor', required: true }],
    params: z.strictObject({ actor: slugParam('actor') }),
    async run(db, { actor }) {
      const started = Date.now();
      const name = await requireActor(db, actor);
      // Agreeing before opposing, each ranked; Neo4j runs the two on two cores at once.
      // From the kept lists of takers when they can be trusted, else from the stances (the same answer).
      const listed = await stanceTakersAddUp(db);
      const ranked = await Promise.all(
        (listed ? [AGREES_KEPT, OPPOSES_KEPT] : [AGREES, OPPOSES]).map((query) =>
          readQuery(db, query, { actor, limit: int(ROW_LIMIT + 1) }),
        ),
      );
      const records = ranked.flatMap((result) => result.records);
      const kept = records.slice(0, ROW_LIMIT);
      const pairs = kept.map((r) => ({ id: String(r.get('id')), relation: String(r.get('relation')) }));
      const keyOf = (pair: { id: unknown; relation: unknown }) => `${pair.relation}:${pair.id}`;
      const sample = int(AGREEMENT_SAMPLE);
      const recent = await readQuery(db, listed ? AGREEMENT_SAMPLES_RECENT_KEPT : AGREEMENT_SAMPLES_RECENT, {
        actor,
        keys: pairs.map(keyOf),
        sample,
        window: int(AGREEMENT_WINDOW),
      });
      let samples = recent.records;
      const found = new Set(samples.map((s) => keyOf({ id: s.get('id'), relation: s.get('relation') })));
      const older = pairs.filter((pair) => !found.has(keyOf(pair)));
      if (older.length > 0)
        samples = [
          ...samples,
          ...(await readQuery(db, AGREEMENT_SAMPLES_ALL, { actor, pairs: older, sample })).records,
        ];
      const sampleOf = new Map(samples.map((s) => [keyOf({ id: s.get('id'), relation: s.get('relation') }), s]));
      const rows = kept.map((r) => ({
        relation: r.get('relation'),
        actor: r.get('id'),
        name: r.get('name'),
        kind: r.get('kind'),
        sharedEvents: Number(r.get('sharedEvents')),
        events: sampleOf.get(`${r.get('relation')}:${r.get('id')}`)?.get('events') ?? [],
      }));
      return answer(
        'agreement',
        `Who agrees with and who opposes ${name}`,
        ['relation', 'name', 'kind', 'sharedEvents', 'events'],
        rows,
        await graphOf(db, samples, ['b', 'stances', 'eventNodes']),
        records.length > ROW_LIMIT,
        started,
      );
    },
  }),

  'speaks-for': define({
    title: 'Who speaks for whom?',
    description:
      'Chains of SPEAKS_FOR, PART_OF and LEADS from a person (or actor A) up to the state or body at the top.',
    fields: [{ name: 'actor', input: 'actor', required: false }],
    params: z.strictObject({ actor: slugParam('actor').optional() }),
    async run(db, { actor }) {
      const name = actor ? await requireActor(db, actor) : undefined;
      return chains(
        db,
        'speaks-for',
        name ? `Whom ${name} speaks for` : 'Who speaks for whom',
        SPEAKS_FOR_CHAINS,
        actor,
      );
    },
  }),

  echoes: define({
    title: 'Who echoes whom?',
    description: 'Chains of reactions that repeat another (ECHOES), optionally only those through actor A.',
    fields: [{ name: 'actor', input: 'actor', required: false }],
    params: z.strictObject({ actor: slugParam('actor').optional() }),
    async run(db, { actor }) {
      if (actor) await requireActor(db, actor);
      return chains(db, 'echoes', 'Who echoes whom', ECHO_CHAINS, actor);
    },
  }),

  camps: define({
    title: 'How do the camps line up?',
    description: 'Actors grouped by their stance on event E, with counts per kind.',
    fields: [{ name: 'event', input: 'event', required: true }],
    params: z.strictObject({ event: slugParam('event') }),
    async run(db, { event }) {
      const started = Date.now();
      const title = await requireEvent(db, event);
      const { records } = await readQuery(db, CAMPS, { event });
      const rows = records.map((r) => ({
        stance: r.get('stance') as Stance,
        kind: r.get('kind'),
        count: Number(r.get('count')),
        actors: (r.get('actors') as Node[]).map(nodeName).sort(),
      }));
      return answer(
        'camps',
        `The camps on ${title}`,
        ['stance', 'kind', 'count', 'actors'],
        rows,
        await graphOf(db, records, ['actors', 'rels', 'e']),
        false,
        started,
      );
    },
  }),

  ...OVER_TIME_QUESTIONS,
  congruence,
} as const;

export type QuestionName = keyof typeof QUESTIONS;

export function isQuestionName(name: string): name is QuestionName {
  return Object.prototype.hasOwnProperty.call(QUESTIONS, name);
}

/** The list the UI builds its forms from: the body of GET /api/questions. */
export function listQuestions(): QuestionList {
  return {
    questions: Object.entries(QUESTIONS).map(([name, q]) => ({
      name,
      title: q.title,
      description: q.description,
      fields: q.fields,
    })),
  };
}
