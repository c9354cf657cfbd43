/**
 * How a speaker's words become a proposal: the sentence (or the words inside its quotation marks) as
 * evidence, cut after a dateline ("MOSCOW, July 3 (Reuters) - " is where, not what was said), and a
 * dateline's names, which are no one speaking; and which lines are headlines, no one's statement. Used
 * by extract.ts.
 */
import type { Stance } from '../domain';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';
import type { Speaker } from './speakers';
import type { Proposal } from './types';

/** "MOSCOW, July 3 (Reuters) - ", "KABUL (AP) — ", "(Reuters) -": where and whose wire, not who. */
const DATELINE =
  /^(?:[A-Z][A-Z .'’/-]{1,60}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{2,40}\))?\s*[-—–]{1,2}\s|\([A-Z][^)]{1,40}\)\s*[-—–]{1,2}\s*)/;

export function inDateline(text: string, m: Mention): boolean {
  const paragraph = text.lastIndexOf('\n', m.start) + 1;
  const dateline = DATELINE.exec(text.slice(paragraph, paragraph + 120));
  return dateline !== null && m.end <= paragraph + dateline[0].length;
}

/** Who a lead-in sentence names ("X was blunter."), as a speaker of no region of their own. */
export function leadInSpeaker(mention: Mention, factor: number): Speaker {
  return { mention, from: 0, to: 0, how: 'lead-in', factor };
}

export function proposal(
  speaker: Speaker,
  span: Sentence,
  stance: Stance | null,
  cue: string,
  confidence: number,
  quoteKind: 'direct' | 'reported',
): Proposal {
  // The evidence starts after a dateline: "MOSCOW, July 3 (Reuters) - " is where, not what was said.
  const dateline = DATELINE.exec(span.text)?.[0].length ?? 0;
  const cut = dateline < span.text.length ? dateline : 0;
  return {
    actor: speaker.mention.actor,
    stance,
    quote: span.text.slice(cut),
    start: span.start + cut,
    end: span.end,
    cue,
    confidence: Math.round(Math.min(1, confidence) * 100) / 100,
    quoteKind,
    how: speaker.how,
  };
}

/**
 * A sentence with no closing stop, as a headline or a dateline is; not a lede that lost its stop
 * (150 characters or more), nor a paste cut off mid-sentence (its last sentence, 80 or more, ending
 * at `textEnd`, the text's end before trailing spaces).
 */
export function headlineLike(sentence: Sentence, textEnd: number): boolean {
  if (/[.!?"”’)]$/.test(sentence.text)) return false;
  return sentence.text.length < 150 && !(sentence.text.length >= 80 && sentence.end >= textEnd);
}
