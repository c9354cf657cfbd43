/**
 * Factboxes of reactions name each speaker on a line of capitals and quote them on the lines below:
 * "U.S. PRESIDENT JANE ROE", then '"The law is a grave mistake …"'. The quotation is the named one's,
 * as a signature after a dash is (signed.ts). The line is read in ordinary case to find the name.
 * A briefing's transcript names its speaker before a colon ("Mao Ning: We have noted …"): the
 * paragraph is theirs.
 */
import { INTERGOVERNMENTAL, STATE_BY_WORD } from './lexicon';
import { findMentions, type Mention } from './mentions';
import type { KnownActor } from './types';

/** A short line in capitals, no sentence and no quotation: "CANADIAN FOREIGN MINISTER JANE ROE". */
const capitalsLine = (line: string) =>
  line.length <= 90 && !/\p{Ll}|["“”]|[.!?:]$/u.test(line) && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
const QUOTATION_LINE = /^\s*["“]/;
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'to', 'on', 'in', 'at']);

/** "BRITAIN'S MINISTER OF STATE" as "Britain's Minister of State"; "U.S.", "UN", "NATO" kept. */
function ordinaryCase(line: string): string {
  let first = true;
  return line.replace(/[\p{L}.'’-]+/gu, (word) => {
    const bare = word.replace(/['’]S$/u, '').replace(/[.,]$/, '');
    const keep = /\.\p{L}/u.test(word) || STATE_BY_WORD.has(bare) || INTERGOVERNMENTAL.has(bare);
    const lower = word.toLowerCase();
    const out = keep
      ? word
      : !first && SMALL_WORDS.has(lower)
        ? lower
        : lower.replace(/(^|-)(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    first = false;
    return out;
  });
}

/** Who a heading names: a person, else the body or state it opens with ("U.N. HUMAN RIGHTS OFFICE"). */
function named(line: string, offset: number, text: string, known: KnownActor[]): Mention | null {
  const cased = ordinaryCase(line);
  if (cased.length !== line.length) return null;
  const found = findMentions(cased, known);
  const chosen =
    found.find((m) => m.actor.kind === 'person' && /^\p{Lu}/u.test(m.actor.name)) ??
    found.find((m) => m.start === line.search(/\S/));
  if (!chosen) return null;
  const start = offset + chosen.start;
  const end = offset + chosen.end;
  return { ...chosen, start, end, surface: text.slice(start, end) };
}

/** The speaker each quotation line under a heading of capitals is said by, by line (paragraph) index. */
export function headedSpeakers(text: string, known: KnownActor[]): Map<number, Mention> {
  const out = new Map<number, Mention>();
  const lines = text.split('\n');
  let offset = 0;
  let speaker: Mention | null = null;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed) {
      offset += line.length + 1;
      return;
    }
    if (capitalsLine(trimmed) && QUOTATION_LINE.test(nextLine(lines, index)))
      speaker = named(line, offset, text, known);
    else if (speaker && QUOTATION_LINE.test(line)) out.set(index, speaker);
    else speaker = null;
    offset += line.length + 1;
  });
  return out;
}

function nextLine(lines: string[], index: number): string {
  return lines.slice(index + 1).find((l) => l.trim() !== '') ?? '';
}

/**
 * "Mao Ning: We have noted …": a label of up to six words, a colon, then the words; a broadcast's
 * note of how the words were taken may stand before the colon ("X (soundbite):", "X (translation):").
 */
const TRANSCRIPT_LINE =
  /^\s*(?:[*•–-]\s+)?(\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{L}.'’-]+){0,5})(?:\s+\((?:soundbite|sound\s?bite|clip|recording|voice-?over|translat(?:ed|ion)|via\s+(?:an\s+)?interpreter|through\s+(?:an\s+)?interpreter|in\s+\p{Lu}\p{L}+)\))?:\s+\S/iu;

/** "Q:", "Q (Sandholm Radio):", "Question:": a reporter's question in a transcript. */
const QUESTION_LINE = /^\s*(?:Q|Question|QUESTION)(?:\s*\([^)]{1,40}\))?\s*:\s+\S/;

/**
 * The speaker of each paragraph a transcript labels with a person's name, by line (paragraph)
 * index; null for a reporter's question, which is no one's stance. "Reuters:", a reporter's outlet,
 * asks; "WASHINGTON:", a dateline, names a place.
 */
export function transcriptSpeakers(text: string, mentions: Mention[]): Map<number, Mention | null> {
  const out = new Map<number, Mention | null>();
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    if (QUESTION_LINE.test(line)) out.set(index, null);
    const label = TRANSCRIPT_LINE.exec(line);
    if (label) {
      const start = offset + label.index + label[0].indexOf(label[1]);
      const end = start + label[1].length;
      const at = mentions.find((o) => o.start === start && o.end === end);
      const inLabel = mentions.filter((o) => o.start >= start && o.end <= end);
      // "AFP: Does this mean …?": a turn that asks under an outlet's name (capitalised words, no person) is a question.
      if (/\?["”’]?\s*$/.test(line) && !/\s\p{Ll}/u.test(label[1]) && !inLabel.some((o) => o.actor.kind === 'person')) {
        out.set(index, null);
        offset += line.length + 1;
        return;
      }
      // "* Foreign Minister X:", "* Heather Barr, Human Rights Watch:": a factbox's point names its speaker
      // among other words: the person, else a body that ends the label, not a place ("* Reaction in X:").
      const pointed = /^\s*[*•–-]\s/.test(line)
        ? (inLabel.find((o) => o.actor.kind === 'person') ??
          inLabel.find((o) => o.end === end && !/\b(?:in|at|from|on|across)\s+$/.test(text.slice(start, o.start))))
        : undefined;
      const m = namedInCapitals(label[1], mentions, start) ?? (at?.actor.kind === 'person' ? at : undefined) ?? pointed;
      // The programme's own journalists report what others said: their lines are no stance of theirs.
      if (m && !journalist(text, m, mentions)) out.set(index, m);
    }
    offset += line.length + 1;
  });
  return out;
}

/** The paragraphs that answer a question about the event: each speaker's turn until the next question. */
export function answersAbout(text: string, transcript: Map<number, Mention | null>, relevance: RegExp): Set<number> {
  const out = new Set<number>();
  let asked = false;
  text.split('\n').forEach((line, index) => {
    const turn = transcript.get(index);
    if (turn === null) asked = relevance.test(line);
    else if (turn && asked) out.add(index);
  });
  return out;
}

const JOURNALIST = '(?:correspondent|reporter|presenter|anchor|host|editor|journalist)';
const JOURNALIST_BEFORE = new RegExp(`\\b${JOURNALIST}\\s+$`, 'i');
const JOURNALIST_AFTER = new RegExp(`^,\\s+(?:our|the|a|an)\\s+(?:[a-z]+\\s+){0,2}${JOURNALIST}\\b`, 'i');

/** "Our diplomatic correspondent Sebastian Lowe", "Helen Amery, the presenter": named anywhere as one. */
function journalist(text: string, m: Mention, mentions: Mention[]): boolean {
  return mentions.some(
    (o) =>
      o.actor.name === m.actor.name &&
      (JOURNALIST_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start)) ||
        JOURNALIST_AFTER.test(text.slice(o.end, o.end + 50))),
  );
}

/**
 * "HAUGSTED:", "MS BRUCE:", as briefing transcripts print a speaker: the person named before whose
 * surname it is, with no honorific or post.
 */
function namedInCapitals(label: string, mentions: Mention[], at: number): Mention | undefined {
  if (label !== label.toUpperCase()) return undefined;
  const words = label.split(/\s+/).filter((w) => !/^(?:MR|MRS|MS|MISS|DR|SPOKES(?:MAN|WOMAN|PERSON))\.?$/.test(w));
  const surname = words.at(-1)?.toLowerCase();
  if (!surname || words.length > 3) return undefined;
  // The person named in full before, not a label's own mention of the capitals.
  return mentions.findLast(
    (o) =>
      o.end <= at &&
      o.actor.kind === 'person' &&
      o.actor.name !== o.actor.name.toUpperCase() &&
      o.actor.name.toLowerCase().split(/\s+/).at(-1) === surname,
  );
}
