/**
 * Whose a name in a sentence is, by the words just before or after it: a name after a preposition is
 * no subject, unless the words make it the one spoken for ("a spokesperson for X", "officials at X");
 * an official named by post after a possessive speaks for the owner ("Ghana's foreign minister");
 * a name closing the sentence with "said" has the words before it ("…, Chad said on Friday."); one
 * after "according to" reacts, unless it only reports or counts; one "quoted as saying" says what follows;
 * one after '…," said' or opening "For X, …" has the words before or after it.
 */
import { PORTFOLIO as PORTFOLIO_WORDS, SPEECH_VERB_ANY } from './lexicon';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';
import { nameBefore } from './lists';
import { ROLE } from './posts';

const PREPOSITIONS =
  'in|from|of|at|to|for|with|against|into|between|among|across|within|about|toward|towards|than|like|on|over|under|amid|around|near|behind|beyond|including|regarding|concerning|throughout|via|upon';
const AFTER_PREPOSITION_ONLY = new RegExp(`(?:^|\\s)(?:${PREPOSITIONS})\\s+(?:the\\s+)?$`, 'i');
const AFTER_PREPOSITION_WORD = new RegExp(
  `(?:^|\\s)(?:${PREPOSITIONS})\\s+(?:the\\s+)?(?!which\\b|whom\\b|whose\\b)[a-z][a-z-]*\\s+$`,
);
/** "relations with Askavia's Supreme Transitional Council": a name owned by another after a preposition. */
const AFTER_PREPOSITION_OWNER = new RegExp(
  `(?:^|\\s)(?:${PREPOSITIONS})\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?['’]s\\s+(?:[a-z][a-z-]*\\s+)?$`,
);
/** "in the X", and with a word in lower case between ("in eastern X"; not "Secretary of State X"). */
export const afterPreposition = (lead: string) =>
  AFTER_PREPOSITION_ONLY.test(lead) || AFTER_PREPOSITION_WORD.test(lead) || AFTER_PREPOSITION_OWNER.test(lead);
/**
 * "Several governments, including France and Spain, welcomed …", "Groups — including X — along with Y,
 * expressed …": the names set apart belong to the subject.
 */
export const INCLUDING =
  /(?:,|\s[–—])\s+(?:including|among\s+them|notably|such\s+as|(?:along|together)\s+with)\s+(?:the\s+)?$/i;
/**
 * "Merkel's spokesman said", "Ghana's deputy foreign minister said", "Qatar's minister of state for
 * foreign affairs said": an official named by post only speaks for the owner; not when the holder's
 * name follows ("Ghana's ambassador in Oslo, Kofi Mensah, said").
 */
export const OWN_SPOKESMAN = new RegExp(
  String.raw`^['’]s?\s+(?:(?:deputy\s+|acting\s+)?${PORTFOLIO_WORDS}\s+minister|minister\s+of\s+state(?:\s+for\s+[a-z]+(?:\s+affairs)?)?|` +
    String.raw`(?:(?:[a-z]+\s+){1,2}|(?:\p{Lu}[\p{L}-]*\s+){1,2}(?=director|chief|head|representative|office|bureau))?(?:spokes(?:man|woman|person)|director|chief|head|representative|diplomat|ambassador|envoy|ministry|office|bureau))` +
    String.raw`(?!\s*,?\s*[A-Z])(?![^,.;"“]{0,40},\s*\p{Lu})`,
  'u',
);
/** "The government of X", "a spokesperson for X": X speaks through them. */
const VOICE_OF =
  /\b(?:government|parliament|ministr(?:y|ie)|president|minister|spokes(?:person|man|woman)|representative|envoy|ambassador|delegation|mission|official|source|deput(?:y|ie)|member|ministry\s+of\s+(?:foreign|external)\s+affairs)s?\s+(?:of|for|from)\s+(?:the\s+)?$/i;
/** "special representative for Afghanistan", "envoy for Syria": a portfolio, not whom they speak for. */
const PORTFOLIO = /\b(?:representative|envoy|coordinator|rapporteur)s?\s+for\s+(?:the\s+)?$/i;
/** "a senior official at the State Department": the department speaks through them. */
const OFFICIAL_AT = /\bofficials?\s+at\s+(?:the\s+)?$/i;
/** "officials in France": a state's; not "officials in Port Amell", a town the lists do not know. */
const OFFICIAL_IN = /\bofficials?\s+in\s+(?:the\s+)?$/i;
export const voiceOf = (lead: string, m?: Mention) =>
  (VOICE_OF.test(lead) || OFFICIAL_AT.test(lead) || (m?.actor.kind === 'state' && OFFICIAL_IN.test(lead))) &&
  !PORTFOLIO.test(lead);

/**
 * A reporting clause closing the sentence: "…, Chad said on Friday.", "…, Foreign Minister X told
 * reporters in Accra.": after the comma a few words of title, then the name, a verb of speech and at
 * most where or when (no clause of its own).
 */
const TRAILING_LEAD =
  /[^,\s][^,]{8,},\s+(?!(?:and|but|while|whereas|as|which|who|where|when|if)\b)(?:[\w.'’-]+\s+){0,4}$/;
const TRAILING_VERB =
  /^\s+(?:(?:spokes(?:person|man|woman)|official|source|diplomat)s?\s+)?(?:said|says|told|added|stated|wrote|insisted|stressed|noted|argued|declared|maintained|posted)\b([^"“”;:]{0,90})$/;
const TRAILING_TAIL =
  /^(?:\s+(?:on|in|at|to|during|after|before|from|via|through|late|early|earlier|later|last|this|yesterday|today|reporters|journalists|lawmakers|parliament|the\s+(?:press|media|news|assembly|parliament|senate|council|agency)|a\s+(?:news|press|briefing|statement|radio|television|TV|local)|state\s+(?:media|television|TV|radio)|[A-Z][\w-]*)\b.*)?$/;
const FINITE_VERB = /\b(?:was|were|is|are|had|has|have|would|will|should|must|could|can|did|does|do|that)\b/;

export function trailingAttribution(text: string, sentence: Sentence, m: Mention): boolean {
  if (m.possessive || !TRAILING_LEAD.test(text.slice(sentence.start, m.start - (m.title ? m.title.length + 1 : 0))))
    return false;
  const verb = TRAILING_VERB.exec(text.slice(m.end, sentence.end));
  if (!verb) return false;
  const tail = verb[1].replace(/[.!?]["”’]?\s*$/, '');
  return TRAILING_TAIL.test(tail) && !FINITE_VERB.test(tail) && !SPEECH_VERB_ANY.test(tail);
}

/** '…," said Fereshta Abbasi, Mali researcher at …': the place of the speaker's title, not a second speaker. */
export function placeOfTitle(text: string, mentions: Mention[], m: Mention): boolean {
  const before = nameBefore(mentions, m);
  return (
    before !== undefined &&
    before.actor.kind === 'person' &&
    /^,\s+$/.test(text.slice(before.end, m.start)) &&
    /^\s+(?!(?:and|or)\s)[a-z]/.test(text.slice(m.end, m.end + 5))
  );
}

/** A news outlet after "according to": "the X news agency", "the X Times". */
const NEWS_OUTLET =
  /^\s+(?:(?:state|official|news|wire)\s+)*(?:news\s+agency|agency|newspaper|daily|broadcaster|television|TV|radio)\b/;
const NEWS_NAME = /\b(?:News|Times|Post|Press|Tribune|Agency|Gazette|Herald|Television|TV|Radio)$/;
/** "according to X", "according to a statement from the foreign ministry of X". */
const ACCORDING_TO =
  /according\s+to\s+(?:an?\s+(?:[a-z-]+\s+){0,2}?statement\s+(?:by|from|issued\s+by)\s+)?(?:(?:its|their|his|her|the)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}[\w-]+,\s+)?(?:the\s+)?$/i;

/**
 * "…, according to X": 'voice' when X reacts; 'source' when X only reports or counts ("according to
 * the RIA Novosti news agency", "according to United Nations estimates"); null when no "according to".
 */
export function accordingTo(text: string, before: string, m: Mention): 'voice' | 'source' | null {
  if (!ACCORDING_TO.test(before.slice(-110))) return null;
  if (NEWS_OUTLET.test(text.slice(m.end, m.end + 30)) || NEWS_NAME.test(m.actor.name)) return 'source';
  const after = text.slice(m.end, m.end + 30);
  return /^\s+(?:[a-z-]+\s+)?(?:estimates?|figures|data|statistics|numbers|counts?|tallies|records)\b/.test(after)
    ? 'source'
    : 'voice';
}

/** What a quoted speaker is said to do: "as saying", "as describing it as". */
const QUOTED_AS_VERB =
  '(?:saying|describing|calling|stating|emphasi[sz]ing|telling|noting|stressing|warning|welcoming|praising|condemning)';
const QUOTED_AS = new RegExp(String.raw`^,?\s+(?:[^.;"“”]{0,80}?,\s+)?as\s+${QUOTED_AS_VERB}\b`);
const QUOTED_PASSIVE = new RegExp(
  String.raw`^\s+(?:was|were|has\s+been|had\s+been)\s+quoted\s+(?:by\s+[^.;"“”]{1,80}?\s+)?as\s+${QUOTED_AS_VERB}\b`,
);
/**
 * "The agency quoted Kazakh Foreign Minister X as saying …", "The ministry quoted X as describing it
 * as …": X speaks the words after "as"; where they start, or null.
 */
export function quotedAs(text: string, before: string, m: Mention): number | null {
  const after = text.slice(m.end, m.end + 160);
  // "X was quoted by the Interfax news agency as saying …": the passive, with its quoting agency or not.
  const passive = QUOTED_PASSIVE.exec(after);
  if (passive) return m.end + passive[0].length - /\S+$/.exec(passive[0])![0].length;
  if (!/\bquot(?:ed|es|ing)\s+(?:[\p{L}'’.-]+\s+){0,5}$/u.test(before.slice(-80))) return null;
  const as = QUOTED_AS.exec(after);
  return as ? m.end + as[0].length - /\S+$/.exec(as[0])![0].length : null;
}

/** A post named in lower case between a body and its holder's name ("Foreign Office spokesperson X"). */
const POST_WORD = String.raw`(?:${ROLE}|official|advis[eo]r)`;
const POST_THEN = new RegExp(String.raw`^\s+${POST_WORD}\s+$`);

/** `m`, a body, is followed by a post and a person's name: the person holds the post and speaks. */
export function postThenName(text: string, mentions: Mention[], m: Mention): boolean {
  if (m.actor.kind === 'person') return false;
  const next = mentions.find((o) => o.start >= m.end && o.start - m.end <= 30);
  return next?.actor.kind === 'person' && POST_THEN.test(text.slice(m.end, next.start));
}

/** The members a bloc's short name can qualify: "EU capitals", "NATO allies". */
export const BLOC_MEMBERS =
  /^\s+(?:capitals|members|states|countries|governments|officials|leaders|diplomats|ministers|envoys|allies|partners|nations)\b/;
/** A sentence opening on whose view it gives: "For X, …", "But for X, who …, …". */
export const FOR_VIEW = /^(?:(?:But|And|Yet)\s+)?[Ff]or\s+(?:the\s+)?$/;
export const VIEW_AFTER = /^(?:,\s+(?:who|which)\s[^,;]{1,120})?,\s+/;
/**
 * '…," said X', '…," said the council's chair, X', '…," said its secretary-general, X', '…," said
 * Caldara's foreign minister X'.
 */
export const SAID_X = new RegExp(
  String.raw`\b(?:said|says|added|asked|warned|wrote|stated|declared|insisted|argued|noted)\s+(?:an?\s+(?:[a-z-]+\s+){0,2}?statement\s+(?:by|from|issued\s+by)\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[^"“”.;,]{1,60},\s+)?(?:[A-Z][\w.-]*\s+){0,4}(?:(?:[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){0,2})?${POST_WORD}\s+(?:[A-Z][\w.-]*\s+){0,2})?$`,
);
