/**
 * The whole graph's counts per date stated (lib/model/stance-days.ts) beside the same counts taken
 * from the stances themselves, per stance and per actor kind and stance: after any write through
 * the app they must be equal.
 */
import type { Driver } from 'neo4j-driver';
import { ACTOR_KINDS, STANCES } from '@/lib/domain';

const KEYS = [...ACTOR_KINDS.map((k) => k.replace(/-/g, '_')), 'other'];

export async function keptAndCounted(driver: Driver): Promise<{ kept: string[]; counted: string[] }> {
  const kept = await driver.executeQuery(
    `MATCH (d:StanceDay)
     UNWIND $stances AS s
     UNWIND [[s, d[s]]] + [k IN $keys | [k + ' ' + s, d[k + '_' + s]]] AS c
     WITH d.date AS date, c[0] AS what, c[1] AS n WHERE n <> 0
     RETURN date + ' ' + what + ' ' + toString(n) AS line`,
    { stances: [...STANCES], keys: KEYS },
  );
  const counted = await driver.executeQuery(
    `MATCH (a)-[r:TOOK_STANCE]->()
     WITH coalesce(r.statedOn, '') AS date, r.stance AS stance,
          CASE WHEN a.kind IN $kinds THEN replace(a.kind, '-', '_') ELSE 'other' END AS key
     UNWIND [stance, key + ' ' + stance] AS what
     WITH date, what, count(*) AS n
     RETURN date + ' ' + what + ' ' + toString(n) AS line`,
    { kinds: [...ACTOR_KINDS] },
  );
  const lines = (result: typeof kept) => result.records.map((r) => String(r.get('line'))).sort();
  return { kept: lines(kept), counted: lines(counted) };
}
