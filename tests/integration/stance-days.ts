/**
 * The whole graph's counts per date stated (lib/model/stance-days.ts) beside the same counts taken
 * from the stances themselves: after any write through the app they must be equal.
 */
import type { Driver } from 'neo4j-driver';

export async function keptAndCounted(driver: Driver): Promise<{ kept: string[]; counted: string[] }> {
  const kept = await driver.executeQuery(
    `MATCH (d:StanceDay) UNWIND [['support', d.support], ['condemnation', d.condemnation], ['caution', d.caution]] AS c
     WITH d.date AS date, c[0] AS stance, c[1] AS n WHERE n <> 0
     RETURN date + ' ' + stance + ' ' + toString(n) AS line`,
  );
  const counted = await driver.executeQuery(
    `MATCH ()-[r:TOOK_STANCE]->() WITH coalesce(r.statedOn, '') AS date, r.stance AS stance, count(*) AS n
     RETURN date + ' ' + stance + ' ' + toString(n) AS line`,
  );
  const lines = (result: typeof kept) => result.records.map((r) => String(r.get('line'))).sort();
  return { kept: lines(kept), counted: lines(counted) };
}
