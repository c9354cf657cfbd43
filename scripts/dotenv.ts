import fs from 'node:fs';
import path from 'node:path';

/**
 * Reads .env.local then .env (as Next.js does) into process.env for the npm scripts, without
 * overriding variables that are already set. Only KEY=VALUE lines; '#' starts a comment line.
 */
export function loadDotEnv(root: string = path.resolve(__dirname, '..')): void {
  for (const name of ['.env.local', '.env']) {
    const file = path.join(root, name);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
      const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (!match || line.trim().startsWith('#')) continue;
      const [, key, raw] = match;
      const value = raw.replace(/^(['"])(.*)\1$/, '$2');
      if (process.env[key] === undefined) process.env[key] = value;
    }
  }
}
