import type { Driver } from 'neo4j-driver';
import { readSeedDir } from './files';
import { validateSeed, type ValidSeed } from './validate';
import { applySchema, writeSeed } from './write';

export { FIRST_EVENT_SEED_DIR } from './files';
export { SeedValidationError } from './validate';
export { countGraph, isGraphEmpty, applySchema } from './write';

/** Reads and validates a seed folder, then (only if all of it is valid) writes it. */
export async function seedFromDir(driver: Driver, dir: string, database?: string): Promise<ValidSeed> {
  const seed = validateSeed(readSeedDir(dir));
  await applySchema(driver, database);
  await writeSeed(driver, seed, database);
  return seed;
}
