/**
 * Where the benchmarks keep the synthetic profiles' graphs (npm run bench loads them; npm run
 * bench:load -- --profile reads them): each on its own local Neo4j, so that neither reloads the other.
 */
import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jOptions } from '../neo4j-local/manager';

export type ProfileName = 'skewed' | 'assembly';

export const PROFILE_STORES: Record<ProfileName, LocalNeo4jOptions> = {
  skewed: { port: 7714, dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'bench') },
  assembly: { port: 7715, dataDir: path.join(PROJECT_ROOT, '.neo4j-local', 'bench-assembly') },
};
