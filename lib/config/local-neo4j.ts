/**
 * Where the project's own Neo4j keeps its data and its password, for the app and for
 * neo4j-local/manager.ts, which makes the password on the first start (readable by its owner only).
 * Server-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors';

/** The local Neo4j's only user; its password is the file's. */
export const LOCAL_NEO4J_USERNAME = 'neo4j';

/** In the data folder, beside the store. */
const PASSWORD_FILE = 'neo4j-password';

/** NEO4J_LOCAL_DATA_DIR, relative to `root`, or .neo4j-local/data there. */
export function localDataDir(rawDir: string | undefined, root: string): string {
  return path.resolve(root, rawDir?.trim() || path.join('.neo4j-local', 'data'));
}

export function localPasswordPath(dataDir: string): string {
  return path.join(dataDir, PASSWORD_FILE);
}

/**
 * No password file: the local Neo4j of this data folder has never been started. The routes answer
 * 503 for it (lib/neo4j.ts), as for a database that is down.
 */
export class LocalPasswordMissingError extends ConfigError {
  constructor(file: string) {
    super(
      `No password for the local Neo4j in ${file}: start it first (npm run db:start, or npm run dev), which makes one; or set NEO4J_URI to use your own Neo4j.`,
    );
    this.name = 'LocalPasswordMissingError';
  }
}

/** The credentials of the local Neo4j whose data folder is `dataDir`, from its password file. */
export function localCredentials(dataDir: string): { username: string; password: string } {
  const file = localPasswordPath(dataDir);
  let password: string;
  try {
    password = fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LocalPasswordMissingError(file);
    throw new ConfigError(`The local Neo4j's password file ${file} could not be read (${code ?? 'unknown error'}).`);
  }
  if (password === '') {
    throw new ConfigError(
      `The local Neo4j's password file ${file} is empty; delete it and start the local Neo4j again to have a new one made.`,
    );
  }
  return { username: LOCAL_NEO4J_USERNAME, password };
}
