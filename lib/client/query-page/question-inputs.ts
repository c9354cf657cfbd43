/**
 * The shapes of what the query page asks, without zod: lib/client/data/queries.ts needs them for its keys,
 * and every page loads that module, so parsing (and zod) stays in query-state.ts, loaded by /query only.
 */

/** A question's inputs as the URL and the API spell them: name -> values (one, or several for kind). */
export type QuestionInputs = Record<string, string[]>;

/** A console query's parameters (JSON values; POST /api/query checks them). */
export type ConsoleParams = Record<string, unknown>;

/** Names the query page keeps for itself in its URL; no question input may be called one of these. */
const RESERVED_PARAMS: readonly string[] = ['q', 'cypher', 'params', 'tab', 'select', 'renderer'];

/** Equal inputs give equal URLs and query keys: names sorted, values trimmed, de-duplicated and sorted. */
export function normalizeInputs(inputs: QuestionInputs): QuestionInputs {
  const out: QuestionInputs = {};
  for (const name of Object.keys(inputs).sort()) {
    if (RESERVED_PARAMS.includes(name)) continue;
    const values = [...new Set(inputs[name].map((v) => v.trim()).filter((v) => v !== ''))].sort();
    if (values.length > 0) out[name] = values;
  }
  return out;
}

/** The API path that answers a ready question. */
export function questionApiPath(name: string, inputs: QuestionInputs): string {
  const search = new URLSearchParams();
  for (const [key, values] of Object.entries(normalizeInputs(inputs)))
    for (const value of values) search.append(key, value);
  const query = search.toString();
  return `/api/questions/${encodeURIComponent(name)}${query ? `?${query}` : ''}`;
}
