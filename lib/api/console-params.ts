/**
 * The Cypher console's parameters are JSON that becomes driver values, so they are checked before
 * anything reads them recursively: keys the driver takes as type markers (`__isInteger__`,
 * `__isNode__`, ...) are refused, since the driver would build a Cypher integer, temporal or node
 * out of a plain object; depth and size are bounded; and a whole number outside ±2^53 is refused,
 * because it cannot be told apart from its neighbours once it is a JS number.
 */
import { BadRequestError, parseOrThrow } from './respond';
import { consoleQuerySchema } from './schemas';

export const CONSOLE_PARAMS_MAX_DEPTH = 32;
const CONSOLE_PARAMS_MAX_VALUES = 10_000;

const DRIVER_MARKER = /^__is[A-Za-z]*__$/;

/** A reason to refuse the parameters, or null when they may be used. */
export function consoleParamsProblem(params: unknown): string | null {
  // Iterative, so that nesting cannot overflow the stack before the depth check says no.
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: params, depth: 0, path: 'params' }];
  let seen = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (++seen > CONSOLE_PARAMS_MAX_VALUES) {
      return `params hold more than ${CONSOLE_PARAMS_MAX_VALUES.toLocaleString('en')} values; pass fewer.`;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return `${path} is not a finite number.`;
      if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
        return `${path} is a whole number outside ±2^53 (${value}); pass it as a string and convert it in Cypher with toInteger().`;
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= CONSOLE_PARAMS_MAX_DEPTH)
      return `params are nested more than ${CONSOLE_PARAMS_MAX_DEPTH} levels deep.`;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, depth: depth + 1, path: `${path}[${i}]` }));
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (DRIVER_MARKER.test(key)) {
        return `${path}.${key}: keys shaped like the driver's type markers (__isInteger__, __isNode__, ...) are not accepted.`;
      }
      stack.push({ value: item, depth: depth + 1, path: `${path}.${key}` });
    }
  }
  return null;
}

/** The console's request body, checked: the parameters' shape first, then the schema. */
export function parseConsoleBody(raw: unknown) {
  const params = typeof raw === 'object' && raw !== null ? (raw as { params?: unknown }).params : undefined;
  const problem = params === undefined ? null : consoleParamsProblem(params);
  if (problem) throw new BadRequestError(problem);
  return parseOrThrow(consoleQuerySchema, raw);
}
