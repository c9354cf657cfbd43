/**
 * The stance of a speaker's words, from the cues found in them: the first clear cue, negation and
 * hedges weighed, and what other voices think left out.
 */
import type { Stance } from '../domain';
import { NEGATION } from './lexicon';
import type { Found } from './speakers';

/** Blame of those who deal with the target, not of the target: "normalise ties with", "reward the junta". */
export const DEALING_WITH = /^(?:normali[sz]|legitimi[sz]|lend|lent|reward|embolden)/i;
const POSSESSED = /(?:['’]s|\bits|\btheir|\bhis|\bher|\bour)\s+$/i;
/** "expressed its concern", "reiterated their support", "expressed Beijing's firm opposition": owned, but said. */
const EXPRESSED =
  /\b(?:express(?:ed|es|ing)?|voic(?:ed|es|e|ing)|reiterat(?:ed|es|e|ing)|reaffirm(?:ed|s|ing)?|convey(?:ed|s|ing)?|registered|stated|declared|announced|pledged|offered|signalled|signaled|made\s+clear)\s+(?:its|their|his|her|our|[A-Z][\w-]*['’]s)\s+(?:[a-z]+\s+)?$/i;
/** "said the decision was Russia's own business": the speaker's word for it, owned by the one who acted. */
const OWNED_PREDICATE = /\b(?:is|was|are|were|remains|remained)\s+(?:[A-Z][\w-]*['’]s|its|their)\s+$/;
/** "said Russia was showing its contempt for …": blame the speaker lays, owned by the one blamed. */
const SHOWN_BLAME =
  /\b(?:show(?:s|ed|ing|n)?|demonstrat(?:es|ed|ing|e)|reveal(?:s|ed|ing)?|expos(?:es|ed|ing|e)|prov(?:es|ed|ing|en|e)|confirm(?:s|ed|ing)?)\s+(?:its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[a-z]+\s+)?$/;

/**
 * Whether a cue is the speaker's words: one owned by a name is a noun ("Russia’s support for"),
 * unless the speaker expresses it ("expressed its concern"), calls the act its owner's ("was Russia's
 * own business") or lays it on the owner as blame ("was showing its contempt for").
 */
export function saidThoughOwned(text: string, cue: { start: number; stance: string }): boolean {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  return (
    !POSSESSED.test(text.slice(Math.max(0, cue.start - 12), cue.start)) ||
    EXPRESSED.test(before) ||
    (cue.stance === 'caution' && OWNED_PREDICATE.test(before)) ||
    (cue.stance === 'condemnation' && SHOWN_BLAME.test(before))
  );
}

/**
 * "an election that Western governments rejected as a sham", "drawing rebuke from leaders who accused …":
 * a clause whose subject is other voices says what they think, not what the sentence's speaker does
 * (its next few words, up to a comma).
 */
const OTHERS = `(?:(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Oo]ther|[Ww]estern|[Ww]orld|[Ee]uropean|[Ff]oreign|[Rr]egional|Arab)\\s+)*(?:governments|leaders|critics|countries|states|officials|diplomats|observers|analysts|opponents|capitals|allies|rights\\s+groups)`;
export const OTHERS_CLAUSE = new RegExp(
  `(?:\\b(?:that|which|whom)\\s+(?:the\\s+)?${OTHERS}|\\s${OTHERS}\\s+who)(?:\\s+[^\\s,;.:"“”]+){0,4}?\\s+$` +
    // "the president of those who voted against me too": what the people named did, not the speaker.
    `|\\b(?:those|people|voters|anyone|everyone)\\s+who(?:\\s+[^\\s,;.:"“”]+){0,2}?\\s+$` +
    // "…, but officials signalled that recognition will pave the way for …": their words, not the speaker's.
    `|\\b(?:but|and|while|whereas)\\s+${OTHERS}\\s+(?:said|say|signall?ed|noted|added|argued|stressed|suggested|believed?)\\b[^.;"“”]*$`,
);

/**
 * The stance of the speaker's words: the first clear cue (weight 0.5 or more; what follows it is
 * often a clause about someone else; a clear one after "but" overrides it), else the strongest.
 * Negated cues turn to caution (a negated caution says nothing); a "declined to comment" says there
 * is none, unless a "but" follows it.
 */
export function judge(text: string, cues: Found[]): { stance: Stance; weight: number; cue: Found } | 'none' | null {
  let best: { stance: Stance; weight: number; cue: Found } | null = null;
  let beforeContrast: { stance: Stance; weight: number; cue: Found } | null = null;
  for (const cue of cues) {
    if (best && best.weight >= 0.5) {
      // "welcomed the move but warned that …": a clear cue after "but" says where the speaker stands.
      // Not "welcomed the vote but urged the council to …": asking for more after backing it is no reservation.
      // (Only respecting or accepting it, then urging, is a reservation.)
      const askedMore =
        best.stance === 'support' &&
        cue.stance === 'caution' &&
        /^(?:urge|called\s+on)/i.test(cue.phrase) &&
        // (Not asking to undo it: "but called on Oslo to reconsider the recognition".)
        !/\b(?:reconsider|reverse|revoke|rescind|withdraw|undo|suspend|halt|cancel)/i.test(cue.phrase) &&
        !/^(?:respect|accept)/i.test(best.cue.phrase);
      const contrasted =
        cue.stance !== 'none' &&
        cue.stance !== best.stance &&
        cue.weight >= 0.5 &&
        !askedMore &&
        /\bbut\b/i.test(text.slice(best.cue.end, cue.start));
      if (!contrasted) break;
      beforeContrast = best;
      best = null;
    }
    if (cue.stance === 'none') {
      // "declined to say whether …, but said …": the words after the contrast are a stance.
      const contrasted = cues.some(
        (later) => later.start > cue.end && /\bbut\b/i.test(text.slice(cue.end, later.start)),
      );
      if (contrasted) continue;
      return 'none';
    }
    const before = text.slice(Math.max(0, cue.start - 28), cue.start);
    const clause = clauseBefore(text, cue);
    const negated =
      cue.phrase !== 'act' &&
      !/^(stopped|did not|does not|will not|not rush)/i.test(cue.phrase) &&
      NEGATION.test(clause);
    if (negated && cue.stance === 'caution') continue;
    // "if necessary", "when successful": a condition, not a judgement.
    if (cue.weight < 0.5 && /\b(?:if|when|whether|unless)\s+$/i.test(before)) continue;
    // "for good", "in good faith": idioms, not praise.
    if (
      /^good$/i.test(cue.phrase) &&
      (/\bfor\s+$/i.test(before) || /^\s+faith\b/i.test(text.slice(cue.end, cue.end + 8)))
    )
      continue;
    // "Friendship is measured in hard moments": the verb, not the manner ("a measured response").
    if (/^measured$/i.test(cue.phrase) && /^\s+(?:in|by|against)\b/i.test(text.slice(cue.end, cue.end + 10))) continue;
    // "a regime that rules through fear", "a climate of fear": someone else's fear, not the speaker's.
    if (/^fear/i.test(cue.phrase) && /\b(?:through|by|of|in|with|from|without)\s+$/i.test(before)) continue;
    // "Thank you.", closing a briefing's answer: manners, not thanks for the act.
    if (/^thank/i.test(cue.phrase) && /^\s+you\s*[.!]/i.test(text.slice(cue.end, cue.end + 7))) continue;
    // "a great deal", "a good many": a quantity, not praise.
    if (cue.weight < 0.5 && /^\s+(?:deal|many|number|part|majority)\b/i.test(text.slice(cue.end, cue.end + 10)))
      continue;
    // "does not take into account the expected criticism": blame named as others', not laid.
    // "joined the condemnation": the speaker's own, added to others'.
    if (
      /^(?:criticism|condemnation)s?$/i.test(cue.phrase) &&
      !/\bjoined\s+(?:in\s+)?(?:the\s+)?(?:[a-z]+\s+){0,3}$/i.test(before) &&
      /\b(?:the|any|such|this|that|expected|western|international|foreign|growing|mounting|widespread|drew|drawn|faced|facing)\s+$/i.test(
        before,
      )
    )
      continue;
    // "supported democracy in X", "supports a two-state solution": a value backed, not the event.
    if (
      /^(?:support|back)/i.test(cue.phrase) &&
      /^\s+(?:the\s+)?(?:[\w-]+['’]s\s+efforts|efforts|democracy|democratic|dialogue|peace|peaceful|stability|an?\s+inclusive|inclusive|two-state|an?\s+two-state|a\s+negotiated|negotiations|territorial\s+integrity|sovereignty|international\s+law|human\s+rights|the\s+people|[A-Z][\w-]*['’]s\s+people)\b/.test(
        text.slice(cue.end, cue.end + 40),
      )
    )
      continue;
    // "praised Hungary for its stance on the warrant": praise of another's stand, whichever it was.
    if (cue.stance === 'support' && ANOTHERS_STAND.test(text.slice(cue.end, cue.end + 90))) continue;
    // "said the recognition showed that Moscow supported terrorists": what the named one did, not the
    // speaker's view ("warned that Oslo risked …" is the speaker's warning).
    // "… that Afghanistan should not be isolated" is the speaker's wish for it, not its deed.
    // "said that Norway had no right to …": a denial of standing is the speaker's judgement of the one named.
    if (cue.stance !== 'caution' && !/^(?:should|must|ought|no)\b/i.test(cue.phrase) && THAT_NAME.test(clause))
      continue;
    // 'had been "warned many times"', "can still be welcomed": done to someone, not said by the speaker
    // ("has been welcomed by X" is X's, through its agent; a faint word, "will be consulted", is
    // about what is done to the speaker).
    if (
      cue.weight >= 0.5 &&
      /^[a-z]+ed$/i.test(cue.phrase) &&
      /\b(?:be|been|being)\s+(?:[a-z]+ly\s+)?["“]?$/i.test(before) &&
      // "should be welcomed", "deserves to be condemned", "is to be regretted": the speaker's own view.
      !/\b(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to|ha(?:s|ve)\s+to|(?:is|was|are|were)\s+to)\s+(?:\w+\s+)?be\s+\S*$/i.test(
        before,
      ) &&
      !/^\s+by\b/.test(text.slice(cue.end, cue.end + 5))
    )
      continue;
    // "has long accused", "have repeatedly criticised": what they have said before, not of this event.
    if (/\b(?:has|have|had)\s+(?:long|repeatedly|often|previously|frequently|for years)\s+$/i.test(clause)) continue;
    const stance: Stance = negated ? 'caution' : cue.stance;
    const weight = negated ? cue.weight * 0.7 : cue.weight;
    if (!best || weight > best.weight) best = { stance, weight, cue };
  }
  if (beforeContrast && (!best || best.weight < 0.5)) best = beforeContrast;
  // "respected the decision, but said …": a reservation after backing that only accepts makes it caution.
  if (
    best &&
    !beforeContrast &&
    best.stance === 'support' &&
    /^(?:respect|accept)/i.test(best.cue.phrase) &&
    /,\s*but\s+(?!also\b)/i.test(text.slice(best.cue.end))
  )
    return { stance: 'caution', weight: best.weight * 0.7, cue: best.cue };
  // "said it was politically motivated and warned that …", "warned … and called it a betrayal": a
  // warning beside blame is the blame's; blame inside what is warned of ("would embolden") is not.
  // So is a regret beside it: "expressed great regret and strongly denounced the decision".
  const warning = best?.stance === 'caution' && /^(?:warn|regret)/i.test(best.cue.phrase) ? best.cue : null;
  if (warning) {
    const beside = (c: Found) =>
      c.start < warning.start ||
      // "… and called it a betrayal" after a warning; "… and strongly denounced" right after either.
      (/^warn/i.test(warning.phrase) &&
        /\band\s+(?:also\s+)?(?:called|described|branded|labelled|labeled|termed|said)\b/.test(
          text.slice(warning.end, c.start),
        )) ||
      (/^(?:denounc|condemn|decr|reject|critici)/i.test(c.phrase) &&
        /\band\s+(?:also\s+)?(?:(?:strongly|sharply|firmly)\s+)?$/.test(text.slice(warning.end, c.start)));
    const blame = cues.find(
      (c) => c.stance === 'condemnation' && c.weight >= 0.45 && beside(c) && !NEGATION.test(clauseBefore(text, c)),
    );
    if (blame) return { stance: 'condemnation', weight: Math.max(blame.weight, 0.6), cue: blame };
  }
  return best;
}

/** After praise: a name, then "for its stance / position / solidarity". */
const ANOTHERS_STAND =
  /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}for\s+(?:its|their|his|her)\s+(?:[a-z]+\s+)?(?:stance|position|solidarity|opposition|stand)\b/u;

/** A "that"-clause whose subject is a name, up to its verb: "… showed that Moscow (had) supported". */
const THAT_NAME =
  /\bthat\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:(?:had|has|have|was|were|is|are|had been|would|will)\s+)?(?:[a-z]+ly\s+)?$/u;

/** The words before a cue in its own clause: a negation does not reach past "and", "but" ("Sweden voted no and Finland voted yes") or the sentence before. */
function clauseBefore(text: string, cue: Found): string {
  return (
    text
      .slice(Math.max(0, cue.start - 28), cue.start)
      .split(/[,;:]|[.!?](?=\s)|\b(?:and|but|while|whereas)\b/)
      .pop() ?? ''
  );
}

/** A quoted question that answers itself: "How can the Russian Federation recognize the Taliban?" */
const RHETORICAL = /["“](?:How\s+(?:can|could|dare)|Why\s+(?:would|should))\b[^"”]*\?["”]/;

/** Support read from a rhetorical question's own words ("How can X recognize …?") is its opposite. */
export function rhetorical(
  text: string,
  words: { from: number; to: number },
  judged: ReturnType<typeof judge>,
): ReturnType<typeof judge> {
  if (!judged || judged === 'none' || judged.stance !== 'support') return judged;
  const question = RHETORICAL.exec(text.slice(words.from, words.to));
  if (!question) return judged;
  const at = words.from + question.index;
  if (judged.cue.start < at || judged.cue.end > at + question[0].length) return judged;
  return { ...judged, stance: 'condemnation' };
}

/** The words before a name that make it what the act befalls: "attack on", "people of", "solidarity with". */
export const VICTIM_BEFORE =
  /\b(?:(?:attack|attacks|assault|strikes?|invasion|aggression|war|offensive|violence)\s+(?:on|against|of)|people\s+of|solidarity\s+with|sovereignty\s+of|territorial\s+integrity\s+of)\s+(?:the\s+)?$/i;
