/**
 * A government's organ named again without its state: "Caldwen will withdraw …, its defence ministry
 * said" (the state named as the subject, or last), "The ministry said in a statement …" (the ministry
 * named last). lib/ingest/mentions.ts makes and claims the mentions.
 */
import type { ActorKind } from '../domain';
import type { Mention } from './mentions';
import { BLOC_NOUNS, GROUP_NOUNS, PORTFOLIO, PORTFOLIO_TITLE, SPEECH_VERB_ANY, STATE_BY_WORD } from './lexicon';
import { NOT_NAMES, titleCased } from './names';
import { stateLike } from './state-bodies';
import type { KnownActor, ProposedActor } from './types';

/** An organ's name, after "its". */
const ORGAN = `(?:${PORTFOLIO}\\s+)?ministry|government|embassy|cabinet|presidency|parliament`;
const ITS_ORGAN = new RegExp(`\\b(?:[Ii]ts|[Tt]heir)\\s+(${ORGAN})\\b`, 'g');
/** "The ministry" again; not "the government", which a report most often uses for its own country's. */
const THE_ORGAN = new RegExp(`\\b[Tt]he\\s+((?:${PORTFOLIO}\\s+)?ministry|embassy)\\b(?!\\s+of\\b)`, 'g');

/** A person named again by their post, as the subject of a verb: "the ambassador said", "the general thanked". */
const THE_POST = new RegExp(
  String.raw`\b[Tt]he\s+((?:foreign\s+|prime\s+|deputy\s+)?minister|ambassador|envoy|spokes(?:man|woman|person)|diplomat|senator|general|president|chairman|chairwoman|commander|chancellor)(?=\s+(?:${SPEECH_VERB_ANY.source}|(?:also\s+)?[a-z]{3,}ed\b))`,
  'g',
);

/** After an owner's name: its noun, then the name of what it is set apart ("'s closest ally, X,"). */
const RENAMED = /^['’]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?:the\s+)?$/;

/** A bloc or a group named again by what it is: "the regional bloc", "the rights group", "the organisation". */
const THE_BODY = new RegExp(
  String.raw`\b[Tt]he\s+(?:[a-z-]+\s+)?(${[...new Set([...BLOC_NOUNS, ...GROUP_NOUNS])].join('|')})\b(?!\s+of\b)`,
  'g',
);

/** "X, whose Commission said": an organ named by its own word after its body's name. */
const WHOSE_ORGAN =
  /,\s+whose\s+((?:Commission|Council|Secretariat|Parliament|Assembly|Presidency|Executive|Board|Court)(?:\s+of\s+\p{Lu}[\p{L}-]*)?)\b/gu;

/** A body named again by the last word of its name: "the coalition" after "the Civic Coalition". */
const THE_HEAD =
  /\b[Tt]he\s+(coalition|movement|federation|association|commission|committee|council|network|party|foundation|institute|centre|center|front|forum|assembly|congress|court|tribunal)\b(?!\s+(?:of|for)\b)/g;

/** "Sweden Ministry of Foreign Affairs" holds "ministry" and "foreign ministry"; a defence ministry holds neither of the latter. */
function hasOrgan(body: string, organ: string): boolean {
  const name = body
    .toLowerCase()
    .replace(/\bministry\s+of\s+(?:the\s+)?([a-z]+)(?:\s+affairs)?/, '$1 ministry')
    .replace(/\s+/g, ' ');
  return new RegExp(`(?:^|\\s)${organ.toLowerCase().replace(/\s+/g, ' ')}(?:\\s|$)`).test(name);
}

/**
 * "Caldwen will withdraw …, its defence ministry said": the organ of the state named last before it.
 * "The ministry said in a statement …": the ministry named last before it, if any was.
 */
export function organsNamedAgain(
  text: string,
  /** The mentions found so far, which `claim` adds to. */
  mentions: Mention[],
  claim: (m: Mention) => boolean,
  mention: (start: number, end: number, actor: ProposedActor, extra?: Partial<Mention>) => Mention,
  guessKind: (name: string) => ActorKind,
): void {
  // The mentions by where they start, looked up by binary search: an article may name hundreds of
  // organs again, and each must not scan every mention of the text.
  let byStart = [...mentions].sort((a, b) => a.start - b.start);
  const between = (from: number, to: number): Mention[] => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < byStart.length && byStart[i].start < to; i += 1)
      if (byStart[i].end <= to) out.push(byStart[i]);
    return out;
  };
  // No name runs longer than a few hundred characters.
  const free = (start: number, end: number) =>
    !between(start - 500, end + 500).some((m) => m.start < end && start < m.end);
  const lastBefore = (at: number, test: (m: Mention) => boolean) =>
    between(at - 1200, at)
      .filter((m) => at - m.end < 600 && test(m))
      .sort((a, b) => b.end - a.end)[0];
  // "… a coalition of women's groups said …; the coalition added": a body unnamed came in between.
  const namedBetween = (from: number, to: number, noun: string) =>
    new RegExp(`\\b(?:an?|another|one)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${noun})s?\\b`, 'i').test(text.slice(from, to));
  const found: Mention[] = [];
  for (const m of text.matchAll(ITS_ORGAN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    // "its" is the subject's ("Tamazia, which …, recalled its ambassador to Halvard and denounced what
    // its foreign ministry called …"), else the state named last.
    const sentenceStart = sentenceStartBefore(text, start);
    const [subject] = between(sentenceStart, start);
    const lead = text.slice(sentenceStart, start);
    let ownerName: string | undefined;
    if (
      subject &&
      stateLike(subject) &&
      !/\b(?:in|to|from|with|at|by|of)\s+$/i.test(lead.slice(0, subject.start - sentenceStart))
    )
      ownerName = subject.actor.name;
    // A subject the lists do not know ("Ostmark, the only other upstream country, might …; its government").
    else if (!subject && /\S/.test(lead))
      ownerName = /^["“]?([A-Z][a-z]{2,})(?:,|\s+(?:has|had|is|was|will|would|might|could|said|says)\b)/.exec(
        lead,
      )?.[1];
    // "Its foreign ministry said …" opening a sentence: the subject of the sentence before ("Volgara,
    // Norrvik's largest neighbour, reacted angrily. Its foreign ministry …"), else the state named last.
    else if (!/\S/.test(lead)) {
      const previousStart = sentenceStartBefore(text, sentenceStart - 1);
      // "Galdor's response was swift. Its foreign ministry …": an owner that opens the sentence is its subject's.
      const inPrevious = between(previousStart, sentenceStart);
      const opener = inPrevious.find((o) => !o.possessive || !/\S/.test(text.slice(previousStart, o.start)));
      // "Ravelin's closest partner, Brennor, was warmer. Its …": the name set apart after the owner's noun.
      const renamed =
        opener?.possessive &&
        inPrevious.find(
          (o) => o.start > opener.end && RENAMED.test(text.slice(opener.end, o.start)) && text[o.end] === ',',
        );
      const previousSubject = renamed || opener;
      ownerName =
        previousSubject && stateLike(previousSubject) && previousSubject.start - previousStart < 40
          ? previousSubject.actor.name
          : lastBefore(start, (o) => o.actor.kind === 'state' && !o.possessive)?.actor.name;
    }
    if (!ownerName || NOT_NAMES.has(ownerName)) continue;
    const name = `${ownerName} ${m[1].replace(/\s+/g, ' ')}`;
    found.push(mention(start, end, { id: null, name, kind: guessKind(name) }, { of: ownerName }));
  }
  for (const m of found) claim(m);
  byStart = [...mentions].sort((a, b) => a.start - b.start);
  // '"…," the ambassador said': the person named last who holds that post, as the title or the words
  // beside the name say ("Russian Ambassador to Afghanistan Dmitry Zhirnov", "X, the foreign minister,").
  for (const m of text.matchAll(THE_POST)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const post = m[1].toLowerCase().replace(/\s+/g, ' ');
    const postAfter = new RegExp(`^,\\s+(?:the\\s+|an?\\s+)?[^,]{0,40}\\b${post}\\b`, 'i');
    // The post right before the name ("Ambassador to Afghanistan Dmitry Zhirnov"), not a word of the clause before.
    const postBefore = new RegExp(
      `\\b${post}(?:\\s+(?:to|in|for|of)\\s+(?:the\\s+)?(?:[A-Z][\\w.-]*\\s+){1,3})?,?\\s+$`,
      'i',
    );
    const holds = (o: Mention) =>
      o.actor.kind === 'person' &&
      ((o.title ?? '').toLowerCase().includes(post) ||
        postBefore.test(text.slice(Math.max(0, o.start - 60), o.start)) ||
        postAfter.test(text.slice(o.end, o.end + 70)));
    const holder = lastBefore(start, holds);
    if (holder) claim(mention(start, end, holder.actor, { of: holder.of }));
  }
  for (const m of text.matchAll(THE_ORGAN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const head = m[1].toLowerCase().split(/\s+/).pop()!;
    const body = lastBefore(start, (o) => o.actor.kind !== 'person' && hasOrgan(o.actor.name, head));
    // "The ministry" after "Caldwen defence ministry" is it; "the foreign ministry" after a defence ministry is not.
    if (!body || !hasOrgan(body.actor.name, m[1])) continue;
    claim(mention(start, end, body.actor, { of: body.of }));
  }
  // "The Caldwen Alliance said … On Friday, the alliance condemned …": a body named again by its last word.
  for (const m of text.matchAll(THE_HEAD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const head = m[1].toLowerCase();
    const body = lastBefore(
      start,
      (o) =>
        o.actor.kind !== 'person' &&
        o.actor.kind !== 'state' &&
        !o.possessive &&
        o.actor.name.toLowerCase().split(/\s+/).pop() === head,
    );
    if (body && !namedBetween(body.end, start, head)) claim(mention(start, end, body.actor, { of: body.of }));
  }
  // "the African Union, whose Commission said …": the organ is the body's ("African Union Commission").
  for (const m of text.matchAll(WHOSE_ORGAN)) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const owner = lastBefore(m.index + 1, (o) => o.actor.kind !== 'person' && o.end === m.index);
    if (!owner || NOT_NAMES.has(m[1])) continue;
    const name = `${owner.actor.name} ${m[1]}`;
    const organ = mention(
      start,
      end,
      { id: null, name, kind: guessKind(name) },
      {
        of: owner.actor.kind === 'state' ? owner.actor.name : owner.of,
      },
    );
    const had = between(start, end).find((o) => o.start === start && o.end === end && o.actor.id === null);
    if (had) Object.assign(had, { actor: organ.actor, of: organ.of });
    else claim(organ);
  }
  for (const m of text.matchAll(THE_BODY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    // "The regional bloc said in a statement …": the bloc named last; "the alliance" after "the United
    // Human Rights Alliance", that body, even with a bloc named since ("… the United Nations Charter").
    const sameHead = (o: Mention) =>
      o.actor.kind !== 'person' &&
      o.actor.kind !== 'state' &&
      !o.possessive &&
      o.actor.name.toLowerCase().split(/\s+/).pop() === m[1].toLowerCase();
    const bloc = BLOC_NOUNS.has(m[1])
      ? (lastBefore(start, sameHead) ?? lastBefore(start, (o) => o.actor.kind === 'intergovernmental'))
      : undefined;
    if (bloc) {
      claim(mention(start, end, bloc.actor, { of: bloc.of }));
      continue;
    }
    // "Amnesty International said … In a statement, the organisation called …": the body named last, if
    // it is one (not a government, which a report calls "the government").
    if (!GROUP_NOUNS.has(m[1]) || /^\s+for\b/.test(text.slice(end, end + 5))) continue;
    const body = lastBefore(start, (o) => o.actor.kind !== 'person' && o.actor.kind !== 'state' && !o.possessive);
    if (
      body &&
      (body.actor.kind === 'organisation' || body.actor.kind === 'intergovernmental') &&
      (body.actor.id !== null || /\s/.test(body.actor.name)) &&
      !namedBetween(body.end, start, [...GROUP_NOUNS].join('|'))
    )
      claim(mention(start, end, body.actor, { of: body.of }));
  }
}

/** A state's organ in capitals, named bare: "the Foreign Ministry", "the Ministry of Foreign Affairs". */
const CAPITALISED_ORGAN = new RegExp(
  `^(?:${PORTFOLIO_TITLE}\\s+)?Ministry(?:\\s+of\\s+(?:the\\s+)?(?:Foreign\\s+Affairs|${PORTFOLIO_TITLE}))?$`,
);

/**
 * "Sweden's Foreign Ministry said … Later, the Foreign Ministry condemned …": an organ named bare in
 * capitals is the state's organ named last, as "the ministry" is. Run after the round-ups' headings,
 * which bind such organs to the heading's state first.
 */
export function capitalisedOrgansNamedAgain(text: string, mentions: Mention[]): void {
  const bodies = mentions.filter((o) => o.of !== null && o.actor.kind !== 'person').sort((a, b) => a.end - b.end);
  for (const m of mentions) {
    if (m.actor.id !== null || m.of !== null || !CAPITALISED_ORGAN.test(m.surface)) continue;
    if (!/\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    const body = bodies.findLast((o) => o.end <= m.start && m.start - o.end < 600);
    if (!body || !hasOrgan(body.actor.name, m.surface)) continue;
    m.actor = body.actor;
    m.of = body.of;
  }
}

/** Where the sentence holding `at` begins: after the last stop and space, or the paragraph's start. */
function sentenceStartBefore(text: string, at: number): number {
  // Back from `at` only: a report has hundreds of "its …" and each must not read the text from its start.
  for (let i = at - 1; i >= 0; i -= 1) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (!/\s/.test(c)) continue;
    const stop = /[.!?]["”’]?$/.exec(text.slice(Math.max(0, i - 2), i));
    if (stop) return i + 1;
  }
  return 0;
}

/** An organ a round-up names bare under a heading: "Brazil" on its own line, then "The Foreign Ministry said". */
const BARE_ORGAN =
  /^(?:the\s+)?(?:(foreign\s+ministry|foreign\s+office|ministry\s+of\s+foreign\s+affairs)|(government|presidency))$/i;

const INLINE_HEADING =
  /^[^\S\n]*(?:[A-Z][a-z]+:[^\S\n]+)?(?:([^\n:—–]{2,40}?)[^\S\n]+[—–]|([^\n:—–]{2,40}?):)[^\S\n]+(?=\S)/gm;

/**
 * What a heading names: a state the lists know, a stored state or government, or a place the text
 * names elsewhere ("LORVESSE" over "Lorvesse fully supported …"), a single word the lists do not
 * know (taken for an organisation) included.
 */
export function headingPlace(
  mentions: Mention[],
  known: KnownActor[],
  knownStates: Map<string, string>,
): (line: string) => string | undefined {
  const named = new Set(
    mentions
      .filter(
        (m) =>
          m.actor.kind === 'state' ||
          (m.actor.kind === 'organisation' && m.actor.id === null && !/\s/.test(m.actor.name)),
      )
      .map((m) => m.actor.name),
  );
  const governments = new Map(
    known
      .filter((k) => k.kind === 'government')
      .flatMap((k) => [k.name, ...k.aliases].map((n) => [n, k.name] as const)),
  );
  return (line) =>
    STATE_BY_WORD.get(line) === line
      ? line
      : (knownStates.get(line) ?? governments.get(line) ?? (named.has(line) ? line : undefined));
}

/**
 * Round-ups list reactions under headings that name a state alone on a line ("Brazil", "JAPAN:") or
 * open a paragraph ("Reactions: Brazil — …"):
 * below one, an organ named bare is that state's, and a titled official no state qualifies serves it.
 */
export function underHeadings(
  text: string,
  mentions: Mention[],
  stateOf: (line: string) => string | undefined,
  claim: (m: Mention) => boolean,
  mention: (start: number, end: number, actor: ProposedActor, extra?: Partial<Mention>) => Mention,
): void {
  // A heading in capitals that names no state ("RIGHTS GROUPS", "UNITED NATIONS") ends the one before.
  const headings: { at: number; state: string | undefined }[] = [];
  const heading = (at: number, words: string) => {
    const capitals = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u.test(words);
    const found = stateOf(words) ?? stateOf(titleCased(words));
    // "VELLIN", a state no list knows, is Vellin.
    const state = capitals && found === words ? titleCased(words) : found;
    if (state || capitals) headings.push({ at, state });
  };
  for (const line of text.matchAll(/^[^\S\n]*([^\n]{2,40}?)[^\S\n]*:?[^\S\n]*$/gm)) heading(line.index, line[1].trim());
  // "Reactions: Lomaria — Lomaria fully supported …", "BRAZIL: The foreign ministry said …": a heading
  // that opens its paragraph.
  for (const line of text.matchAll(INLINE_HEADING)) heading(line.index, (line[1] ?? line[2]).trim());
  headings.sort((a, b) => a.at - b.at);
  if (headings.filter((h) => h.state).length < 2) return;
  for (const m of mentions) {
    const heading = headings.findLast((h) => h.at < m.start);
    if (!heading?.state || m.actor.id !== null || m.of) continue;
    if (m.actor.kind === 'person') {
      if (m.title) m.of = heading.state;
      continue;
    }
    const organ = BARE_ORGAN.exec(m.actor.name);
    if (!organ) continue;
    const name = `${heading.state} ${organ[1] ? 'foreign ministry' : organ[2].toLowerCase()}`;
    m.actor = { id: null, name, kind: organ[1] ? 'government-body' : 'government' };
    m.of = heading.state;
  }
  // "The foreign ministry said" in lower case is no name the reading above found: the heading's state's too.
  // "* Foreign ministry: …", a factbox's point under the state's heading, too.
  for (const x of text.matchAll(
    /(?:(?<![\w-])[Tt]he\s+|^[^\S\n]*[*•–-][^\S\n]+)([Ff]oreign\s+(?:ministry|office))(?![\w-])/gm,
  )) {
    const start = x.index + x[0].length - x[1].length;
    const heading = headings.findLast((h) => h.at < start);
    if (!heading?.state) continue;
    const actor: ProposedActor = { id: null, name: `${heading.state} foreign ministry`, kind: 'government-body' };
    claim(mention(start, start + x[1].length, actor, { of: heading.state }));
  }
}

/** "Salm's office", "the UN Secretary-General's office": a person's or a post's office speaks as itself. */
export function officesOfPeople(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (
      !m.possessive ||
      (m.actor.kind !== 'person' && !/\b(?:Secretary-General|President|Prime Minister)$/.test(m.actor.name))
    )
      continue;
    const office = /^['’]s\s+(?:press\s+)?office\b/.exec(text.slice(m.end, m.end + 20));
    if (!office) continue;
    m.end += office[0].length;
    m.surface = text.slice(m.start, m.end);
    m.actor = { id: null, name: `${m.actor.name}'s office`, kind: 'government-body' };
    m.possessive = false;
  }
}
