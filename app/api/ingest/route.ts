/**
 * POST /api/ingest (editor) `{text, event, title?, url?, publisher?, date?, contentType?}`: proposes
 * who took which stance on the event in the article, with the words where they said it; writes
 * nothing. The answer's `text` is what the spans point into (an HTML page's main text, repeated
 * paragraphs once) and what is stored when the editor accepts; `stored` says when that article is
 * in the graph already, and which stances cite it.
 */
import { writeRoute } from '@/lib/api/write';
import { json } from '@/lib/api/respond';
import { extractFromArticle } from '@/lib/ingest';
import { ingestInput } from '@/lib/ingest/input';
import { eventForIngest, knownActors, storedArticle } from '@/lib/ingest/stored';
import { SOURCE_BODY_MAX_BYTES } from '@/lib/edit/input';
import { appDb } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return writeRoute({ request, body: ingestInput, maxBytes: SOURCE_BODY_MAX_BYTES }, async (_user, input) => {
    const db = appDb();
    const [event, known] = await Promise.all([eventForIngest(db, input.event), knownActors(db)]);
    const extraction = await extractFromArticle({
      text: input.text,
      contentType: input.contentType,
      event,
      known,
      publisher: input.publisher,
    });
    const stored = await storedArticle(db, extraction.text, input.url ?? null);
    return json({ ...extraction, event: event.id, stored });
  });
}
