/**
 * The word-level tests findMentions (mentions.ts) makes around a name: which words end a name that is
 * no actor, which state a word before a title points to, how stored actors are written, where a
 * body's name after "of" ends, and whether a name stands before a noun or is its people's word.
 */
import {
  GOVERNMENT_BODY_WORDS,
  INTERGOVERNMENTAL,
  ORGANISATION_WORDS,
  PERSON_TITLES,
  PORTFOLIO_TITLE,
  STATE_BY_WORD,
  BODIES_OF_STATES,
  escape,
  standsForState,
} from './lexicon';
import { CONNECTORS, WEEKDAY } from './names';
import type { Mention } from './mentions';
import type { KnownActor } from './types';

/** A preposition before another party: "recalled its envoy from Laskova", "talks with Moscow"; not "words from X". */
export const OTHER_PARTY_BEFORE =
  /(?<!\b(?:words?|reactions?|responses?|criticism|condemnation|support|praise|statements?|comments?)\s+)\b(?:from|with|against|toward|towards|to)\s+(?:the\s+)?$/i;

/**
 * Last words of names that are events, documents, places or posts, not actors (not "Palace", "Street":
 * "Downing Street said"; "the Strategic Communications Coordinator of the X" is a post, its holder named apart).
 */
/** "the Bishops' Conference", "the Episcopal Conference": a conference of people's standing body, not a meeting. */
export const BODY_CONFERENCE = /(?:\p{Lu}[\p{L}-]*s['’]|Episcopal)\s+Conference$/u;
export const NOT_ACTORS =
  /^(?:War|Wars|Act|Accord|Accords|Agreement|Treaty|Day|Summit|Conference|Plan|Declaration|Convention|Protocol|Charter|Doctrine|Square|Bridge|Door|Airport|Stadium|Prize|Award|Games|Cup|Crisis|Revolution|Spring|Province|District|County|Oblast|Prefecture|Coordinator|Director|Adviser|Advisor|Rapporteur|Spokesperson|Spokesman|Spokeswoman)$/;
/** A title, "for" or "of" and a portfolio joined by "and" ("Family and Social Policy"), then a two-word name. */
export const LONG_PORTFOLIO =
  /\b(Minister|Secretary|Commissioner)\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:(?:and|,)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)(?=\s+\p{Ll}|[,.;:]|$)/gu;
/** Whether the line holding `at` is nothing but capitals (a heading). */
export function headingLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  return !/\p{Ll}/u.test(text.slice(from, to < 0 ? text.length : to));
}
/** Compass words that stand for a camp of countries when alone. */
export const CAMPS = new Set(['West', 'East', 'North', 'South']);

/** The state a demonym or a state's possessive name just before `start` points to ("Afghan Foreign Minister"). */
export function stateBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const match = /([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?\s+$/.exec(before);
  if (!match) return null;
  const words = match[1].split(/\s+/);
  for (let i = 0; i < words.length; i += 1) {
    const state = STATE_BY_WORD.get(words.slice(i).join(' '));
    if (state) return state;
  }
  return null;
}

/** A state's formal name before its place: "Islamic Emirate" of "Islamic Emirate of Afghanistan". */
const STATE_FORM_HEAD =
  /^(\p{Lu}[\p{L}'’]+\s+(?:Emirate|Republic|Kingdom|Federation|Sultanate|Principality))\s+of\s+\p{Lu}/u;

/**
 * Stored actors by name or alias, case as written (an acronym exactly), longest first. An acronym is
 * found with full stops too, as many papers write it ("UN" as "U.N.", "EU" as "E.U.").
 */
/** What reports call a government besides its name ("the Taliban administration", "Taliban officials"). */
const GOVERNMENT_NOUNS = ['government', 'administration', 'authorities', 'officials', 'leadership'];

export function knownForms(known: KnownActor[]): { form: string; actor: KnownActor }[] {
  const forms: { form: string; actor: KnownActor }[] = [];
  const heads = new Map<string, KnownActor | null>();
  for (const actor of known)
    for (const name of [actor.name, ...actor.aliases]) {
      const form = name.trim();
      if (form.length < 2) continue;
      forms.push({ form, actor });
      if (/^[A-Z]{2,5}$/.test(form)) forms.push({ form: `${form.split('').join('.')}.`, actor });
      // Reports shorten it ("the Islamic Emirate"); when two stored actors share the head, neither gets it.
      const head = STATE_FORM_HEAD.exec(form)?.[1];
      if (head) heads.set(head, heads.has(head) && heads.get(head) !== actor ? null : actor);
    }
  const taken = new Set(forms.map((f) => f.form.toLowerCase()));
  for (const [head, actor] of heads) if (actor && !taken.has(head.toLowerCase())) forms.push({ form: head, actor });
  // "the Taliban-led administration", "Taliban officials": a stored "X government" under the other words reports use.
  for (const actor of known) {
    const ruler = actor.kind === 'government' ? /^(.+?)(?:-led)? government$/.exec(actor.name.trim())?.[1] : undefined;
    if (!ruler) continue;
    for (const noun of GOVERNMENT_NOUNS)
      for (const form of [`${ruler}-led ${noun}`, `${ruler} ${noun}`])
        if (!taken.has(form.toLowerCase())) {
          taken.add(form.toLowerCase());
          forms.push({ form, actor });
        }
  }
  return forms.sort((a, b) => b.form.length - a.form.length);
}

const TITLE_BEFORE = new RegExp(`(?:^|\\s)(?:${PERSON_TITLES.map(escape).join('|')})\\s+$`);
/** "Foreign Minister Israel Katz": a state's name after a title and before a surname is a first name. */
function firstNameAfterTitle(text: string, start: number, end: number): boolean {
  return (
    TITLE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    /^\s+\p{Lu}\p{Ll}+(?![\w'’-]*\s+(?:of|and)\b)/u.test(text.slice(end, end + 30))
  );
}

/** Officials named with where they serve: "Ambassador to Pakistan", "Permanent Representative to the UN". */
export const POSTED_ROLE = /^(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]ommissioner)$/;
export const POSTED_TITLE =
  /(?:^|\s)((?:[Aa]mbassador|(?:[Ss]pecial\s+)?[Ee]nvoy|(?:[Pp]ermanent\s+|[Ss]pecial\s+)?[Rr]epresentative|[Hh]igh\s+[Cc]ommissioner))\s+(?:to|in|at|for|on)\s+(?:the\s+)?$/;

export const SURNAME_PARTICLE = /^(?:Le|La|De|Du|Da|Di|Del|Della|Van|Von|Al|El|Bin|Ben|Abu|Ould|Dos|Das)$/i;

export const PORTFOLIO_WORD = new RegExp(`^${PORTFOLIO_TITLE}$`);

// Letters of any script: "José Núñez", "Łukasz Nowak".
export function isDemonymOf(word: string, stateName: string): boolean {
  return (
    STATE_BY_WORD.get(word) === stateName &&
    // "Tehran", "Helsinki": a capital ends as a people's word may, but stands for its state.
    !standsForState(word, stateName) &&
    word !== stateName &&
    /(?:an|ian|ese|ish|i|ic|ch)$/.test(word) &&
    !/\s/.test(word)
  );
}

/**
 * How many words after "of" name a body or a state ("the Assembly", "the Senate Foreign Relations
 * Committee", "the United Nations", "the Republic of Uzbekistan") with a name of two words or more
 * after them; 0 when none does.
 */
const STATE_FORM_WORDS = new Set(['emirate', 'republic', 'kingdom', 'federation', 'government', 'administration']);
export function bodyAfterOf(rest: string[]): number {
  for (let k = Math.min(rest.length - 3, 6); k >= 1; k -= 1) {
    const words = rest.slice(1, 1 + k);
    const named = (words[0] === 'the' ? words.slice(1) : words).join(' ');
    const last = words[words.length - 1].toLowerCase();
    const name = rest.slice(1 + k);
    if (!named || !/^\p{Lu}/u.test(name[0]) || name.some((w) => !/^\p{Lu}/u.test(w) && !CONNECTORS.has(w))) continue;
    if (
      INTERGOVERNMENTAL.has(named) ||
      STATE_BY_WORD.has(words[words.length - 1]) ||
      GOVERNMENT_BODY_WORDS.has(last) ||
      ORGANISATION_WORDS.has(last) ||
      STATE_FORM_WORDS.has(last)
    )
      return k;
  }
  return 0;
}

/** A noun for a firm or a body just before a name ("the manufacturer, X", "the company X"). */
export const BODY_NOUN_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}(?:manufacturer|company|firm|maker|producer|operator|carrier|airline|consortium|conglomerate|bank|lender|insurer|charity|watchdog|broadcaster|newspaper|publisher|think[- ]tank|exporter|importer|shipper|contractor|miner|developer|supplier|investor|fund)\s*,?\s+$/i;

/**
 * The state a government's body belongs to, by the words of its name: its state's name first ("US
 * State Department") or a body of one state only ("State Department", "Bundestag").
 */
export function stateOfBody(words: string[], kind: string): string | null {
  if (kind !== 'government-body' && kind !== 'government') return null;
  for (let i = Math.min(words.length - 1, 3); i >= 1; i -= 1) {
    const state = STATE_BY_WORD.get(words.slice(0, i).join(' '));
    if (state) return state;
  }
  const name = words.join(' ');
  return BODIES_OF_STATES.get(name) ?? BODIES_OF_STATES.get(words.slice(1).join(' ')) ?? null;
}

/** A lower-case word follows the name: it stands before a noun ("Kenyan judges", "the US statement"). */
export function beforeNoun(text: string, m: Mention): boolean {
  return /^\s+[a-z]/.test(text.slice(m.end, m.end + 2));
}

/** Named by its people's word ("Kenyan", "Japanese", "Turkish"), not by its own name. */
export function byDemonym(m: Mention): boolean {
  // "Kenyan", "Japanese"; not "a Swedish government spokesman", which ends the same way.
  return (
    m.surface !== m.actor.name &&
    /(?:an|ese|ish|i|ic)$/.test(m.surface) &&
    !standsForState(m.surface, m.actor.name) &&
    !/(?:spokes|chair|congress|states)(?:wo)?man$/i.test(m.surface)
  );
}

/** "their Doha office", "the group's London bureau": a city that says where, after an owner, before an office. */
function cityOfAnOffice(text: string, start: number, end: number): boolean {
  return (
    /\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Z][\w-]*['’]s)\s+$/.test(
      text.slice(Math.max(0, start - 30), start),
    ) &&
    /^\s+(?:office|bureau|headquarters|branch|mission|station|team|correspondent)\b/.test(text.slice(end, end + 20))
  );
}

/**
 * A run's first word that is no part of a name: a rank before a people's word; a question's ("Will Tarsk follow suit?"; not "Can Ertem
 * said", a first name), when the sentence it opens asks; a verb's in -ing before "the" ("Recognising the
 * Council is shameful"); a count's before an unnamed voice.
 */
export function leadsNoName(text: string, start: number, words: string[]): boolean {
  const [word] = words;
  if (/\p{Ll}ing$/u.test(word) && words[1] === 'the') return true;
  // "Deputy Swedish UN Ambassador X": a rank before a people's word; the title after it says the post.
  if (/^(?:Deputy|Acting|Vice|Assistant)$/.test(word) && words.length > 3 && STATE_BY_WORD.has(words[1])) return true;
  // "One Western official": a count of unnamed voices (unnamed.ts), not "One Nation", a party.
  const after = text.slice(start + words.join(' ').length, start + words.join(' ').length + 20);
  if (word === 'One' && /^\s+(?:official|diplomat|source|analyst|observer|aide|insider|adviser|advisor)\b/.test(after))
    return true;
  return (
    /^(?:Will|Would|Could|Can|Did|Does|Do|Is|Are|Has|Have|Shall|Should)$/.test(word) &&
    /(?:^|[.!?]["”’]?\s+|\n\s*|:\s+)$/.test(text.slice(Math.max(0, start - 4), start)) &&
    /^[^.!?]*\?/.test(text.slice(start, start + 300))
  );
}

/** Up to three lower-case words and a body's noun after "UN" (not a post: "UN envoy" is a person's). */
export const UN_BODY_IN_LOWER_CASE =
  /(?<![\w-])(?:UN|U\.N\.|United Nations)\s+((?:[a-z]+\s+){0,3}?(?:office|agency|mission|commission|committee|programme|program|fund))(?![\w-])/g;

/** A place's or a body's name wherever it stands, written with either apostrophe ("Quai d’Orsay"). */
export const placePattern = (word: string) =>
  new RegExp(`(?<![\\w-])${escape(word).replace(/['’]/g, "['’]")}(?![\\w-])`, 'g');

const POSSESSIVE = /^['’]s?(?![\w])/;
export function possessiveAt(text: string, end: number): boolean {
  return POSSESSIVE.test(text.slice(end, end + 3));
}

/** "Foreign" in "Foreign ministry", "Defence" in "Defence minister": a portfolio's word before its noun. */
export function portfolioBeforeNoun(text: string, start: number, word: string): boolean {
  const after = text.slice(start + word.length, start + word.length + 12);
  return PORTFOLIO_WORD.test(word) && /^\s+(?:ministry|office|minister|affairs)\b/.test(after);
}

/**
 * "activist Lima Amiri said", "Jordan Bardella, the party's leader,": a place's name before one more
 * name is a first name where the words say a person follows (a role before, a person's description
 * after) or the second name comes back alone ("Amiri said"); not "Kenya Power said", "Russia Monday".
 */
const SURNAME = /^\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[\s,.’'])/u;
const ROLE_BEFORE =
  /\b(?:activist|resident|politician|lawmaker|legislator|journalist|analyst|commentator|leader|candidate|minister|senator|deputy|mp|campaigner|student|teacher|lawyer|researcher|professor|writer|author|scholar|expert)\s+$/i;
const PERSON_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:leader|minister|politician|activist|lawmaker|legislator|senator|member|spokes\w+|head|chair\w*|founder|journalist|analyst|professor|candidate|president|deputy|adviser|advisor|director)\b/i;
function firstNameBeforeSurname(text: string, start: number, end: number): boolean {
  const found = SURNAME.exec(text.slice(end, end + 40));
  const surname = found?.[1];
  if (!found || !surname || STATE_BY_WORD.has(surname) || NOT_A_SURNAME.test(surname)) return false;
  const after = end + found[0].length;
  // The name itself ("Lima Amiri said") matches neither form of the surname said alone.
  return (
    ROLE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    PERSON_AFTER.test(text.slice(after, after + 80)) ||
    new RegExp(
      `(?:^|[.!?"”]\\s+)${surname}\\s+(?:said|says|told|added|argued|wrote)\\b|\\bsaid\\s+${surname}\\b`,
      'm',
    ).test(text)
  );
}
const NOT_A_SURNAME = new RegExp(
  `^(?:${WEEKDAY}|January|February|March|April|May|June|July|August|September|October|November|December)$`,
);

/** A state's name or city that names something else here: a first name, a city of an office. */
export function notTheState(text: string, start: number, end: number): boolean {
  return (
    firstNameAfterTitle(text, start, end) ||
    cityOfAnOffice(text, start, end) ||
    firstNameBeforeSurname(text, start, end)
  );
}

/**
 * "Transparency Kenya", "Amnesty International Australia": a body named after its country, not the
 * country; "Russia Today", "Kenya Airways": a body whose name starts with its country's (not "Jordan
 * Bardella said", a person).
 */
export function bodyNamedAfterState(
  text: string,
  start: number,
  words: string[],
  knownStates: ReadonlyMap<string, string>,
): boolean {
  const isState = (w: string) => STATE_BY_WORD.get(w) === w || knownStates.has(w);
  const last = words[words.length - 1];
  if (words.includes('and')) return false;
  if (!STATE_BY_WORD.has(words[0]) && isState(last)) return true;
  return (
    isState(words[0]) &&
    !isState(last) &&
    !(words.length === 2 && firstNameBeforeSurname(text, start, start + words[0].length))
  );
}

/**
 * A stored body of a stored state is that state's, as "Kalat's foreign ministry" found by its words is;
 * a stored person is the state the graph says they lead or speak for.
 */
export function storedBodyState(k: KnownActor, known: KnownActor[]): string | null {
  if (k.kind !== 'government-body' && k.kind !== 'government' && k.kind !== 'person') return null;
  const spokenFor = known.find((o) => o.kind === 'state' && k.speaksFor?.includes(o.id));
  if (spokenFor) return spokenFor.name;
  // By its name only an executive body ("Russian foreign ministry"), not a parliament or a government
  // that may be the event's target; its state's name or people's word in one to three words.
  if (k.kind !== 'government-body' || !EXECUTIVE.test(k.name)) return null;
  const words = k.name.split(' ');
  for (const n of [3, 2, 1]) {
    const state = STATE_BY_WORD.get(words.slice(0, n).join(' '));
    if (state) return state;
  }
  return null;
}
const EXECUTIVE = /\b(?:ministry|department|treasury|foreign office|embassy|presidency|kremlin|mfa)\b/i;
