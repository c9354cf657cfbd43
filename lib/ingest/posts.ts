/**
 * Whose post a person holds, as the words around the name say: "The Taliban's spokesman Y",
 * "UNHCR spokesperson Y", "Its foreign minister, Y", "the chairman of the X (XC), Prof. Y",
 * "Y, a spokesman for X", "Y, X's foreign minister", "Foreign Minister Y" in a paragraph about one
 * state. Gives the SPEAKS_FOR relations a state's own title does not (relations.ts).
 */
import { STATE_BY_WORD, STATE_FORM_OF, titleStates } from './lexicon';
import { OTHER_PARTY_BEFORE } from './mention-words';
import { beforeNoun, byDemonym } from './mention-words';
import type { Mention } from './mentions';
import { quotedSpans } from './sentences';

/** A post someone holds for a body or a state. */
export const ROLE = String.raw`(?:spokes(?:man|woman|person)|envoy|representative|secretary-general|secretary|leader|chief(?:\s+executive)?|head|minister|ambassador|chair(?:man|woman|person)?|president|commissioner|director(?:[- ]general)?|coordinator|counterpart|delegate|researcher)`;
const WORDS = String.raw`(?:[\w-]+\s+){0,3}?`;
/** "Dr.", "Prof.", "Maj.", "General", "Sir" between a post and the name. */
const RANK = String.raw`(?:(?:[A-Z][a-z]{1,4}\.|General|Colonel|Admiral|Marshal|Major|Brigadier|Sir|Dame|Dr|Prof|Professor)\s+)?`;
/** "X's foreign ministry spokesperson, Y": after the owner's possessive. */
const AFTER_POSSESSIVE = new RegExp(String.raw`^['’]s?\s+${WORDS}${ROLE}\s*,?\s+${RANK}$`, 'i');
/** "UNHCR spokesperson Y", "NATO Secretary-General Y", "an EU spokesperson, Y". */
const AFTER_NAME = new RegExp(String.raw`^\s+${WORDS}${ROLE}\s*,?\s+${RANK}$`, 'i');
/** "Its foreign minister, Y", "Its commissioner for peace and security, Y": whose, the sentence before says. */
const ITS_POST = new RegExp(
  String.raw`(?:^|[^\w])(?:Its|Their|its|their)\s+${WORDS}${ROLE}(?:\s+(?:for|on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,?\s+${RANK}$`,
);
/** "Y, its director in Oslo": whose, the sentences before say. */
const ITS_AFTER = new RegExp(String.raw`^,\s+(?:its|their)\s+${WORDS}${ROLE}\b`);
/** "Y, the Danish foreign minister": a people's word before the post after the name. */
const DEMONYM_AFTER = new RegExp(String.raw`^,\s+the\s+(\p{Lu}[\p{L}-]+)\s+${WORDS}${ROLE}\b`, 'u');
/** "X's ambassador to the", "X's envoy at the": a post at another body. */
const POSTED_AT = new RegExp(
  String.raw`^['’]s?\s+${WORDS}(?:ambassador|envoy|representative|delegate)\s+(?:to|at|in)\s+(?:the\s+)?$`,
  'i',
);
/** "X, whose deputy foreign minister, Y,": the owner just before. */
const WHOSE_POST = new RegExp(String.raw`^,\s+whose\s+${WORDS}${ROLE}\s*,?\s+${RANK}$`, 'i');
/** "In X, the foreign minister, Y": between the state and the name. */
const IN_STATE_POST = new RegExp(String.raw`^,\s+the\s+${WORDS}${ROLE}\s*,\s+${RANK}$`, 'i');
/** "The chairman of the X (XC), Prof. Y": before the owner, and between it and the name. */
/** "the head of X, Y", "The President of the Republic of X, Y". */
const POST_OF = new RegExp(String.raw`\bthe\s+${WORDS}${ROLE}\s+of\s+(?:the\s+)?(?:${STATE_FORM_OF})?$`, 'i');
const OWNER_THEN_NAME = new RegExp(String.raw`^(?:\s*\([A-Z]{2,8}\))?,\s+${RANK}$`);
/** A word or two in lower case before a body's name: "the opposition X", "neighbouring X", "the centre-right X". */
const QUALIFIERS = String.raw`(?:[a-z][a-z-]*\s+){0,2}`;
/**
 * "Y, a spokesman for X", "Y, the head of X", "Y, leader of the opposition X", "Y, who leads the
 * centre-right X": the post after the name.
 */
const POST_FOR = new RegExp(
  String.raw`^,\s+(?:(?:the\s+|a\s+|an\s+)?${WORDS}${ROLE}\s+(?:for|of|at)|who\s+(?:leads|heads|chairs|runs))\s+(?:the\s+)?${QUALIFIERS}$`,
  'i',
);
/** "The council, led by Y,": the body before, its head after. */
const LED_BY = new RegExp(String.raw`^,\s+(?:(?:which\s+is|now)\s+)?(?:led|headed|chaired)\s+by\s+${RANK}$`, 'i');
const OWNED_POST = new RegExp(String.raw`['’]s\s+${WORDS}${ROLE}$`, 'i');
const POSSESSIVE_POST = new RegExp(String.raw`^['’]s?\s+${WORDS}${ROLE}\b`, 'i');
/** Titles that say a person serves a government ("Foreign Minister", "President"), not which one. */
const GOVERNMENT_TITLE =
  /^(?:(?:Vice |Deputy )?(?:President|Prime Minister|Premier|Chancellor)|(?:[A-Z][a-z]+ )?Minister|(?:Home |Foreign )?Secretary(?: of State)?)$/;
/** The words that say a post is no longer held ("former", "ex-", "the late"). */
export const NO_LONGER = /\b(?:former|ex-|retired|late|then)\b/i;
/** A post someone no longer holds speaks for no one; nor one named across a line's end. */
const NOT_SERVING = new RegExp(`${NO_LONGER.source}|\\n`, 'i');
/** The same words just before: "Former Afghan vice president Y". */
const NO_LONGER_BEFORE = new RegExp(`${NO_LONGER.source}\\s*$`, 'i');
/** One held against the state ("opposition leader") speaks for no state; for a party it names, it does. */
const AGAINST_STATE = /\bopposition\b/i;

/** The body or state whose post `m` (a person) holds, or null; a ministry's post is its state's. */
export function ownerOfPost(
  text: string,
  mentions: Mention[],
  m: Mention,
): { actor: Mention['actor']; start: number; end: number } | null {
  const found = postOwner(text, mentions, m);
  if (!found) return demonymPost(text, m);
  const { owner, near } = found;
  // The words that say it: the owner and the name; where the owner is only understood, the post and
  // the name ("Its foreign minister, Y", "Foreign Minister Y").
  const titled = m.title ? text.lastIndexOf(m.title, m.start) : m.start;
  let span = { start: Math.min(owner.start, titled), end: Math.max(owner.end, m.end) };
  if (!near) {
    const from = Math.max(0, titled - 60);
    const its = /\b(?:Its|Their|its|their)\s[^.!?]*$/.exec(text.slice(from, titled));
    span = {
      start: its ? from + its.index : titled,
      end: m.end + (ITS_AFTER.exec(text.slice(m.end))?.[0].length ?? 0),
    };
  }
  // After the name, the post after the owner too: "X, Afghanistan's former deputy foreign minister,".
  // An owner sentences away: only the post's own words ("… came too late. Its spokesman, Y").
  const around = !near
    ? text.slice(span.start, span.end)
    : owner.start < m.start
      ? text.slice(owner.end, m.start)
      : text.slice(m.end, owner.end) + (/^[^,.;\n]*/.exec(text.slice(owner.end))?.[0] ?? '');
  if (NOT_SERVING.test(around)) return null;
  if (AGAINST_STATE.test(around) && ['state', 'government', 'government-body'].includes(owner.actor.kind)) return null;
  // "China's foreign ministry spokesperson, Y" speaks for China; "Foreign Ministry spokesman Y", with
  // no state named, for the state its paragraph spoke of last (not for a ministry of no one's).
  if (owner.actor.kind === 'government-body' && owner.of)
    return { actor: { id: null, name: owner.of, kind: 'state' }, ...span };
  if (owner.actor.kind === 'government-body' && GENERIC_BODY.test(owner.actor.name)) {
    const state = paragraphState(text, mentions, owner.start, true);
    return state ? { actor: state.actor, ...span } : null;
  }
  return { actor: owner.actor, ...span };
}

/** A ministry named by its portfolio alone: whose, the text around it says. */
const GENERIC_BODY =
  /^(?:the\s+)?(?:foreign\s+(?:ministry|office)|ministry\s+of\s+(?:foreign|external)\s+affairs|[a-z]+\s+ministry)$/i;

const POST_PLACE = /\b(?:envoy|ambassador|representative|commissioner|rapporteur)s?\s+(?:for|to|in|on)\s+(?:the\s+)?$/i;

/**
 * The state the paragraph holding `at` is about, before it and outside quotation marks: the last
 * named, or the first not named as an owner ("China … said it respected Russia's decision").
 */
function paragraphState(text: string, mentions: Mention[], at: number, first = false): Mention | undefined {
  const paragraph = Math.max(0, text.lastIndexOf('\n', at));
  const spans = quotedSpans(text, paragraph, at);
  const states = mentions.filter(
    (o) =>
      o.actor.kind === 'state' &&
      o.start >= paragraph &&
      o.end <= at &&
      !spans.some(([a, b]) => o.start > a && o.end < b) &&
      // "envoy for Afghanistan": where the post is, not whom it serves; "recalled its envoy from X": another party.
      !POST_PLACE.test(text.slice(Math.max(0, o.start - 40), o.start)) &&
      !OTHER_PARTY_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start)),
  );
  // "Strong words from Lindmark, Estoval's neighbour": a state's possessive names what is talked about.
  return first ? states.find((o) => !o.possessive) : (states.findLast((o) => !o.possessive) ?? states.at(-1));
}

/** "the British ambassador, Sir Y": a people's word before a post in lower case, and the name after. */
const DEMONYM_POST = new RegExp(String.raw`(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+${WORDS}${ROLE}\s*,?\s+${RANK}$`, 'u');

function demonymPost(text: string, m: Mention): ReturnType<typeof ownerOfPost> {
  const after = DEMONYM_AFTER.exec(text.slice(m.end, m.end + 80));
  const afterState = after && STATE_BY_WORD.get(after[1]);
  if (after && afterState && !NOT_SERVING.test(after[0]) && !AGAINST_STATE.test(after[0]))
    return { actor: { id: null, name: afterState, kind: 'state' }, start: m.start, end: m.end + after[0].length };
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  // "The Swedish ambassador, Sir Y": the capitalised word that is a people's, not the first one.
  for (let from = 0; from < before.length;) {
    const found = DEMONYM_POST.exec(before.slice(from));
    if (!found) return null;
    const state = STATE_BY_WORD.get(found[1]);
    if (state) {
      const at = from + found.index;
      // "Former Afghan vice president Y": the word before the people's word says it too.
      const earlier = NO_LONGER_BEFORE.test(before.slice(Math.max(0, at - 10), at));
      if (earlier || NOT_SERVING.test(found[0]) || AGAINST_STATE.test(found[0])) return null;
      return {
        actor: { id: null, name: state, kind: 'state' },
        start: m.start - before.length + at,
        end: m.end,
      };
    }
    from += found.index + found[1].length;
  }
  return null;
}

/** Where the sentence holding `at` starts: after a full stop and a space, or a blank line. */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const b of text.slice(0, Math.max(0, at)).matchAll(/[.!?]["”’]?\s+|\n\s*\n/g)) start = b.index + b[0].length;
  return start;
}

function postOwner(text: string, mentions: Mention[], m: Mention): { owner: Mention; near: boolean } | null {
  const bodies = mentions.filter((o) => o !== m && o.actor.kind !== 'person');
  const outside = (o: Mention, spans: [number, number][]) => !spans.some(([a, b]) => o.start > a && o.end < b);
  // Not a word of the person's own title ("Prof." read as a name).
  const titled = m.title ? text.lastIndexOf(m.title, m.start) : m.start;
  const its = ITS_POST.test(text.slice(Math.max(0, m.start - 60), m.start));
  let before = bodies.findLast((o) => o.end <= titled && m.start - o.end <= 60);
  // "Its Geneva representative, Y": a name inside the post says where it is, not whose it is.
  if (before && its && /\b(?:Its|Their|its|their)\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(0, before.start)))
    before = undefined;
  // "the X (XC), Prof. Y": the name before its acronym in brackets.
  if (before && text[before.start - 1] === '(' && text[before.end] === ')') {
    const acronym = before;
    before =
      bodies.findLast((o) => o.end <= acronym.start && /^\s*\($/.test(text.slice(o.end, acronym.start))) ?? before;
  }
  if (before) {
    const between = text.slice(before.end, m.start);
    if (
      before.possessive
        ? AFTER_POSSESSIVE.test(between)
        : AFTER_NAME.test(between) ||
          WHOSE_POST.test(between) ||
          (before.actor.kind !== 'state' && LED_BY.test(between))
    )
      return { owner: before, near: true };
    // "Iran's ambassador to the UN, Y": the owner before the body the post is at.
    const posted = bodies.findLast((o) => o.possessive && o.end <= before!.start);
    if (posted && /^\s*,\s+$/.test(between) && POSTED_AT.test(text.slice(posted.end, before.start)))
      return { owner: posted, near: true };
    // "In Uzbekistan, the foreign minister, Y": the state the sentence opens in.
    if (
      before.actor.kind === 'state' &&
      IN_STATE_POST.test(between) &&
      /^\s*In\s+(?:the\s+)?$/.test(text.slice(sentenceStart(text, before.start), before.start))
    )
      return { owner: before, near: true };
    if (OWNER_THEN_NAME.test(between) && POST_OF.test(text.slice(Math.max(0, before.start - 60), before.start)))
      return { owner: before, near: true };
  }
  const current = sentenceStart(text, m.start);
  if (its || ITS_AFTER.test(text.slice(m.end, m.end + 60))) {
    // The first body named before it in its own sentence ("Germany was among them: its ambassador, Y"),
    // else in one of the two sentences before, outside quotation marks.
    const its = current + text.slice(current, titled).search(/\b(?:Its|Their|its|their)\s[^.!?]*$/);
    const spans = quotedSpans(text, current, titled);
    // Not one a preposition governs ("a partner of X"); not where a quotation may have begun before.
    const own = bodies.find(
      (o) =>
        o.start >= current &&
        o.end <= its &&
        !o.possessive &&
        outside(o, spans) &&
        !/\b(?:of|to|with|for|from|on|in|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, o.start - 12), o.start)),
    );
    if (own && its > current && !/["“”]/.test(text.slice(current, its))) return { owner: own, near: false };
    let end = current;
    for (let back = 0; back < 2 && end > 0; back += 1) {
      // A line of its own is a sentence too ("18:05 - Business relieved" above an entry).
      const start = Math.max(sentenceStart(text, end - 1), text.lastIndexOf('\n', end - 2) + 1);
      // "It reminded Niamara that …": the sentence's subject is the one before's.
      const pronoun = /^\s*(?:It|They)\s/.test(text.slice(start, end));
      // Not a people's word before a noun ("The Sarnian opposition X") nor a place the sentence opens
      // in ("In the capital, Makora, the X …"): the sentence's subject.
      const owner =
        !pronoun &&
        bodies.find(
          (o) =>
            o.start >= start &&
            o.end <= end &&
            outside(o, quotedSpans(text, start, end)) &&
            !(byDemonym(o) && beforeNoun(text, o)) &&
            !/^\s*In\s+[^,]*(?:,\s*)?$/.test(text.slice(start, o.start)),
        );
      if (owner) return { owner, near: false };
      end = start;
    }
  }
  const after = bodies.find((o) => o.start >= m.end && o.start - m.end <= 60);
  if (after) {
    const between = text.slice(m.end, after.start);
    if (POST_FOR.test(between)) return { owner: after, near: true };
    // "Y, X's foreign minister,": the post after the owner's possessive, or inside the name found ("Sweden's envoy").
    const post = after.possessive
      ? POSSESSIVE_POST.test(text.slice(after.end, after.end + 50))
      : OWNED_POST.test(after.surface);
    if (/^,\s+$/.test(between) && post) return { owner: after, near: true };
  }
  // "Foreign Minister Y" with no state named: the state the paragraph spoke of last, outside quotation marks.
  if (m.title && !m.of && GOVERNMENT_TITLE.test(m.title)) {
    // "Kanyoro's President Y": owned by a name not known to be a state, so not by the paragraph's state.
    if (/\p{Lu}[\p{L}-]*['’]s?\s+$/u.test(text.slice(Math.max(0, titled - 40), titled))) return null;
    // "France will recognise Palestine, President Y said": a trailing attribution speaks for the clause's subject.
    const trailing =
      /,\s*$/.test(text.slice(current, titled)) && /^\s+(?:said|says|told|added)\b/.test(text.slice(m.end));
    const owner =
      (trailing
        ? paragraphState(
            text,
            bodies.filter((o) => o.start >= current),
            titled,
            true,
          )
        : undefined) ?? paragraphState(text, bodies, titled);
    // "Foreign Secretary Y" in a paragraph about Norway: a title Norway does not give.
    // A state the lists do not know (an invented one, a breakaway) may give any title.
    const only = titleStates(text.slice(Math.max(0, m.start - 40), m.start));
    return owner && (!only || only.includes(owner.actor.name) || !STATE_BY_WORD.has(owner.actor.name))
      ? { owner, near: false }
      : null;
  }
  return null;
}
