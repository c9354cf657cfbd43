/**
 * The exporter's Cypher: the whole graph (or the ids of one view) in pages ordered by id, so a large
 * export streams page by page (each page its own short read) instead of holding the graph.
 */
import { DEFAULT_QUOTE_KIND, RELATION_TYPES, STANCE_REL } from '../domain';

/** `$ids` null means every node of the label. */
export const EXPORT_ACTORS = `
MATCH (a:Actor)
WHERE a.id > $after AND ($ids IS NULL OR a.id IN $ids)
RETURN a {.id, .name, .kind, .aliases, .description} AS row
ORDER BY a.id
LIMIT $limit`;

export const EXPORT_EVENTS = `
MATCH (e:Event)
WHERE e.id > $after AND ($ids IS NULL OR e.id IN $ids)
RETURN e {.id, .title, .date, .kind, .description} AS row
ORDER BY e.id
LIMIT $limit`;

export const EXPORT_SOURCES = `
MATCH (s:Source)
WHERE s.id > $after AND ($ids IS NULL OR s.id IN $ids)
RETURN s {.id, .title, .publisher, .url, .date, .text,
          about: COLLECT { MATCH (s)-[:ABOUT]->(e:Event) WHERE $eventIds IS NULL OR e.id IN $eventIds RETURN e.id ORDER BY e.id }} AS row
ORDER BY s.id
LIMIT $limit`;

export const EXPORT_RELATIONS = `
MATCH (a:Actor)-[r:${RELATION_TYPES.join('|')}]->(b:Actor)
WHERE r.id > $after AND ($ids IS NULL OR r.id IN $ids)
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, quote: r.quote, sourceId: r.sourceId,
        quoteKind: CASE WHEN r.quote IS NULL THEN null ELSE coalesce(r.quoteKind, '${DEFAULT_QUOTE_KIND}') END} AS row
ORDER BY r.id
LIMIT $limit`;

/**
 * Stances with their evidence (quote, kind and source, in the order stored), in the order of their
 * ids. A quote stored without a kind is exported as reported, what the app reads it as.
 */
export const EXPORT_STANCES = `
MATCH (a:Actor)-[r:${STANCE_REL}]->(e:Event)
WHERE r.id > $after AND ($ids IS NULL OR r.id IN $ids)
WITH a, r, e ORDER BY r.id LIMIT $limit
RETURN {id: r.id, stance: r.stance, statedOn: r.statedOn, actor: a {.id, .name, .kind}, event: e {.id, .title, .date},
        evidence: COLLECT {
          UNWIND range(0, size(r.quotes) - 1) AS i
          MATCH (s:Source {id: r.sourceIds[i]})
          WITH i, r.quotes[i] AS quote, coalesce(r.quoteKinds[i], '${DEFAULT_QUOTE_KIND}') AS kind, s ORDER BY i
          RETURN {quote: quote, kind: kind, source: s {.id, .title, .publisher, .url, .date}}
        }} AS row`;

/** Sources cited by the given stances and relations (a view's). */
export const CITED_SOURCES = `
CALL {
  UNWIND $stanceIds AS id
  MATCH ()-[r:${STANCE_REL} {id: id}]->()
  UNWIND r.sourceIds AS sid
  RETURN sid
  UNION
  UNWIND $relationSourceIds AS sid
  RETURN sid
}
RETURN collect(DISTINCT sid) AS ids`;
