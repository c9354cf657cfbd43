import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../domain';
import { COUNT_GRAPH, MERGE_ACTORS, MERGE_EVENTS, MERGE_SOURCES, MERGE_STANCES, SCHEMA_STATEMENTS, mergeRelationsOfType } from './cypher';
import { migrateEvidenceNodes } from './migrate';
import type { ValidSeed } from './validate';

/**
 * Constraints and indexes, plus any more of them a caller needs, and the move of an older
 * database onto the current model; idempotent. Schema changes need their own transactions.
 */
export async function applySchema(driver: Driver, database?: string, more: string[] = []): Promise<void> {
  for (const statement of [...SCHEMA_STATEMENTS, ...more]) {
    await driver.executeQuery(statement, {}, { database });
  }
  await migrateEvidenceNodes(driver, database);
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database });
}

/** Writes a validated seed in one write transaction: all of it, or (on any failure) nothing. */
export async function writeSeed(driver: Driver, seed: ValidSeed, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(MERGE_ACTORS, {
        actors: seed.actors.map((a) => ({ ...a, searchText: [a.name, ...a.aliases].join(' | ') })),
      });
      await tx.run(MERGE_EVENTS, { events: seed.events });
      await tx.run(MERGE_SOURCES, {
        sources: seed.sources.map(({ textPath: _textPath, ...source }) => source),
      });
      await tx.run(MERGE_STANCES, { stances: seed.stances });
      for (const type of RELATION_TYPES) {
        const relations = seed.relations
          .filter((r) => r.type === type)
          .map((r) => ({ ...r, quote: r.evidence?.quote ?? null, evidenceSourceId: r.evidence?.sourceId ?? null }));
        if (relations.length > 0) await tx.run(mergeRelationsOfType(type), { relations });
      }
    });
  } finally {
    await session.close();
  }
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function countGraph(driver: Driver, database?: string): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(COUNT_GRAPH, {}, { database, routing: 'READ' });
  return {
    nodes: Number(records[0].get('nodes')),
    relationships: Number(records[0].get('relationships')),
  };
}

export async function isGraphEmpty(driver: Driver, database?: string): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (a:Actor) RETURN count(a) > 0 AS any', {}, { database, routing: 'READ' });
  return !records[0].get('any');
}
