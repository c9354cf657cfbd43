/**
 * The acting side of an event: the actor that did the act, its own bodies ("Kenya's parliament",
 * "the bloc's council") and serving officials ("Norwegian Foreign Minister X", "X, Norway's trade
 * minister"), and whoever the report says drafted, signed or announced the act. A report's lead
 * tells what they did, and their words defend it: blame they lay is aimed at the act's target or
 * its ground ("accusing them of fraud", "condemns the massacre"), not at the act, so their stance
 * on the event is support.
 */
import {
  BLOC_NOUNS,
  INTERGOVERNMENTAL,
  PORTFOLIO,
  PORTFOLIO_TITLE,
  STATE_BY_WORD,
  escape,
  titleStates,
} from './lexicon';
import { ACT_NOUN_WORDS } from './acts';
import { OTHER_PARTY_BEFORE, beforeNoun, byDemonym, isDemonymOf } from './mention-words';
import type { Mention } from './mentions';
import { sameName } from './speakers';
import type { EventDescription } from './types';

/** Titles of those who speak for a government (not "Opposition Leader", "Senator", "Judge"). */
const GOVERNING_TITLE =
  /^(?:(?:Vice |Deputy )?(?:President|Prime Minister|Premier|Chancellor)|(?:[A-Z][a-z]+ )?Minister|Secretary(?: of State)?|King|Queen|Emir|Crown Prince|Supreme Leader|(?:Special )?Envoy|Ambassador|Spokes(?:person|man|woman))$/;
/** A government role in an appositive: "Norway's foreign minister, X" or "X, Norway's trade minister,". */
const ROLE = `(?:(?:deputy |vice |prime |${PORTFOLIO} )?minister|president|chancellor|spokes(?:person|man|woman)|(?:ambassador|envoy|representative)(?: (?:to|in|for|on) (?:the )?[A-Z][\\w.-]+)?|(?:foreign |home )?secretary)`;
const ROLE_BEFORE = new RegExp(`([A-Z][\\w.-]*(?:\\s[A-Z][\\w.-]*)?)['’]s\\s+(?:[A-Za-z.]+\\s+)?${ROLE},\\s+$`);
/**
 * "French ambassador X", "Russian envoy X", "Russian foreign ministry spokeswoman X": a demonym and a
 * role before the name.
 */
const DEMONYM_ROLE = new RegExp(
  `(?:^|[^\\w-])([A-Z][\\w-]+)\\s+(?:[a-z.]+\\s+|(?:[Ff]oreign|[Dd]efence|[Dd]efense)\\s+[Mm]inistry\\s+)?${ROLE}\\s+$`,
);
const ROLE_AFTER = new RegExp(
  `^,\\s+(?:the\\s+)?([A-Z][\\w.-]*(?:\\s[A-Z][\\w.-]*)?)['’]s\\s+(?:[a-z.]+\\s+)?${ROLE}\\b`,
);
/** The word before a title that says whose official it is: not an article, a rank or a portfolio. */
const QUALIFIER_BEFORE = new RegExp(
  String.raw`(?:^|[^\w.-])((?!(?:The|A|Deputy|Vice|Acting|${PORTFOLIO_TITLE})\b)[A-Z][\w.-]*)(?:['’]s)?\s+$`,
);
const THE_ROLE = new RegExp(`^,\\s+the\\s+${ROLE}\\s*,`, 'i');
/** "Presidential envoy X", "Special envoy X" opening a sentence: a role with no country, written before the name. */
const ROLE_OPENING =
  /(?:^|\n|[.!?]["”]?\s+)(?:Presidential|Special|Government|Deputy)\s+(?:envoy|spokes(?:man|woman|person)|representative)\s+$/;
const FORMER = /\b(?:former|ex-|opposition|retired|late)\s+(?:[A-Za-z-]+\s+){0,4}$/i;
/** Bodies that own organs: "the bloc's Peace and Security Council", "the court's president". */
const BODY_POSSESSOR = /\bthe\s+([a-z]+)['’]s\s+(?:[a-z-]+\s+){0,3}(?:[^,]{0,40},\s+)?$/i;
const HEAD_OF =
  /\bthe\s+(?:chair(?:man|woman|person)?|president|head|director(?:-general)?|secretary-general|spokes(?:person|man|woman))\s+of\s+(?:the\s+)?([A-Z][^,()]{1,80}?)\s*(?:\([A-Z]{2,8}\))?,\s+$/i;

export interface ActingSide {
  names: string[];
  /** The acting actor's kind: "the bloc's" is its own only when it is a bloc. */
  kind: string;
  /** Names found on the acting side anywhere in the text (a later "the council" is the same body). */
  members: Set<string>;
  agents: Set<string>;
  /** The act's target under each of its names, lower case: it serves no side of the act. */
  targets: Set<string>;
  /** The state whose body acted ("Vellmark" of "Vellmark's Constitutional Court"), if a body did. */
  home: string | null;
}

/** "France, Germany and Spain" is three actors, "Saudi Arabia and Iran" two, "Trinidad and Tobago" one (none listed). */
function jointActors(actor: string): string[] {
  if (!actor.includes(',') && !(/\s+and\s+\p{Lu}/u.test(actor) && !STATE_BY_WORD.has(actor))) return [];
  return actor.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
}

/** The acting actors' names: "France, Germany and Spain" is three; "Kenya's parliament" is Kenya's too. */
export function actingSide(text: string, event: EventDescription, mentions: Mention[]): ActingSide {
  const names: string[] = [];
  const owned = event.actor ? /^(.+?)['’]s\s+(.+)$/.exec(event.actor) : null;
  // "National Electoral Commission of Mirevo": the body (named so too) and the state it belongs to.
  const ofOwner = event.actor
    ? /^(.+)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u.exec(event.actor)
    : null;
  if (event.actor) {
    names.push(event.actor);
    names.push(...jointActors(event.actor));
    if (owned) names.push(owned[1]);
    // "Velmora's Constitutional Court" is named "the Constitutional Court" too, and is found so when
    // its owner is a stored name of its own.
    if (owned && /^\p{Lu}/u.test(owned[2])) names.push(owned[2]);
    // "National Electoral Commission of Mirevo" is "Mirevo's National Electoral Commission" too.
    if (ofOwner && /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+$/u.test(ofOwner[1]) && !/\s/.test(ofOwner[2]))
      names.push(ofOwner[1]);
    // "Hadrian High Court" is "the High Court in Tesca" too: a people's word before a court or a house.
    const qualified =
      /^\p{Lu}[\p{L}-]*(?:ian|ese|ish|an|ic|i)\s+((?:\p{Lu}[\p{L}-]*\s+)*(?:Court|Parliament|Assembly|Senate|Council|Tribunal))$/u.exec(
        event.actor,
      );
    if (qualified) names.push(qualified[1]);
  }
  // "Britain" acts, "the UK's prime minister" speaks: a state is the same under each of its names.
  for (const n of [...names]) {
    const state = STATE_BY_WORD.get(n);
    if (state && state !== n && !names.includes(state)) names.push(state);
  }
  // "Vellmark's Constitutional Court" acts, not Vellmark: its ministers are no side of the ruling.
  const first = owned
    ? mentions.find((m) => sameName(m, event.actor!) || (/^\p{Lu}/u.test(owned[2]) && sameName(m, owned[2])))
    : mentions.find((m) => names.some((n) => sameName(m, n)));
  const guess = names.some((n) => INTERGOVERNMENTAL.has(n))
    ? 'intergovernmental'
    : names.some((n) => STATE_BY_WORD.get(n) === n)
      ? 'state'
      : 'organisation';
  const kind = first?.actor.kind ?? (owned ? 'government-body' : guess);
  const targets = new Set(
    [event.target, ...(event.targetNames ?? [])].filter((t): t is string => !!t).map((t) => t.toLowerCase()),
  );
  const homeName = owned?.[1] ?? ofOwner?.[2];
  const side: ActingSide = {
    names: names.filter((n) => n.length > 1),
    kind,
    members: new Set(),
    agents: new Set(),
    targets,
    home:
      homeName && mentions.some((m) => sameName(m, homeName) && ['state', 'organisation'].includes(m.actor.kind))
        ? homeName
        : null,
  };
  // "Kelvara's parliament impeaches President X": the act's target serves no side of it.
  for (const m of mentions)
    if (memberAt(text, m, side, mentions) && !targets.has(m.actor.name.toLowerCase())) side.members.add(m.actor.name);
  return side;
}

function stateOf(words: string): string {
  return STATE_BY_WORD.get(words) ?? words;
}

/** The state a person serves, from an appositive role beside the name. */
function servedState(text: string, m: Mention): string | null {
  if (m.actor.kind !== 'person') return null;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  if (m.title && GOVERNING_TITLE.test(m.title)) return FORMER.test(before) ? null : m.of;
  const role = ROLE_BEFORE.exec(before);
  if (role && !FORMER.test(before.slice(0, role.index))) return stateOf(role[1]);
  const demonym = DEMONYM_ROLE.exec(before);
  if (demonym && STATE_BY_WORD.has(demonym[1]) && !FORMER.test(before.slice(0, demonym.index + 1)))
    return stateOf(demonym[1]);
  const after = ROLE_AFTER.exec(text.slice(m.end, m.end + 80));
  if (after && !/former|opposition/i.test(after[0])) return stateOf(after[1]);
  return null;
}

/**
 * An official on the acting state's side, whose state the report leaves unsaid, serves it. When a
 * state's body acted ("Vellmark's Constitutional Court", "the National Chamber of Estoval"), an
 * official the report does not qualify serves that state as it would if the state had acted.
 */
export function servesActingState(side: ActingSide, text: string, mentions: Mention[]): (m: Mention) => string | null {
  const state = side.kind === 'state' && side.names.length === 1 ? side.names[0] : null;
  const home = state ? null : side.home;
  const homeSide: ActingSide | null = home ? { ...side, names: [home], kind: 'state' } : null;
  return (m) => {
    if (state && side.members.has(m.actor.name)) return state;
    if (homeSide && m.actor.kind === 'person' && m.title && !m.of && GOVERNING_TITLE.test(m.title))
      return unqualified(text, m, homeSide, mentions) ? home : null;
    return null;
  };
}

export function onActingSide(text: string, m: Mention, side: ActingSide): boolean {
  if (side.members.has(m.actor.name) || side.agents.has(m.actor.name)) return true;
  const served = servedState(text, m);
  return served !== null && side.agents.has(served);
}

function memberAt(text: string, m: Mention, side: ActingSide, mentions: Mention[]): boolean {
  const { names } = side;
  if (names.some((n) => sameName(m, n))) return true;
  if (m.actor.kind !== 'person' && m.of && names.includes(m.of)) return true;
  const served = servedState(text, m);
  if (served && names.includes(served)) return true;
  if (side.kind === 'state' && m.title && !m.of && GOVERNING_TITLE.test(m.title))
    return unqualified(text, m, side, mentions);
  // "Sergei Lavrov, the foreign minister, said": a role with no country, as an unqualified title.
  if (
    side.kind === 'state' &&
    m.actor.kind === 'person' &&
    !m.of &&
    (THE_ROLE.test(text.slice(m.end, m.end + 60)) || ROLE_OPENING.test(text.slice(Math.max(0, m.start - 40), m.start)))
  )
    return unqualified(text, m, side, mentions);
  // "the bloc's Peace and Security Council" when the bloc acted, "the court's president" when the court did.
  const at = m.title ? Math.max(0, text.lastIndexOf(m.title, m.start)) : m.start;
  // "The head of the National Election Board (NEB), Prof. X," when the board acted.
  const head = HEAD_OF.exec(text.slice(Math.max(0, at - 120), at))?.[1];
  if (head && [...names, ...side.members].some((n) => n.toLowerCase() === head.toLowerCase())) return true;
  const owner = BODY_POSSESSOR.exec(text.slice(Math.max(0, at - 80), at))?.[1].toLowerCase();
  if (!owner || side.kind === 'state') return false;
  return (
    // A court or an assembly is no bloc: "the bloc's chair" in a report of a ruling is another body's.
    (BLOC_NOUNS.has(owner) &&
      names.some((n) => /\b(?:union|community|organi[sz]ation|alliance|league|bloc)\b/i.test(n))) ||
    [...names, ...side.members].some((n) => n.toLowerCase().split(/\s+/).includes(owner))
  );
}

/**
 * An official the report does not qualify ("Foreign Minister X said") serves the state its paragraph
 * is about ("Iran recalled its envoy. Foreign Minister X said …"), else the acting state: reports
 * name the country of any other ("Iranian Foreign Minister", "X of Iran").
 */
function unqualified(text: string, m: Mention, side: ActingSide, mentions: Mention[]): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  if (FORMER.test(before)) return false;
  // "Foreign Secretary X", "Secretary of State X": a title the acting state does not give.
  const titled = titleStates(before);
  // Not for a state the lists do not know (an invented one, a breakaway), which may give any title.
  if (titled && !side.names.some((n) => titled.includes(n)) && side.names.some((n) => STATE_BY_WORD.has(n)))
    return false;
  // "US Vice President Joe Biden …; later Vice President Joe Biden said": qualified once is enough.
  const qualified = mentions.find((o) => o !== m && o.of && o.actor.name === m.actor.name);
  if (qualified) return side.names.includes(qualified.of!);
  if (/^\s+of\s+[A-Z]|^,\s+(?:the\s+)?[A-Z][\w-]*['’]s\s/.test(text.slice(m.end, m.end + 40))) return false;
  // "Iranian Foreign Minister", "ECOWAS Commission President": qualified by the words before the title.
  const beforeTitle = before.slice(0, Math.max(0, before.length - (m.title?.length ?? 0) - 1));
  const qualifier = QUALIFIER_BEFORE.exec(beforeTitle)?.[1];
  // A stop ends the sentence before ("… in Ostby. Foreign Minister X"), except in "U.S.".
  if (qualifier && (!qualifier.endsWith('.') || /^(?:[A-Z]\.){2,}$/.test(qualifier)))
    return side.names.some((n) => qualifier.startsWith(n.replace(/[aeiouy]$/, '')));
  // "President X said … despite tensions with Russia": the acting state is the other party here.
  const rest = text.slice(m.end, m.end + 300).split(/[.!?](?:\s|$)/)[0];
  const otherParty = mentions.some(
    (o) =>
      o.start > m.end &&
      o.end <= m.end + rest.length &&
      side.names.some((n) => sameName(o, n)) &&
      /\b(?:with|against|accus\w+|urg\w+|toward|towards|from|by)\s+(?:the\s+)?$/i.test(
        text.slice(o.start - 20, o.start),
      ),
  );
  if (otherParty) return false;
  const paragraph = text.lastIndexOf('\n', m.start) + 1;
  // "The Taliban hailed the decision. Deputy spokesman X said …": a government (no state's) that opens
  // the sentence before serves as the owner, as a state opening it would.
  const opener = sentenceOpener(text, mentions, paragraph, m.start);
  if (opener?.actor.kind === 'government' && !opener.of) return side.names.some((n) => sameName(opener, n));
  // "The Solandi government was stung. Foreign Minister X called …": a government names its state too.
  // Nor a state named as a word before a noun ("the US statement", "Sabelese officers") or inside a
  // quotation: that is what is talked about.
  // An official of a state named before ("Turkish Foreign Minister X said …, while President Y") is.
  const qualifiedAs = qualifiedNames(mentions);
  const ofPerson = (o: Mention) => (o.actor.kind === 'person' ? (o.of ?? qualifiedAs.get(o.actor.name) ?? null) : null);
  const whose = (from: number, to: number, governments: boolean) =>
    [...mentions].reverse().filter(
      (o) =>
        o.end <= to &&
        o.start >= from &&
        // "recalled its ambassador from Laskova", "talks with Moscow": the other party, not the paragraph's.
        !OTHER_PARTY_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start)) &&
        ((o.actor.kind === 'state' && !adjectival(text, o)) ||
          (o.of !== null && o.actor.kind.startsWith('government')) ||
          (governments && o.actor.kind === 'government') ||
          ofPerson(o) !== null),
    );
  // "Strong words from Lindmark, Estoval's neighbour.", "The Calvessan ministry … summoned Norvenna's
  // ambassador.": a state's possessive names what is talked about; a state named otherwise in the
  // paragraph is whose official this is.
  const named = whose(paragraph, m.start, false);
  const state = named.find((o) => !(o.possessive && o.actor.kind === 'state')) ?? named[0];
  if (!state && paragraph > 0) {
    const lastLine = text.slice(0, paragraph).trimEnd();
    const [before] = whose(lastLine.lastIndexOf('\n') + 1, lastLine.length, true);
    const owner =
      before &&
      (before.possessive ||
        /\b(?:spokes\w+|minister|ministry|envoy|official)\s+(?:of|for)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(0, before.start - 30), before.start),
        ));
    if (owner && before.actor.kind === 'government' && !side.names.some((n) => sameName(before, n))) return false;
  }
  if (!state) {
    // "Estvale recalled its ambassador. \n\n President X told state radio …": the state that opens the
    // paragraph before, when it is not the acting one, is whose president this is.
    const lastLine = text.slice(0, paragraph).trimEnd();
    const from = lastLine.lastIndexOf('\n') + 1;
    const opener = mentions.find(
      (o) =>
        o.actor.kind === 'state' &&
        !o.possessive &&
        o.start >= from &&
        /^(?:the\s+)?$/i.test(text.slice(from, o.start)) &&
        /^\s+(?:has|had|have|was|is|on|\p{Ll}+ed)\b/u.test(text.slice(o.end, o.end + 12)),
    );
    if (opener && !side.names.some((n) => sameName(opener, n)) && !side.targets.has(opener.actor.name.toLowerCase()))
      return false;
    return true;
  }
  if (state.actor.kind === 'state') return side.names.some((n) => sameName(state, n));
  const of = ofPerson(state) ?? state.of!;
  return side.names.some((n) => of === n || of.startsWith(n.replace(/[aeiouy]$/, '')));
}

/** The name that opens the sentence before the one holding `at`, in the same paragraph (after "The"), if any. */
function sentenceOpener(text: string, mentions: Mention[], paragraph: number, at: number): Mention | undefined {
  const stops = [...text.slice(paragraph, at).matchAll(/[.!?]["”’]?\s+/g)];
  if (stops.length === 0) return undefined;
  const from = paragraph + (stops.length > 1 ? stops[stops.length - 2].index + stops[stops.length - 2][0].length : 0);
  return mentions.find((o) => o.start >= from && /^(?:the\s+)?$/i.test(text.slice(from, o.start)) && !o.possessive);
}

/** Each name's state, as the first mention of it that names one gave it; made once per text, not per mention. */
const QUALIFIED = new WeakMap<Mention[], Map<string, string>>();
function qualifiedNames(mentions: Mention[]): Map<string, string> {
  let names = QUALIFIED.get(mentions);
  if (!names) {
    names = new Map();
    for (const x of mentions) if (x.of && !names.has(x.actor.name)) names.set(x.actor.name, x.of);
    QUALIFIED.set(mentions, names);
  }
  return names;
}

/** "the US statement", "Sabelese officers", '"Lemar can stand"': a state named, not the one speaking. */
function adjectival(text: string, o: Mention): boolean {
  const paragraphStart = text.lastIndexOf('\n', o.start) + 1;
  const quotes = (text.slice(paragraphStart, o.start).match(/["“”]/g) ?? []).length;
  if (quotes % 2 === 1) return true;
  if (!beforeNoun(text, o)) return false;
  return byDemonym(o) || /\b(?:the|a|an|this|that|its|their)\s+$/i.test(text.slice(Math.max(0, o.start - 8), o.start));
}

/**
 * "Russia's recognition of …", "Japan's decision to release …": the acting actor named as the owner
 * of the act, in each sentence that does so. A report often says who acted only this way, and the
 * actor that did the act is on its side.
 */
export function ownersOfTheAct(
  text: string,
  mentions: Mention[],
  event: EventDescription,
  side: ActingSide,
): Mention[] {
  if (!event.actor) return [];
  // The nouns of any act, and the plan for it.
  const nouns = [...ACT_NOUN_WORDS, 'plan'].map(escape);
  // The act's word in any form: "recognizes" gives "recognition", "withdraws" "withdrawal".
  if (event.act) nouns.push(`${escape(event.act.toLowerCase().slice(0, Math.max(5, event.act.length - 2)))}[a-z]*`);
  for (const alias of event.aliases) {
    const last = /([a-z-]+)$/.exec(alias.toLowerCase())?.[1];
    if (last && last.length > 3) nouns.push(escape(last));
  }
  const owned = new RegExp(`^['’]s?\\s+(?:[a-z-]+\\s+){0,2}?(?:${nouns.join('|')})\\b`);
  // "US President X's recognition of …", "Putin's decision" (stored as Russia's leader): the acting
  // state's leader, named as the act's owner, acted too.
  const leads = (m: Mention) =>
    m.actor.kind === 'person' &&
    (m.title !== null ? GOVERNING_TITLE.test(m.title) : m.actor.id !== null) &&
    m.of !== null &&
    side.names.includes(m.of);
  const owners = mentions.filter(
    (m) =>
      m.possessive && (side.names.some((n) => sameName(m, n)) || leads(m)) && owned.test(text.slice(m.end, m.end + 60)),
  );
  // "the Russian decision", "Russian recognition": the acting state named by its people's word, as
  // it is named elsewhere in the report.
  const byWord = new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+)\\s+(?:${nouns.join('|')})\\b`, 'gu');
  for (const m of text.matchAll(byWord)) {
    const state = STATE_BY_WORD.get(m[1]);
    const named = state && mentions.find((x) => x.actor.name === state && side.names.some((n) => sameName(x, n)));
    if (!named || !isDemonymOf(m[1], state)) continue;
    owners.push({ ...named, start: m.index, end: m.index + m[1].length, surface: m[1], possessive: false });
  }
  return owners;
}

const COUNT_WORDS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4 };
/** "both countries", "the three Western powers", "all four governments": the acting actors together. */
const TOGETHER =
  /\b(?:(both)|the\s+(two|three|four)|all\s+(three|four))\s+(?:[A-Za-z-]+\s+)?(?:countries|nations|powers|governments|states|sides|allies|partners|capitals)\b/gi;
/** Words that make the group an object, not who acted: "accused both countries", "talks between the two sides". */
const GROUP_AS_OBJECT =
  /\b(?:of|on|against|with|between|for|to|by|from|accused|urged|told|called|critici[sz]ed|condemned|warned|praised|congratulated)\s+$/i;

/**
 * "… which saw both countries agree to resume ties", "the three Western powers announced …": when two
 * to four actors did the act together, a phrase that counts them names each of them, at its first
 * sentence; the first mention of each acting actor is given (the report must name them somewhere).
 */
export function actingTogether(
  text: string,
  mentions: Mention[],
  event: EventDescription,
): { mentions: Mention[]; at: number } | null {
  // Only a list of actors acts together ("Saudi Arabia and Iran"), not a body and its owner.
  const parts = event.actor ? jointActors(event.actor) : [];
  const actors = new Map<string, Mention>();
  for (const name of parts) {
    const m = mentions.find((x) => sameName(x, name));
    if (m && !actors.has(m.actor.name)) actors.set(m.actor.name, m);
  }
  if (actors.size < 2) return null;
  for (const match of text.matchAll(TOGETHER)) {
    const count = COUNT_WORDS[(match[1] ?? match[2] ?? match[3]).toLowerCase()];
    if (count !== actors.size || GROUP_AS_OBJECT.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    return { mentions: [...actors.values()], at: match.index };
  }
  return null;
}

/** Words of worry or regret: not how the acting side speaks of its own act. */
const WORRY = /^(?:(?:deep|grave|serious)\s+)?(?:concern|worr|disappoint|regret|deplor|dismay)/i;

/** Whether `cue` is worry about the act, not about something else ("concern about the violence"). */
export function worriedByTheAct(text: string, cue: string, at: { end: number }): boolean {
  return (
    WORRY.test(cue) &&
    !/^\s+(?:about|over|at|for)\s+(?:the\s+)?(?!recogn|decision|move|step|announcement)[a-z]/i.test(
      text.slice(at.end, at.end + 40),
    )
  );
}
