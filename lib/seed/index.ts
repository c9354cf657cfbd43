import { applySchema } from '../model';
import type { Db } from '../neo4j';
import { readSeedDir } from './files';
import { validateSeed, type ValidSeed } from './validate';
import { writeSeed } from './write';

export { FIRST_EVENT_SEED_DIR } from './files';
export { SeedValidationError } from './validate';
export { countGraph, isGraphEmpty } from './write';

/** Reads and validates a seed folder, then (only if all of it is valid) writes it. */
export async function seedFromDir(db: Db, dir: string): Promise<ValidSeed> {
  const seed = validateSeed(readSeedDir(dir));
  await applySchema(db);
  await writeSeed(db, seed);
  return seed;
}
