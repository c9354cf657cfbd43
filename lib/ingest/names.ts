/**
 * How capitalised words become names: runs of capitals (any script), split at "and" between two
 * names and at "of" after a person's name; titles before a name; words that open sentences but name
 * nobody; adjectives for states the lists do not know ("Gondorian").
 */
import type { ActorKind } from '../domain';
import {
  BODIES_OF_STATES,
  GOVERNMENT_BODY_WORDS,
  GOVERNMENT_WORDS,
  INTERGOVERNMENTAL,
  NEWS_OUTLETS,
  ORGANISATION_WORDS,
  PERSON_TITLES,
  PORTFOLIO_TITLE,
  STATE_BY_WORD,
} from './lexicon';
import type { Mention } from './mentions';

/** A heading's capitals as a name is written: "UNITED KINGDOM" -> "United Kingdom", "REPUBLIC OF THE CONGO" -> "Republic of the Congo". */
export const titleCased = (words: string) =>
  words
    .toLowerCase()
    .replace(/(^|[\s-])(?!(?:of|the|and)\b)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** Words that start sentences with a capital but name nobody. */
export const NOT_NAMES = new Set(
  (
    'A An The This That These Those It Its In On At As Of For From With Without By To And But Or Nor So Yet If When While ' +
    'Although Though Since After Before During Despite However Meanwhile Moreover Notably Historically Instead Still ' +
    'Also Then Now Today Yesterday Earlier Later Last Next Some Many Most Several Other Others Such Both Each Every ' +
    'He She They We You I His Her Their Our My Your Who Whom Which What Where Why How There Here Under Over Among ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Sharia Western Eastern Northern Southern Critics Analysts Experts ' +
    'Officials Diplomats Observers According Asked Speaking Following Read More Related Advertisement ' +
    'Former Neighbouring Neighboring Downstream Upstream Nearby Fellow Rival Landlocked Oil-rich Tiny Further ' +
    'Allies Supporters Opponents Leaders Governments Countries Nations Neighbours Neighbors Residents Protesters ' +
    'Activists Lawmakers Ministers Sources Reactions None Neither Nobody Few Any Either Not No ' +
    'Deputies Members MPs Legislators Senators Delegates ' +
    // A speaker's own contractions, capitalised in the middle of a sentence too.
    "I'm I’m I've I’ve I'd I’d I'll I’ll " +
    // Time zones a live page stamps its entries with ("17:20 BST").
    'GMT BST UTC CET CEST EET EEST EST EDT CST CDT PST PDT WIB IST JST'
  ).split(' '),
);
export const SINGULAR_VERB_AFTER =
  /^(?:(?:,\s+(?:a|an|the|which|who|where|whose|[A-Z][\w-]*['’]s)\s[^,;]{1,120},|,\s+(?:by\s+contrast|in\s+contrast|for\s+its\s+part|in\s+turn|however|meanwhile|too|though|instead|likewise|similarly),)?\s+(?:(?:fully|firmly|strongly|openly|publicly)\s+[a-z]{3,}s\b|(?:(?:fully|firmly|strongly|swiftly|quickly|openly|publicly|formally|immediately|sharply)\s+)?(?:has|had|is|was|will|would|did|does|cannot|said|says|on|also|[a-z]+ed|went|made|took|gave|told|sent|struck|spoke|wrote|held|stood|kept|hit|sought|put|broke|drew|chose|came|froze|sold|bought|began|withdrew|won|left|led|met|paid|shut|swore|brought)\b)|['’]s\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|response|reaction|reply|answer|government|foreign\s+ministry|president|prime\s+minister)\b)/;
/** Endings of states' names ("Transnistria", "Somaliland", "Kazakhstan"), for a single word the lists do not know. */
export const STATE_LIKE = /(?:ia|land|stan|ea|ay|al|an|ar|as|ey|o|a)$/;
export const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'and',
  'de',
  'del',
  'da',
  'di',
  'bin',
  'ibn',
  'al',
  'van',
  'von',
  'der',
  'la',
  'le',
]);

/** The titles before a name, however many ("Deputy Foreign Minister X" is "Deputy" and "Foreign Minister"). */
export function stripTitle(words: string[]): { title: string | null; rest: string[] } {
  const titles: string[] = [];
  let rest = words;
  for (;;) {
    const text = rest.join(' ');
    // A title alone ("Israel's Prime Minister, X") names no one: nothing is left of it.
    const title = PERSON_TITLES.find((t) => text === t || text.startsWith(`${t} `));
    if (!title) break;
    titles.push(title);
    rest = rest.slice(title.split(' ').length);
    // "Minister for Foreign Affairs X", "Secretary of State for Defence X": the portfolio is the title's.
    const portfolio = PORTFOLIO_AFTER.exec(rest.join(' '));
    if (portfolio && /^(?:Minister|Secretary|Secretary of State)$/.test(title)) {
      titles.push(portfolio[0]);
      rest = rest.slice(portfolio[0].split(' ').length);
    }
  }
  return { title: titles.length > 0 ? titles.join(' ') : null, rest };
}

const PORTFOLIO_AFTER = new RegExp(
  `^(?:for|of)(?: the)? (?:(?:Foreign|Home|Internal|External|European|Economic|Legal) Affairs(?: and Trade)?|Europe and Foreign Affairs|${PORTFOLIO_TITLE}(?! Affairs))(?= \\p{Lu}| of | for |$)`,
  'u',
);

export const ADJECTIVE_NOUN =
  /^\s+(?:states|countries|governments|officials|leaders|nations|diplomats|forces|authorities|people|lawmakers|troops|media|region|republics|neighbou?rs|allies|partners)\b/;
/** "Brennican exiles protested": a plural and its verb after a people's word no list knows. */
export const PLURAL_AND_VERB =
  /^\s+[a-z]{3,}s\s+(?:[a-z]{3,}ed|said|say|are|were|have|had|will|would|also|who|gathered)\b/;
/** "the Open Kaspary faction": the noun after a party's name. */
export const PARTY_NOUN_AFTER = /^\s+(?:party|faction|movement|bloc|alliance|coalition)\b/;
/** An Arabic article joined to a name in lower case: "Abdel Fattah el-Sisi", "Bashar al-Assad". */
const ARTICLE = '(?:al|el|ad|ash|as|az|ud|ul)-';
/**
 * An apostrophe goes on with a small letter ("Egypt’s") or after one or two letters ("O’Brien",
 * "D’Alema"); "Unacceptable’Egypt", a heading run into the text, is two words.
 */
const NAME_WORD = String.raw`(?:(?<![\p{L}-])${ARTICLE})?\p{Lu}[\p{L}\p{N}_.-]*(?:['’](?:\p{Ll}|(?<=(?<!\p{L})\p{L}{1,2}['’])\p{Lu})[\p{L}\p{N}_.-]*)*(?:['’](?!\p{L}))?`;
/** A surname as it may be written alone: "Sisi" for "el-Sisi". */
const ARTICLE_BEFORE = new RegExp(`^${ARTICLE}(?=\\p{Lu})`, 'iu');
export const bareSurname = (name: string) => name.replace(ARTICLE_BEFORE, '');
/** Not across a line's end: a round-up's heading ("Belgium") is no part of the name below it. */
const NAME_RUN = new RegExp(
  String.raw`${NAME_WORD}(?:[^\S\n]+(?:(?:of|the|for|and|de|del|da|di|bin|ibn|al|van|von|der|la|le)[^\S\n]+)*${NAME_WORD})*`,
  'gu',
);

/** A day of the week, written after a name or between a subject and its verb: when, not who. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAYS_AFTER = new RegExp(`(?:\\s+${WEEKDAY})+$`);

/** Words a party takes its name from, two at a time ("Law and Justice", "Unity and Progress"). */
const VALUE_WORD =
  '(?:Unity|Justice|Freedom|Liberty|Progress|Renewal|Solidarity|Peace|Development|Democracy|Reform|Dignity|Equality|Prosperity|Hope|Change|Truth|Reconciliation|Order|Law|Labour|Labor|Work|Bread|Honour|Honor|Faith|Homeland|Independence|Sovereignty|Stability|Growth|Dialogue|Integrity|Transparency)';
const VALUES_PAIR = new RegExp(`^${VALUE_WORD}\\s+and\\s+${VALUE_WORD}$`);
/** A party named for two things: "Party of Solidarity and Work", "Movement for Land and Liberty". */
const PARTY_FOR_PAIR =
  /(?:^|\s)(?:Party|Movement|Front|Alliance|Congress|Coalition|Rally|League)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+and\s+\p{Lu}[\p{L}'’-]*$/u;

/**
 * Runs of capitalised words; "A and B" is two names ("Chad and Niger", "Jane Roe and John
 * Doe") unless the run ends as a body's name does ("Peace and Security Council").
 */
export function* nameRuns(text: string): Generator<{ 0: string; index: number }> {
  for (const m of text.matchAll(NAME_RUN)) {
    // "other Central Asian states": an adjective before a common noun names no one.
    if (
      /(?:an|ese|ish|ic|i)$/.test(m[0]) &&
      ADJECTIVE_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
    )
      continue;
    let index = m.index;
    // A run does not cross a sentence's end ("Kabul. Meanwhile").
    const pieces = m[0]
      .split(/(?<![A-Z])\.\s+|(?<=^(?:[A-Z]\.){2,})\s+(?=[A-Z][a-z]+\s+[A-Z][\w-]+$)/)
      .map((piece, i, all) =>
        withoutPostQualifier(
          piece,
          i === all.length - 1 ? text.slice(m.index + m[0].length, m.index + m[0].length + 30) : '',
        ),
      );
    for (const piece of pieces) {
      // "China Tuesday lodged a protest": the day is when, not part of the name.
      let run = piece.replace(WEEKDAYS_AFTER, '');
      // "Fenmouth South's MP, Carys Trevane": the owner's post names no one; the name follows it.
      const post = /^(.*?\p{L})['’]s\s+(\p{Lu}\S*)$/u.exec(run);
      if (post && TITLE_WORDS.has(post[2])) run = post[1];
      // "the Taliban-appointed ambassador", "Kremlin-backed media": a word made of a name, naming no one.
      if (
        /^\S+-(?:appointed|backed|led|run|controlled|installed|allied|aligned|based|funded|sponsored|friendly)$/.test(
          run,
        )
      )
        continue;
      const at = text.indexOf(run, index);
      const spelled = spelledOut(text, at, run);
      if (spelled) {
        yield { 0: spelled, index: at };
        index = at + spelled.length;
        continue;
      }
      // "Human Rights Watch's Fereshta Abbasi", "the Green Party's Elias Nord": a body, then a person of it.
      const member = bodysMember(run);
      if (member) {
        for (const part of member) {
          const at = text.indexOf(part, index);
          yield { 0: part, index: at };
          index = at + part.length;
        }
        continue;
      }
      const words = run.split(/\s+/);
      const last = words[words.length - 1].toLowerCase().replace(/[.,’']+$/, '');
      // "the Gulf Cooperation Council and the African Union": "and the" always joins two names.
      const whole =
        !/\sand\s+the\s/.test(run) &&
        (!words.includes('and') ||
          ORGANISATION_WORDS.has(last) ||
          GOVERNMENT_BODY_WORDS.has(last) ||
          VALUES_PAIR.test(run) ||
          PARTY_FOR_PAIR.test(run));
      for (const part of whole ? personOf(run) : run.split(/\s+and\s+(?:the\s+)?/)) {
        const at = text.indexOf(part, index);
        yield { 0: part, index: at };
        index = at + part.length;
      }
    }
  }
}

/**
 * "Amnesty International's South Asia director", "the UN Security Council's Asia desk": a body's
 * possessive ends its name, and the words after it qualify a post, naming no one ("Women's
 * Political Participation Network", "People's Republic" keep theirs: neither word names a body).
 */
function withoutPostQualifier(run: string, after: string): string {
  const owned = /^(.*?\p{L}+)['’]s\s+(?=\p{Lu})/u.exec(run);
  if (!owned || !POST_AFTER.test(after)) return run;
  const last = owned[1].split(/\s+/).at(-1)!.toLowerCase();
  if (!ORGANISATION_WORDS.has(last) && !INTERGOVERNMENTAL.has(owned[1]) && STATE_BY_WORD.get(owned[1]) !== owned[1])
    return run;
  return run.slice(0, owned[0].trimEnd().length);
}

/**
 * A body's possessive name, then two or three names of a person: the body and the person apart. Not a
 * body's own part ("the UN's Human Rights Council", "Women's Political Participation Network").
 */
function bodysMember(run: string): [string, string] | null {
  const owned = /^(.*?\p{L}+)['’]s\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(run);
  if (!owned) return null;
  const body = owned[1].replace(/^the\s+/i, '');
  const ownerLast = body.split(/\s+/).at(-1)!.toLowerCase();
  const personLast = owned[2].split(/\s+/).at(-1)!.toLowerCase();
  const aBody = ORGANISATION_WORDS.has(ownerLast) || INTERGOVERNMENTAL.has(body);
  const aPerson =
    !ORGANISATION_WORDS.has(personLast) &&
    !GOVERNMENT_BODY_WORDS.has(personLast) &&
    !owned[2].split(/\s+/).some((w) => NOT_NAMES.has(w) || TITLE_WORDS.has(w));
  return aBody && aPerson ? [owned[1], owned[2]] : null;
}

/** A post after a name run: the run qualifies it ("Asia director", "Kabul office"). */
const POST_AFTER =
  /^\s+(?:director|chief|head|envoy|spokes(?:man|woman|person)|representative|researcher|coordinator|desk|office|section|branch|division|programme|program|team|bureau)\b/;

/**
 * A name spelled out before its acronym is one name, whatever its small words: "Organization for
 * Security and Co-operation in Europe (OSCE)". The run, and its tail of "in/of/for/on X" words, is
 * kept whole when the initials of its capitalised words give the acronym in brackets after it.
 */
function spelledOut(text: string, at: number, run: string): string | null {
  const end = at + run.length;
  const tail = /^(?:\s+(?:in|of|for|on|and)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*)*/u.exec(text.slice(end, end + 80))![0];
  const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(end + tail.length, end + tail.length + 12))?.[1];
  if (!acronym || !/\sand\s|\s(?:in|on)\s/.test(run + tail)) return null;
  const initials = (run + tail)
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym ? run + tail : null;
}

/** "Gondorian" -> Gondor, for a state the lists do not know but the text or the graph names. */
export function stateOfAdjective(word: string, mentions: Mention[], known: Map<string, string>): string | null {
  if (!/^[A-Z][\w-]+(?:an|ese|ish|i|ic)$/.test(word)) return null;
  const names = [
    ...mentions.filter((m) => m.actor.kind !== 'person' && !/\s/.test(m.actor.name)).map((m) => m.actor.name),
    ...known.values(),
  ];
  return names.find((n) => n.length > 3 && word.startsWith(n.replace(/[aeiouy]$/, ''))) ?? null;
}

/** Words that make "X Y of Z" a name of its own ("Democratic Republic of …"), not a person of Z. */
const NOT_PERSONAL = new Set([
  'republic',
  'kingdom',
  'emirate',
  'state',
  'states',
  'islands',
  'federation',
  'province',
]);

/** Words of titles ("Secretary" in "U.S. Secretary of State X"): no part of a person's own name. */
const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')).filter((w) => /^\p{Lu}/u.test(w)));

/** "Jane Roe of the Labour Party": a person (two or three untitled names), then a body. */
function personOf(run: string): string[] {
  const at = run.indexOf(' of ');
  if (at < 0) return [run];
  const words = run.slice(0, at).split(/\s+/);
  const personal =
    words.length >= 2 &&
    words.length <= 3 &&
    stripTitle(words).title === null &&
    words.every((w) => {
      const lower = w.toLowerCase();
      return (
        !NOT_NAMES.has(w) &&
        !ORGANISATION_WORDS.has(lower) &&
        !GOVERNMENT_BODY_WORDS.has(lower) &&
        !GOVERNMENT_WORDS.has(lower) &&
        !NOT_PERSONAL.has(lower) &&
        !TITLE_WORDS.has(w)
      );
    });
  return personal ? [run.slice(0, at), run.slice(at + 4).replace(/^the\s+/, '')] : [run];
}

/** The kind a name says it is, without the graph. */
export function guessKind(name: string, titled = false): ActorKind {
  if (STATE_BY_WORD.get(name) === name) return 'state';
  if (INTERGOVERNMENTAL.has(name)) return 'intergovernmental';
  if (NEWS_OUTLETS.has(name)) return 'organisation';
  if (BODIES_OF_STATES.has(name)) return 'government-body';
  const lower = name.toLowerCase().split(/\s+/);
  const last = lower[lower.length - 1];
  if (/^(united nations|un|eu|european|african union|nato)\b/.test(name.toLowerCase())) return 'intergovernmental';
  if (GOVERNMENT_WORDS.has(last)) return 'government';
  if (
    lower.some((w) =>
      ['ministry', 'embassy', 'parliament', 'department', 'kremlin', 'presidency', 'cabinet'].includes(w),
    )
  )
    return 'government-body';
  if (lower.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
  if (lower.some((w) => GOVERNMENT_BODY_WORDS.has(w))) return 'government-body';
  if (/^[A-Z]{2,6}$/.test(name) || VALUES_PAIR.test(name)) return 'organisation';
  if (titled || lower.length >= 2) return 'person';
  return 'organisation';
}
