/** The body of POST /api/ingest. */
import { z } from 'zod';
import { LIMITS, lineText, longText, webUrl } from '../model/limits';
import { isPartialDate } from '../dates';
import { SLUG_PATTERN } from '../domain';

export const ingestInput = z.strictObject({
  text: longText('text', LIMITS.sourceText).refine(
    (t) => t.trim().length > 0,
    'text must not be empty: paste the article',
  ),
  event: z.string({ message: 'event is required' }).regex(SLUG_PATTERN, 'event must be an event id'),
  title: lineText('title', LIMITS.title).optional(),
  url: z.union([webUrl, z.null()]).optional(),
  publisher: lineText('publisher').optional(),
  date: z.string().refine(isPartialDate, 'date must be a date like 2025-07-03').optional(),
  contentType: z
    .enum(['text/plain', 'text/html'], { message: 'contentType must be text/plain or text/html' })
    .optional(),
});
