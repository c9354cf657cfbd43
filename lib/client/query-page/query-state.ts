/**
 * The query page keeps its state in the URL, so every answer can be shared and back/forward step
 * through what was asked:
 *
 *   /query?q=camps&event=russia-recognizes-taliban   a ready question and its inputs (repeatable: kind=…&kind=…)
 *   /query?cypher=MATCH…&params={"n":5}              a console query and its parameters as JSON
 *   …&tab=console | tab=questions                    the open tab, only when it is not the one the run implies
 *   …&select=russia                                  the actor or event of the answer whose panel is open
 *
 * Opening such a URL runs what it names. This module is the only place that knows that spelling.
 */
import { QUERY_MAX_LENGTH, consoleQuerySchema } from '@/lib/api/schemas';
import { isPartialDate, rangeProblem } from '@/lib/dates';
import { SLUG_PATTERN, STANCES } from '@/lib/domain';
import type { QuestionField } from '@/lib/types';
import { normalizeInputs, questionApiPath, type ConsoleParams, type QuestionInputs } from './question-inputs';
import { parseRendererPreference, type RendererPreference } from '../drawing/renderer-choice';
import { parseSelection } from '../url/url-state';

export const QUERY_TABS = ['questions', 'console'] as const;
export type QueryTab = (typeof QUERY_TABS)[number];

export { normalizeInputs, questionApiPath };
export type { ConsoleParams, QuestionInputs };

export type QueryRun =
  | { kind: 'question'; name: string; inputs: QuestionInputs }
  | { kind: 'cypher'; cypher: string; params: ConsoleParams };

export interface InvalidConsoleLink {
  cypher: string;
  paramsText: string;
  reason: string;
}

export interface QueryPageState {
  tab: QueryTab;
  run: QueryRun | null;
  /** A console link whose parameters cannot be used: shown in the editor with the reason, not run. */
  invalid: InvalidConsoleLink | null;
  /** The node of the answer whose panel is open; only meaningful with a run. */
  select: string | null;
  /** `renderer=canvas|webgl` as in the explorer (lib/client/drawing/renderer-choice); absent: the app chooses. It stays through new runs. */
  renderer?: Exclude<RendererPreference, 'auto'>;
}

const paramsSchema = consoleQuerySchema.shape.params;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type ParsedParams = { ok: true; params: ConsoleParams } | { ok: false; reason: string };

/** The console's parameter box (a JSON object, or nothing) -> parameters, or why they cannot be used. */
export function parseParamsText(text: string): ParsedParams {
  if (text.trim() === '') return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason:
        'The parameters are not valid JSON. Write an object, e.g. {"event": "russia-recognizes-taliban", "n": 5}.',
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'The parameters must be one JSON object of names and values, e.g. {"n": 5}.' };
  }
  // zod reports a bad key only as "Invalid key in record": name it here, in words.
  const badName = Object.keys(value).find((name) => !PARAM_NAME.test(name));
  if (badName !== undefined) {
    return {
      ok: false,
      reason: `“${badName}” cannot be a parameter name: names are letters, digits and _, e.g. {"event": "…"}.`,
    };
  }
  // The server's own schema, so the console refuses in the browser exactly what the API would.
  const result = paramsSchema.safeParse(value);
  if (!result.success)
    return { ok: false, reason: `The parameters cannot be used: ${result.error.issues[0]?.message ?? 'invalid'}.` };
  return { ok: true, params: result.data };
}

/** The parameters as the URL and the parameter box hold them: empty when there are none. */
export function paramsToText(params: ConsoleParams): string {
  return Object.keys(params).length === 0 ? '' : JSON.stringify(params);
}

function parseTab(value: string | null): QueryTab | null {
  return (QUERY_TABS as readonly string[]).includes(value ?? '') ? (value as QueryTab) : null;
}

function impliedTab(state: Pick<QueryPageState, 'run' | 'invalid'>): QueryTab {
  return state.run?.kind === 'cypher' || state.invalid ? 'console' : 'questions';
}

export function parseQueryPageState(params: URLSearchParams): QueryPageState {
  const explicitTab = parseTab(params.get('tab'));
  let run: QueryRun | null = null;
  let invalid: InvalidConsoleLink | null = null;

  const name = params.get('q')?.trim().toLowerCase() ?? '';
  const cypher = params.get('cypher')?.trim() ?? '';
  if (SLUG_PATTERN.test(name)) {
    const inputs: QuestionInputs = {};
    for (const key of new Set(params.keys())) inputs[key] = params.getAll(key);
    run = { kind: 'question', name, inputs: normalizeInputs(inputs) };
  } else if (cypher !== '') {
    const paramsText = params.get('params') ?? '';
    const parsed = parseParamsText(paramsText);
    if (cypher.length > QUERY_MAX_LENGTH) {
      invalid = {
        cypher: cypher.slice(0, QUERY_MAX_LENGTH),
        paramsText,
        reason: `The query in this link is longer than ${QUERY_MAX_LENGTH} characters.`,
      };
    } else if (!parsed.ok) {
      invalid = { cypher, paramsText, reason: parsed.reason };
    } else {
      run = { kind: 'cypher', cypher, params: parsed.params };
    }
  }
  const renderer = parseRendererPreference(params.get('renderer'));
  return {
    tab: explicitTab ?? impliedTab({ run, invalid }),
    run,
    invalid,
    select: run ? parseSelection(params.get('select')) : null,
    ...(renderer !== 'auto' ? { renderer } : {}),
  };
}

/** The canonical query string (without "?"). */
export function serializeQueryPageState(state: QueryPageState): string {
  const search = new URLSearchParams();
  if (state.run?.kind === 'question') {
    search.set('q', state.run.name);
    for (const [name, values] of Object.entries(normalizeInputs(state.run.inputs))) {
      for (const value of values) search.append(name, value);
    }
  } else if (state.run?.kind === 'cypher') {
    search.set('cypher', state.run.cypher.trim());
    const text = paramsToText(state.run.params);
    if (text) search.set('params', text);
  } else if (state.invalid) {
    // A broken link stays as it was given, so the person can see and mend it.
    search.set('cypher', state.invalid.cypher);
    if (state.invalid.paramsText) search.set('params', state.invalid.paramsText);
  }
  if (state.tab !== impliedTab(state)) search.set('tab', state.tab);
  if (state.run && state.select) search.set('select', state.select);
  if (state.renderer) search.set('renderer', state.renderer);
  return search.toString();
}

export function queryHref(state: QueryPageState): string {
  const search = serializeQueryPageState(state);
  return search ? `/query?${search}` : '/query';
}

/** Identifies a run: what it asks, not which tab is open. Equal runs give equal keys. */
export function runKey(run: QueryRun | null): string {
  return run
    ? serializeQueryPageState({ tab: impliedTab({ run, invalid: null }), run, invalid: null, select: null })
    : '';
}

/**
 * What a question's form submits: the inputs given for its fields only, with defaults where a choice is
 * obvious (the newest event, the first stance, one hop), so a question can be asked in one click.
 */
export function questionFormInputs(
  fields: readonly QuestionField[],
  inputs: QuestionInputs,
  newestEvent: string | null,
): QuestionInputs {
  const out: QuestionInputs = {};
  for (const field of fields) {
    const given = (inputs[field.name] ?? []).filter((v) => v.trim() !== '');
    if (given.length > 0) out[field.name] = field.repeatable ? given : given.slice(0, 1);
    else if (field.input === 'event' && field.required && newestEvent) out[field.name] = [newestEvent];
    else if (field.input === 'stance' && field.required) out[field.name] = [STANCES[0]];
    else if (field.input === 'hops') out[field.name] = ['1'];
    // Given in the URL too, so a shared link says what it was asked with.
    else if (field.default !== undefined) out[field.name] = [field.default];
  }
  return normalizeInputs(out);
}

/**
 * Inputs the form can refuse before asking (the server refuses them too, with the same words): a date
 * that is not one, a year that is not four digits, a number out of its bounds, `from` after `to`.
 */
export function inputProblems(fields: readonly QuestionField[], inputs: QuestionInputs): [string, string][] {
  const problems: [string, string][] = [];
  for (const field of fields) {
    const value = inputs[field.name]?.[0];
    if (value === undefined) continue;
    if (field.input === 'date' && !isPartialDate(value))
      problems.push([field.name, 'Give a date like 2025, 2025-07 or 2025-07-03.']);
    else if (field.input === 'year' && !/^\d{4}$/.test(value)) problems.push([field.name, 'Give a year, like 2025.']);
    else if (field.input === 'number') {
      const n = Number(value);
      const { min = -Infinity, max = Infinity } = field;
      if (!Number.isFinite(n) || n < min || n > max)
        problems.push([field.name, `Give a number from ${field.min} to ${field.max}.`]);
    }
  }
  const from = inputs.from?.[0];
  const to = inputs.to?.[0];
  if (
    fields.some((f) => f.name === 'from' && f.input === 'date') &&
    from &&
    to &&
    !problems.length &&
    rangeProblem({ from, to })
  )
    problems.push(['from', `The range is empty: ${from} is after ${to}.`]);
  return problems;
}

/** Required fields left empty, in form order. */
export function missingFields(fields: readonly QuestionField[], inputs: QuestionInputs): QuestionField[] {
  return fields.filter((field) => field.required && (inputs[field.name] ?? []).length === 0);
}
