/**
 * The graph model's schema and the seed's writes. Every write MERGEs on a stable id, so loading the
 * same data again changes nothing.
 *
 *   (:Actor {id, name, kind, description, aliases, searchText})
 *   (:Event {id, title, date, kind, description})
 *   (:Source {id, title, publisher, url, date, text})-[:ABOUT]->(:Event)
 *   (:Actor)-[:TOOK_STANCE {id, stance, quotes, sourceIds}]->(:Event)
 *   (:Actor)-[:LEADS|PART_OF|SPEAKS_FOR|ECHOES|RECOGNIZES|HAS_PRESENCE_IN {id, quote?, sourceId?}]->(:Actor)
 *
 * A stance's evidence lives on the stance, as a relation's does: `quotes[i]` is quoted from the
 * Source whose id is `sourceIds[i]`. (Until November 2026 each quote was an Evidence node; see
 * lib/seed/migrate.ts.) One relationship per stance, not a node and two relationships more, is what
 * lets an import write a million stances at the speed issue 5 asks for.
 */
import { RELATION_TYPES, type RelationType } from '../domain';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)',
  'CREATE INDEX stance_id IF NOT EXISTS FOR ()-[r:TOOK_STANCE]-() ON (r.id)',
  // Context actors are found by the source a relation cites (lib/graph/queries.ts GRAPH_CONTEXT_ACTORS).
  ...RELATION_TYPES.map((type) => `CREATE INDEX relation_source_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.sourceId)`),
  // Names and aliases in one field: "koof*" and "kofi~" both reach "Fawzia Koofi".
  'CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.searchText]',
];

export const MERGE_ACTORS = `
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.description = row.description,
    a.aliases = row.aliases, a.searchText = row.searchText`;

export const MERGE_EVENTS = `
UNWIND $events AS row
MERGE (e:Event {id: row.id})
SET e.title = row.title, e.date = row.date, e.kind = row.kind, e.description = row.description`;

export const MERGE_SOURCES = `
UNWIND $sources AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.publisher = row.publisher, s.url = row.url, s.date = row.date, s.text = row.text
WITH s, row
UNWIND row.about AS eventId
MATCH (e:Event {id: eventId})
MERGE (s)-[:ABOUT]->(e)`;

export const MERGE_STANCES = `
UNWIND $stances AS row
MATCH (a:Actor {id: row.actorId}), (e:Event {id: row.eventId})
MERGE (a)-[r:TOOK_STANCE {id: row.id}]->(e)
SET r.stance = row.stance
WITH r, row, coalesce(r.quotes, []) AS quotes, coalesce(r.sourceIds, []) AS sourceIds
// Quotes already stored (by an import, say) stay; the seed's are added once.
WITH r, quotes, sourceIds,
     [ev IN row.evidence WHERE none(i IN range(0, size(quotes) - 1) WHERE quotes[i] = ev.quote AND sourceIds[i] = ev.sourceId)] AS added
SET r.quotes = quotes + [ev IN added | ev.quote], r.sourceIds = sourceIds + [ev IN added | ev.sourceId]`;

/** Relationship types cannot be parameters; only the whitelisted RELATION_TYPES are spliced in. */
export function mergeRelationsOfType(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`not a relation type: ${type}`);
  return `
UNWIND $relations AS row
MATCH (a:Actor {id: row.sourceId}), (b:Actor {id: row.targetId})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r.quote = row.quote, r.sourceId = row.evidenceSourceId`;
}

export const COUNT_GRAPH = `
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;
