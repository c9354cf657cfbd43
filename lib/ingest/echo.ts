/**
 * What "That concern was echoed by X" gives X: the stance its noun names, else the stance of whom it
 * echoes (not the last stance anyone took: a speaker without one may come between).
 */
import type { Stance } from '../domain';

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

export function echoedStance(sentence: string, echoedSpeaker: Stance | undefined): Stance | null {
  if (ECHOED_CALL_TO_UNDO.test(sentence)) return 'condemnation';
  const noun = ECHOED_NOUN.exec(sentence)?.[1];
  const named = noun ? NOUNS.find(([words]) => words.test(noun))?.[1] : undefined;
  return named ?? echoedSpeaker ?? null;
}
