/** Pages of the graph as plain objects, read in id order (Neo4j values converted at this boundary). */
import type { ActorKind, QuoteKind, RelationType, Stance } from '../domain';
import { int, readQuery, type Db } from '../neo4j';
import {
  CITED_SOURCES,
  EXPORT_ACTORS,
  EXPORT_EVENTS,
  EXPORT_RELATIONS,
  EXPORT_SOURCES,
  EXPORT_STANCES,
} from './queries';

export interface ExportActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description: string;
}

export interface ExportEvent {
  id: string;
  title: string;
  date: string | null;
  kind: string;
  description: string;
}

export interface ExportSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  date: string | null;
  text: string | null;
  about: string[];
}

export interface ExportRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  quote: string | null;
  sourceId: string | null;
  /** Null when there is no quote. */
  quoteKind: QuoteKind | null;
}

interface ExportEvidence {
  quote: string;
  kind: QuoteKind;
  source: { id: string; title: string; publisher: string; url: string | null; date: string | null };
}

export interface ExportStance {
  id: string;
  stance: Stance;
  statedOn: string | null;
  actor: { id: string; name: string; kind: ActorKind };
  event: { id: string; title: string; date: string | null };
  evidence: ExportEvidence[];
}

/** Which part of the graph: everything (null lists) or the ids of one view. */
export interface ExportScope {
  actorIds: string[] | null;
  eventIds: string[] | null;
  sourceIds: string[] | null;
  relationIds: string[] | null;
  stanceIds: string[] | null;
}

export const WHOLE_GRAPH: ExportScope = {
  actorIds: null,
  eventIds: null,
  sourceIds: null,
  relationIds: null,
  stanceIds: null,
};

const PAGE_SIZE = 5_000;

export class GraphReader {
  constructor(
    private readonly db: Db,
    private readonly pageSize = PAGE_SIZE,
  ) {}

  private async *pages<T>(cypher: string, params: Record<string, unknown>): AsyncGenerator<T[]> {
    let after = '';
    for (;;) {
      const { records } = await readQuery(this.db, cypher, { ...params, after, limit: int(this.pageSize) });
      const rows = records.map((r) => r.get('row') as T & { id: string });
      if (rows.length) yield rows;
      if (rows.length < this.pageSize) return;
      after = rows[rows.length - 1].id;
    }
  }

  actors(scope: ExportScope) {
    return this.pages<ExportActor>(EXPORT_ACTORS, { ids: scope.actorIds });
  }

  events(scope: ExportScope) {
    return this.pages<ExportEvent>(EXPORT_EVENTS, { ids: scope.eventIds });
  }

  sources(scope: ExportScope) {
    return this.pages<ExportSource>(EXPORT_SOURCES, { ids: scope.sourceIds, eventIds: scope.eventIds });
  }

  relations(scope: ExportScope) {
    return this.pages<ExportRelation>(EXPORT_RELATIONS, { ids: scope.relationIds });
  }

  stances(scope: ExportScope) {
    return this.pages<ExportStance>(EXPORT_STANCES, { ids: scope.stanceIds });
  }

  /** The sources a view's stances and relations cite. */
  async citedSources(stanceIds: string[], relationSourceIds: string[]): Promise<string[]> {
    const { records } = await readQuery(this.db, CITED_SOURCES, { stanceIds, relationSourceIds });
    return (records[0]?.get('ids') as string[]) ?? [];
  }
}
