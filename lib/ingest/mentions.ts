/**
 * Who the text names: stored actors by name or alias (and a person by surname once named in full),
 * states and intergovernmental bodies by name, acronym or demonym, ministries and governments named
 * by their state ("the Russian foreign ministry", "China's foreign ministry"), and other names written
 * with capitals, each with a guessed kind. A name followed by ’s is possessive: the thing it owns is
 * what acts ("Russia’s decision" is no statement by Russia).
 */
import {
  GOVERNMENT_BODY_WORDS,
  BLOC_FULL_NAME,
  INTERGOVERNMENTAL,
  ORGANISATION_WORDS,
  PERSON_TITLES,
  STATE_BY_WORD,
  BODIES_OF_STATES,
  INTERGOVERNMENTAL_BY_CITY,
  escape,
} from './lexicon';
import {
  ADJECTIVE_NOUN,
  bareSurname,
  CONNECTORS,
  NOT_NAMES,
  PARTY_NOUN_AFTER,
  PLURAL_AND_VERB,
  SINGULAR_VERB_AFTER,
  STATE_LIKE,
  nameRuns,
  titleCased,
  guessKind,
  stateOfAdjective,
  stripTitle,
} from './names';
import {
  CAMPS,
  LONG_PORTFOLIO,
  NOT_ACTORS,
  BODY_CONFERENCE,
  leadsNoName,
  UN_BODY_IN_LOWER_CASE,
  placePattern,
  portfolioBeforeNoun,
  possessiveAt,
  PORTFOLIO_WORD,
  POSTED_ROLE,
  POSTED_TITLE,
  SURNAME_PARTICLE,
  BODY_NOUN_BEFORE,
  bodyAfterOf,
  stateOfBody,
  notTheState,
  bodyNamedAfterState,
  storedBodyState,
  headingLine,
  isDemonymOf,
  knownForms,
  stateBefore,
} from './mention-words';
import { acronymsNamedAgain } from './acronyms';
import { capitalisedOrgansNamedAgain, headingPlace, officesOfPeople, organsNamedAgain, underHeadings } from './organs';
import {
  findStateBodies,
  organsOfNamedStates,
  placeWords,
  postsOfBodies,
  stateLookup,
  storedOwnedBodies,
  organsOfBodies,
  type Widen,
} from './state-bodies';
import type { KnownActor, ProposedActor } from './types';

export interface Mention {
  start: number;
  end: number;
  /** The words as written. */
  surface: string;
  actor: ProposedActor;
  possessive: boolean;
  /** A title written before a person's name ("Foreign Minister"). */
  title: string | null;
  /** The state a title, demonym or owner ties the actor to ("Afghan Foreign Minister …": Afghanistan). */
  of: string | null;
}

interface Claimed {
  taken: boolean[];
  mentions: Mention[];
}

function claim(state: Claimed, mention: Mention): boolean {
  for (let i = mention.start; i < mention.end; i += 1) if (state.taken[i]) return false;
  for (let i = mention.start; i < mention.end; i += 1) state.taken[i] = true;
  state.mentions.push(mention);
  return true;
}

/** Gives back what was claimed inside [start, end), for a longer name that holds it. */
function release(state: Claimed, start: number, end: number): void {
  const inside = state.mentions.filter((m) => m.start >= start && m.end <= end && (m.start > start || m.end < end));
  if (inside.length === 0 || state.mentions.some((m) => m.start < end && start < m.end && !inside.includes(m))) return;
  state.mentions = state.mentions.filter((m) => !inside.includes(m));
  for (let i = start; i < end; i += 1) state.taken[i] = false;
}

export function findMentions(text: string, known: KnownActor[]): Mention[] {
  const state: Claimed = { taken: new Array<boolean>(text.length).fill(false), mentions: [] };
  const mention = (start: number, end: number, actor: ProposedActor, extra: Partial<Mention> = {}): Mention => ({
    start,
    end,
    surface: text.slice(start, end),
    actor,
    possessive: possessiveAt(text, end),
    title: null,
    of: null,
    ...extra,
  });

  // 1. Stored actors, by their names and aliases: only those whose first word the text holds.
  const textWords = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const { form, actor } of knownForms(known)) {
    const first = form.toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0];
    if (!first || !textWords.has(first)) continue;
    const acronym = /^[A-Z.]{2,8}$/.test(form);
    const pattern = new RegExp(`(?<![\\w-])${escape(form)}(?![\\w-])`, acronym ? 'g' : 'gi');
    for (const m of text.matchAll(pattern)) {
      // A stored name found in lower case is a common word ("the government") unless the name is lower case too.
      if (!acronym && /[A-Z]/.test(form[0]) && !/[A-Z]/.test(m[0][0])) continue;
      if (actor.kind === 'state' && notTheState(text, m.index, m.index + m[0].length)) continue;
      // "Federation of Ardanian Teachers": a people's word inside a body's name is the body's.
      if (
        actor.kind === 'state' &&
        /\p{Lu}[\p{L}-]+\s+of\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
        /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
        continue;
      claim(
        state,
        mention(
          m.index,
          m.index + m[0].length,
          { id: actor.id, name: actor.name, kind: actor.kind },
          { of: storedBodyState(actor, known) },
        ),
      );
    }
  }

  // 2. Governments and their bodies named by their state (state-bodies.ts).
  const states = stateLookup(known);
  const { knownStates, stateActor } = states;
  findStateBodies(text, states, (start, end, actor, of) => {
    release(state, start, end);
    claim(state, mention(start, end, actor, { of }));
  });

  // 3. States and intergovernmental bodies by name or acronym.
  const places = [...STATE_BY_WORD.entries()].filter(
    ([word, s]) => word === s || !/^[A-Z][a-z]+$/.test(word) || word.length > 3,
  );
  for (const [word, stateName] of places) {
    if (word !== stateName && !/^[A-Z.]+$/.test(word) && !/\s/.test(word) && STATE_BY_WORD.get(word) !== stateName)
      continue;
    // Demonyms ("Afghan") are not the state acting; only names and aliases are.
    const isDemonym = !(word === stateName || (STATE_BY_WORD.get(word) === stateName && !isDemonymOf(word, stateName)));
    if (isDemonym) continue;
    for (const m of text.matchAll(placePattern(word))) {
      const end = m.index + word.length;
      if (notTheState(text, m.index, end)) continue;
      claim(state, mention(m.index, end, stateActor(stateName)));
    }
  }
  // "the UN refugee agency", "the U.N. human rights office": a body of the UN that reports name in lower case.
  for (const m of text.matchAll(UN_BODY_IN_LOWER_CASE)) {
    release(state, m.index, m.index + m[0].length);
    claim(state, mention(m.index, m.index + m[0].length, { id: null, name: `UN ${m[1]}`, kind: 'intergovernmental' }));
  }
  // By name, or by a city that stands for the body ("Brussels"), longest first.
  const bodies: [string, string][] = [
    ...[...INTERGOVERNMENTAL].map((b): [string, string] => [b, BLOC_FULL_NAME.get(b) ?? b]),
    ...INTERGOVERNMENTAL_BY_CITY,
  ];
  for (const [word, body] of bodies.sort((a, b) => b[0].length - a[0].length))
    for (const m of text.matchAll(placePattern(word))) {
      // "the United Nations Assistance Mission in Afghanistan": the state is part of the body's name.
      release(state, m.index, m.index + word.length);
      claim(state, mention(m.index, m.index + word.length, { id: null, name: body, kind: 'intergovernmental' }));
    }

  // A round-up's heading in capitals ("UNITED KINGDOM", "AFRICAN UNION"): the state or body it names.
  for (const h of text.matchAll(/^[ \t]*([A-Z][A-Z '’.-]{2,48}[A-Z.])[ \t]*$/gm)) {
    const name = titleCased(h[1]);
    const start = h.index + h[0].indexOf(h[1]);
    const stateName = STATE_BY_WORD.get(name);
    const actor =
      stateName && !isDemonymOf(name, stateName)
        ? stateActor(stateName)
        : INTERGOVERNMENTAL.has(name)
          ? { id: null, name: BLOC_FULL_NAME.get(name) ?? name, kind: 'intergovernmental' as const }
          : null;
    if (actor) claim(state, mention(start, start + h[1].length, actor));
  }

  // "Minister for Family and Social Policy Dilara Vessen": a portfolio of several words, then the name.
  for (const x of text.matchAll(LONG_PORTFOLIO)) {
    const nameStart = x.index + x[0].length - x[2].length;
    for (let i = x.index; i < nameStart; i += 1) state.taken[i] = true;
    const of = stateBefore(text, x.index);
    claim(
      state,
      mention(nameStart, x.index + x[0].length, { id: null, name: x[2], kind: 'person' }, { title: x[1], of }),
    );
  }

  // 4. Other capitalised names, with their titles; a person's surname alone, once named in full.
  const adjectives = new Map<number, string>();
  for (const m of nameRuns(text)) {
    // A run does not cross a sentence's end ("Kabul. Meanwhile").
    let words = m[0]
      .split(/(?<![A-Z])\.\s/)[0]
      // "Guterres' spokesperson": a name ending in s owns with the apostrophe alone.
      .replace(/['’]s$|(?<=s)['’]$/, '')
      .replace(/[.,]$/, '')
      .split(/\s+/);
    let start = m.index;
    // "the Open Kaspary faction": a party. "the nationalist Our Brascova party": inside a sentence, before
    // a party's noun, every capital is the name's.
    const partyName = PARTY_NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const keepsFirst = partyName && !/(?:^|[.!?]["”’]?\s+|\n\s*|["“])$/.test(text.slice(Math.max(0, start - 4), start));
    while (
      words.length > 0 &&
      (CONNECTORS.has(words[0]) || (NOT_NAMES.has(words[0]) && !keepsFirst) || leadsNoName(text, start, words))
    ) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    while (words.length > 0 && CONNECTORS.has(words[words.length - 1])) words = words.slice(0, -1);
    // "Exiled Afghan activists", "Leading French lawmakers": a sentence's first word, a participle or an
    // adverb, before a people's word, is no part of a name; nor "Neighbouring" before any name.
    if (
      words.length > 1 &&
      /(?:ed|ing|ly)$/.test(words[0]) &&
      (STATE_BY_WORD.has(words[1]) || /^Neighbou?ring$/.test(words[0])) &&
      !STATE_BY_WORD.has(`${words[0]} ${words[1]}`) &&
      /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start))
    ) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    // "(Mr) Molina's Alliance for Change": an owner already named is apart; the name is what it owns.
    const [honorific, owned] =
      /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(words[0]) && words.length > 2 ? [1, words[1]] : [0, words[0]];
    const owner = words.length > 1 ? owned.replace(/['’]s$/, '') : '';
    if (
      owner &&
      owner !== owned &&
      (state.taken[start] ||
        STATE_BY_WORD.has(owner) ||
        knownStates.has(owner) ||
        state.mentions.some((x) => x.actor.kind === 'person' && x.actor.name.split(' ').pop() === owner))
    ) {
      start += words.slice(0, honorific + 1).join(' ').length + 1;
      words = words.slice(honorific + 1);
    }
    // "Foreign ministry: …": a portfolio's word before its noun in lower case names no one.
    if (words.length === 1 && portfolioBeforeNoun(text, start, words[0])) continue;
    // "the West", "the Global South": a camp of many, not an actor (unnamed.ts reads it as a voice).
    if (words.length === 0 || (words.length === 1 && CAMPS.has(words[0]))) continue;
    // "the Cold War", "the Paris Agreement", "the Purple Door": things and places, not actors.
    if (words.length > 1 && NOT_ACTORS.test(words[words.length - 1]) && !BODY_CONFERENCE.test(words.join(' ')))
      continue;
    // "RIGHTS GROUPS" alone on its line: a heading in capitals names no one the lists above do not know.
    if (words.length > 1 && !/\p{Ll}/u.test(words.join('')) && headingLine(text, start)) continue;
    // "China's Ambassador to Pakistan Yao Jing": the title's post is a place or a body, then the name.
    const post = POSTED_TITLE.exec(text.slice(Math.max(0, start - 60), start));
    if (post) {
      const name = words.slice(placeWords(words, knownStates)).join(' ');
      const nameStart = start + words.join(' ').length - name.length;
      if (name && name !== words.join(' ') && text.slice(nameStart, nameStart + name.length) === name) {
        const titleStart = start - post[0].length + post[0].indexOf(post[1]);
        const title = post[1].replace(/^\w/, (c) => c.toUpperCase());
        const of = stateBefore(text, titleStart);
        claim(state, mention(nameStart, nameStart + name.length, { id: null, name, kind: 'person' }, { title, of }));
        continue;
      }
    }
    // "Russian Special Representative for Afghanistan Zamir Kabulov": a posted title inside the run,
    // then the place, then the name; the people's word before it is whose official it is.
    const inner = words.findIndex(
      (w, i) => i > 0 && i < words.length - 3 && POSTED_ROLE.test(w) && /^(?:to|in|at|for|on)$/.test(words[i + 1]),
    );
    if (inner > 0) {
      const after = words.slice(inner + 2);
      const nameWords = after.slice(placeWords(after, knownStates) || 1);
      const name = nameWords.join(' ');
      const nameStart = start + words.join(' ').length - name.length;
      if (nameWords.length >= 2 && text.slice(nameStart, nameStart + name.length) === name) {
        const title = words.slice(
          /^(?:Special|Permanent|Deputy)$/.test(words[inner - 1]) ? inner - 1 : inner,
          inner + 1,
        );
        const of = STATE_BY_WORD.get(words[0]) ?? null;
        const actor: ProposedActor = { id: null, name, kind: 'person' };
        claim(state, mention(nameStart, nameStart + name.length, actor, { title: title.join(' '), of }));
        continue;
      }
    }
    // "Russian Ambassador to the UN …": a title whose post follows names no one yet.
    if (
      POSTED_ROLE.test(words[words.length - 1]) &&
      /^\s+(?:to|in|at)\s/.test(text.slice(start + words.join(' ').length))
    )
      continue;
    // "Spokesman for German Chancellor X": the spokesman is unnamed; the name is whom they speak for.
    if (words.length > 3 && /^Spokes(?:man|woman|person)$/.test(words[0]) && /^(?:for|of)$/.test(words[1])) {
      start += words[0].length + words[1].length + 2;
      words = words.slice(2);
    }
    // "Afghan Foreign Minister X": the state of a titled person; "Afghan Women’s Network" keeps its first word.
    // "Gondorian Foreign Minister X", "ECOWAS Commission President X": a qualifier, then a titled person.
    const titleAt = stripTitle(words).title
      ? 0
      : [1, 2, 3, 4, 5, 6].find((i) => {
          const after = stripTitle(words.slice(i));
          // "Turkish President Erdogan": one name is enough after a people's adjective and a title.
          const single = after.rest.length === 1 && STATE_BY_WORD.has(words.slice(0, i).join(' '));
          return after.title !== null && (after.rest.length >= 2 || single);
        });
    let demonym: string | null = null;
    if (titleAt) {
      const qualifier = words.slice(0, titleAt).join(' ');
      // "Japanese Environment Minister X": a portfolio between the people's word and the title.
      const lead = words.slice(0, titleAt).filter((w, i) => i === 0 || !PORTFOLIO_WORD.test(w));
      demonym = STATE_BY_WORD.get(qualifier) ?? (lead.length === 1 ? (STATE_BY_WORD.get(lead[0]) ?? null) : null);
      start += qualifier.length + 1;
      if (!demonym) adjectives.set(start, qualifier);
      words = words.slice(titleAt);
    }
    const stripped = stripTitle(words);
    const { title } = stripped;
    let { rest } = stripped;
    // "Ambassador Jane Roe of Botswana": the person, of the state named after.
    const ofAt = rest.indexOf('of');
    let ofState = title && ofAt > 0 ? rest.slice(ofAt + 1).join(' ') : null;
    if (ofState) rest = rest.slice(0, ofAt);
    // "The Foreign Minister of Australia Marise Payne": the state between the title and the name.
    const between =
      title && ofAt === 0 ? [2, 1].find((n) => STATE_BY_WORD.has(rest.slice(1, 1 + n).join(' '))) : undefined;
    if (between && rest.length > between + 1) {
      ofState = rest.slice(1, 1 + between).join(' ');
      start += ['of', ...rest.slice(1, 1 + between)].join(' ').length + 1;
      rest = rest.slice(1 + between);
    }
    // "Speaker of the Assembly X Y", "President of the European Commission X Y": a body between.
    // "Minister of Foreign Affairs of the Republic of Uzbekistan X Y": that state's.
    const body = title && ofAt === 0 && !between ? bodyAfterOf(rest) : 0;
    if (body) {
      ofState = STATE_BY_WORD.get(rest[body]) ?? null;
      start += rest.slice(0, 1 + body).join(' ').length + 1;
      rest = rest.slice(1 + body);
    }
    // "The President of the Russian Federation, Vladimir Putin,": a post with no name of its own.
    if (rest.length === 0 || (title && rest[0] === 'of')) continue;
    const nameStart = start + (title ? title.length + 1 : 0);
    const name = rest.join(' ');
    const end = nameStart + name.length;
    if (text.slice(nameStart, end) !== name) continue;
    // "Le Drian", "von der Leyen": a surname with its particle, once named in full.
    const particled =
      rest.length >= 2 && SURNAME_PARTICLE.test(rest[0])
        ? state.mentions.find((x) => x.actor.kind === 'person' && x.actor.name.endsWith(` ${name}`))
        : undefined;
    if (particled) {
      claim(state, mention(nameStart, end, particled.actor, { of: particled.of }));
      continue;
    }
    if (rest.length === 1 && !/^[A-Z]{2,6}$/.test(name)) {
      // A surname; else the first of two names, as Chinese, Korean or Vietnamese names are written
      // ("Mao Ning … Ms Mao said", "Lin Jian … Lin said").
      const person =
        state.mentions.find(
          (x) => x.actor.kind === 'person' && bareSurname(x.actor.name.split(' ').slice(-1)[0]) === bareSurname(name),
        ) ??
        state.mentions.find((x) => {
          const names = x.actor.name.split(' ');
          return x.actor.kind === 'person' && names.length === 2 && names[0] === name;
        });
      if (person) claim(state, mention(nameStart, end, person.actor, { of: person.of }));
      else if (title)
        claim(
          state,
          mention(
            nameStart,
            end,
            { id: null, name, kind: 'person' },
            { title, of: demonym ?? stateBefore(text, nameStart) },
          ),
        );
      // One capitalised word the lists do not know: a place or a body (a speaker only if it speaks);
      // not an adjective or a people ("European", "Transnistrians"), nor a place something is in ("in Vienna").
      else if (BODIES_OF_STATES.has(name))
        claim(
          state,
          mention(nameStart, end, { id: null, name, kind: 'government-body' }, { of: BODIES_OF_STATES.get(name)! }),
        );
      else if (
        !STATE_BY_WORD.has(name) &&
        name.length > 2 &&
        // A people's word ("Baltic", "Kenyan") is no actor; a surname that ends like one ("Dujarric",
        // "Vucic") is, when a verb of speech follows it.
        (!/(?:ic|ish|ese|ian|ians|ean|eans|ans)$/.test(name) ||
          /^,?\s+(?:said|says|told|added|asked|wrote|stated|noted)\b/.test(text.slice(end, end + 12)) ||
          // "Drennic voted against": a people's word in the singular is never the subject of a verb.
          (/(?:ic|ish|ese|ian|ean)$/.test(name) && /^\s+[a-z]{3,}ed\b/.test(text.slice(end, end + 20)))) &&
        // "Arab states", "Nordic countries": a people's word before a common noun; so "Brennican exiles
        // protested": before a plural and its verb.
        !ADJECTIVE_NOUN.test(text.slice(end, end + 16)) &&
        !PLURAL_AND_VERB.test(text.slice(end, end + 40)) &&
        !/(?<!\bcame\s+)\b(?:in|from|to|at|near|across|throughout|outside|inside)\s+$/.test(
          text.slice(Math.max(0, nameStart - 12), nameStart),
        ) &&
        // At a sentence's start a capital says nothing: there it must be followed by a verb in the
        // singular, maybe past an appositive ("Somaliland has", "Abkhazia, a breakaway region, said"; not
        // "Human rights", not '"Islands are'); so after a dateline's dash ("(AA) – Global condemnations").
        (!/(?:^|[.!?]["”’]?\s+|\n|["“]|\s[-–—]\s+)$/.test(text.slice(Math.max(0, nameStart - 4), nameStart)) ||
          SINGULAR_VERB_AFTER.test(text.slice(end, end + 160)))
      )
        claim(
          state,
          mention(nameStart, end, { id: null, name, kind: STATE_LIKE.test(name) ? 'state' : 'organisation' }),
        );
      continue;
    }
    const of =
      demonym ?? (title ? (stateBefore(text, start) ?? (ofState && STATE_BY_WORD.get(ofState)) ?? ofState) : null);
    const namedAfter = !title && bodyNamedAfterState(text, nameStart, rest, knownStates);
    // "The manufacturer, Nordavia Aerospace,": a name a firm's or a body's noun stands before.
    const bodyNoun = !title && BODY_NOUN_BEFORE.test(text.slice(Math.max(0, nameStart - 50), nameStart));
    const kind = namedAfter || bodyNoun || partyName ? 'organisation' : guessKind(name, title !== null);
    const found = mention(nameStart, end, { id: null, name, kind }, { title, of: of ?? stateOfBody(rest, kind) });
    if (namedAfter) release(state, nameStart, end);
    // "Kenya Tea Growers' Association" is a body of its own, not the state it starts with.
    const last = rest[rest.length - 1].toLowerCase().replace(/['’]$/, '');
    if (rest.length > 1 && (ORGANISATION_WORDS.has(last) || GOVERNMENT_BODY_WORDS.has(last)))
      release(state, nameStart, end);
    claim(state, found);
  }

  // Names that a state's organ or a body's post widens ("the foreign ministry of Varkand").
  const widen: Widen = {
    mentions: () => state.mentions,
    replace(start, end, actor, extra) {
      release(state, start, end);
      claim(state, mention(start, end, actor, extra));
    },
  };
  organsOfNamedStates(text, widen);
  postsOfBodies(text, widen);
  organsOfBodies(text, widen);

  // Titles and states before stored people ("Afghan Foreign Minister Amir Khan Muttaqi").
  for (const m of state.mentions) {
    if (m.actor.kind !== 'person' || m.title) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const title = PERSON_TITLES.find((t) => new RegExp(`(?:^|\\s)${escape(t)}\\s+$`).test(before));
    if (title) {
      m.title = title;
      m.of = stateBefore(text, m.start - title.length - 1) ?? m.of;
    }
  }
  acronymsNamedAgain(text, state, (m) => claim(state, m), mention);
  organsNamedAgain(text, state.mentions, (m) => claim(state, m), mention, guessKind);
  underHeadings(
    text,
    state.mentions,
    headingPlace(state.mentions, known, knownStates),
    (m) => claim(state, m),
    mention,
  );
  capitalisedOrgansNamedAgain(text, state.mentions);
  // "Gondorian" is Gondor's once the whole text is read.
  for (const m of state.mentions) {
    const adjective = adjectives.get(m.start - (m.title ? m.title.length + 1 : 0));
    if (adjective && !m.of) m.of = stateOfAdjective(adjective, state.mentions, knownStates);
  }
  // "Russian Ministry of Foreign Affairs" written as a name is the stored body of the same state too.
  for (const m of state.mentions) {
    if (m.actor.id !== null || m.actor.kind !== 'government-body') continue;
    const stored = states.storedBodyNamed(m.actor.name);
    if (stored) m.actor = stored;
  }
  storedOwnedBodies(text, state.mentions, known);
  officesOfPeople(text, state.mentions);
  // A word that owns a ministry or a minister ("Somaliland's parliament", "Gondorian Foreign Minister") is a state.
  const owners = new Set(state.mentions.map((m) => m.of));
  for (const m of state.mentions)
    if (m.actor.id === null && m.actor.kind === 'organisation' && owners.has(m.actor.name)) m.actor.kind = 'state';
  return state.mentions.sort((a, b) => a.start - b.start);
}
