/**
 * A report a body publishes about the event (a think tank's brief, a rights group's statement) gives
 * that body's own view in the first person plural: "In our view the sale is defensible …", "We
 * consider the measures justified". A news outlet's "we" ("people we spoke to") is no stance, so
 * only a publisher named as a body that takes positions speaks this way.
 */
import { NEWS_OUTLETS, ORGANISATION_WORDS } from './lexicon';
import type { Mention } from './mentions';
import { quotedSpans, type Sentence } from './sentences';
import type { KnownActor } from './types';

/** The first person plural as the subject of a view: "we consider", "In our view", "Our view, …, is". */
const OUR_VIEW =
  /(?:^|[^\w'’-])(?:[Ww]e\s+(?:(?:would|do|also|still|now|therefore|strongly)\s+)?(?!spoke|talked|asked|contacted|reached|interviewed|visited|met|reported|wrote|counted)[a-z]+|(?:[Ii]n|[Oo]n)\s+our\s+(?:view|assessment|judgement|judgment|reading)|[Oo]ur\s+(?:view|assessment|judgement|judgment|conclusion)(?=[\s,]))/g;

/** Bodies of news, not of positions, whatever their name says ("Reuters", "Press Association"). */
const NEWS_WORDS =
  /\b(?:news|press|times|post|herald|tribune|journal|gazette|radio|television|tv|broadcasting|media|wire|agency|digest|daily|weekly|magazine|review)\b/i;

/**
 * The publisher as a speaker, when it is a body that takes positions (its name ends in an
 * organisation's word: "Institute", "Centre", "Watch"), matched to a stored actor by name or alias.
 */
export function publisherVoice(publisher: string | undefined, known: KnownActor[]): Mention | null {
  const name = publisher?.trim();
  if (!name || NEWS_OUTLETS.has(name) || NEWS_WORDS.test(name)) return null;
  const stored = known.find((k) => [k.name, ...k.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
  const words = name.toLowerCase().split(/\s+/);
  if (!stored && !words.some((w) => ORGANISATION_WORDS.has(w))) return null;
  return {
    start: 0,
    end: 0,
    surface: name,
    actor: stored ? { id: stored.id, name: stored.name, kind: stored.kind } : { id: null, name, kind: 'organisation' },
    possessive: false,
    title: null,
    of: null,
  };
}

/** Whether the sentence gives the publisher's view: "we" or "our view" outside any quotation. */
export function inOurWords(text: string, sentence: Sentence): boolean {
  const quoted = quotedSpans(text, sentence.start, sentence.end);
  for (const m of sentence.text.matchAll(OUR_VIEW)) {
    const at = sentence.start + m.index;
    if (!quoted.some(([from, to]) => at >= from && at < to)) return true;
  }
  return false;
}
