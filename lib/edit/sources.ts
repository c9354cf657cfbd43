/**
 * Stored sources: an article's text, which every quote of it must be a verbatim part of. The same
 * address, or the same text, posted again answers the source already stored.
 */
import crypto from 'node:crypto';
import type { z } from 'zod';
import { NotFoundError } from '../graph/errors';
import { toNumber } from '../graph/mappers';
import { int, readQuery, type Db } from '../neo4j';
import { newSourceId, secondSourceId, sourceKey, type Tx } from '../model';
import type { SessionUser, SourceRecord } from '../types';
import type { newSourceInput } from './input';
import { changed, readRecord } from './records';
import { putState } from './state';
import { edit, type EditResult } from './transaction';

const SOURCE_LIST_MAX = 100;

/** A text as compared with the stored ones: line ends and outer spaces aside. */
function comparable(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** A text's fingerprint, to find the same article pasted again. */
export function textHash(text: string): string {
  return crypto.createHash('sha256').update(comparable(text)).digest('hex');
}

/**
 * The source stored with the same address or text. Sources stored by the seed or an import carry
 * no fingerprint: their texts are compared whole (and fingerprinted when one matches).
 */
async function sameSource(tx: Tx, url: string | null, text: string): Promise<SourceRecord | null> {
  const hash = textHash(text);
  const { records } = await tx.run(
    `OPTIONAL MATCH (byUrl:Source) WHERE $url IS NOT NULL AND byUrl.url = $url
     OPTIONAL MATCH (byHash:Source {textHash: $hash})
     RETURN coalesce(byUrl.id, byHash.id) AS id LIMIT 1`,
    { url, hash },
  );
  let id = records[0]?.get('id') as string | null | undefined;
  if (!id) {
    const unhashed = await tx.run(
      `MATCH (s:Source) WHERE s.textHash IS NULL AND s.text IS NOT NULL
         AND size(s.text) >= $minLength AND trim(replace(s.text, '\r\n', '\n')) = $text
       SET s.textHash = $hash
       RETURN s.id AS id LIMIT 1`,
      { text: comparable(text), hash, minLength: comparable(text).length },
    );
    id = unhashed.records[0]?.get('id') as string | undefined;
  }
  return id ? readRecord<SourceRecord>(tx, 'source', id) : null;
}

export interface StoredSource {
  source: SourceRecord;
  existing: boolean;
}

export function storeSource(
  db: Db,
  user: SessionUser,
  input: z.infer<typeof newSourceInput>,
): Promise<EditResult<StoredSource>> {
  return edit<StoredSource>(db, user, async (tx) => {
    const url = input.url ?? null;
    if (input.event && !(await readRecord(tx, 'event', input.event)))
      throw new NotFoundError(`No event with id "${input.event}".`);
    const existing = await sameSource(tx, url, input.text);
    if (existing) {
      if (input.event) await linkAbout(tx, existing.id, input.event);
      return { result: { source: existing, existing: true }, change: null };
    }
    const key = sourceKey(input.title, url, input.date ?? null);
    let id = newSourceId(key);
    if (await readRecord(tx, 'source', id)) id = secondSourceId(key);
    const source: SourceRecord = {
      id,
      title: input.title,
      publisher: input.publisher ?? '',
      url,
      date: input.date ?? null,
      text: input.text,
      version: 1,
    };
    await putState(tx, 'source', id, source);
    await tx.run('MATCH (s:Source {id: $id}) SET s.textHash = $hash', { id, hash: textHash(input.text) });
    if (input.event) await linkAbout(tx, id, input.event);
    return {
      result: { source, existing: false },
      change: {
        action: 'create',
        summary: `stored the source ${source.title}`,
        reason: null,
        entities: [changed('source', null, source)],
      },
    };
  });
}

/** The source is about the event (its stances cite it). */
export async function linkAbout(tx: Tx, sourceId: string, eventId: string): Promise<void> {
  await tx.run('MATCH (s:Source {id: $sourceId}), (e:Event {id: $eventId}) MERGE (s)-[:ABOUT]->(e)', {
    sourceId,
    eventId,
  });
}

export async function getSource(db: Db, id: string): Promise<SourceRecord> {
  const { records } = await readQuery(
    db,
    'MATCH (n:Source {id: $id}) RETURN n {.id, .title, .publisher, .url, .date, .text, version: coalesce(n.version, 1)} AS s',
    { id },
  );
  const s = records[0]?.get('s') as Record<string, unknown> | undefined;
  if (!s) throw new NotFoundError(`No source with id "${id}".`);
  return toSource(s);
}

function toSource(s: Record<string, unknown>): SourceRecord {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return {
    id: String(s.id),
    title: String(s.title ?? ''),
    publisher: String(s.publisher ?? ''),
    url: text(s.url),
    date: text(s.date),
    text: typeof s.text === 'string' ? s.text : null,
    version: toNumber(s.version),
  };
}

/** The sources about an event (or every source), newest first, without their texts. */
export async function listSources(db: Db, eventId: string | undefined): Promise<SourceRecord[]> {
  const { records } = await readQuery(
    db,
    `MATCH (n:Source) WHERE $event IS NULL OR EXISTS { (n)-[:ABOUT]->(:Event {id: $event}) }
     RETURN n {.id, .title, .publisher, .url, .date, version: coalesce(n.version, 1)} AS s
     ORDER BY n.date DESC, n.title LIMIT $limit`,
    { event: eventId ?? null, limit: int(SOURCE_LIST_MAX) },
  );
  return records.map((r) => ({ ...toSource(r.get('s') as Record<string, unknown>), text: null }));
}
