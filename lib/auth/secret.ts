/**
 * The secret that seals session cookies: STANCEGRAPH_SESSION_SECRET when set (at least 32 characters,
 * lib/config/env.ts); otherwise a random one made on first use and kept in `.stancegraph/session-secret`
 * (git-ignored) in the app's working folder, so sessions survive a restart. Several app instances
 * behind one address need the variable, set to the same value on each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, parseEnv } from '../config/env';
import { makeSecretFileOnce } from '../config/secret-file';

export const LOCAL_SECRET_FILE = path.join('.stancegraph', 'session-secret');

let cached: string | undefined;

/** Reads the local secret, making it first if there is none; two processes at once agree on one. */
export function localSecret(root: string): string {
  const file = path.join(root, LOCAL_SECRET_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    makeSecretFileOnce(file);
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32)
    throw new ConfigError(`${file} holds less than 32 characters; delete it to have a new secret made.`);
  return secret;
}

export function sessionSecret(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  if (cached === undefined) {
    const configured = parseEnv(env).STANCEGRAPH_SESSION_SECRET;
    try {
      cached = configured ?? localSecret(root);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(
        `No STANCEGRAPH_SESSION_SECRET, and the local one in ${path.join(root, LOCAL_SECRET_FILE)} could not be made or read (${(error as Error).message}). Set STANCEGRAPH_SESSION_SECRET to 32 or more random characters.`,
      );
    }
  }
  return cached;
}
