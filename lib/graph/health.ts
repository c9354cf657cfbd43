import { isNeo4jUnavailable, readQuery, unavailableReason, type Db } from '../neo4j';
import type { HealthResponse } from '../types';
import { HEALTH as HEALTH_QUERY } from './queries';

export async function checkHealth(db: Db): Promise<HealthResponse> {
  try {
    const { records } = await readQuery(db, HEALTH_QUERY);
    return {
      status: 'ok',
      neo4j: {
        status: 'up',
        version: String(records[0]?.get('version') ?? ''),
        edition: String(records[0]?.get('edition') ?? ''),
      },
    };
  } catch (error) {
    if (!isNeo4jUnavailable(error)) throw error;
    return { status: 'degraded', neo4j: { status: 'down', message: unavailableReason(error) } };
  }
}
