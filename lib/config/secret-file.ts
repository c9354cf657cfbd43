/**
 * A random secret in a file only its owner reads (600), made once: written aside, then hard-linked
 * into place, which is whole or not at all and never over a file another process linked first, so two
 * processes starting at once agree on one secret. Used for the session secret (lib/auth/secret.ts)
 * and the local Neo4j's password (neo4j-local/manager.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

/** Makes `file` with 32 random bytes (base64url) unless it exists; its folder must exist. */
export function makeSecretFileOnce(file: string): void {
  const draft = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(draft, `${crypto.randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}
