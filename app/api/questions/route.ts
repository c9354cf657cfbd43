import { handle, json } from '@/lib/api/respond';
import { listQuestions } from '@/lib/questions';

export const dynamic = 'force-dynamic';

/** The ready questions and the inputs each takes. */
export function GET(): Promise<Response> {
  return handle(async () => json(listQuestions()));
}
