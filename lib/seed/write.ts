import { mergeActors, mergeEvents, mergeRelations, mergeSources, mergeStances } from '../model';
import { bumpGraphVersion } from '../graph/version';
import { inWriteTransaction, readQuery, type Db } from '../neo4j';
import type { ValidSeed } from './validate';

/** Writes a validated seed in one write transaction: all of it, or (on any failure) nothing. */
export async function writeSeed(db: Db, seed: ValidSeed): Promise<void> {
  await inWriteTransaction(db, async (tx) => {
    await mergeActors(
      tx,
      seed.actors.map(({ id, ...props }) => ({ id, props })),
    );
    await mergeEvents(
      tx,
      seed.events.map(({ id, ...props }) => ({ id, props })),
    );
    await mergeSources(
      tx,
      seed.sources.map(({ id, textPath: _textPath, about, ...props }) => ({ id, props, about })),
    );
    await mergeStances(tx, seed.stances);
    await mergeRelations(
      tx,
      seed.relations.map(({ evidence, ...r }) => ({
        ...r,
        quote: evidence?.quote ?? null,
        evidenceSourceId: evidence?.sourceId ?? null,
        quoteKind: evidence?.kind ?? null,
      })),
    );
    // Seeding over an edited store may change no count: the cached answers must still go.
    await bumpGraphVersion(tx);
  });
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

const COUNT_GRAPH = `
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

export async function countGraph(db: Db): Promise<GraphCounts> {
  const { records } = await readQuery(db, COUNT_GRAPH);
  return {
    nodes: Number(records[0].get('nodes')),
    relationships: Number(records[0].get('relationships')),
  };
}

export async function isGraphEmpty(db: Db): Promise<boolean> {
  const { records } = await readQuery(db, 'MATCH (a:Actor) RETURN count(a) > 0 AS any');
  return !records[0].get('any');
}
