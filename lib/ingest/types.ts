/**
 * What the article extractor proposes (POST /api/ingest answers it; nothing is written). Every
 * `quote` is exactly `text.slice(start, end)` of the prepared text the answer carries.
 */
import type { ActorKind, RelationType, Stance } from '../domain';

/** A span of the text: `quote === text.slice(start, end)`. */
interface Span {
  quote: string;
  start: number;
  end: number;
}

export interface ProposedActor {
  /** The stored actor the name or an alias matched; null for one not stored yet. */
  id: string | null;
  name: string;
  kind: ActorKind;
}

export interface Proposal extends Span {
  actor: ProposedActor;
  /** null: the actor speaks about the event, but no stance cue was found. */
  stance: Stance | null;
  /** The words that gave the stance (or the speech verb when there is none). */
  cue: string;
  /** 0 to 1: how surely the words say who took which stance. */
  confidence: number;
  /** Whether the quote is inside quotation marks (the actor's own words) or the report's account. */
  quoteKind: 'direct' | 'reported';
  /** How the speaker was found, for the reviewer ("said X", "pronoun", "speaks for", …). */
  how: string;
}

/** A stance of a voice the report does not name ("critics", "diplomats"). */
export interface UnnamedVoice extends Span {
  who: string;
  stance: Stance | null;
  cue: string;
  confidence: number;
}

export interface ProposedRelation extends Span {
  type: RelationType;
  from: ProposedActor;
  to: ProposedActor;
  confidence: number;
}

export interface Extraction {
  /** The text the spans point into: the pasted text, or the article's main text taken out of HTML, repeated paragraphs removed. */
  text: string;
  /** The article's title when the HTML gave one. */
  title: string | null;
  proposals: Proposal[];
  unnamed: UnnamedVoice[];
  relations: ProposedRelation[];
}

/** An actor the graph already holds, as the extractor matches names against it. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Ids of the actors it SPEAKS_FOR or LEADS in the graph. */
  speaksFor?: string[];
}

/**
 * What "the event" is for the extractor: who acted, the act (a word stem such as "recogni"), its
 * target, and other words a report uses for it ("the decision", "the move").
 */
export interface EventDescription {
  title: string;
  actor: string | null;
  act: string | null;
  target: string | null;
  /** Words for the event itself ("the recognition", "the decision"). */
  aliases: string[];
  /** The target's names, when known (a stored actor's aliases). */
  targetNames?: string[];
}

/**
 * An extractor: the rule-based one here, or later a heavier NLP service (parsing, coreference)
 * behind the same call; the review flow sees only this.
 */
export interface Extractor {
  extract(input: {
    text: string;
    event: EventDescription;
    known: KnownActor[];
    /** Who published the report: a body that takes positions speaks in it as "we". */
    publisher?: string;
  }): Omit<Extraction, 'title'> | Promise<Omit<Extraction, 'title'>>;
}
