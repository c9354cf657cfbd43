/**
 * The acting side's own deed as its stance: an acting actor a report names only as the act's owner
 * ("Japan's decision to release …"), as the doer in another's words ("said Russia had become the first
 * to recognise …"), counted together with another ("Both countries agreed …"), receiving an envoy's
 * credentials, following suit, or opening a sentence that tells the act ("Vossland froze the assets of
 * …") supports it, where nothing else proposed it. Part of the extraction (extract.ts), after every
 * sentence is read.
 */
import { actVerb } from './acts';
import { withFollowingSuit } from './echo';
import { byDemonym } from './mention-words';
import { listAt } from './lists';
import type { Mention } from './mentions';
import { proposal } from './proposals';
import type { Sentence } from './sentences';
import { actingTogether, ownersOfTheAct, type ActingSide } from './sides';
import { sameName, type Speaker } from './speakers';
import type { EventDescription, Proposal } from './types';

/** Between a subject and its verb: an auxiliary, "became the first country to", an adverb, an opening quotation mark. */
export const ACTING_CLAUSE_AFTER =
  /^\s+(?:(?:had|has|have|was|were|is|are|would|will)\s+)?(?:(?:become|became|is|was|are)\s+the\s+(?:first|only|latest|second)\s+(?:[a-z]+\s+){0,2}?to\s+)?(?:[a-z]+ly\s+)?["“]?$/;

/** Before a name that opens its sentence: a time or a place, "the", "the government of". */
const ACTOR_OPENS =
  /^(?:(?:On|In|Late|Early|Earlier|Last|This)\b[^,;"“”]{0,30},\s*)?(?:[Tt]he\s+(?:(?:government|parliament|cabinet)\s+of\s+(?:the\s+)?)?)?$/;

/** Adds to `proposals` the acting actors' support for their own act that no sentence of theirs gave. */
export function actedWithoutWords(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  event: EventDescription,
  side: ActingSide,
  proposals: Proposal[],
): void {
  const closedSentence = (at: number) =>
    sentences.find((s) => s.start <= at && at < s.end && /[.!?"”’)]$/.test(s.text));
  const acted = (mention: Mention, sentence: Sentence | undefined, how: string) => {
    if (!sentence || proposals.some((p) => p.actor.name === mention.actor.name)) return;
    const speaker: Speaker = { mention, from: sentence.start, to: sentence.end, how, factor: 1 };
    proposals.push(proposal(speaker, sentence, 'support', 'the act', 0.5, 'reported'));
  };
  // "… said that Russia had become the first country to recognise it": the act told of its doer.
  const act = actVerb(event);
  for (const verb of act ? text.matchAll(act) : []) {
    const doer = mentions.findLast(
      (m) =>
        m.end <= verb.index &&
        !m.possessive &&
        side.names.some((n) => sameName(m, n)) &&
        ACTING_CLAUSE_AFTER.test(text.slice(m.end, verb.index)),
    );
    if (doer) acted(doer, closedSentence(doer.start), 'acting side');
  }
  for (const owner of ownersOfTheAct(text, mentions, event, side))
    acted(owner, closedSentence(owner.start), 'owner of the act');
  const together = actingTogether(text, mentions, event);
  for (const m of together?.mentions ?? []) acted(m, closedSentence(together!.at), 'acting together');
  // "presented his credentials to Russian Deputy Foreign Minister X", "X accepting the credentials":
  // the acting state's official receiving an envoy's credentials does the act of recognition.
  for (const m of mentions)
    if (
      m.actor.kind === 'person' &&
      m.of !== null &&
      side.names.includes(m.of) &&
      (/\bcredentials\s+to\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u.test(text.slice(Math.max(0, m.start - 60), m.start)) ||
        /^\s+(?:accept(?:ed|ing|s)|receiv(?:ed|ing|es))\s+(?:the\s+|his\s+|her\s+)?(?:[a-z]+\s+)?credentials\b/.test(
          text.slice(m.end, m.end + 50),
        ))
    )
      acted(m, closedSentence(m.start), 'acting side');
  // Not its people's word ("The Velmoran lev fell"), nor an owner ("Esterlund's Treasury").
  const opening = mentions.find((m) => {
    const sentence = closedSentence(m.start);
    return (
      sentence !== undefined &&
      !m.possessive &&
      !/^['’]/.test(text.slice(m.end, m.end + 1)) &&
      !byDemonym(m) &&
      side.names.some((n) => sameName(m, n)) &&
      ACTOR_OPENS.test(text.slice(sentence.start, m.start))
    );
  });
  // Nor where its government spoke for it ("the government of X lifted …" is the X government's).
  const governmentSpoke = proposals.some(
    (p) =>
      (p.actor.kind === 'government' || p.actor.kind === 'government-body') &&
      side.names.some((n) => p.actor.name.startsWith(`${n} `)),
  );
  // "…, with Australia following suit": an acting state doing the act after the others.
  for (const m of mentions)
    if (side.names.some((n) => sameName(m, n)) && withFollowingSuit(text, m))
      acted(m, closedSentence(m.start), 'acting side');
  // "The UK and Canada took the step": every acting name of the list that opens the sentence.
  if (opening && !governmentSpoke)
    for (const m of listAt(text, mentions, opening.start))
      if (side.names.some((n) => sameName(m, n))) acted(m, closedSentence(opening.start), 'acting side');
}
