/**
 * The extractor's word lists, read from data files an editor can extend (data/lexicon.json: stance
 * cues with weights; data/places.json: states, their demonyms, intergovernmental bodies, the words
 * that mark a government body or an organisation) and compiled to regular expressions once.
 */
import type { Stance } from '../domain';
import lexiconData from './data/lexicon.json';
import placesData from './data/places.json';

export interface Cue {
  /** The cue as written in the lexicon. */
  phrase: string;
  /** `same`: the stance the one before took ("followed suit"); `opposite`: the other one of support and condemnation ("took the opposite view"). */
  stance: Stance | 'none' | 'same' | 'opposite';
  weight: number;
  pattern: RegExp;
  /**
   * A call or a promise to carry something out ("urged X to implement", "would comply with") says a
   * stance on the event only when what it carries out is the event ("the decision", "it"): "urged
   * the Taliban to abide by their commitments" is a condition, not support.
   */
  aboutEvent: boolean;
}

/** A text as a regular expression that matches it literally. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Between a cue's words: a space, or a quotation mark beside it ('a "logical" step', 'a “grave” mistake'). */
const CUE_GAP = '["“”‘’]?\\s+["“”‘]?';

/** "condemn*" -> condemn\w*; "summoned ~ ambassador" -> up to four words between; spaces match any space. */
function cueBody(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  return words
    .map((word, i) => {
      const gap = i < words.length - 1 ? CUE_GAP : '';
      if (word === '~') return '(?:\\S+\\s+){0,4}?';
      return `${escape(word.replace(/\*$/, ''))}${word.endsWith('*') ? "[\\w'’-]*" : ''}${gap}`;
    })
    .join('');
}

/** Not inside a longer word. */
const wordsOf = (body: string, flags: string) => new RegExp(`(?<![\\w'’-])(?:${body})(?![\\w'’-])`, flags);

function cuePattern(phrase: string): RegExp {
  return wordsOf(cueBody(phrase), 'gi');
}

const CUE_STANCES: readonly string[] = ['support', 'condemnation', 'caution', 'none', 'same', 'opposite'];

/** A cue as an editor wrote it in data/lexicon.json; one that cannot be used says why, not later and silently. */
export function readCue(c: { cue: string; stance: string; weight: number; object?: string }): Cue {
  const where = `lib/ingest/data/lexicon.json, cue "${c.cue}"`;
  if (!CUE_STANCES.includes(c.stance))
    throw new Error(`${where}: stance "${c.stance}" is not one of ${CUE_STANCES.join(', ')}`);
  if (!(typeof c.weight === 'number' && c.weight >= 0 && c.weight <= 1))
    throw new Error(`${where}: weight ${String(c.weight)} is not a number from 0 to 1`);
  if (!c.cue.trim() || c.cue.trim().startsWith('~')) throw new Error(`${where}: a cue starts with a word`);
  return {
    phrase: c.cue,
    stance: c.stance as Cue['stance'],
    weight: c.weight,
    pattern: cuePattern(c.cue),
    aboutEvent: c.object === 'event',
  };
}

export const CUES: Cue[] = lexiconData.cues.map(readCue);

export const NEGATION = new RegExp(
  `(?<![\\w'’-])(?:${lexiconData.negators.map(escape).join('|')})(?![\\w'’-])|n['’]t(?![\\w])`,
  'i',
);
// In lower case only: "States" in "the United States" is no verb.
export const SPEECH_VERB = wordsOf(lexiconData.speechVerbs.map(escape).join('|'), 'g');
/** SPEECH_VERB without its global flag: the first verb of speech, compiled once. */
export const SPEECH_VERB_ANY = new RegExp(SPEECH_VERB.source);

/** "maintains contacts with", "maintained an embassy": keeping something, not saying it ("maintains its relations are unaffected" says). */
const KEPT_AFTER =
  /^\s+(?:(?:its|their|an?|the|close|good|working|diplomatic|regular)\s+)*(?:contacts?|ties|relations|links|embass(?:y|ies)|presence|channels?|dialogue)\b(?![^.;,"“”]{0,30}\b(?:are|is|were|was|remain|remains|will|would)\b)/;

/** The first verb of speech in `text`. */
export function speechVerbIn(text: string): string | null {
  const first = text.match(SPEECH_VERB_ANY);
  if (!first || !/^maintain/.test(first[0])) return first?.[0] ?? null;
  for (const m of text.matchAll(SPEECH_VERB))
    if (!/^maintain/.test(m[0]) || !KEPT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      return m[0];
  return null;
}
/** "a coalition of women's protest movements", "a group of opposition lawmakers": many, not named. */
const UNNAMED_GROUP =
  "an?\\s+(?:coalition|group|network|alliance|umbrella\\s+group)\\s+of\\s+(?:[\\w'’-]+\\s+){0,4}?(?:groups|movements|organi[sz]ations|activists|campaigners|lawmakers|legislators|parties|NGOs|unions|associations)";
/** "a senior European diplomat", "one Western official": one voice, not named. */
const UNNAMED_ONE =
  '(?:an?|one)\\s+(?:(?:senior|western|european|foreign|regional|government|security|military|gulf|arab|asian|african)\\s+){0,3}(?:diplomat|official|source|analyst|observer|aide|insider|adviser|advisor)';
export const UNNAMED = new RegExp(
  `(?<![\\w'’-])(?:${UNNAMED_GROUP}|${UNNAMED_ONE}|(?:(?:some|many|several|other|western|international|local|foreign)\\s+)?(?:${[
    ...lexiconData.unnamed,
  ]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')}))(?![\\w'’-])`,
  'gi',
);

const STATES: Record<string, string[]> = placesData.states;
const STATE_ALIASES: Record<string, string[]> = placesData.stateAliases;
export const INTERGOVERNMENTAL = new Set(placesData.intergovernmental);
/** A city or a name that stands for a body in news ("Brussels said", "the UN mission in Afghanistan"): the body's name, by it. */
export const INTERGOVERNMENTAL_BY_CITY = new Map(
  Object.entries(placesData.intergovernmentalAliases as Record<string, string[]>).flatMap(([body, cities]) =>
    cities.map((city) => [city, body] as const),
  ),
);
/** A body's short name and the name it is proposed under ("EU" is the European Union): one actor, not two. */
export const BLOC_FULL_NAME = new Map(Object.entries(placesData.intergovernmentalShortNames as Record<string, string>));
export const GOVERNMENT_BODY_WORDS = new Set(placesData.governmentBodyWords);
export const GOVERNMENT_WORDS = new Set(placesData.governmentWords);
export const ORGANISATION_WORDS = new Set(placesData.organisationWords);
/** The bodies of one state, named without it ("the State Department", "the Bundestag"). */
export const BODIES_OF_STATES = new Map(Object.entries(placesData.bodiesOfStates as Record<string, string>));
/** News outlets: organisations that report, named like people ("Al Jazeera"). */
export const NEWS_OUTLETS = new Set(placesData.newsOutlets);
/**
 * Ministers' portfolios as one alternation, in lower case ("foreign", "defence") or as titles write
 * them ("Foreign"): every rule naming a ministry or a minister by its portfolio reads this one list.
 */
export const PORTFOLIO = `(?:${placesData.portfolios.join('|')})`;
/** A state's formal name before its place: "the Republic of", "the Islamic Republic of", "the Kingdom of". */
export const STATE_FORM_OF = String.raw`(?:(?:Islamic|People['’]s|Federal|Democratic|Arab|Kyrgyz)\s+)?(?:Republic|Kingdom|Federation|State|Sultanate|Emirate)\s+of\s+`;
export const PORTFOLIO_TITLE = `(?:${placesData.portfolios.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})`;
/** A title only some states give ("Foreign Secretary X"), right before a name: those states. */
const TITLE_STATES: Record<string, string[]> = placesData.titleStates;
const TITLE_BEFORE = new RegExp(
  `(?:^|[^\\w])(${Object.keys(TITLE_STATES)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\s+$`,
);
export function titleStates(before: string): string[] | null {
  const title = TITLE_BEFORE.exec(before)?.[1];
  return title ? TITLE_STATES[title] : null;
}
/** What a bloc is named again by ("the regional bloc", "the alliance"), and a group ("the rights group"). */
export const BLOC_NOUNS = new Set(placesData.blocNouns);
export const GROUP_NOUNS = new Set(placesData.groupNouns);
/** Titles, longest first, so that "Prime Minister" is taken before "Minister". */
export const PERSON_TITLES = [...placesData.personTitles].sort((a, b) => b.length - a.length);

/** "Cairo", "the Kremlin": a name that stands for the state, not the state's own name nor a demonym. */
export function standsForState(word: string, state: string): boolean {
  return (STATE_ALIASES[state] ?? []).includes(word) && !/^[A-Z.]+$/.test(word);
}

/** Demonym (and the state's own name and aliases) -> the state's name. */
export const STATE_BY_WORD: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [state, demonyms] of Object.entries(STATES)) {
    map.set(state, state);
    for (const d of demonyms) if (!map.has(d)) map.set(d, state);
  }
  for (const [state, aliases] of Object.entries(STATE_ALIASES)) for (const a of aliases) map.set(a, state);
  return map;
})();

/** Nouns for what an act produces or is ("the resolution", "a decree"), for "drafted by X". */
export const EVENT_DOCUMENT =
  'resolution|decree|law|bill|motion|treaty|agreement|accord|deal|declaration|package|measures?|ban|sanctions|embargo|decision|move|announcement|order|ruling|judgment|warrant|lease|text|proposal|recognition|withdrawal|suspension|expulsion|annulment|pardon|impeachment|ratification|closure';
