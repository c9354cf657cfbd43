/** Queries to start from in the console: each one shows something of the model (docs/model.md). */
import type { ConsoleParams } from './query-state';

export interface ConsoleExample {
  id: string;
  title: string;
  description: string;
  cypher: string;
  params: ConsoleParams;
}

export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    id: 'stances',
    title: 'Stances on the recognition',
    description: 'Actors, their stance relationships and the event: drawn in camps.',
    cypher: [
      "MATCH (a:Actor)-[r:TOOK_STANCE]->(e:Event {id: 'russia-recognizes-taliban'})",
      'RETURN a, r, e',
      'ORDER BY r.stance, a.name',
    ].join('\n'),
    params: {},
  },
  {
    id: 'relations',
    title: 'Ties between actors',
    description: 'Who leads, speaks for, is part of or echoes whom.',
    cypher: [
      'MATCH (a:Actor)-[r:LEADS|PART_OF|SPEAKS_FOR|ECHOES|RECOGNIZES|HAS_PRESENCE_IN]->(b:Actor)',
      'RETURN a, r, b',
      'ORDER BY a.name',
    ].join('\n'),
    params: {},
  },
  {
    id: 'count-by-stance',
    title: 'Count stances on an event (a parameter)',
    description: 'Uses $event, filled from the parameters box.',
    cypher: [
      'MATCH (:Actor)-[r:TOOK_STANCE]->(:Event {id: $event})',
      'RETURN r.stance AS stance, count(*) AS actors',
      'ORDER BY actors DESC',
    ].join('\n'),
    params: { event: 'russia-recognizes-taliban' },
  },
  {
    id: 'quotes',
    title: 'Quotes and their sources',
    description: 'What each actor said, in whose words, and where it was reported: a table, nothing to draw.',
    cypher: [
      '// A stance holds its verbatim quotes; sourceIds[i] is the Source of quotes[i], quoteKinds[i]',
      '// says whose words they are (direct: the actor’s own; reported, or none stored: the source’s account).',
      'MATCH (a:Actor)-[r:TOOK_STANCE]->(e:Event)',
      'UNWIND range(0, size(r.quotes) - 1) AS i',
      'MATCH (s:Source {id: r.sourceIds[i]})',
      "RETURN a.name AS actor, e.title AS event, r.quotes[i] AS quote, coalesce(r.quoteKinds[i], 'reported') AS kind, s.title AS source",
      'ORDER BY actor, event',
    ].join('\n'),
    params: {},
  },
  {
    id: 'chains',
    title: 'Chains up to a state',
    description: 'Paths of SPEAKS_FOR, PART_OF and LEADS, up to three hops.',
    cypher: ['MATCH p = (a:Actor)-[:SPEAKS_FOR|PART_OF|LEADS*1..3]->(top:Actor)', 'RETURN p', 'LIMIT 25'].join('\n'),
    params: {},
  },
  {
    id: 'labels',
    title: 'What labels are there?',
    description: 'An allowed procedure: db.labels().',
    cypher: 'CALL db.labels() YIELD label\nRETURN label\nORDER BY label',
    params: {},
  },
];
