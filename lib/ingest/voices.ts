/**
 * Whose a name in a sentence is, by the words just before or after it: a name after a preposition is
 * no subject, unless the words make it the one spoken for ("a spokesperson for X", "officials at X");
 * an official named by post after a possessive speaks for the owner ("Ghana's foreign minister").
 */
import { PORTFOLIO as PORTFOLIO_WORDS } from './lexicon';

const PREPOSITIONS =
  'in|from|of|at|to|for|with|against|into|between|among|across|within|about|toward|towards|than|like|on|over|under|amid|around|near|behind|beyond|including|regarding|concerning|throughout|via|upon';
const AFTER_PREPOSITION_ONLY = new RegExp(`(?:^|\\s)(?:${PREPOSITIONS})\\s+(?:the\\s+)?$`, 'i');
const AFTER_PREPOSITION_WORD = new RegExp(
  `(?:^|\\s)(?:${PREPOSITIONS})\\s+(?:the\\s+)?(?!which\\b|whom\\b|whose\\b)[a-z][a-z-]*\\s+$`,
);
/** "in the X", and with a word in lower case between ("in eastern X"; not "Secretary of State X"). */
export const afterPreposition = (lead: string) =>
  AFTER_PREPOSITION_ONLY.test(lead) || AFTER_PREPOSITION_WORD.test(lead);
/** "Several governments, including France and Spain, welcomed …": the names set apart belong to the subject. */
export const INCLUDING = /,\s+(?:including|among\s+them|notably|such\s+as)\s+(?:the\s+)?$/i;
/**
 * "Merkel's spokesman said", "Ghana's deputy foreign minister said", "Qatar's minister of state for
 * foreign affairs said": an official named by post only speaks for the owner; not when the holder's
 * name follows ("Ghana's ambassador in Oslo, Kofi Mensah, said").
 */
export const OWN_SPOKESMAN = new RegExp(
  String.raw`^['’]s\s+(?:(?:deputy\s+|acting\s+)?${PORTFOLIO_WORDS}\s+minister|minister\s+of\s+state(?:\s+for\s+[a-z]+(?:\s+affairs)?)?|` +
    String.raw`(?:(?:[a-z]+\s+){1,2}|(?:\p{Lu}[\p{L}-]*\s+){1,2}(?=director|chief|head|representative))?(?:spokes(?:man|woman|person)|director|chief|head|representative|diplomat|ambassador|envoy))` +
    String.raw`(?!\s*,?\s*[A-Z])(?![^,.;"“]{0,40},\s*\p{Lu})`,
  'u',
);
/** "The government of X", "a spokesperson for X": X speaks through them. */
const VOICE_OF =
  /\b(?:government|parliament|ministr(?:y|ie)|president|minister|spokes(?:person|man|woman)|representative|envoy|ambassador|delegation|mission|official|source)s?\s+(?:of|for|from)\s+(?:the\s+)?$/i;
/** "special representative for Afghanistan", "envoy for Syria": a portfolio, not whom they speak for. */
const PORTFOLIO = /\b(?:representative|envoy|coordinator|rapporteur)s?\s+for\s+(?:the\s+)?$/i;
/** "a senior official at the State Department": the department speaks through them. */
const OFFICIAL_AT = /\bofficials?\s+at\s+(?:the\s+)?$/i;
export const voiceOf = (lead: string) => (VOICE_OF.test(lead) || OFFICIAL_AT.test(lead)) && !PORTFOLIO.test(lead);
