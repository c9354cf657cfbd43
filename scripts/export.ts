/**
 * npm run export -- [--format json|csv|graphml|cyjs] [--out <file>] [--event <id>] [--stance s] [--kind k] [--actor <id>] [--depth n]
 * The whole graph (or, with filters, the view /api/graph answers for them) to a file or stdout, streamed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../lib/config/env';
import { EXPORT_FORMATS, WHOLE_GRAPH, exportGraph, viewScope, writeExport, type ExportFormat } from '../lib/export';
import { exportQuerySchema, hasViewFilters } from '../lib/export/schema';
import { connectionConfig, createDriver, isNeo4jUnavailable, unavailableReason, type Db } from '../lib/neo4j';
import { NotFoundError } from '../lib/graph/errors';
import { loadDotEnv } from './dotenv';

function args(): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!key || value === undefined) throw new ConfigError(`--${key} needs a value`);
    if (key === 'stance' || key === 'kind') out[key] = [...((out[key] as string[]) ?? []), ...value.split(',')];
    else out[key] = value;
  }
  return out;
}

async function main(): Promise<void> {
  loadDotEnv();
  const { out, ...params } = args();
  const parsed = exportQuerySchema.safeParse(params);
  if (!parsed.success) throw new ConfigError(`${parsed.error.issues.map((i) => i.message).join('; ')} (formats: ${EXPORT_FORMATS.join(', ')})`);
  const query = parsed.data;
  const config = connectionConfig();
  const db: Db = { driver: createDriver(config), database: config.database };
  try {
    const scope = hasViewFilters(query) || query.scope === 'view'
      ? await viewScope(db, { event: query.event, stances: query.stance, kinds: query.kind, actor: query.actor, depth: query.depth ?? 1 })
      : WHOLE_GRAPH;
    const target = typeof out === 'string' ? fs.createWriteStream(path.resolve(out)) : process.stdout;
    const started = Date.now();
    const bytes = await writeExport(exportGraph(db, query.format as ExportFormat, scope), target);
    if (target !== process.stdout) {
      await new Promise<void>((resolve) => target.end(resolve));
      console.error(`Wrote ${(bytes / 1e6).toFixed(1)} MB of ${query.format} to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await db.driver.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof NotFoundError) console.error(error.message);
  else if (isNeo4jUnavailable(error)) console.error(unavailableReason(error));
  else console.error(error);
  process.exit(1);
});
