/**
 * Who echoes whom, and what "That concern was echoed by X" or "X echoed that concern" gives X: the stance its noun names, else
 * the stance of whom it echoes (not the last stance anyone took: a speaker without one may come between).
 */
import type { Stance } from '../domain';
import type { Mention } from './mentions';

const NOUNS: [RegExp, Stance][] = [
  [/^(?:concerns?|worr(?:y|ies)|fears?|caution|warnings?|unease|misgivings|doubts?)$/i, 'caution'],
  [/^(?:criticism|condemnation|anger|outrage|objections?|rejection|opposition|censure|dismay)$/i, 'condemnation'],
  [/^(?:praise|support|welcome|optimism|enthusiasm|satisfaction|approval|backing|relief)$/i, 'support'],
];

/** The noun before "was echoed" ("That concern was echoed by …", "Their criticism was later echoed"). */
const ECHOED_NOUN =
  /\b(?:that|this|the|a|their|his|her|its|such)\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:was|were|has\s+been|is)\s+(?:\w+ly\s+|also\s+)?echoed\b/i;

/** "Its call for the parliament to reverse the decision was echoed by …": a call to undo the act. */
const ECHOED_CALL_TO_UNDO =
  /\b(?:calls?|demands?|appeals?)\s+(?:for\s+[^.;"“”]{1,60}?\s+)?to\s+(?:reverse|revoke|rescind|withdraw|scrap|undo|cancel|overturn|annul|drop)\s[^.;]{0,80}?\s(?:was|were|has\s+been|is)\s+(?:\w+ly\s+|also\s+)?echoed\b/i;

/** The noun after "echoed" ("X echoed that concern", "echoing the criticism"). */
const ECHOING_NOUN =
  /\becho(?:ed|es|ing)\s+(?:that|this|the|their|his|her|its|such|those|these|similar|(?:the\s+)?\p{Lu}[\p{L}-]*['’]s?)\s+([a-z-]+)(?:\s+([a-z]+))?/iu;

export function echoedStance(sentence: string, echoedSpeaker: Stance | undefined): Stance | null {
  if (ECHOED_CALL_TO_UNDO.test(sentence)) return 'condemnation';
  const echoing = ECHOING_NOUN.exec(sentence);
  // "echoed the criticism of …", "echoed that deep concern": the noun, with or without a word before it.
  const nouns = [ECHOED_NOUN.exec(sentence)?.[1], echoing?.[1], echoing?.[2]];
  const named = nouns.flatMap((noun) => (noun ? NOUNS.filter(([words]) => words.test(noun)) : []))[0]?.[1];
  return named ?? echoedSpeaker ?? null;
}

/** "…, as did X", "So did X", "as have X and Y": the one before's stance, taken by the names after. */
const AS_DID =
  /(?:^|[,;]\s*(?:and\s+)?|\band\s+)(?:as|so)\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;
const ECHOED_BY = /[Ee]choed\s+by\s+(?:[Tt]he\s+)?(?:[a-z-]+\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z-]+,?\s+){0,3}$/;

/**
 * Whether the name after `before` echoes someone: "echoed by neighbouring X", "a view echoed by
 * Hallin's prime minister, X"; "Mali welcomed it, as did Chad and Niger", "So did the African Union".
 */
export function echoesBefore(before: string): boolean {
  return ECHOED_BY.test(before.slice(-80)) || AS_DID.test(before.slice(-40));
}

/** After an owner: its words, then "was echoed" ("'s position was echoed by", "'s call was later echoed by"). */
const ECHOED_OWNER =
  /^['’]s?\s+(?:[a-z-]+\s+){1,3}(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+|also\s+|later\s+|again\s+)?echoed\b/;

/** "Brisquet's position was echoed by X": the one whose words are named, not the last to speak. */
export function echoedOwner(text: string, mentions: Mention[], sentenceStart: number, at: number): Mention | undefined {
  return mentions.find(
    (o) => o.possessive && o.start >= sentenceStart && o.end < at && ECHOED_OWNER.test(text.slice(o.end, at)),
  );
}

/**
 * Whom "X echoed …" echoes: the name right after the verb ("echoed Niger's criticism"), else the last
 * speaker when their words are pointed back to ("echoed that concern"), else no one ("echoed calls
 * for restraint").
 */
export function whomEchoed(text: string, mentions: Mention[], verb: number, last: Mention | null): Mention | undefined {
  const named = mentions.find((o) => o.start > verb && /^[a-z]+\s+(?:the\s+)?$/.test(text.slice(verb, o.start)));
  if (named) return named;
  return /^[a-z]+\s+(?:that|this|these|those|such|their|his|her|its)\s/.test(text.slice(verb, verb + 30))
    ? (last ?? undefined)
    : undefined;
}

/** "…, with Australia following suit": a name doing as the sentence's subject did. */
export function withFollowingSuit(text: string, m: Mention, floor = 0): boolean {
  return (
    /,?\s+with\s+(?:the\s+)?$/.test(text.slice(Math.max(floor, m.start - 12), m.start)) &&
    /^\s+(?:following\s+suit|doing\s+the\s+same|doing\s+likewise)\b/.test(text.slice(m.end, m.end + 20))
  );
}
