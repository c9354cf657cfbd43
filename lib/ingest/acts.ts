/**
 * The act's words in a sentence: the lexicon's cues, the act's own verb when it is done to the event's
 * target, and whether a sentence is about the event at all.
 */
import type { Stance } from '../domain';
import { CUES, NEGATION, escape, type Cue } from './lexicon';
import { irregularForms } from './event';
import type { Found } from './speakers';
import type { EventDescription } from './types';

/**
 * The act's verb says support only when its object is the event's target ("will recognise the
 * Taliban", "recognised it"): "continues to recognise Somalia's territorial integrity" is another act.
 */
export function actObject(targetNames: string[]): RegExp | null {
  if (targetNames.length === 0) return null;
  const names = targetNames.map((n) => escape(n).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(
    // "it" only right after the verb: in "recognised a map it drew" it opens a clause of its own.
    `^["”’]?\\s+(?:(?:[\\w'’.-]+\\s+){0,4}?(?:(?:from|with|to|on|against|over|the|a|an|its|their|formally|officially|fully|diplomatically|de\\s+facto|new|current|interim)\\s+){0,3}(?:${names}|that\\s+government|the\\s+government|the\\s+regime|the\\s+authorities)|(?:[a-z]+ly\\s+)?(?:it|them))(?![\\w-])`,
    'i',
  );
}

/** What a call to carry something out names as its object when that is the event itself. */
const EVENT_OBJECT = /^\s+(?:it|this|that|the\s+(?:decision|ruling|verdict|judg(?:e)?ment|result|outcome))(?![\w-])/i;

/** The words after a cue name the event: the report's words for it, or "it", within a few words. */
function objectIsEvent(after: string, eventWords: RegExp | null): boolean {
  if (EVENT_OBJECT.test(after)) return true;
  const named = eventWords?.exec(after.slice(0, 40));
  return !!named && /^\s+(?:[\w'’-]+\s+){0,2}$/.test(after.slice(0, named.index));
}

/** A cue that only this event's words make: backing others' engagement with its target, a call to stop its act. */
export interface EventCue {
  pattern: RegExp;
  stance: Stance;
  weight: number;
  phrase: string;
}

/** Acts that go on until someone stops them: a call to stop the war is a call to undo the act. */
const HOSTILE_ACT = /^(?:invad|invas|attack|strik|bomb|annex|occup|shell|raid|assault|seiz|blockad|incursion)/i;
const HOSTILE_OBJECT =
  'war|aggression|invasion|attacks?|offensive|occupation|annexation|hostilities|fighting|bombing|bombardment|strikes|assault|military\\s+operation|troops|forces|soldiers';
/** Whom a call is made on when it is a call for restraint all round ("urged both sides to stop the fighting"). */
const ALL_SIDES = /\b(?:both|all|the\s+two|each)\s+(?:sides|parties|countries)\b|\bthe\s+parties\b/i;
const CALL =
  '(?:call(?:ed|s|ing)?\\s+(?:on|upon)|urg\\w*|demand\\w*|press(?:ed|es|ing)?|ask(?:ed|s|ing)?|appeal(?:ed|s|ing)?\\s+to)';
const ENGAGE =
  '(?:engage|talk|work|deal|cooperate|co-operate|reach\\s+out|(?:open|establish|build|develop|normali[sz]e|restore|deepen|strengthen)\\s+(?:talks|dialogue|channels|ties|relations|contacts?))';

/** A name as a pattern, any run of spaces between its words. */
const namePattern = (name: string) => escape(name).replace(/\s+/g, '\\s+');

export function eventCues(event: EventDescription, targetNames: string[], actingNames: string[] = []): EventCue[] {
  const cues: EventCue[] = [];
  // "stood shoulder to shoulder with Belloria", "stands by Moscow": with the actor, so with its act.
  if (actingNames.length > 0)
    cues.push({
      pattern: new RegExp(
        `(?<![\\w-])(?:stand|stands|stood|standing)\\s+(?:firmly\\s+|fully\\s+|squarely\\s+)?(?:["“]?shoulder\\s+to\\s+shoulder["”]?\\s+with|by|with|behind)(?=\\s+(?:${actingNames.map(namePattern).join('|')})(?![\\w-]))`,
        'g',
      ),
      stance: 'support',
      weight: 0.7,
      phrase: 'stands with the actor',
    });
  const names = targetNames.map(namePattern);
  // "supports efforts by other countries to engage the interim government", "backed moves by its
  // neighbours to open talks with X": backing others' engagement with the act's target backs the act.
  if (names.length > 0)
    cues.push({
      pattern: new RegExp(
        `(?<![\\w-])(?:support|back|welcom|encourag|endors|applaud|prais|hail)\\w*\\s+(?:the\\s+|all\\s+|any\\s+)?(?:[\\w-]+['’]s\\s+)?(?:[a-z-]+\\s+)?(?:efforts?|steps?|moves?|attempts?|initiatives?|push|outreach|bids?)(?:\\s+(?:by|of|from)\\s+[^.;:"“”]{1,60}?)?\\s+to\\s+(?:[a-z]+ly\\s+)?${ENGAGE}(?:\\s+(?:with|to))?(?=\\s+(?:(?:the|its|their)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${names.join('|')}|government|authorities|administration|rulers|leadership|it|them)(?![\\w-]))`,
        'gi',
      ),
      stance: 'support',
      weight: 0.7,
      phrase: 'backs engagement',
    });
  // "called on the UN to stop the war", "urged the council to halt the invasion", "asked Oslo to
  // withdraw its recognition": a call to undo the act, on whomever it is made.
  const objects = [`${event.act ? `${escape(event.act)}\\w*|` : ''}decision|move|step`];
  if (event.act && HOSTILE_ACT.test(event.act)) objects.push(HOSTILE_OBJECT);
  cues.push({
    pattern: new RegExp(
      `(?<![\\w-])${CALL}\\s+(?:[^.;:"“”]{1,60}?\\s+)?to\\s+(?:[a-z]+ly\\s+)?(?:stop|halt|end|withdraw|retract|cancel|abandon|drop|scrap|undo|roll\\s+back|call\\s+off)(?=\\s+(?:the|its|their|this|that|[A-Z][\\w-]*['’]s)\\s+(?:[a-z-]+\\s+){0,2}?(?:${objects.join('|')})(?![\\w-]))`,
      'g',
    ),
    stance: 'condemnation',
    weight: 0.8,
    phrase: 'call to undo',
  });
  // "urged Oslo not to withdraw", "Tokyo should not start to release the water": a call not to do
  // the act is against it, as a call to undo it is.
  if (event.act)
    cues.push({
      pattern: new RegExp(
        `(?<![\\w-])(?:${CALL}\\s+(?:[^.;:"“”]{1,60}?\\s+)?not\\s+to|(?:should|must|ought\\s+to)\\s+not|(?:should|must)n['’]t)\\s+(?:[a-z]+ly\\s+)?(?:(?:start|begin|go\\s+on)\\s+to\\s+)?${escape(event.act)}\\w*(?![\\w-])`,
        'g',
      ),
      stance: 'condemnation',
      weight: 0.8,
      phrase: 'call not to act',
    });
  // "was not considering formal recognition", "has no plans to recognise", "in no hurry to
  // recognise", "no question of recognising": the speaker will not do the same, which is caution.
  if (event.act)
    cues.push({
      pattern: new RegExp(
        `(?<![\\w-])(?:(?:is|was|are|were)\\s+not\\s+(?:considering|planning|contemplating|preparing)|(?:has|have|had)\\s+no\\s+(?:plans?|intention)|in\\s+no\\s+hurry|no\\s+question\\s+of)\\s+(?:to\\s+)?(?:any\\s+|a\\s+)?(?:formal\\s+|official\\s+|diplomatic\\s+|similar\\s+)?${escape(event.act)}\\w*(?![\\w-])`,
        'gi',
      ),
      stance: 'caution',
      weight: 0.7,
      phrase: 'not following',
    });
  // "would support the recognition if the council held elections", "ready to recognise it once …":
  // backing on a condition not yet met is wariness, not support. The condition opens a clause of its
  // own ("if the council …", "once it …"); "would welcome it if other states followed" is a wish.
  const backing = `support|welcome|back|accept|endorse${event.act ? `|${escape(event.act)}` : ''}`;
  cues.push({
    pattern: new RegExp(
      `(?<![\\w-])(?:would|will|could|might|may|(?:is|was|are|were)\\s+(?:ready|prepared|willing)\\s+to)\\s+(?:only\\s+|also\\s+|then\\s+)?(?:consider\\s+)?(?:${backing})\\w*(?![\\w-])[^.;:"“”]{0,80}?[,\\s]["“]?(?:only\\s+)?(?:if|provided|providing|on\\s+condition\\s+that|once)\\s+(?=(?:the|it|they|its|their|he|she)(?![\\w-])|[A-Z])`,
      'g',
    ),
    stance: 'caution',
    weight: 0.75,
    phrase: 'on a condition',
  });
  return cues;
}

const OPPOSITE: Record<Stance, Stance | null> = { support: 'condemnation', condemnation: 'support', caution: null };

export function cuesIn(
  text: string,
  offset: number,
  act: RegExp | null,
  object: RegExp | null = null,
  eventWords: RegExp | null = null,
  eventCues: EventCue[] = [],
  before: Stance | null = null,
): Found[] {
  const found: Found[] = [];
  const add = (
    cue: Pick<Cue, 'stance' | 'weight' | 'phrase'> & { aboutEvent?: boolean },
    pattern: RegExp,
    skip: (match: string) => boolean = () => false,
  ) => {
    // "followed suit", "did the same": the stance taken last before this sentence, if any; "took the
    // opposite view": the other of support and condemnation (a caution has no opposite).
    const stance = cue.stance === 'same' ? before : cue.stance === 'opposite' ? before && OPPOSITE[before] : cue.stance;
    if (stance === null) return;
    for (const m of text.matchAll(pattern)) {
      if (cue.aboutEvent && !objectIsEvent(text.slice(m.index + m[0].length), eventWords)) continue;
      if (skip(m[0])) continue;
      // "urged Norway not to adopt similar measures": a negation in a cue's gap undoes it.
      if (cue.phrase.includes('~') && NEGATION.test(m[0]) && !NEGATION.test(cue.phrase)) continue;
      found.push({
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        stance,
        weight: cue.weight,
        // As said, without the quotation marks a cue may run through ('a "logical" one').
        phrase: m[0].replace(/["“”‘]/g, ''),
      });
    }
  };
  // The act's own verb is the act, not a judgement of it: "normalise" blames a normalisation
  // elsewhere, but where normalising is the act, "will normalise their relations" reports it.
  // So is "normalizing relations with" where normalising is the act.
  const ownVerb = act && new RegExp(`^(?:${act.source})$`, 'i');
  const own = (match: string) =>
    ownVerb !== null &&
    (ownVerb.test(match) || (/\s(?:relations|ties)\s+with$/i.test(match) && ownVerb.test(match.split(/\s/)[0])));
  for (const cue of CUES) add(cue, cue.pattern, own);
  // A call on all sides is for restraint, not against the act.
  for (const cue of eventCues) add(cue, cue.pattern, (match) => cue.stance === 'condemnation' && ALL_SIDES.test(match));
  if (act) {
    const before = found.length;
    add({ stance: 'support', weight: 0.9, phrase: 'act' }, act);
    // A gerund names the act as the noun does ("Recognising this regime rewards repression"); only
    // a progressive ("is recognising") performs it. A participle after a determiner describes a
    // noun ("its internationally recognised borders").
    for (const f of found.splice(before)) {
      const lead = text.slice(Math.max(0, f.start - offset - 20), f.start - offset);
      if (/\b(?:its|their|the|a|an|this|that|his|her|our|internationally|widely|universally)\s+$/i.test(lead)) continue;
      // "continued to recognise the government in Tirasso", "still recognises": keeping what was, not the act.
      if (/\b(?:continu(?:e|es|ed|ing)\s+to|still)\s+$/i.test(lead)) continue;
      if (object && !object.test(text.slice(f.end - offset, f.end - offset + 80))) continue;
      // "Trump's decision to withdraw", "the plan to recognise": the act named, not done by the speaker.
      if (
        /\b(?:decision|move|plan|bid|announcement|order|intention|threat|choice|attempt|efforts?|vote)\s+to\s+$/i.test(
          lead,
        )
      )
        continue;
      // "beyond international law for Kosovo to unilaterally declare …": someone else's act, named.
      const longLead = text.slice(Math.max(0, f.start - offset - 50), f.start - offset);
      if (/\bfor\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+to\s+(?:[a-z]+ly\s+)?$/.test(longLead)) continue;
      // "joined Russia in recognising", "followed Moscow in recognising": doing it as the other did.
      const joining = /\b(?:join|follow)(?:ed|s|ing)?\s+(?:[\w'’.-]+\s+){0,4}in\s+$/i.test(longLead);
      if (!/ing$/i.test(f.phrase) || joining || /\b(?:is|are|was|were|be|been)\s+$/i.test(lead)) found.push(f);
    }
  }
  // Where cues overlap, the longest says it ("stopped short of condemning" over "condemning").
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** A verb form of the act ("recognized", "recognizes"), not its noun ("recognition"). */
export function actVerb(event: EventDescription): RegExp | null {
  if (!event.act) return null;
  const irregular = irregularForms(event.act)
    .map((f) => `|${escape(f)}`)
    .join('');
  return new RegExp(
    // The bare stem too after a modal or "to" ("will withdraw", "decided to withdraw"), where it is a
    // verb; alone it may be the act's noun ("asylum", "party").
    `(?<![\\w-])(?:${escape(event.act)}\\w*(?:ed|es|s|ing|ize|ise|e)${irregular}|(?<=\\b(?:will|would|shall|to|must|may|might|could|did|does|do)\\s+(?:\\w+ly\\s+)?)${escape(event.act)})(?![\\w-])(?<!tions|sions|ments)`,
    'gi',
  );
}

/** Nouns a report names any act by: "Russia’s decision", "the move", "this step". */
export const ACT_NOUN_WORDS: readonly string[] = ['decision', 'move', 'step', 'announcement'];

/** The act as the subject of what follows: "the decision to recognise X undermined …". */
export const ACT_BEFORE = new RegExp(
  `\\b(?:the|this|that)\\s+(?:[a-z]+\\s+)?(?:${[...ACT_NOUN_WORDS, 'recognition', 'withdrawal'].join('|')})\\b[^,;]{0,60}$`,
  'i',
);

/** A report's words for an act, with its owner or a determiner before them. */
const EVENT_NOUNS = `(?:the|this|that|its|their|[\\w-]+['’]s)\\s+(?:[a-z]+\\s+)?(?:${[...ACT_NOUN_WORDS, 'declaration'].join('|')})`;

export function relevancePattern(event: EventDescription): RegExp {
  const parts = [EVENT_NOUNS, ...event.aliases.map((a) => escape(a).replace(/\s+/g, '\\s+'))];
  if (event.act) parts.push(`${escape(event.act)}\\w*`);
  // "The court has protected …" when a court acted: a body named by its kind is the acting one.
  const body = /\b(court|parliament|assembly|council|tribunal|commission|senate|congress)$/i.exec(event.actor ?? '');
  if (body) parts.push(`the\\s+${body[1].toLowerCase()}`);
  return new RegExp(`(?<![\\w-])(?:${parts.join('|')})(?![\\w-])`, 'i');
}

/**
 * "would not recognise the Taliban" when the event is a recognition of the Taliban: the speaker will
 * not do the same, which is caution; "would not recognise the annexation" refuses the act itself.
 */
export function notFollowing(text: string, cue: Found, event: EventDescription, targetNames: string[]): boolean {
  if (!event.act || !/^recogn/i.test(event.act) || !/\b(?:not|never)\b|n['’]t\b/i.test(cue.phrase)) return false;
  if (!/recogn/i.test(cue.phrase)) return false;
  const after = text.slice(cue.end, cue.end + 60).replace(/^\s+(?:the\s+)?/i, '');
  return targetNames.some((t) => after.toLowerCase().startsWith(t.replace(/^the\s+/i, '').toLowerCase()));
}

/**
 * The act not done: "have not (yet / formally) recognised", in the perfect; "stopped short of formal
 * recognition", in any tense (extract.ts asks this only of sentences no one speaks).
 */
export function notDoneYet(text: string, from: number, cue: Found, act: string): boolean {
  if (/^stop(?:ped|s|ping)\s+short\s+of$/i.test(cue.phrase))
    return new RegExp(
      `^\\s+(?:(?:formal|formally|official|officially|full|fully|diplomatic)\\s+)*${escape(act)}`,
      'i',
    ).test(text.slice(cue.end, cue.end + 60));
  return (
    cue.phrase.toLowerCase().startsWith(act.toLowerCase()) &&
    /\b(?:has|have|had)\s+(?:not|never)\s+(?:(?:yet|formally|officially)\s+)*$/i.test(text.slice(from, cue.start))
  );
}
