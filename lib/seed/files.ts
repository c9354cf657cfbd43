import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { SEED_FILES, SeedValidationError, type RawSeed, type SeedFileKey, type SeedProblem } from './validate';

/** The reviewed data of the first event. */
export const FIRST_EVENT_SEED_DIR = path.resolve(__dirname, '..', '..', 'graph-seed', 'first-event');

/** Reads a seed folder's YAML files; a file that is not valid YAML is reported by name and line. */
export function readSeedDir(dir: string): RawSeed {
  const problems: SeedProblem[] = [];
  const files = {} as Record<SeedFileKey, unknown>;
  for (const [key, name] of Object.entries(SEED_FILES) as [SeedFileKey, string][]) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      problems.push({ file: name, item: '(file)', message: `missing: expected ${file}` });
      continue;
    }
    const document = YAML.parseDocument(fs.readFileSync(file, 'utf8'), { prettyErrors: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        problems.push({ file: name, item: '(YAML)', message: error.message.split('\n')[0] });
      }
      continue;
    }
    files[key] = document.toJS();
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  const root = path.resolve(dir);
  return {
    files,
    readText: (relativePath) => {
      const file = path.resolve(root, relativePath);
      if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) return undefined;
      return fs.readFileSync(file, 'utf8');
    },
  };
}
