/**
 * Validation of a whole seed before anything is written: every problem is collected and named by
 * file and item, so one run shows all that needs fixing.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { QuoteKind, RelationType, Stance } from '../domain';
import { relationId, stanceId } from '../model/ids';
import {
  actorSchema,
  eventSchema,
  relationSchema,
  sourceSchema,
  stanceSchema,
  type ActorInput,
  type EventInput,
  type EvidenceInput,
  type RelationInput,
  type SourceInput,
  type StanceInput,
} from './schema';

export const SEED_FILES = {
  actors: 'actors.yaml',
  events: 'events.yaml',
  sources: 'sources.yaml',
  stances: 'stances.yaml',
  relations: 'relations.yaml',
} as const;

export type SeedFileKey = keyof typeof SEED_FILES;

/** The parsed (not yet validated) content of each seed file, plus the source texts by path. */
export interface RawSeed {
  files: Record<SeedFileKey, unknown>;
  /** Source text by the `text` path given in sources.yaml; undefined when the file is missing. */
  readText: (relativePath: string) => string | undefined;
}

export interface SeedProblem {
  file: string;
  item: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(public readonly problems: SeedProblem[]) {
    super(
      `The seed is invalid; nothing was written.\n${problems
        .map((p) => `  ${p.file}: ${p.item}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}

interface StoredSource extends Omit<SourceInput, 'text'> {
  textPath: string;
  text: string;
}

interface StoredEvidence {
  id: string;
  quote: string;
  sourceId: string;
  /** null: the seed does not say (lib/model mergeStances keeps a stored kind, else reported). */
  kind: QuoteKind | null;
}

interface StoredStance {
  id: string;
  actorId: string;
  eventId: string;
  stance: Stance;
  evidence: StoredEvidence[];
  /** null: the seed does not say (its first quote's source's date, see lib/model/stated-on.ts). */
  statedOn: string | null;
}

interface StoredRelation {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  evidence: { quote: string; sourceId: string; kind: QuoteKind | null } | null;
}

/** A seed that passed validation, in the shape the writer stores. */
export interface ValidSeed {
  actors: ActorInput[];
  events: EventInput[];
  sources: StoredSource[];
  stances: StoredStance[];
  relations: StoredRelation[];
}

/** Names one quote of a stance (its source and words): the seed refuses a quote given twice. */
function evidenceId(stance: string, evidence: EvidenceInput): string {
  const digest = createHash('sha256').update(`${evidence.source}\n${evidence.quote}`).digest('hex').slice(0, 16);
  return `${stance}--${digest}`;
}

/** A parsed item with how problems name it: "item 6 (fawzia-koofi on russia-recognizes-taliban)". */
interface Labelled<T> {
  label: string;
  value: T;
}

function parseList<S extends z.ZodType>(
  raw: unknown,
  schema: S,
  file: string,
  describe: (item: Record<string, unknown>) => string,
  problems: SeedProblem[],
): Labelled<z.infer<S>>[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file, item: '(file)', message: 'must be a list of items' });
    return [];
  }
  const valid: Labelled<z.infer<S>>[] = [];
  raw.forEach((item, index) => {
    const label = `item ${index + 1}${isRecord(item) ? ` (${describe(item)})` : ''}`;
    const result = schema.safeParse(item);
    if (result.success) {
      valid.push({ label, value: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      problems.push({ file, item: label, message: `${where}${issue.message}` });
    }
  });
  return valid;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : '?';
}

function findDuplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) (seen.has(id) ? duplicates : seen).add(id);
  return [...duplicates];
}

/** Checks everything the graph relies on; throws SeedValidationError listing every problem. */
export function validateSeed(raw: RawSeed): ValidSeed {
  const problems: SeedProblem[] = [];
  const f = SEED_FILES;

  const actors = parseList(raw.files.actors, actorSchema, f.actors, (i) => show(i.id), problems).map((a) => a.value);
  const events = parseList(raw.files.events, eventSchema, f.events, (i) => show(i.id), problems).map((e) => e.value);
  const sourceInputs = parseList(raw.files.sources, sourceSchema, f.sources, (i) => show(i.id), problems).map(
    (s) => s.value,
  );
  const stanceInputs = parseList(
    raw.files.stances,
    stanceSchema,
    f.stances,
    (i) => `${show(i.actor)} on ${show(i.event)}`,
    problems,
  );
  const relationInputs = parseList(
    raw.files.relations,
    relationSchema,
    f.relations,
    (i) => `${show(i.source)} ${show(i.type)} ${show(i.target)}`,
    problems,
  );

  for (const [file, ids] of [
    [f.actors, actors.map((a) => a.id)],
    [f.events, events.map((e) => e.id)],
    [f.sources, sourceInputs.map((s) => s.id)],
  ] as const) {
    for (const id of findDuplicates(ids)) problems.push({ file, item: id, message: 'duplicate id' });
  }
  // Actors and events share one id space in the graph API (node ids), so they must not clash.
  const eventIdSet = new Set(events.map((e) => e.id));
  for (const actor of actors) {
    if (eventIdSet.has(actor.id)) {
      problems.push({
        file: f.actors,
        item: actor.id,
        message: 'id is also used by an event; ids must be unique across actors and events',
      });
    }
  }

  const actorIds = new Set(actors.map((a) => a.id));
  const sources = new Map<string, StoredSource>();
  for (const source of sourceInputs) {
    const text = raw.readText(source.text);
    if (text === undefined) {
      problems.push({ file: f.sources, item: source.id, message: `text file "${source.text}" not found` });
      continue;
    }
    for (const eventId of source.about) {
      if (!eventIdSet.has(eventId)) {
        problems.push({ file: f.sources, item: source.id, message: `about: unknown event "${eventId}"` });
      }
    }
    const { text: textPath, ...rest } = source;
    sources.set(source.id, { ...rest, textPath, text });
  }

  const checkQuote = (file: string, item: string, evidence: EvidenceInput) => {
    const source = sources.get(evidence.source);
    if (!source) {
      if (!sourceInputs.some((s) => s.id === evidence.source)) {
        problems.push({ file, item, message: `evidence cites unknown source "${evidence.source}"` });
      }
      return;
    }
    if (!source.text.includes(evidence.quote)) {
      problems.push({
        file,
        item,
        message: `quote is not a verbatim substring of source "${source.id}": "${truncate(evidence.quote)}"`,
      });
    }
  };

  const stances: StoredStance[] = [];
  const seenStances = new Set<string>();
  stanceInputs.forEach(({ label: item, value: input }: Labelled<StanceInput>) => {
    const id = stanceId(input.actor, input.event);
    if (!actorIds.has(input.actor)) problems.push({ file: f.stances, item, message: `unknown actor "${input.actor}"` });
    if (!eventIdSet.has(input.event))
      problems.push({ file: f.stances, item, message: `unknown event "${input.event}"` });
    if (seenStances.has(id)) {
      problems.push({
        file: f.stances,
        item,
        message: 'duplicate stance: one stance per actor and event (add evidence to the first instead)',
      });
    }
    seenStances.add(id);
    input.evidence.forEach((evidence) => checkQuote(f.stances, item, evidence));
    const evidenceIds = input.evidence.map((e) => evidenceId(id, e));
    for (const dup of findDuplicates(evidenceIds)) {
      problems.push({ file: f.stances, item, message: `the same quote is given twice (${dup})` });
    }
    stances.push({
      id,
      actorId: input.actor,
      eventId: input.event,
      stance: input.stance,
      statedOn: input.statedOn ?? null,
      evidence: input.evidence.map((e) => ({
        id: evidenceId(id, e),
        quote: e.quote,
        sourceId: e.source,
        kind: e.kind ?? null,
      })),
    });
  });

  const relations: StoredRelation[] = [];
  const seenRelations = new Set<string>();
  relationInputs.forEach(({ label: item, value: input }: Labelled<RelationInput>) => {
    const id = relationId(input.source, input.type, input.target);
    for (const end of [input.source, input.target]) {
      if (!actorIds.has(end)) problems.push({ file: f.relations, item, message: `unknown actor "${end}"` });
    }
    if (input.source === input.target)
      problems.push({ file: f.relations, item, message: 'an actor cannot relate to itself' });
    if (seenRelations.has(id)) problems.push({ file: f.relations, item, message: 'duplicate relation' });
    seenRelations.add(id);
    if (input.evidence) checkQuote(f.relations, item, input.evidence);
    relations.push({
      id,
      type: input.type,
      sourceId: input.source,
      targetId: input.target,
      evidence: input.evidence
        ? { quote: input.evidence.quote, sourceId: input.evidence.source, kind: input.evidence.kind ?? null }
        : null,
    });
  });

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { actors, events, sources: [...sources.values()], stances, relations };
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
