/**
 * What the model keeps beside the graph, beside the same taken from the stances themselves: the
 * whole graph's counts per date stated, per stance and per actor kind and stance
 * (lib/model/stance-days.ts), and who took each stance on each event (lib/model/stance-takers.ts).
 * After any write through the app they must be equal.
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

/** Lines "event stance actor" (repeated as often as listed) from the kept lists and from the stances. */
export async function takersKeptAndListed(driver: Driver): Promise<{ kept: string[]; listed: string[] }> {
  const kept = await driver.executeQuery(
    `MATCH (t:StanceTakers)
     UNWIND $stances AS s
     UNWIND t[s] AS actor
     RETURN t.event + ' ' + s + ' ' + actor AS line, t.count = size(t.support) + size(t.condemnation) + size(t.caution) AS counted`,
    { stances: [...STANCES] },
  );
  const listed = await driver.executeQuery(
    `MATCH (a:Actor)-[r:TOOK_STANCE]->(e:Event) RETURN e.id + ' ' + r.stance + ' ' + a.id AS line, true AS counted`,
  );
  const lines = (result: typeof kept) =>
    result.records.map((r) => `${String(r.get('line'))}${r.get('counted') ? '' : ' (count wrong)'}`).sort();
  return { kept: lines(kept), listed: lines(listed) };
}
