/**
 * npm run export -- [--format json|csv|graphml|cyjs] [--out <file>] [--scope all|view] [--event <id>] [--stance s] [--kind k] [--actor <id>] [--depth n]
 * The whole graph (or, with filters, the view /api/graph answers for them) to a file or stdout, streamed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseViewQuery } from '../lib/api/filters';
import { BadRequestError } from '../lib/api/respond';
import { ConfigError } from '../lib/config/env';
import { EXPORT_FORMATS, WHOLE_GRAPH, exportGraph, viewScope, writeExport } from '../lib/export';
import { connectionConfig, createDriver, isNeo4jUnavailable, unavailableReason, type Db } from '../lib/neo4j';
import { NotFoundError } from '../lib/graph/errors';
import { loadDotEnv } from './dotenv';

/** The flags as /api/export's query string (`--stance a,b` is `stance=a,b`), and `--out` apart. */
function args(): { out?: string; params: URLSearchParams } {
  const params = new URLSearchParams();
  let out: string | undefined;
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!key || value === undefined) throw new ConfigError(`--${key} needs a value`);
    if (key === 'out') out = value;
    else params.append(key, value);
  }
  return { out, params };
}

function parse(params: URLSearchParams) {
  try {
    return parseViewQuery(params, 'export');
  } catch (error) {
    if (error instanceof BadRequestError)
      throw new ConfigError(`${error.message} (formats: ${EXPORT_FORMATS.join(', ')})`);
    throw error;
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const { out, params } = args();
  const { format, scope: scopeName, filters } = parse(params);
  const config = connectionConfig();
  const db: Db = { driver: createDriver(config), database: config.database };
  try {
    const scope = scopeName === 'view' ? await viewScope(db, filters) : WHOLE_GRAPH;
    const target = out !== undefined ? fs.createWriteStream(path.resolve(out)) : process.stdout;
    const started = Date.now();
    const bytes = await writeExport(exportGraph(db, format, scope), target);
    if (target !== process.stdout) {
      await new Promise<void>((resolve) => target.end(resolve));
      console.error(
        `Wrote ${(bytes / 1e6).toFixed(1)} MB of ${format} to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
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
