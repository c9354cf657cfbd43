/**
 * The review of an article's proposals on /ingest, as plain data: what the extractor proposed, what
 * the editor decided for each row, and what saving did. Pure functions only, so the page's rules
 * (which rows "accept all" takes, how a selection becomes a quote, how highlights overlap) are tested
 * without a browser.
 */
import type { QuoteKind, Stance } from '@/lib/domain';
import type { Extraction, Proposal, ProposedActor, ProposedRelation, UnnamedVoice } from '@/lib/ingest/types';

/** POST /api/ingest's answer. */
export interface IngestAnswer extends Extraction {
  event: string;
  /** The article as stored already, and the ids of the stances that cite it. */
  stored: { sourceId: string; title: string; stances: string[] } | null;
}

export type Decision = 'open' | 'accepted' | 'rejected';

/**
 * What saving a row did: `saved` (a new stance or relation), `evidence` (a quote added to the stance
 * stored already), `exists` (the relation was stored), `refused` (the server's reason).
 */
export interface Outcome {
  state: 'saved' | 'evidence' | 'exists' | 'refused';
  message: string;
}

export interface ReviewRow {
  key: string;
  actor: ProposedActor;
  stance: Stance | null;
  quote: string;
  start: number;
  end: number;
  quoteKind: QuoteKind;
  cue: string;
  confidence: number;
  how: string;
  /** As the extractor proposed it, to show what the editor changed. */
  proposed: Proposal;
  decision: Decision;
  outcome: Outcome | null;
}

export interface RelationRow {
  key: string;
  relation: ProposedRelation;
  decision: Decision;
  outcome: Outcome | null;
}

export interface Review {
  text: string;
  event: string;
  title: string | null;
  stored: IngestAnswer['stored'];
  /** Set once the source is stored by a save, so that a retry does not store it again. */
  sourceId: string | null;
  rows: ReviewRow[];
  relations: RelationRow[];
  unnamed: UnnamedVoice[];
}

export function reviewFrom(answer: IngestAnswer): Review {
  return {
    text: answer.text,
    event: answer.event,
    title: answer.title,
    stored: answer.stored,
    sourceId: answer.stored?.sourceId ?? null,
    rows: answer.proposals.map((p, i) => ({
      key: `p${i}`,
      actor: p.actor,
      stance: p.stance,
      quote: p.quote,
      start: p.start,
      end: p.end,
      quoteKind: p.quoteKind,
      cue: p.cue,
      confidence: p.confidence,
      how: p.how,
      proposed: p,
      decision: 'open',
      outcome: null,
    })),
    relations: answer.relations.map((relation, i) => ({ key: `r${i}`, relation, decision: 'open', outcome: null })),
    unnamed: answer.unnamed,
  };
}

/** Saved rows are done: a retry skips them and their controls are locked. */
export function isDone(outcome: Outcome | null): boolean {
  return outcome !== null && outcome.state !== 'refused';
}

/** Only a row with a stance can be accepted: the server stores none without one. */
export function canAccept(row: ReviewRow): boolean {
  return row.stance !== null && row.quote.trim() !== '';
}

/**
 * "Accept all with confidence ≥ x %": open rows only, so nothing the editor rejected comes back. Compared
 * in whole percent, as the cards show it, so that a card reading 80% is taken at 80.
 */
export function acceptAbove(rows: ReviewRow[], percent: number): ReviewRow[] {
  return rows.map((row) =>
    row.decision === 'open' && !isDone(row.outcome) && canAccept(row) && Math.round(row.confidence * 100) >= percent
      ? { ...row, decision: 'accepted' }
      : row,
  );
}

/** A selection of the text as a quote: outer spaces left out, since a quote is the words. Null when empty. */
export function spanOf(text: string, start: number, end: number): { start: number; end: number; quote: string } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return from < to ? { start: from, end: to, quote: text.slice(from, to) } : null;
}

/**
 * The row with its quote moved to another span. A direct quote stays direct only inside the span the
 * extractor found in quotation marks: wider, it holds the report's words too, and nobody's words are
 * shown as theirs unless they are.
 */
export function withSpan(row: ReviewRow, span: { start: number; end: number; quote: string }): ReviewRow {
  const inside = span.start >= row.proposed.start && span.end <= row.proposed.end;
  const quoteKind: QuoteKind = row.proposed.quoteKind === 'direct' && inside ? 'direct' : 'reported';
  return { ...row, ...span, quoteKind, outcome: null };
}

/** Which actor a row stands for: a stored one by id, a new one by its name. */
export function actorKey(actor: Pick<ProposedActor, 'id' | 'name'>): string {
  return actor.id ? `id:${actor.id}` : `new:${actor.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export interface ActorGroup {
  key: string;
  actor: ProposedActor;
  rows: ReviewRow[];
}

/** The rows by actor, in the order each actor first appears in the article. */
export function groupByActor(rows: ReviewRow[]): ActorGroup[] {
  const groups = new Map<string, ActorGroup>();
  for (const row of [...rows].sort((a, b) => a.start - b.start)) {
    const key = actorKey(row.actor);
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { key, actor: row.actor, rows: [row] });
  }
  return [...groups.values()];
}

/** A stretch of the article and the rows whose quotes cover it (none: plain text). */
export interface Segment {
  start: number;
  end: number;
  keys: string[];
}

/** The article cut where any quote starts or ends, so overlapping quotes each keep their highlight. */
export function segmentsOf(textLength: number, spans: { key: string; start: number; end: number }[]): Segment[] {
  const cuts = new Set([0, textLength]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(textLength, s.start)));
    cuts.add(Math.max(0, Math.min(textLength, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const keys = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.key);
    const last = segments[segments.length - 1];
    // Neighbouring plain stretches join, so the text is not split more than the highlights need.
    if (last && keys.length === 0 && last.keys.length === 0) last.end = end;
    else segments.push({ start, end, keys });
  }
  return segments;
}

/** "fawzia-koofi" -> "Fawzia Koofi": a stored actor's name when only its id is known. */
export function humanizeId(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

/** What a save did, by row key and by actorKey (the actors it created or found). */
export interface SaveOutcomes {
  sourceId: string | null;
  actorIds: Record<string, string>;
  rows: Record<string, Outcome>;
  relations: Record<string, Outcome>;
}

/**
 * The review after a save: outcomes on their rows, new actors now stored (so a retry does not create
 * them again), the source remembered. Rows keep the editor's decisions, so a refused one can be fixed.
 */
export function applySave(review: Review, saved: SaveOutcomes): Review {
  const stored = (actor: ProposedActor): ProposedActor =>
    actor.id ? actor : { ...actor, id: saved.actorIds[actorKey(actor)] ?? null };
  return {
    ...review,
    sourceId: saved.sourceId ?? review.sourceId,
    rows: review.rows.map((row) => ({
      ...row,
      actor: stored(row.actor),
      outcome: saved.rows[row.key] ?? row.outcome,
    })),
    relations: review.relations.map((row) => ({
      ...row,
      relation: { ...row.relation, from: stored(row.relation.from), to: stored(row.relation.to) },
      outcome: saved.relations[row.key] ?? row.outcome,
    })),
  };
}
