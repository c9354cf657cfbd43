/**
 * Governments and their bodies named by their state ("the Russian foreign ministry", "China's
 * government", "the government of Kessmark", "In Stockholm, the foreign ministry said"), and officials
 * named by office and state alone, who speak for it ("Norway's foreign minister said"). Each is matched
 * to the stored state or body however the state is written. Part of findMentions (mentions.ts).
 */
import {
  BLOC_FULL_NAME,
  INTERGOVERNMENTAL,
  PORTFOLIO,
  STATE_BY_WORD,
  STATE_FORM_OF,
  escape,
  standsForState,
} from './lexicon';
import { NOT_NAMES, WEEKDAY, guessKind } from './names';
import type { KnownActor, ProposedActor } from './types';
import type { Mention } from './mentions';

const GOVERNMENT_OF =
  /\b[Tt]he\s+((?:(?:[Tt]ransitional|[Ii]nterim|[Cc]aretaker|[Pp]rovisional|[Mm]ilitary)\s+)?[Gg]overnment|[Pp]arliament|[Cc]abinet|[Pp]residency|[Ff]oreign\s+[Mm]inistry|[Aa]uthorities)\s+(of|in)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\b(?!\s+of\b)/g;
/**
 * The other portfolios a foreign ministry's full name may list: "…, Regional Integration and Togolese
 * Abroad", "… and International Cooperation". Each part ends in a portfolio's word, so that "the
 * Ministry of Foreign Affairs and Ghana condemned" is no part of a name.
 */
const PORTFOLIO_PART = String.raw`(?:[A-Z][\w-]*\s+){0,2}(?:Cooperation|Co-operation|Integration|Abroad|Diaspora|Trade|Relations|Development|Commerce|Worship|Francophonie|Expatriates|Nationals|Emigrants|Communities|Tourism)`;
const OTHER_PORTFOLIOS = String.raw`(?:,\s+${PORTFOLIO_PART})*,?\s+and\s+${PORTFOLIO_PART}`;
/**
 * "the Ministry of Foreign Affairs of the Republic of Kazakhstan", "… of the Russian Federation", "the
 * Ministry of Foreign Affairs and International Cooperation of Ghana", as translated statements name it.
 */
const FOREIGN_MINISTRY_OF = new RegExp(
  String.raw`\b[Tt]he\s+(?:Ministry\s+(?:of|for)\s+(?:Foreign|External)\s+Affairs(?:${OTHER_PORTFOLIOS})?|Foreign\s+Ministry)\s+of\s+(?:the\s+${STATE_FORM_OF}|the\s+(?=[A-Z][\w-]*\s+Federation\b))?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\b`,
  'g',
);
/** A foreign ministry named with its other portfolios and no state after: "… and Senegalese Abroad". */
const COMPOUND_FOREIGN_MINISTRY = new RegExp(
  String.raw`\b[Tt]he\s+Ministry\s+of\s+Foreign\s+Affairs(${OTHER_PORTFOLIOS})\b(?!\s+of\s+[A-Z])`,
  'g',
);
/** "India's Ministry of External Affairs", "Austria's Ministry for Foreign Affairs": the state's foreign ministry. */
const OWNED_FOREIGN_MINISTRY =
  /\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(Ministry\s+(?:of|for)\s+(?:Foreign|External)\s+Affairs|External\s+Affairs\s+Ministry)\b/g;
/**
 * A sentence opening on a place, perhaps described ("In Kavrenne, Palimar's largest trading partner,"),
 * before a body named bare.
 */
const IN_PLACE = String.raw`(?:^|[.!?]["”’]?\s+)In\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?),(?:\s+(?!(?:where|when|which|who|while|as|after|before)\s)[^,.;:!?"“”\n]{3,60},)?\s+`;
/** What a state is described as ("Palimar's largest trading partner", "the country's main supplier"). */
const STATE_NOUN =
  /\b(?:neighbou?r|ally|partner|rival|state|country|nation|republic|kingdom|emirate|member|supplier|donor|creditor|power)s?\b/i;
const PLACE_THEN_MINISTRY = new RegExp(
  String.raw`${IN_PLACE}(?:the\s+)?((?:[Ff]oreign|FOREIGN)\s+(?:[Mm]inistry|MINISTRY)|[Mm]inistry\s+(?:of|for)\s+(?:[Ff]oreign|[Ee]xternal)\s+[Aa]ffairs|[Ff]oreign\s+[Oo]ffice)(?![\w-])`,
  'gm',
);
/** A party's or a regime's word before "government" ("the Labour government"), not a state's name. */
const POLITICAL_COLOUR =
  /^(?:Labour|Labor|Conservative|Tory|Liberal|Socialist|Democratic|Republican|Communist|Coalition|Military|Federal|National|Provisional|Interim|Transitional|Caretaker|Unity|Junta|Opposition)$/;
/** "In Estmarch, the government welcomed …": a round-up's turn to a state and its government. */
const PLACE_THEN_GOVERNMENT = new RegExp(String.raw`${IN_PLACE}the\s+(government|cabinet|presidency)(?![\w-])`, 'gm');
/** The city after "embassy": one word or two, each capitalised, not a day. */
const EMBASSY_CITY = new RegExp(
  `^\\s+in\\s+((?!${WEEKDAY}\\b)[A-Z][\\w'’-]*(?:\\s+(?!${WEEKDAY}\\b)[A-Z][\\w'’-]*)?)(?![\\w'’-])`,
);
/** The bodies of a state's government, as reports name them after it. */
const GOVERNMENT_BODY = `(?:foreign(?:\\s+affairs)?|${PORTFOLIO})\\s+(?:ministry|office)|ministry\\s+of\\s+(?:foreign\\s+affairs|(?:the\\s+)?${PORTFOLIO})|military\\s+government|government|parliament|embassy|cabinet|presidency|military|army|authorities|administration|leadership|secretariat|(?:prosecutor|attorney)(?:[\\s-]general)?['’]s\\s+office`;
/** The same words with each one's first letter in either case ("Foreign Ministry" as "foreign ministry"). */
const EITHER_CASE_BODY = GOVERNMENT_BODY.replace(
  /(\(\?:|\||^|\\s\+)([a-z])/g,
  (_, before: string, letter: string) => `${before}[${letter}${letter.toUpperCase()}]`,
);
const GOVERNMENT_ROLE = new RegExp(
  `\\b(?:[Tt]he\\s+)?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)(['’]s)?\\s+((?:(?:caretaker|interim|transitional|de\\s+facto)\\s+)?(?:${EITHER_CASE_BODY}))\\b`,
  'g',
);

/** A stored body's name as its state's word and the body ("Russian foreign ministry"). */
const GOVERNMENT_ROLE_ALONE = new RegExp(`^(?:the\\s+)?([A-Z][\\w-]*)(?:['’]s)?\\s+(${GOVERNMENT_BODY})$`, 'i');
/** One key for a state's body however the state is written: its "ministry of foreign affairs" is its foreign ministry. */
function bodyKey(state: string, body: string): string {
  const words = body
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:ministry of foreign affairs|foreign affairs ministry)$/, 'foreign ministry');
  return `${state}|${words}`;
}

/**
 * An official named by office and state alone: no name after it ("Norway's foreign minister said",
 * "a senior Tajik official, speaking on condition of anonymity, said", "U.S. officials said").
 */
const UNNAMED_OFFICIAL = new RegExp(
  String.raw`(?:\b[Tt]he\s+|\b[Aa]n?\s+(?:(?:senior|top|high-ranking)\s+)?)?\b((?:[A-Z]\.){2,3}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:['’]s)?\s+(?:${PORTFOLIO}\s+minister|president|prime\s+minister|chancellor|ambassador|envoy|(?:government\s+|foreign\s+(?:ministry|policy)\s+)?(?:spokes(?:man|woman|person)|officials?)|diplomats?)(?![\w-])(?!\s*,?\s*(?:\p{Lu}|the\s+|an?\s+))`,
  'gu',
);

/**
 * "A spokesperson for the European Union's diplomatic service said": the bloc or state speaks ("a
 * spokesperson for Mali" is found through the post, posts.ts).
 */
const SPOKESPERSON_FOR =
  /\b[Aa]n?\s+(?:senior\s+)?spokes(?:man|woman|person)\s+for\s+(?:the\s+)?((?:[A-Z]\.){2,3}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?:[a-z-]+\s+){0,3}(?:service|ministry|office|department|commission|mission|government)(?=,?\s+(?:said|says|told|added|declined|warned|stressed|noted)\b)/g;

/** Where an official serves: "to the United Nations", "in Oslo". */
const POSTED = /^\s+(?:to|in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)/u;

/** How many of a run's first words name a state or a body ("UN Security Council" in "UN Security Council Vassily Nebenzia"). */
/**
 * "Kavenan" for "Kavena", "Estvalian" for "Estvale": a people's word for a place the text names that
 * no list knows. The place is a shorter capitalised word that starts as the people's word does
 * without its ending.
 */
function placeOfDemonym(word: string, text: string): string | undefined {
  const ending = /(?:ians?|ans?|ns?|ese|ish|i|ic)$/u.exec(word);
  if (!ending || NOT_NAMES.has(word)) return undefined;
  for (let cut = ending[0].length; cut >= 1; cut -= 1) {
    const stem = word.slice(0, word.length - cut);
    if (stem.length < 4) break;
    const place = new RegExp(`(?<![\\p{L}-])${escape(stem)}\\p{Ll}{0,2}(?![\\p{L}'’-])`, 'gu');
    for (const found of text.matchAll(place))
      if (found[0].length < word.length && !NOT_NAMES.has(found[0])) return found[0];
  }
  return undefined;
}

export function placeWords(words: string[], knownStates: Map<string, string>): number {
  for (let i = words.length - 1; i >= 1; i -= 1) {
    const head = words.slice(0, i).join(' ');
    if (STATE_BY_WORD.has(head) || knownStates.has(head) || INTERGOVERNMENTAL.has(head)) return i;
  }
  return 0;
}

/** "Pakistan Yao Jing": a place or a body, then a name; a place the lists do not know is one word. */
function namedAfter(run: string, lookup: Pick<StateLookup, 'knownStates'>): boolean {
  const words = run.split(/\s+/);
  if (placeWords(words, lookup.knownStates) > 0) return true;
  return words.length > 1 && !STATE_BY_WORD.has(run) && !lookup.knownStates.has(run) && !INTERGOVERNMENTAL.has(run);
}

/** The stored states and their bodies, by every way the text may write them. */
export interface StateLookup {
  /** A stored state's name by its name or alias. */
  knownStates: Map<string, string>;
  /** A state as the graph stores it, when it does ("Beijing" is the stored China). */
  stateActor(name: string): ProposedActor;
  /** An intergovernmental body as the graph stores it, by its name or an alias ("EU"), when it does. */
  blocActor(name: string): ProposedActor;
  /** A stored body, by one key however its state is written. */
  storedBodies: Map<string, ProposedActor>;
  /** The stored body a name written as "<state's word> <body>" is ("Russian Ministry of Foreign Affairs"). */
  storedBodyNamed(name: string): ProposedActor | undefined;
}

export function stateLookup(known: KnownActor[]): StateLookup {
  const knownStates = new Map<string, string>();
  for (const k of known) if (k.kind === 'state') for (const n of [k.name, ...k.aliases]) knownStates.set(n, k.name);
  const stateActor = (name: string): ProposedActor => {
    const stored = known.find((k) => k.kind === 'state' && k.name === name);
    return { id: stored?.id ?? null, name, kind: 'state' };
  };
  const blocActor = (name: string): ProposedActor => {
    const stored = known.find((k) => k.kind === 'intergovernmental' && (k.name === name || k.aliases.includes(name)));
    return stored
      ? { id: stored.id, name: stored.name, kind: stored.kind }
      : { id: null, name: BLOC_FULL_NAME.get(name) ?? name, kind: 'intergovernmental' };
  };
  const keyOfBody = (name: string) => {
    const parts = GOVERNMENT_ROLE_ALONE.exec(name);
    const owner = parts && (STATE_BY_WORD.get(parts[1]) ?? knownStates.get(parts[1]));
    return owner ? bodyKey(owner, parts[2]) : null;
  };
  const storedBodies = new Map<string, ProposedActor>();
  for (const k of known) {
    if (k.kind !== 'government-body') continue;
    for (const form of [k.name, ...k.aliases]) {
      const key = keyOfBody(form);
      if (key) storedBodies.set(key, { id: k.id, name: k.name, kind: k.kind });
    }
  }
  const storedBodyNamed = (name: string) => {
    const key = keyOfBody(name);
    return key ? storedBodies.get(key) : undefined;
  };
  return { knownStates, stateActor, blocActor, storedBodies, storedBodyNamed };
}

/**
 * Finds them in the text; `place` puts each where it stands, taking the place of shorter names
 * inside it, with the state it belongs to (null: the state itself).
 */
export function findStateBodies(
  text: string,
  lookup: StateLookup,
  place: (start: number, end: number, actor: ProposedActor, of: string | null) => void,
): void {
  const stateNamed = (word: string) => STATE_BY_WORD.get(word) ?? lookup.knownStates.get(word);
  /** The state's foreign ministry, however the text names it: the stored one, or one named after the state. */
  const foreignMinistry = (start: number, end: number, owner: string) =>
    place(
      start,
      end,
      lookup.storedBodies.get(bodyKey(owner, 'foreign ministry')) ?? {
        id: null,
        name: `${owner} foreign ministry`,
        kind: 'government-body',
      },
      owner,
    );
  /** Who speaks when an official of `word` speaks unnamed: the state, or (when `bloc`) the bloc. */
  const voiceOf = (word: string, bloc: boolean): ProposedActor | null => {
    const owner = stateNamed(word);
    if (owner) return lookup.stateActor(owner);
    return bloc && INTERGOVERNMENTAL.has(word) ? lookup.blocActor(word) : null;
  };
  for (const m of text.matchAll(GOVERNMENT_ROLE)) {
    // "the Anti-Corruption Prosecutor's Office" is a body's own name, found as one; "Zalvadra's prosecutor's office" is the state's.
    if (!m[2] && /^[A-Z].*['’]s\s+[Oo]ffice$/.test(m[3])) continue;
    const words = m[1].split(/\s+/);
    const lastWord = words[words.length - 1];
    // An owner the lists do not know ("Somaliland's parliament") is taken for a state when it is written as one.
    const owner =
      STATE_BY_WORD.get(m[1]) ??
      lookup.knownStates.get(m[1]) ??
      STATE_BY_WORD.get(lastWord) ??
      lookup.knownStates.get(lastWord) ??
      (m[2] ? undefined : placeOfDemonym(lastWord, text)) ??
      (!NOT_NAMES.has(lastWord) &&
      (m[2] ||
        /(?:ic|ish|ese|ian|i)$/.test(lastWord) ||
        // "The Vesmark government", "the Vesmark foreign ministry": a single name between "the" and a
        // government's body is a state's; not "the Labour government".
        (words.length === 1 && /^[Tt]he\s/.test(m[0]) && !POLITICAL_COLOUR.test(lastWord)))
        ? lastWord
        : undefined);
    if (!owner) continue;
    const ownerWord = STATE_BY_WORD.has(m[1]) || lookup.knownStates.has(m[1]) ? m[1] : words[words.length - 1];
    const start = m.index + m[0].lastIndexOf(ownerWord, m[0].length - m[3].length);
    // "Harlund's embassy in Tiliboro": an embassy is named with the city it is in.
    const city = /^embassy$/i.test(m[3]) ? EMBASSY_CITY.exec(text.slice(m.index + m[0].length)) : null;
    const end = m.index + m[0].length + (city?.[0].length ?? 0);
    // "Korrin's foreign ministry" is named "Korrin foreign ministry", as it would be stored; "Cairo's
    // Foreign Ministry", "Egypt foreign ministry".
    const name = standsForState(ownerWord, owner)
      ? `${owner} ${m[3].toLowerCase().replace(/\s+/g, ' ')}${city ? ` in ${city[1]}` : ''}`
      : text
          .slice(start, end)
          .replace(/^(\S+)['’]s\s/, '$1 ')
          .replace(/^(\w)/, (c) => c.toUpperCase());
    // "Russia's foreign ministry" is the stored "Russian foreign ministry": the same state's same body.
    const stored = lookup.storedBodies.get(bodyKey(owner, m[3]));
    place(start, stored ? m.index + m[0].length : end, stored ?? { id: null, name, kind: guessKind(name) }, owner);
  }

  // "Norway's foreign minister said", "the French president said", no name given: the state speaks
  // through an official the text does not name.
  for (const m of text.matchAll(UNNAMED_OFFICIAL)) {
    // "The European Union's foreign policy spokesperson said": the bloc speaks ("a UN spokesman" is found as the UN).
    const voice = voiceOf(m[1], /['’]s\s/.test(m[0]));
    // Only where a subject stands: "summoned the Norwegian ambassador" names whom it was done to.
    if (!voice || !/(?:^|[.!?;:"“”]\s*|,\s+|\band\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index - 6), m.index)))
      continue;
    const start = m.index + m[0].indexOf(m[1]);
    // "Sweden's ambassador to the United Nations said": where the envoy serves is part of the office;
    // "… ambassador to the UN Jane Roe", "… ambassador in Oslo, Jane Roe": a name follows, found as one.
    const post = POSTED.exec(text.slice(m.index + m[0].length));
    if (
      post &&
      (namedAfter(post[1], lookup) ||
        /^\s*,?\s*(?:\p{Lu}|the\s+|an?\s+)/u.test(text.slice(m.index + m[0].length + post[0].length)))
    )
      continue;
    const end = m.index + m[0].length + (post?.[0].length ?? 0);
    place(start, end, voice, null);
  }

  for (const m of text.matchAll(SPOKESPERSON_FOR)) {
    const voice = voiceOf(m[1], true);
    if (voice) place(m.index, m.index + m[0].length, voice, null);
  }

  // "The Chinese side said": official statements' name for their state.
  for (const m of text.matchAll(/\b[Tt]he\s+([A-Z][\w-]*)\s+side\b(?!\s+of\b)/g)) {
    const owner = stateNamed(m[1]);
    if (owner) place(m.index + m[0].indexOf(m[1]), m.index + m[0].length, lookup.stateActor(owner), null);
  }

  // "The government of Kessmark" is "Kessmark government"; "the foreign ministry in Algiers", its state's.
  for (const m of text.matchAll(GOVERNMENT_OF)) {
    const owner = stateNamed(m[3]);
    const body = m[1].toLowerCase();
    // "the transitional government of Makarra" is a government of that state as "the government of" is.
    const kind = body.replace(/^(?:transitional|interim|caretaker|provisional|military)\s+(?=government)/, '');
    if (!owner || (m[2] === 'in' && !/^(?:government|foreign\s+ministry|authorities)$/.test(kind))) continue;
    if (m[2] === 'of' && !/^(?:government|parliament|cabinet|presidency)$/.test(kind)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const end = m.index + m[0].length;
    const name = `${m[2] === 'in' ? owner : m[3]} ${body.replace(/\s+/g, ' ')}`;
    place(start, end, { id: null, name, kind: guessKind(name) }, owner);
  }

  for (const m of text.matchAll(FOREIGN_MINISTRY_OF)) {
    const owner = stateNamed(m[1]);
    if (owner) foreignMinistry(m.index + /^[Tt]he\s+/.exec(m[0])![0].length, m.index + m[0].length, owner);
  }

  // "the Ministry of Foreign Affairs, Regional Integration and Togolese Abroad": whose, its people's word says.
  for (const m of text.matchAll(COMPOUND_FOREIGN_MINISTRY)) {
    const owner = m[1]
      .split(/[\s,]+/)
      .map((word) => stateNamed(word))
      .find((state) => state !== undefined);
    if (owner) foreignMinistry(m.index + /^[Tt]he\s+/.exec(m[0])![0].length, m.index + m[0].length, owner);
  }

  for (const m of text.matchAll(OWNED_FOREIGN_MINISTRY)) {
    const owner = stateNamed(m[1]);
    if (owner) foreignMinistry(m.index, m.index + m[0].length, owner);
  }

  // "In Beijing, the foreign ministry said": the place a sentence opens on owns the ministry named bare.
  // Only a state has a foreign ministry: a place the lists do not know is taken for one, unless it is
  // described as something else than a state would be ("In Geneva, home of the UN's offices,").
  for (const m of text.matchAll(PLACE_THEN_MINISTRY)) {
    const description = /^,\s+([^,]+),/.exec(m[0].slice(m[0].indexOf(m[1]) + m[1].length))?.[1];
    const stateLike = !description || STATE_NOUN.test(description);
    const owner = NOT_NAMES.has(m[1]) ? undefined : (stateNamed(m[1]) ?? (stateLike ? m[1] : undefined));
    const end = m.index + m[0].length;
    if (owner) foreignMinistry(end - m[2].length, end, owner);
  }
  // A town has no government: a word the lists do not know is taken for a state here.
  for (const m of text.matchAll(PLACE_THEN_GOVERNMENT)) {
    if (NOT_NAMES.has(m[1])) continue;
    const owner = stateNamed(m[1]) ?? m[1];
    const end = m.index + m[0].length;
    const body = m[2];
    const stored = lookup.storedBodies.get(bodyKey(owner, body));
    const name = `${owner} ${body}`;
    place(end - body.length, end, stored ?? { id: null, name, kind: guessKind(name) }, owner);
  }
}

/**
 * "Mirevo's National Electoral Commission" is the stored "National Electoral Commission of Mirevo":
 * a body named after its owner's possessive, matched to the stored name that puts the owner after "of".
 */
export function storedOwnedBodies(text: string, mentions: Mention[], known: KnownActor[]): void {
  const byLowerName = new Map(known.flatMap((k) => [k.name, ...k.aliases].map((n) => [n.toLowerCase(), k] as const)));
  const possessives = new Map(mentions.filter((o) => o.possessive).map((o) => [o.end, o] as const));
  for (const m of mentions) {
    if (m.actor.id !== null || m.actor.kind === 'person') continue;
    // The owner ends at most a possessive ending and a space or two before the body's name.
    const gap = /(['’]s?\s+)$/.exec(text.slice(Math.max(0, m.start - 5), m.start))?.[1];
    const owner = gap ? possessives.get(m.start - gap.length) : undefined;
    const stored =
      owner &&
      (byLowerName.get(`${m.actor.name} of ${owner.actor.name}`.toLowerCase()) ??
        byLowerName.get(`${m.actor.name} of the ${owner.actor.name}`.toLowerCase()));
    if (stored) m.actor = { id: stored.id, name: stored.name, kind: stored.kind };
  }
}

/** A body's post right after its name, with no name of its own after it. */
const BODY_POST_AFTER =
  /^\s+(Secretary[- ]General|High\s+Representative|High\s+Commissioner)(?![\w-])(?!\s*,?\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/** A bloc's office in a place, after the bloc's name: "the EU delegation in Gosperra", "the AU's office in Lerna". */
const BODY_OFFICE_AFTER =
  /^(?:['’]s)?\s+(delegation|office|representation)(?:\s+(in|to)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?![\p{L}-])(?!\s+(?:capital|city|region|border)\b))?(?![\p{L}-])/u;
/** "the foreign ministry of " before a state's name. */
const ORGAN_OF_STATE = new RegExp(
  `\\b[Tt]he\\s+((?:${PORTFOLIO}\\s+)?ministry|embassy)\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})`,
  'gu',
);

/** A state, or a one-word name the lists do not know, which may be one. */
export const stateLike = (o: Mention) =>
  o.actor.kind === 'state' || (o.actor.kind === 'organisation' && o.actor.id === null && !/\s/.test(o.actor.name));

/** The mentions found so far, and how a longer name takes the place of those inside it. */
export interface Widen {
  mentions(): Mention[];
  replace(start: number, end: number, actor: ProposedActor, extra: Partial<Mention>): void;
}

/** "the foreign ministry of Varkand": that state's ministry, as "Varkand's foreign ministry" is. */
export function organsOfNamedStates(text: string, widen: Widen): void {
  for (const x of text.matchAll(ORGAN_OF_STATE)) {
    const owner = widen.mentions().find((o) => o.start === x.index + x[0].length && !o.possessive && stateLike(o));
    if (!owner) continue;
    const name = `${owner.actor.name} ${x[1].toLowerCase().replace(/\s+/g, ' ')}`;
    widen.replace(
      x.index + x[0].indexOf(x[1]),
      owner.end,
      { id: null, name, kind: 'government-body' },
      {
        of: owner.actor.name,
      },
    );
  }
}

/**
 * "The United Nations Secretary-General, through his spokesperson, urged …": a body's post with no
 * name after it is the one who holds it. "The EU delegation in Gosperra": the bloc's office there.
 */
export function postsOfBodies(text: string, widen: Widen): void {
  for (const body of [...widen.mentions()]) {
    if (body.actor.kind !== 'intergovernmental') continue;
    const office = BODY_OFFICE_AFTER.exec(text.slice(body.end, body.end + 60));
    if (office) {
      const where = office[2] ? ` ${office[2]} ${office[3].replace(/\s+/g, ' ')}` : '';
      const name = `${body.actor.name} ${office[1]}${where}`;
      widen.replace(body.start, body.end + office[0].length, { id: null, name, kind: 'intergovernmental' }, {});
      continue;
    }
    if (body.possessive) continue;
    const post = BODY_POST_AFTER.exec(text.slice(body.end, body.end + 60));
    if (!post) continue;
    const name = `${body.actor.name} ${post[1].replace(/\s+/g, ' ')}`;
    widen.replace(
      body.start,
      body.end + post[0].length,
      { id: null, name, kind: 'person' },
      {
        title: post[1],
        of: null,
      },
    );
  }
}

/**
 * An organ's capitalised name before "of" and a body's: "the General Secretariat of the Organization of
 * American States", "the Peace and Security Council of the AU". Not the article that opens a sentence.
 */
const ORGAN_BEFORE_BODY =
  /(?:^|[^\p{L}'’-])((?:(?!(?:The|A|An)\s)\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,3}(?:Commission|Council|Secretariat|Assembly|Parliament|Committee|Board|Court|Delegation|Mission|Office|Presidency)|(Chairperson|Chairman|Chairwoman|Chair|President|Secretary[- ]General|Director[- ]General|Executive\s+Director|High\s+Representative|High\s+Commissioner|Head))\s+of\s+(the\s+)?$/u;
/** A name after the post ("the Chairperson of the AU Commission, Jane Roe,"): the person is found by it. */
const NAME_AFTER =
  /^\s*,\s+\p{Lu}|^\s+\p{Lu}[\p{L}'’-]+\s+(?:(?:von|van|der|den|de|del|della|di|da|du|la|le|al|el|bin|ibn)\s+)*\p{Lu}/u;

/**
 * The organ is the body's, a new actor of the body's kind (relations.ts makes it part of the body);
 * a post with no name after it is the one who holds it.
 */
export function organsOfBodies(text: string, widen: Widen): void {
  for (const body of [...widen.mentions()]) {
    if (body.actor.kind !== 'intergovernmental' && body.actor.kind !== 'organisation') continue;
    const from = Math.max(0, body.start - 80);
    const organ = ORGAN_BEFORE_BODY.exec(text.slice(from, body.start));
    if (!organ || (organ[2] && NAME_AFTER.test(text.slice(body.end, body.end + 40)))) continue;
    const name = `${organ[1].replace(/\s+/g, ' ')} of ${organ[3] ? 'the ' : ''}${body.actor.name}`;
    const kind = organ[2] ? 'person' : body.actor.kind;
    widen.replace(from + organ.index + organ[0].indexOf(organ[1]), body.end, { id: null, name, kind }, {});
  }
}
