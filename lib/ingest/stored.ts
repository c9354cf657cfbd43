/** What the extractor needs from the graph: the actors it knows (with whom they speak for or lead) and the event. */
import { STANCE_REL } from '../domain';
import { NotFoundError } from '../graph/errors';
import { readQuery, type Db } from '../neo4j';
import { textHash } from '../edit/sources';
import type { KnownActor } from './types';

const KNOWN_ACTORS = `
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases,
       COLLECT { MATCH (a)-[:SPEAKS_FOR|LEADS]->(b:Actor) RETURN b.id } AS speaksFor`;

export async function knownActors(db: Db): Promise<KnownActor[]> {
  const { records } = await readQuery(db, KNOWN_ACTORS);
  return records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    kind: r.get('kind') as KnownActor['kind'],
    aliases: r.get('aliases') as string[],
    speaksFor: r.get('speaksFor') as string[],
  }));
}

export async function eventForIngest(db: Db, id: string): Promise<{ id: string; title: string; description: string }> {
  const { records } = await readQuery(
    db,
    'MATCH (e:Event {id: $id}) RETURN e.title AS title, e.description AS description',
    { id },
  );
  if (!records[0]) throw new NotFoundError(`No event with id "${id}".`);
  return { id, title: records[0].get('title') as string, description: (records[0].get('description') as string) ?? '' };
}

/** The stored source with this text or address, and the stances that cite it: "this article is stored". */
export async function storedArticle(
  db: Db,
  text: string,
  url: string | null,
): Promise<{ sourceId: string; title: string; stances: string[] } | null> {
  const { records } = await readQuery(
    db,
    // Sources stored by the seed or an import have no fingerprint: their texts are compared whole.
    `OPTIONAL MATCH (byHash:Source {textHash: $hash})
     OPTIONAL MATCH (byUrl:Source) WHERE $url IS NOT NULL AND byUrl.url = $url
     // OPTIONAL: a subquery without a row would drop the sources found by fingerprint or address.
     CALL () {
       OPTIONAL MATCH (t:Source) WHERE t.textHash IS NULL AND size(t.text) >= size($text) AND trim(replace(t.text, '\r\n', '\n')) = $text
       RETURN t LIMIT 1
     }
     WITH coalesce(byHash, byUrl, t) AS s WHERE s IS NOT NULL
     RETURN s.id AS id, s.title AS title,
            COLLECT { MATCH (s)-[:ABOUT]->(:Event)<-[r:${STANCE_REL}]-() WHERE s.id IN r.sourceIds RETURN DISTINCT r.id } AS stances
     LIMIT 1`,
    { hash: textHash(text), url, text: text.replace(/\r\n?/g, '\n').trim() },
  );
  const r = records[0];
  return r
    ? { sourceId: r.get('id') as string, title: r.get('title') as string, stances: r.get('stances') as string[] }
    : null;
}
