import { cachedRead } from '@/lib/api/read-cache';
import { handle, parseOrThrow } from '@/lib/api/respond';
import { searchParamsToObject } from '@/lib/api/schemas';
import { NotFoundError } from '@/lib/graph/errors';
import { appDb } from '@/lib/neo4j';
import { QUESTIONS, isQuestionName } from '@/lib/questions';

export const dynamic = 'force-dynamic';

/** GET /api/questions/{name}?... e.g. /api/questions/shortest-path?from=fawzia-koofi&to=vladimir-putin */
export function GET(request: Request, context: { params: Promise<{ name: string }> }): Promise<Response> {
  return handle(async () => {
    const { name } = await context.params;
    if (!isQuestionName(name)) {
      throw new NotFoundError(`No question "${name}". Ask one of: ${Object.keys(QUESTIONS).join(', ')}.`);
    }
    const question = QUESTIONS[name];
    const repeatable = question.fields.filter((f) => f.repeatable).map((f) => f.name);
    const params = parseOrThrow(question.params, searchParamsToObject(new URL(request.url).searchParams, repeatable));
    return cachedRead(request, () => question.run(appDb(), params as never));
  });
}
