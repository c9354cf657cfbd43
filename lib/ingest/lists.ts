/**
 * Lists of names in a sentence ("France, Germany and Britain said"): where one starts, what joins
 * two of its names, the names of one read from its first, the names a subject "joined in" a stance, and
 * the names of a vote.
 */
import type { Mention } from './mentions';
import type { Sentence } from './sentences';

/**
 * The names of a list that starts at `at` ("A, B and the C"), in order: the first right there, each
 * next one joined by a comma or "and". A possessive ends it ("X, Y's neighbour" is an appositive).
 */
export function listAt(text: string, mentions: Mention[], at: number): Mention[] {
  const list: Mention[] = [];
  for (const m of mentions) {
    if (m.start < at) continue;
    if (m.possessive || (m.start > at && !/^\s*(?:,|,?\s+and)\s*(?:the\s+)?$/.test(text.slice(at, m.start)))) break;
    list.push(m);
    at = m.end;
  }
  return list;
}

/**
 * Between two names of a list: a comma, "and", "or", "along with"; an acronym in brackets may follow a
 * name ("The African Union (AU) and").
 */
const LIST_JOINT =
  /^(?:\s*\([^()]{1,20}\))?\s*(?:,|,?\s+and|,?\s+or|(?:,|\s[–—])?\s+(?:along|together)\s+with)(?:\s+the)?\s*$/;
/** "A, Russia's main critic, and B", "A, a close ally, and rising power B": a description between. */
const LIST_JOINT_DESCRIBED = /^,\s+[^,;()]{3,60},\s*(?:and|or)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$/;
export const listJoint = (between: string) => LIST_JOINT.test(between) || LIST_JOINT_DESCRIBED.test(between);
/** The name before `m` in the sentence, not a possessive (that qualifies what follows it). */
export const nameBefore = (mentions: Mention[], m: Mention) =>
  mentions.findLast((o) => o.end <= m.start && !o.possessive);

/** Where the list that `m` ends begins ("A, B and C" for C): the start of its first name. */
export function listStart(text: string, mentions: Mention[], m: Mention): number {
  let head = m;
  for (;;) {
    const before = nameBefore(mentions, head);
    if (!before || !listJoint(text.slice(before.end, head.start))) return head.start;
    head = before;
  }
}

/**
 * "Sweden joined Germany and France in condemning …", "joined the Danish prime minister, X, in
 * refusing …", "joined X to recognise …": those joined took the stance as well; their words start at the verb.
 */
export function joinedIn(text: string, sentence: Sentence, mentions: Mention[]): { mention: Mention; from: number }[] {
  const out: { mention: Mention; from: number }[] = [];
  for (const m of mentions) {
    // "joined Norway's campaign": the campaign is joined, not Norway.
    if (
      m.possessive ||
      !/\bjoined\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?$/.test(
        text.slice(Math.max(sentence.start, m.start - 60), m.start),
      )
    )
      continue;
    const list = listAt(text, mentions, m.start);
    const end = list[list.length - 1].end;
    const gerund = /^,?\s+(?:in\s+(?=[a-z]+ing\b)|to\s+(?=[a-z]+\b))/.exec(text.slice(end, end + 40));
    if (gerund) for (const o of list) out.push({ mention: o, from: end + gerund[0].length });
  }
  return out;
}

/** "voting against were", "those who voted in favour included": a list of voters follows. */
const VOTE_LIST =
  /\b(?:(?:those|countries|states|members|governments)\s+)?(?:voting|voted)\s+(?:against|in\s+favou?r|for)(?:\s+(?:it|the\s+\w+))?\s+(?:were|was|included)\s+/i;

/** "Among those voting against were A, B and C": each name of the list after the vote, with the vote's words. */
export function voters(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
): { mention: Mention; from: number; to: number }[] {
  const vote = VOTE_LIST.exec(sentence.text);
  if (!vote) return [];
  const from = sentence.start + vote.index;
  const to = from + vote[0].length;
  const out: { mention: Mention; from: number; to: number }[] = [];
  let at = to;
  for (const m of mentions) {
    if (m.start < at) continue;
    // "… was Marsk, Drevnia's closest ally": a description of the name before, not a second voter.
    if (m.possessive || !/^\s*(?:,|,?\s+and)?\s*$/.test(text.slice(at, m.start))) break;
    out.push({ mention: m, from, to });
    at = m.end;
  }
  return out;
}
