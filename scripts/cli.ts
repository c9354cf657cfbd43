import { ConfigError } from '../lib/config/env';
import { isNeo4jUnavailable, unavailableReason } from '../lib/neo4j';
import { SeedValidationError } from '../lib/seed';
import { LocalNeo4jError } from '../neo4j-local/manager';

/**
 * The last word of an npm script that failed: a message a person can act on for every failure we
 * expect (bad config, bad data, no database, no Java), the raw error only for the unexpected.
 */
export function exitWithError(error: unknown): never {
  if (error instanceof LocalNeo4jError || error instanceof ConfigError || error instanceof SeedValidationError) {
    console.error(error.message);
  } else if (isNeo4jUnavailable(error)) {
    console.error(unavailableReason(error));
  } else {
    console.error(error);
  }
  process.exit(1);
}
