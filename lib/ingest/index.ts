/**
 * From an article to proposed stances (issue: editors review them before anything is written):
 * `extractFromArticle` prepares the text (HTML's main text, repeated paragraphs once) and runs the
 * extractor against the event's description and the actors the graph knows.
 */
import { describeEvent } from './event';
import { RuleExtractor } from './extract';
import { prepareText } from './text';
import type { EventDescription, Extraction, Extractor, KnownActor } from './types';

export { describeEvent } from './event';
export type * from './types';

const defaultExtractor: Extractor = new RuleExtractor();

export async function extractFromArticle(
  input: {
    text: string;
    contentType?: string;
    event: EventDescription | { title: string; description?: string };
    known: KnownActor[];
    publisher?: string;
  },
  extractor: Extractor = defaultExtractor,
): Promise<Extraction> {
  const prepared = prepareText(input.text, input.contentType);
  const event = 'aliases' in input.event ? input.event : describeEvent(input.event, input.known);
  const result = await extractor.extract({
    text: prepared.text,
    event,
    known: input.known,
    publisher: input.publisher,
  });
  return { ...result, text: prepared.text, title: prepared.title };
}
