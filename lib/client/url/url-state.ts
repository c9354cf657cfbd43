/**
 * The explorer's state lives in the URL so every view can be shared and the back button works.
 * This module is the only place that knows the query-string spelling of that state.
 */
import { ACTOR_KINDS, MAX_DEPTH, SLUG_PATTERN, STANCES, type ActorKind, type Stance } from '@/lib/domain';
import { isPartialDate, rangeProblem } from '@/lib/dates';
import { parseRendererPreference, type RendererPreference } from '../drawing/renderer-choice';

const LAYOUTS = ['camps', 'force'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

const VIEWS = ['split', 'graph', 'table'] as const;
export type ViewMode = (typeof VIEWS)[number];

/** `?event=all`: every event at once. */
export const ALL_EVENTS = 'all';
/** `?stance=none` / `?kind=none`: everything switched off (absent already means "all"). */
const NONE = 'none';

export type Depth = 1 | 2 | 3;

export interface ExplorerState {
  /** An event slug, ALL_EVENTS, or null for the newest event. */
  event: string | null;
  /** Stances shown, in STANCES order. */
  stances: Stance[];
  /** Actor kinds shown, in ACTOR_KINDS order. */
  kinds: ActorKind[];
  /** The actor whose neighbourhood is in focus. */
  actor: string | null;
  depth: Depth;
  /** The selected node or edge id. */
  select: string | null;
  layout: LayoutName;
  view: ViewMode;
  /** `?renderer=canvas|webgl` overrides the app's choice (lib/client/drawing/renderer-choice); absent: 'auto'. */
  renderer: RendererPreference;
  /**
   * `?context=show|hide`: whether actors with no stance in view (tied in by relations) are drawn; null
   * (absent) leaves it to the stance filter: shown when every stance is, hidden once a stance is off.
   */
  context: boolean | null;
  /**
   * `?from=&to=`: the range of time shown ("2025", "2025-07" or "2025-07-03", inclusive; `to` reaches
   * the last day of its period); null is open on that side.
   */
  from: string | null;
  to: string | null;
}

export const DEFAULT_STATE: ExplorerState = {
  event: null,
  stances: [...STANCES],
  kinds: [...ACTOR_KINDS],
  actor: null,
  depth: 1,
  select: null,
  layout: 'camps',
  view: 'split',
  renderer: 'auto',
  context: null,
  from: null,
  to: null,
};

const CONTEXT_VALUES = { show: true, hide: false } as const;

type ParamSource =
  | URLSearchParams
  | { getAll(name: string): string[]; get(name: string): string | null }
  | Record<string, string | string[] | undefined>;

function reader(source: ParamSource) {
  if (typeof (source as URLSearchParams).getAll === 'function') {
    const params = source as URLSearchParams;
    return { all: (name: string) => params.getAll(name), one: (name: string) => params.get(name) };
  }
  const record = source as Record<string, string | string[] | undefined>;
  const all = (name: string): string[] => {
    const value = record[name];
    if (value === undefined) return [];
    return Array.isArray(value) ? value : [value];
  };
  return { all, one: (name: string) => all(name)[0] ?? null };
}

/** Keeps the known values in canonical order; null when the parameter is absent (no filter). */
function parseSet<T extends string>(values: string[], vocabulary: readonly T[]): T[] | null {
  // "stance=support,caution" is accepted as well as repeated parameters: people edit URLs by hand.
  const given = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (given.length === 0) return null;
  if (given.includes(NONE)) return [];
  const known = vocabulary.filter((v) => given.includes(v));
  // Only unknown values ("stance=maybe"): fall back to no filter rather than an empty view.
  return known.length === 0 ? null : known;
}

function parseSlug(value: string | null): string | null {
  if (value === null) return null;
  const slug = value.trim().toLowerCase();
  return SLUG_PATTERN.test(slug) ? slug : null;
}

/** A selected node or edge id from a URL, or null when it is missing or unusable. */
export function parseSelection(value: string | null): string | null {
  if (value === null) return null;
  const id = value.trim();
  // Edge ids come from the API; accept any printable id of sane length.
  return id.length > 0 && id.length <= 200 && !/[\u0000-\u001f]/.test(id) ? id : null;
}

export function parseDepth(value: string | null | undefined): Depth {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, MAX_DEPTH) as Depth;
}

export function parseExplorerState(source: ParamSource): ExplorerState {
  const { all, one } = reader(source);
  const eventRaw = one('event');
  const event = eventRaw !== null && eventRaw.trim().toLowerCase() === ALL_EVENTS ? ALL_EVENTS : parseSlug(eventRaw);
  const layout = one('layout');
  const view = one('view');
  return {
    event,
    stances: parseSet(all('stance'), STANCES) ?? [...STANCES],
    kinds: parseSet(all('kind'), ACTOR_KINDS) ?? [...ACTOR_KINDS],
    actor: parseSlug(one('actor')),
    depth: parseDepth(one('depth')),
    select: parseSelection(one('select')),
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'camps',
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewMode) : 'split',
    renderer: parseRendererPreference(one('renderer')),
    context: parseContext(one('context')),
    ...parseRange(one('from'), one('to')),
  };
}

function parseDate(value: string | null): string | null {
  const date = value?.trim() ?? '';
  return isPartialDate(date) ? date : null;
}

/** The range of a URL: a bad date is left out; a `from` after `to` drops both (the server would refuse it). */
function parseRange(fromRaw: string | null, toRaw: string | null): { from: string | null; to: string | null } {
  const from = parseDate(fromRaw);
  const to = parseDate(toRaw);
  if (rangeProblem({ from: from ?? undefined, to: to ?? undefined })) return { from: null, to: null };
  return { from, to };
}

function parseContext(value: string | null): boolean | null {
  const v = value?.trim().toLowerCase() ?? '';
  return v in CONTEXT_VALUES ? CONTEXT_VALUES[v as keyof typeof CONTEXT_VALUES] : null;
}

/** Whether context actors (no stance in view) are drawn: as the URL says, else only while no stance is filtered out. */
export function showsContext(state: Pick<ExplorerState, 'stances' | 'context'>): boolean {
  return state.context ?? state.stances.length === STANCES.length;
}

function appendSet<T extends string>(params: URLSearchParams, name: string, values: T[], vocabulary: readonly T[]) {
  const chosen = vocabulary.filter((v) => values.includes(v));
  if (chosen.length === vocabulary.length) return;
  if (chosen.length === 0) {
    params.append(name, NONE);
    return;
  }
  for (const value of chosen) params.append(name, value);
}

/** The canonical query string (without "?"): defaults are left out, sets in vocabulary order. */
export function serializeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  appendSet(params, 'stance', state.stances, STANCES);
  appendSet(params, 'kind', state.kinds, ACTOR_KINDS);
  if (state.actor) {
    params.set('actor', state.actor);
    params.set('depth', String(state.depth));
  }
  if (state.select) params.set('select', state.select);
  if (state.layout !== DEFAULT_STATE.layout) params.set('layout', state.layout);
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.renderer !== DEFAULT_STATE.renderer) params.set('renderer', state.renderer);
  if (state.context !== null) params.set('context', state.context ? 'show' : 'hide');
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params.toString();
}

export function hrefFor(state: ExplorerState): string {
  const query = serializeExplorerState(state);
  return query ? `/?${query}` : '/';
}

/** Something is switched off: a stance, a kind, or the context actors of a view that would show them. */
export function isFiltered(state: Pick<ExplorerState, 'stances' | 'kinds' | 'context'>): boolean {
  return state.stances.length < STANCES.length || state.kinds.length < ACTOR_KINDS.length || state.context === false;
}

export function toggleValue<T extends string>(values: T[], value: T, vocabulary: readonly T[]): T[] {
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return vocabulary.filter((v) => next.includes(v));
}
